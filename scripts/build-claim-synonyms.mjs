// npm run build:claim-synonyms: bundles src/eval/claims/learnSynonyms.ts and runs it (writes src/core/data/claims/learned-synonyms.json).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

mkdirSync('.dev', { recursive: true });
await build({ entryPoints: ['src/eval/claims/learnSynonyms.ts'], outfile: '.dev/claim-synonyms.js', bundle: true, mainFields: ['module', 'main'], platform: 'node', target: 'node20', format: 'cjs', charset: 'utf8', logLevel: 'warning' });
const r = spawnSync('nice', ['-n', '10', process.execPath, '.dev/claim-synonyms.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
