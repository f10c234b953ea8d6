// Bundles the extension, the command-line tool and the eval runner with esbuild.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';

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

const production = process.argv.includes('--production');
const common = { plugins: [registryAsString], bundle: true, mainFields: ['module', 'main'], platform: 'node', target: 'node20', format: 'cjs', charset: 'utf8', sourcemap: !production, minify: production, logLevel: 'warning' };

const entries = [
  { entryPoints: ['src/cli/isnad.ts'], outfile: 'dist/cli.js' },
  { entryPoints: ['src/eval/run.ts'], outfile: 'dist/eval.js' },
];
if (existsSync('src/vscode/extension.ts')) entries.push({ entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] });

await Promise.all(entries.map((e) => build({ ...common, ...e })));

// The name tagger's model, read at run time beside the bundle (src/core/actors/tagger/model.ts).
mkdirSync('dist', { recursive: true });
copyFileSync('src/core/data/ner/isnad-ner.bin', 'dist/isnad-ner.bin');
// The claim grouping's background table, read on first use beside the bundle (claims/cluster/weights.ts).
copyFileSync('src/core/data/claims/stem-df.json', 'dist/stem-df.json');
