import { describe, expect, it } from 'vitest';
import * as reference from '../../bench/reference/rows';
import { clusterUnits } from '../../src/core/claims/cluster';
import { oneRowPerClaim, type RowUnit } from '../../src/core/claims/rows';
import { synthUnits } from './synthUnits';

/**
 * One row per claim runs at every regrouping over every group's members: its
 * maps and sets keyed by sentence became typed arrays over dense sentence
 * numbers. bench/reference/rows.ts is the version before: both must give the
 * same rows, in the same order, on groups that overlap every way the
 * grouping makes them (a clause in two groups, sentences shared by two
 * groups from one article or from several, members out of order or twice).
 */

function lcg(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
}

/** Units of `files` articles, sentences of one to three clauses, in the corpus's order. */
function units(files: number, rnd: () => number): RowUnit[] {
  const out: RowUnit[] = [];
  for (let f = 0; f < files; f++) {
    let index = 0;
    for (let s = 0; s < 4 + Math.floor(rnd() * 4); s++) {
      index += 1 + Math.floor(rnd() * 3);
      for (let clause = 0, n = 1 + Math.floor(rnd() * 3); clause < n; clause++) out.push({ file: `article-${f}.txt`, index, clause });
    }
  }
  return out;
}

/** Groups that overlap: most ascending and apart, some sharing members or sentences, a few out of order. */
function groups(us: RowUnit[], rnd: () => number): number[][] {
  const out: number[][] = [];
  for (let k = 0; k < us.length / 3; k++) {
    const g = new Set<number>();
    const first = Math.floor(rnd() * us.length);
    g.add(first);
    // Neighbours often: the clauses of one sentence, the next sentence.
    for (let m = 1 + Math.floor(rnd() * 5); m > 0; m--) g.add(rnd() < 0.4 ? Math.min(us.length - 1, first + Math.floor(rnd() * 4)) : Math.floor(rnd() * us.length));
    const list = [...g];
    if (rnd() < 0.9) list.sort((a, b) => a - b);
    else if (rnd() < 0.5) list.push(list[0]);
    out.push(list);
  }
  // Copies of groups, in part: groups that share most of their sentences.
  for (let k = 0; k < out.length / 4; k++) {
    const src = out[Math.floor(rnd() * out.length)];
    out.push(src.filter(() => rnd() < 0.8).sort((a, b) => a - b));
  }
  return out;
}

describe('one row per claim: as the reference', () => {
  it('random overlapping groups', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const rnd = lcg(seed);
      const us = units(3 + Math.floor(rnd() * 12), rnd);
      const gs = groups(us, rnd);
      // Ties included: a few similarity values only.
      const sim = (i: number, j: number): number => ((Math.imul(i + 1, 2654435761) ^ Math.imul(j + 1, 40503)) >>> 0) % 4 / 4;
      expect(oneRowPerClaim(gs, us, sim), `seed ${seed}`).toEqual(reference.oneRowPerClaim(gs, us, sim));
    }
  });

  it('the clustering of a synthetic corpus', () => {
    const us = synthUnits(200, 20);
    const c = clusterUnits(us);
    const rows = oneRowPerClaim(c.groups, us, c.similarity);
    expect(rows.length).toBeGreaterThan(50);
    expect(rows).toEqual(reference.oneRowPerClaim(c.groups, us, c.similarity));
  });

  it('returns lists of its own: the rows never share an array with the groups', () => {
    const us: RowUnit[] = [
      { file: 'a', index: 0, clause: 0 },
      { file: 'b', index: 0, clause: 0 },
    ];
    const gs = [[0, 1]];
    const rows = oneRowPerClaim(gs, us, () => 0.5);
    expect(rows).toEqual([[0, 1]]);
    expect(rows[0]).not.toBe(gs[0]);
  });
});
