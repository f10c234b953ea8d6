/**
 * The robustness properties (test/fuzz/properties.ts) at CI size: a few hundred
 * generated cases each. `npm run fuzz` runs the same properties with over
 * 100,000 cases in total. FUZZ_SEED=<n> replays a seed a failure printed.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { PROPERTIES } from '../fuzz/properties';

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

describe('robustness properties (fast-check, CI size)', () => {
  for (const p of PROPERTIES) {
    it(p.name, () => {
      fc.assert(p.property(), { numRuns: p.runs.ci, seed });
    }, 60000);
  }
});
