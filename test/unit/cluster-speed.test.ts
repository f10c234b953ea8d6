import { describe, expect, it } from 'vitest';
import * as reference from '../../bench/reference/cluster';
import { clusterUnits, runToEnd, type ClusterOptions, type Unit } from '../../src/core/claims/cluster';
import { synthUnits } from './synthUnits';

/**
 * The clustering was rewritten for speed and memory (typed arrays, pruned
 * candidate scoring, cached cohesions) on the promise of the very same
 * result: same groups, same similarities to the last bit (ties and thresholds
 * depend on them). bench/reference/cluster.ts is the implementation before
 * that rewrite: both run on a synthetic corpus that exercises every path
 * (common and rare features, retold articles, joins, rejected merges) and
 * must agree exactly. A change meant to change the grouping is made to both.
 */


/** The same groups and similarities as the reference, with either weighting (the background table by default, the corpus's own as an option). */
function same(units: Unit[], opts: Omit<ClusterOptions, 'weights'>): void {
  for (const weights of ['background', 'corpus'] as const) sameWith(units, { ...opts, weights });
}

function sameWith(units: Unit[], opts: ClusterOptions): void {
  const got = clusterUnits(units, opts);
  const want = reference.clusterUnits(units, opts);
  expect(got.groups).toEqual(want.groups);
  const n = units.length;
  let differ = 0;
  for (let i = 0; i + 1 < n; i++) {
    const j = (i * 7919 + 1) % n;
    // Bit for bit: Object.is tells 0 from -0 and compares NaN too.
    if (!Object.is(got.similarity(i, j), want.similarity(i, j))) differ++;
    for (const k of [i + 1, (i * 31) % n]) if (!Object.is(got.similarity(i, k), want.similarity(i, k))) differ++;
  }
  expect(differ).toBe(0);
}

describe('clustering at scale', () => {
  const units = synthUnits(300, 20);

  it('gives the reference groups and similarities', () => {
    same(units, { threshold: 0.35, maxPostings: 400 });
  });

  it('gives the reference groups and similarities when many features are too common to find candidates', () => {
    same(units, { threshold: 0.35, maxPostings: 20 });
  });

  it('gives the reference groups on many copies of one article, some reworded', () => {
    // Every article pair is a retelling: the weak search finds the strong
    // matches again, which the clustering leaves out (they change no best match).
    const base = synthUnits(1, 30);
    let seed = 7;
    const rnd = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
    const copies: Unit[] = [];
    for (let c = 0; c < 40; c++) {
      const file = `copy-${String(c).padStart(3, '0')}.txt`;
      for (const u of base) copies.push({ ...u, file, features: c % 3 === 0 ? u.features : [...u.features.filter(() => rnd() < 0.6), `w${Math.floor(rnd() * 500)}`] });
    }
    same(copies, { threshold: 0.35, maxPostings: 400 });
    same(copies, { threshold: 0.35, maxPostings: 20 });
  });

  it("gives each group member's summed similarity to the others as the plain double loop adds it, to the last bit", () => {
    const c = clusterUnits(units, { threshold: 0.35, maxPostings: 400 });
    // The real groups, and one large made-up one (members across many articles, shared features and none).
    const lists = [...c.groups, Array.from({ length: 400 }, (_, k) => (k * 13) % units.length)];
    let differ = 0;
    for (const g of lists) {
      const sums = runToEnd(c.similaritySums(g));
      for (let i = 0; i < g.length; i++) {
        let plain = 0;
        for (let j = 0; j < g.length; j++) if (i !== j) plain += c.similarity(g[i], g[j]);
        if (!Object.is(sums[i], plain)) differ++;
      }
    }
    expect(lists.length).toBeGreaterThan(100);
    expect(differ).toBe(0);
    // The scratch space is left clean: the same call again gives the same sums.
    const large = lists[lists.length - 1];
    expect(runToEnd(c.similaritySums(large))).toEqual(runToEnd(c.similaritySums(large)));
    // In steps: a group of 400 is many of them.
    let steps = 0;
    for (const gen = c.similaritySums(large); !gen.next().done; ) steps++;
    expect(steps).toBeGreaterThan(10);
  });

  it('gives the reference groups on exact copies of one article (the best matches made over the offers, then updated in place)', () => {
    // Every weak offer falls in an article where the unit has a strong match already: the prior matches are updated where they stand.
    const base = synthUnits(1, 30);
    const copies: Unit[] = [];
    for (let c = 0; c < 30; c++) for (const u of base) copies.push({ ...u, file: `exact-${String(c).padStart(3, '0')}.txt` });
    same(copies, { threshold: 0.35, maxPostings: 400 });
    same(copies, { threshold: 0.2, maxPostings: 400 });
  });

  it('gives the reference groups at other thresholds', () => {
    for (const threshold of [0.2, 0.5, 0.8]) same(synthUnits(120, 12), { threshold, maxPostings: 50 });
  });
});
