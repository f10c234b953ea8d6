import { describe, expect, it } from 'vitest';
import { clusterSteps, clusterUnits, type Clustering, type ClusterOptions, type Unit } from '../../src/core/claims/cluster';
import { synthUnits } from './synthUnits';

/**
 * clusterSteps is the clustering cut into small steps, so that an editor can
 * run it between other work: stepped by hand, with another run stepped in
 * between, it must give clusterUnits' result to the last bit, and its steps
 * must be many more on a larger corpus (the work is split, not done in one
 * step). No timings: those belong to the benchmarks.
 */


function expectSame(got: Clustering, want: Clustering, n: number): void {
  expect(got.groups).toEqual(want.groups);
  let differ = 0;
  for (let i = 0; i + 1 < n; i++) {
    // Bit for bit: Object.is tells 0 from -0 and compares NaN too.
    for (const j of [i + 1, (i * 7919 + 1) % n, (i * 31) % n]) if (!Object.is(got.similarity(i, j), want.similarity(i, j))) differ++;
  }
  expect(differ).toBe(0);
}

const countSteps = (units: Unit[]): number => {
  const steps = clusterSteps(units);
  let count = 0;
  while (!steps.next().done) count++;
  return count;
};

describe('clustering in steps', () => {
  it("gives clusterUnits' groups and similarities, with another run stepped in between", () => {
    const runs: Array<{ units: Unit[]; opts: ClusterOptions }> = [
      { units: synthUnits(300, 20), opts: { threshold: 0.35, maxPostings: 400 } },
      { units: synthUnits(120, 12), opts: { threshold: 0.5, maxPostings: 20 } },
    ];
    const steps = runs.map((run) => clusterSteps(run.units, run.opts));
    const results: Array<Clustering | undefined> = runs.map(() => undefined);
    while (results.includes(undefined)) {
      steps.forEach((step, k) => {
        if (results[k]) return;
        const next = step.next();
        if (next.done) results[k] = next.value;
      });
    }
    runs.forEach((run, k) => expectSame(results[k]!, clusterUnits(run.units, run.opts), run.units.length));
    expect(results[0]!.groups.length).toBeGreaterThan(100);
  });

  it('takes clearly more steps on a corpus four times larger', () => {
    const small = countSteps(synthUnits(150, 20));
    const large = countSteps(synthUnits(600, 20));
    expect(small).toBeGreaterThan(100);
    expect(large).toBeGreaterThan(1.5 * small);
  });
});
