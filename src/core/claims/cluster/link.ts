// Building the groups: average-linkage links, one-sided joins, and the final assembly of sorted groups.

import { Groups, type Group } from './groups';
import { Replay, type LinkPast } from './memoLink';
import type { BestMatches } from './matches';
import { SLICE, metered, sliced } from './steps';
import { FloatMap, type LinkEdges } from './storage';
import { cosine, type Space } from './vectors';

/**
 * Links, strongest first, under average linkage. Pairs from one article do
 * not count in the average: an article's two tellings of a claim need not
 * resemble each other.
 *
 * With the last grouping's links (memoLink.ts), a link between two groups
 * that are as they were then has the outcome it had then: only the links
 * that touch a group changed since are tried again (see there why this is
 * exact). The outcome of each link is kept in `merged`.
 */
export function* link(s: Space, edges: LinkEdges, clearsFloor: (i: number, j: number, sim: number) => boolean, past?: LinkPast): Generator<void, Groups, void> {
  const groups = new Groups(s, edges.size);
  const { uf, merged } = groups;
  const replay = past ? new Replay(groups, edges, past) : undefined;
  yield* metered(edges.size, (from, budget) => {
    let e = from;
    for (groups.work = 0; e < edges.size && groups.work < budget; e++) {
      const i = edges.a[e];
      const j = edges.b[e];
      groups.work += 3;
      const ra = uf.find(i);
      const rb = uf.find(j);
      if (ra === rb) continue;
      if (replay) {
        if (replay.known(e, ra, rb)) continue;
        replay.ensure(ra);
        replay.ensure(rb);
      }
      // Two units in no group yet (most tries among the first, strongest edges): no groups made for them.
      if (!groups.groupOf[ra] && !groups.groupOf[rb]) {
        if (clearsFloor(i, j, groups.pairCohesion(ra, rb))) {
          groups.mergeUnits(ra, rb, e);
          merged[e] = 1;
        }
      } else {
        const a = groups.group(ra);
        const b = groups.group(rb);
        // Two groups are often tried again and again (through the many links
        // between their members) while neither changes: their cohesion is kept.
        // Kept per order of the two: it decides the order of the sums.
        const known = a.tried ? a.tried.find(b.stamp) : -1;
        const c = known >= 0 ? a.tried!.vals[known] : groups.cohesion(a, b);
        if (known < 0) (a.tried ??= new FloatMap(4)).add(b.stamp, c);
        groups.work += known < 0 ? 48 : 0;
        if (clearsFloor(i, j, c)) {
          groups.merge(ra, rb, a, b, e);
          merged[e] = 1;
        }
      }
      if (replay) replay.tried(e, ra, rb);
    }
    return e;
  });
  if (replay) yield* replay.finish();
  return groups;
}

/**
 * Joins, at the full threshold: they are one-sided. A unit's cohesion with a
 * group is that of its own one-unit group, computed without building it.
 * Returns the joining units by group root.
 */
export function* joins(s: Space, best: BestMatches, mutual: Uint8Array, groups: Groups, threshold: number): Generator<void, Map<number, Set<number>>, void> {
  const { n, nf, vecStart, vec, idf, norms, fileOf } = s;
  const { uf, groupOf } = groups;
  // Groups' vectors are keyed by the features' lasting keys where there are some (groups.ts).
  const keys = s.keys;
  let keyCount = nf;
  if (keys) for (let f = 0; f < nf; f++) keyCount = Math.max(keyCount, keys[f] + 1);
  const mark = new Int32Array(keyCount).fill(-1); // mark[key] === i: the key's feature is a feature of unit i
  const idOfKey = new Int32Array(keyCount);
  for (let f = 0; f < nf; f++) idOfKey[keys ? keys[f] : f] = f;
  let work = 0;
  const joinCohesion = (i: number, g: Group): number => {
    let total = 0;
    if (vecStart[i + 1] - vecStart[i] <= g.sum.size) {
      work += vecStart[i + 1] - vecStart[i];
      for (let k = vecStart[i]; k < vecStart[i + 1]; k++) {
        const e = g.sum.find(keys ? keys[vec[k]] : vec[k]);
        if (e >= 0) total += (idf[vec[k]] / norms[i]) * g.sum.vals[e];
      }
    } else {
      work += g.sum.size;
      for (let k = 0; k < g.sum.size; k++) {
        const key = g.sum.keys[k];
        if (mark[key] === i) total += g.sum.vals[k] * (idf[idOfKey[key]] / norms[i]);
      }
    }
    let pairs = g.members.length;
    const ys = g.byFile.get(fileOf[i]);
    if (ys) {
      for (const y of ys) total -= cosine(s, i, y);
      pairs -= ys.length;
      work += 16 * ys.length;
    }
    return pairs > 0 ? total / pairs : 0;
  };
  const joined = new Map<number, Set<number>>();
  yield* metered(n, (from, budget) => {
    let i = from;
    for (work = 0; i < n && work < budget; i++) {
      work += 1 + vecStart[i + 1] - vecStart[i] + best.start[i + 1] - best.start[i];
      for (let k = vecStart[i]; k < vecStart[i + 1]; k++) mark[keys ? keys[vec[k]] : vec[k]] = i;
      for (let k = best.start[i]; k < best.start[i + 1]; k++) {
        const j = best.unit[k];
        const sim = best.sim[k];
        if (sim < threshold || mutual[k]) continue;
        const r = uf.find(j);
        const g = groupOf[r];
        if (!g || g.members.length < 2 || r === uf.find(i) || joinCohesion(i, g) < threshold) continue;
        let js = joined.get(r);
        if (!js) joined.set(r, (js = new Set()));
        js.add(i);
      }
    }
    return i;
  });
  return joined;
}

/**
 * The groups of two or more units, with their joining units, as sorted lists;
 * groups with units from one article only are left out. Ordered by first
 * unit, and groups with the same first unit in the order they took their
 * final form (the place of their last link in link order: placing by it sorts by it).
 */
export function* assemble(s: Space, groups: Groups, joined: Map<number, Set<number>>): Generator<void, number[][], void> {
  const { n, fileOf } = s;
  const { groupOf } = groups;
  // By the link that gave each its final form (a link merges two groups at most once).
  const rootByLast = new Int32Array(groups.merged.length).fill(-1);
  yield* sliced(n, SLICE, (from, to) => {
    for (let r = from; r < to; r++) if (groupOf[r] && groupOf[r]!.members.length >= 2) rootByLast[groupOf[r]!.lastMerge] = r;
  });
  const roots: number[] = [];
  yield* sliced(rootByLast.length, SLICE, (from, to) => {
    for (let t = from; t < to; t++) if (rootByLast[t] >= 0) roots.push(rootByLast[t]);
  });
  const lists: number[][] = [];
  yield* metered(roots.length, (from, budget) => {
    let k = from;
    for (let work = 0; k < roots.length && work < budget; k++) {
      const r = roots[k];
      // Members are distinct; a joining unit may be a member already.
      const members = groupOf[r]!.members;
      const more = joined.get(r);
      const g = (more ? [...new Set([...members, ...more])] : members.slice()).sort((a, b) => a - b);
      let files = 1;
      for (let m = 1; m < g.length && files < 2; m++) if (fileOf[g[m]] !== fileOf[g[0]]) files = 2;
      if (files >= 2) lists.push(g);
      work += 16 + 16 * g.length;
    }
    return k;
  });
  // A stable sort by first unit: counting sort.
  const start = new Int32Array(n + 1);
  yield* sliced(lists.length, SLICE, (from, to) => {
    for (let k = from; k < to; k++) start[lists[k][0] + 1]++;
  });
  yield* sliced(n, SLICE, (from, to) => {
    for (let u = from; u < to; u++) start[u + 1] += start[u];
  });
  const sorted = new Array<number[]>(lists.length);
  yield* sliced(lists.length, SLICE, (from, to) => {
    for (let k = from; k < to; k++) sorted[start[lists[k][0]]++] = lists[k];
  });
  return sorted;
}
