/**
 * `npm run fuzz` entry (bundled by scripts/fuzz.mjs): every property of
 * properties.ts with its fuzz-size case count, or a share of them.
 *   FUZZ_SCALE=0.1   a tenth of the cases        FUZZ_SEED=n   replay a seed
 *   FUZZ_ONLY=text   only properties whose name contains "text"
 *   FUZZ_SHARD=i/n   the properties of shard i of n (scripts/fuzz.mjs runs one per core)
 * Prints one line per property and a JSON summary line last (for the parent).
 */
import fc from 'fast-check';
import { PROPERTIES } from './properties';

const scale = Number(process.env.FUZZ_SCALE ?? 1);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const only = process.env.FUZZ_ONLY;
const [shard, shards] = (process.env.FUZZ_SHARD ?? '0/1').split('/').map(Number);

let total = 0;
let failed = 0;
const failures: string[] = [];
const started = Date.now();
// Share the properties between shards by their estimated cost (greedy, largest first).
const load = new Array<number>(shards).fill(0);
const shardOf = new Map<string, number>();
for (const p of [...PROPERTIES].sort((a, b) => b.runs.fuzz * (b.runs.ms ?? 0.1) - a.runs.fuzz * (a.runs.ms ?? 0.1))) {
  const k = load.indexOf(Math.min(...load));
  load[k] += p.runs.fuzz * (p.runs.ms ?? 0.1);
  shardOf.set(p.name, k);
}
PROPERTIES.forEach((p) => {
  if (shardOf.get(p.name) !== shard) return;
  if (only && !p.name.includes(only)) return;
  const numRuns = Math.max(1, Math.round(p.runs.fuzz * scale));
  const t = Date.now();
  const r = fc.check(p.property(), { numRuns, seed });
  total += r.numRuns;
  const secs = ((Date.now() - t) / 1000).toFixed(1);
  if (r.failed) {
    failed++;
    const msg = `FAIL ${p.name}: after ${r.numRuns} cases, seed ${r.seed}, path ${r.counterexamplePath}\n  counterexample: ${fc.stringify(r.counterexample).slice(0, 2000)}\n  ${String((r.errorInstance as Error | undefined)?.message ?? r.failed).slice(0, 3000)}`;
    failures.push(msg);
    console.log(msg);
  } else console.log(`ok   ${String(r.numRuns).padStart(6)} cases  ${secs.padStart(6)} s  ${p.name}`);
});
console.log(JSON.stringify({ summary: { cases: total, failed, seconds: (Date.now() - started) / 1000 } }));
process.exitCode = failed ? 1 : 0;
