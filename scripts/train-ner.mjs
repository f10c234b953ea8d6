// npm run train:ner: bundles the trainer (src/eval/ner/trainMain.ts) and runs it under nice.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

mkdirSync('.dev', { recursive: true });
await build({ entryPoints: ['src/eval/ner/trainMain.ts'], outfile: '.dev/train-ner.js', bundle: true, platform: 'node', target: 'node20', format: 'cjs', charset: 'utf8', logLevel: 'warning' });
const r = spawnSync('nice', ['-n', '10', process.execPath, '.dev/train-ner.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
