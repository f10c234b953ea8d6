// Groups under construction: their summed vectors, members by article, merges, and the cohesion between two.

import { FloatMap, UnionFind } from './storage';
import { cosine, type Space } from './vectors';

/** A group being built: its members, their summed unit vectors, and its members by article (file id). */
export interface Group {
  sum: FloatMap;
  members: number[];
  byFile: Map<number, number[]>;
  /** New whenever the group changes: names this state of the group. */
  stamp: number;
  /** The link (its place in link order) that gave the group its current form; -1 for one unit. */
  lastMerge: number;
  /** Cohesion with the groups (by stamp) tried against this state of it, as first of the two. */
  tried?: FloatMap;
}

/** Groups under construction, by their root unit, and the cohesion between two of them. */
export class Groups {
  readonly uf: UnionFind;
  /** Groups by their root unit. Stamps follow creations and merges, so the groups by stamp come in the order they took their current form. */
  readonly groupOf: Array<Group | undefined>;
  stamps = 0;
  /** Work done, for the slices. */
  work = 0;
  /** A group's summed vector is keyed by the features' lasting keys (Space.keys) where there are some. */
  private readonly key: (f: number) => number;
  /** Whether each link (by its place in link order) merged two groups. */
  readonly merged: Uint8Array;
  constructor(
    private readonly s: Space,
    links: number,
  ) {
    this.merged = new Uint8Array(links);
    this.uf = new UnionFind(s.n);
    this.groupOf = new Array<Group | undefined>(s.n).fill(undefined);
    const keys = s.keys;
    this.key = keys ? (f) => keys[f] : (f) => f;
  }
  single(i: number): Group {
    const { vecStart, vec, idf, norms, fileOf } = this.s;
    const g: Group = { sum: new FloatMap(vecStart[i + 1] - vecStart[i]), members: [i], byFile: new Map([[fileOf[i], [i]]]), stamp: this.stamps++, lastMerge: -1 };
    for (let k = vecStart[i]; k < vecStart[i + 1]; k++) g.sum.add(this.key(vec[k]), idf[vec[k]] / norms[i]);
    this.work += 96 + 3 * (vecStart[i + 1] - vecStart[i]);
    return g;
  }
  group(r: number): Group {
    let g = this.groupOf[r];
    if (!g) this.groupOf[r] = g = this.single(r);
    return g;
  }
  /** Average similarity between the members of two groups, over pairs from different articles. */
  cohesion(a: Group, b: Group): number {
    const [small, large] = a.sum.size <= b.sum.size ? [a.sum, b.sum] : [b.sum, a.sum];
    let total = 0;
    for (let k = 0; k < small.size; k++) {
      const e = large.find(small.keys[k]);
      if (e >= 0) total += small.vals[k] * large.vals[e];
    }
    let pairs = a.members.length * b.members.length;
    const [fewer, more] = a.byFile.size <= b.byFile.size ? [a, b] : [b, a];
    this.work += 12 + 3 * small.size + 12 * fewer.byFile.size;
    for (const [file, xs] of fewer.byFile) {
      const ys = more.byFile.get(file);
      if (!ys) continue;
      for (const x of xs) for (const y of ys) total -= cosine(this.s, x, y);
      pairs -= xs.length * ys.length;
      this.work += 36 * xs.length * ys.length;
    }
    return pairs > 0 ? total / pairs : 0;
  }
  /**
   * Cohesion of two units in no group yet (of different articles): cohesion()
   * of their one-unit groups, without making them. Both groups' keys are the
   * units' features, ascending, so the walk adds the same products in the same
   * order (a product is the same whichever factor comes first).
   */
  pairCohesion(i: number, j: number): number {
    const { vecStart, vec, idf, norms } = this.s;
    let x = vecStart[i];
    let y = vecStart[j];
    const xe = vecStart[i + 1];
    const ye = vecStart[j + 1];
    let total = 0;
    while (x < xe && y < ye) {
      if (vec[x] === vec[y]) {
        total += (idf[vec[x]] / norms[i]) * (idf[vec[y]] / norms[j]);
        x++;
        y++;
      } else if (vec[x] < vec[y]) x++;
      else y++;
    }
    this.work += 12 + 2 * (xe - vecStart[i] + ye - vecStart[j]);
    return total;
  }
  /** Merges two units in no group yet (roots of themselves): merge() of their one-unit groups, without making them. */
  mergeUnits(i: number, j: number, at: number): void {
    const { vecStart, vec, idf, norms, fileOf } = this.s;
    // As merge(): the first is the larger group on a tie, its keys first.
    const sum = new FloatMap(vecStart[i + 1] - vecStart[i] + vecStart[j + 1] - vecStart[j]);
    for (let k = vecStart[i]; k < vecStart[i + 1]; k++) sum.add(this.key(vec[k]), idf[vec[k]] / norms[i]);
    for (let k = vecStart[j]; k < vecStart[j + 1]; k++) sum.add(this.key(vec[k]), idf[vec[k]] / norms[j]);
    const byFile = new Map([[fileOf[i], [i]]]);
    const ys = byFile.get(fileOf[j]);
    if (ys) ys.push(j);
    else byFile.set(fileOf[j], [j]);
    this.work += 120 + 3 * (vecStart[i + 1] - vecStart[i] + vecStart[j + 1] - vecStart[j]);
    this.uf.union(i, j);
    this.groupOf[this.uf.find(i)] = { sum, members: [i, j], byFile, stamp: this.stamps++, lastMerge: at };
  }
  /** Merges groups a and b, of roots ra and rb, by the link at place `at` in link order. */
  merge(ra: number, rb: number, a: Group, b: Group, at: number): void {
    this.uf.union(ra, rb);
    const big = combine(a, b, at);
    this.work += 24 + 3 * Math.min(a.sum.size, b.sum.size) + 2 * Math.min(a.members.length, b.members.length);
    big.stamp = this.stamps++;
    big.tried = undefined;
    this.groupOf[ra] = this.groupOf[rb] = undefined;
    this.groupOf[this.uf.find(ra)] = big;
  }
}

/** The larger of two groups (the first on a tie) with the other's members and vector added, in the order merge() adds them. */
export function combine(a: Group, b: Group, at: number): Group {
  const [big, small] = a.members.length >= b.members.length ? [a, b] : [b, a];
  for (let k = 0; k < small.sum.size; k++) big.sum.add(small.sum.keys[k], small.sum.vals[k]);
  for (const m of small.members) big.members.push(m); // no spread: groups can be large
  // The small group is dropped: its lists can be taken over rather than copied.
  for (const [file, xs] of small.byFile) {
    const ys = big.byFile.get(file);
    if (ys) for (const x of xs) ys.push(x);
    else big.byFile.set(file, xs);
  }
  big.lastMerge = at;
  return big;
}
