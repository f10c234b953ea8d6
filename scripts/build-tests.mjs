// Bundle the extension-host test suite to out/test/host/:
//   test/host/index.ts          -> out/test/host/index.js        (mocha bundled in: the unpacked
//                                                                  .vsix has no node_modules)
//   test/host/suite/*.test.ts   -> out/test/host/suite/*.test.js (one bundle per file; `vscode` external)
// CommonJS for Node 20, which is what the VS Code extension host `require`s.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// --outdir DIR: build elsewhere (the runners build into their own run folder, so that runs
// started at the same time in one checkout do not delete each other's bundle).
const i = process.argv.indexOf('--outdir');
const outDir = i > 0 ? path.resolve(process.argv[i + 1]) : path.join(root, 'out/test/host');
const suiteDir = path.join(root, 'test/host/suite');

const suites = fs.existsSync(suiteDir)
  ? fs.readdirSync(suiteDir).filter((f) => f.endsWith('.test.ts')).sort()
  : [];

fs.rmSync(outDir, { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  external: ['vscode'],
  logLevel: 'warning',
  // mocha has optional dynamic requires (reporters/files by name); they stay runtime requires.
  logOverride: { 'require-resolve-not-external': 'silent', 'unsupported-require-call': 'silent',
    'unsupported-dynamic-import': 'silent', 'indirect-require': 'silent' },
};
const t = Date.now();
await build({
  ...common,
  entryPoints: { index: path.join(root, 'test/host/index.ts') },
  outdir: outDir,
});
if (suites.length) {
  await build({
    ...common,
    entryPoints: suites.map((f) => path.join(suiteDir, f)),
    outdir: path.join(outDir, 'suite'),
  });
}
console.log(`[build-tests] ${path.relative(root, outDir).startsWith('..') ? outDir : path.relative(root, outDir)}: index.js + ${suites.length} suite file(s) (${Date.now() - t} ms)`);
