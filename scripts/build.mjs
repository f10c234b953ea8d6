// Bundles the extension, the command-line tool and the eval runner with esbuild.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

// The built-in registry (src/core/data/registry/*.json, required lazily by actors/builtin.ts)
// as a string that JSON.parse reads on first use: the loader parses a string literal
// far faster than the same data written as JavaScript (activation time).
const registryAsString = {
  name: 'registry-as-string',
  setup(b) {
    b.onLoad({ filter: /data[\\/]registry[\\/][^\\/]+\.json$/ }, (a) => ({
      contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(a.path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};

const ENGINE_INDEX = resolve('src/core/index.ts');
/**
 * Engine modules bundled into the extension too, small and importing nothing: the public shapes
 * (the one constant the editor reads at activation, ACTOR_TYPES) and the plural rules the editor's
 * own messages count with.
 */
const ENGINE_AT_ONCE = ['src/core/types.ts', 'src/core/text/plural.ts'].map((f) => resolve(f));
const ENGINE_BUNDLE = './engine.js';

/**
 * The extension reaches the engine only through src/core/index.ts (ARCHITECTURE.md, rule 2), so
 * that file is where its bundle is cut: dist/extension.js holds the editor layer and ENGINE_AT_ONCE,
 * and its every other import of the engine reads a property of a stand-in whose getter requires
 * dist/engine.js on first use. Loading the extension then compiles the editor code
 * only; the engine (most of the code) is compiled when an article is first analysed, a report
 * built, a file decoded.
 */
function engineOnFirstUse(exportNames) {
  const namespace = 'engine-on-first-use';
  return {
    name: namespace,
    setup(b) {
      b.onResolve({ filter: /core$|core[\\/]index(\.ts)?$/ }, async (a) => {
        if (a.pluginData === namespace) return undefined;
        const r = await b.resolve(a.path, { resolveDir: a.resolveDir, kind: a.kind, pluginData: namespace });
        return r.path === ENGINE_INDEX ? { path: 'engine', namespace } : r;
      });
      b.onResolve({ filter: /^\.\/engine\.js$/, namespace }, () => ({ path: ENGINE_BUNDLE, external: true }));
      b.onLoad({ filter: /^engine$/, namespace }, () => ({
        contents: [
          `const atOnce = Object.assign({}, ${ENGINE_AT_ONCE.map((f) => `require(${JSON.stringify(f)})`).join(', ')});`,
          `let engine;`,
          `const load = () => engine ??= require(${JSON.stringify(ENGINE_BUNDLE)});`,
          `for (const name of ${JSON.stringify(exportNames)}) {`,
          `  Object.defineProperty(exports, name, name in atOnce ? { enumerable: true, value: atOnce[name] } : { enumerable: true, get: () => load()[name] });`,
          `}`,
        ].join('\n'),
        loader: 'js',
        resolveDir: resolve('dist'),
      }));
    },
  };
}

/**
 * `import * as vscode from 'vscode'` in each of the editor's files would make each copy the API's
 * properties (a few hundred) into a namespace object of its own when the bundle loads; a module
 * that re-exports 'vscode' once gives them all the same namespace, copied once.
 */
const oneVscodeNamespace = {
  name: 'one-vscode-namespace',
  setup(b) {
    const namespace = 'one-vscode-namespace';
    b.onResolve({ filter: /^vscode$/ }, (a) => (a.namespace === namespace ? { path: 'vscode', external: true } : { path: 'vscode', namespace }));
    b.onLoad({ filter: /^vscode$/, namespace }, () => ({ contents: `export * from 'vscode';`, loader: 'js' }));
  },
};

const production = process.argv.includes('--production');
const common = { plugins: [registryAsString], bundle: true, mainFields: ['module', 'main'], platform: 'node', target: 'node20', format: 'cjs', charset: 'utf8', sourcemap: !production, minify: production, logLevel: 'warning' };

const entries = [
  { entryPoints: ['src/cli/isnad.ts'], outfile: 'dist/cli.js' },
  { entryPoints: ['src/eval/run.ts'], outfile: 'dist/eval.js' },
];
const withExtension = existsSync('src/vscode/extension.ts');
const engine = withExtension ? build({ ...common, entryPoints: [ENGINE_INDEX], outfile: 'dist/engine.js' }) : undefined;

await Promise.all([
  ...entries.map((e) => build({ ...common, ...e })),
  engine?.then(() => {
    // The names the engine exports, read from the bundle just built (loading it runs no analysis).
    const exportNames = Object.keys(createRequire(import.meta.url)(resolve('dist/engine.js')));
    if (exportNames.length === 0) throw new Error('dist/engine.js exports nothing');
    return build({ ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [...common.plugins, oneVscodeNamespace, engineOnFirstUse(exportNames)] });
  }),
]);

// The name tagger's model, read at run time beside the bundle (src/core/actors/tagger/model.ts).
mkdirSync('dist', { recursive: true });
copyFileSync('src/core/data/ner/isnad-ner.bin', 'dist/isnad-ner.bin');
