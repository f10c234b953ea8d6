// npm run build:claim-weights: bundles src/eval/claims/backgroundDf.ts and runs it (writes src/core/data/claims/stem-df.json).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

mkdirSync('.dev', { recursive: true });
await build({ entryPoints: ['src/eval/claims/backgroundDf.ts'], outfile: '.dev/claim-weights.js', bundle: true, mainFields: ['module', 'main'], platform: 'node', target: 'node20', format: 'cjs', charset: 'utf8', logLevel: 'warning' });
const r = spawnSync('nice', ['-n', '10', process.execPath, '.dev/claim-weights.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
