// `npm run fuzz`: the robustness properties of test/fuzz/properties.ts with their
// full case counts (over 100,000 in total), one process per core. Bundles
// test/fuzz/run.ts with esbuild, prints each property's count and time, then the
// total and whether any failed (exit code 1 if one did).
//   npm run fuzz                        FUZZ_SCALE=0.1 npm run fuzz (a tenth)
//   FUZZ_SEED=123 FUZZ_ONLY=corpus npm run fuzz (replay a failure)
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'isnad-fuzz-'));
const out = join(dir, 'fuzz.js');
await build({ entryPoints: ['test/fuzz/run.ts'], outfile: out, bundle: true, platform: 'node', target: 'node20', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'warning' });

const shards = Math.max(1, Math.min(Number(process.env.FUZZ_JOBS ?? availableParallelism()), 8));
const started = Date.now();
const results = await Promise.all(
  Array.from({ length: shards }, (_, i) =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [out], { env: { ...process.env, FUZZ_SHARD: `${i}/${shards}` }, stdio: ['ignore', 'pipe', 'inherit'] });
      let summary = { cases: 0, failed: 1, seconds: 0 };
      let buf = '';
      child.stdout.on('data', (d) => {
        buf += d;
        let nl;
        while ((nl = buf.indexOf('\n')) >= 0) {
          const line = buf.slice(0, nl);
          buf = buf.slice(nl + 1);
          if (line.startsWith('{"summary"')) summary = JSON.parse(line).summary;
          else console.log(line);
        }
      });
      child.on('close', (code) => resolve({ ...summary, code }));
    }),
  ),
);
rmSync(dir, { recursive: true, force: true });
const cases = results.reduce((n, r) => n + r.cases, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const crashed = results.filter((r) => r.code !== 0 && r.failed === 0).length;
const secs = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\nfuzz: ${cases} generated cases ran in ${secs} s on ${shards} process(es); ${failed ? `${failed} propert${failed === 1 ? 'y' : 'ies'} FAILED` : 'none failed'}${crashed ? `; ${crashed} process(es) crashed` : ''}`);
process.exitCode = failed || crashed ? 1 : 0;
