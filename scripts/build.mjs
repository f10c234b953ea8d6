// Bundles the extension, the command-line tool and the eval runner with esbuild.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const common = { bundle: true, mainFields: ['module', 'main'], platform: 'node', target: 'node20', format: 'cjs', sourcemap: !production, minify: production, logLevel: 'warning' };

const entries = [
  { entryPoints: ['src/cli/isnad.ts'], outfile: 'dist/cli.js' },
  { entryPoints: ['src/eval/run.ts'], outfile: 'dist/eval.js' },
];
if (existsSync('src/vscode/extension.ts')) entries.push({ entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] });

await Promise.all(entries.map((e) => build({ ...common, ...e })));
