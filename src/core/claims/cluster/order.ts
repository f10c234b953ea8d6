// Edges in link order: a counting sort by similarity, then each bucket sorted, large ones by a merge sort in steps.

import { BUDGET, SLICE, filled, sliced, warming } from './steps';
import type { Edges, KeptEdges, LinkEdges } from './storage';

/**
 * The link order of two edges, each given as its similarity and its two units
 * (a < b): most similar first, then by the lower unit, then by the other. A
 * total order, so a sort or a merge by it gives one sequence however its input
 * came (order.ts sorts a grouping's edges by it, memoChain.ts splices a
 * change's edges into the kept ones by it).
 */
export function linkOrder(simX: number, aX: number, bX: number, simY: number, aY: number, bY: number): number {
  return simY - simX || aX - aY || bX - bY;
}

/**
 * Edges in link order: most similar first, then by their units. A counting
 * sort on the similarity's leading digits, then each bucket by the full order:
 * the same order as one comparison sort (the order is total), with far fewer
 * comparisons, and in slices.
 */
export function* edgeOrder(edges: Edges): Generator<void, Int32Array, void> {
  const { a, entry, unit, sim } = edges;
  const BUCKETS = 1 << 16;
  // Descending similarity as ascending bucket; monotone, so the buckets come in the order's order.
  const bucket = (s: number): number => BUCKETS - 1 - Math.min(BUCKETS - 1, Math.max(0, Math.floor(s * BUCKETS)));
  const start = new Int32Array(BUCKETS + 1);
  yield* sliced(edges.size, SLICE, (from, to) => {
    for (let e = from; e < to; e++) start[bucket(sim[entry[e]]) + 1]++;
  });
  yield* sliced(BUCKETS, BUCKETS, (from, to) => {
    for (let b = from; b < to; b++) start[b + 1] += start[b];
  });
  const fill = start.slice(0, BUCKETS);
  const order = yield* filled(new Int32Array(edges.size));
  yield* sliced(edges.size, SLICE, (from, to) => {
    for (let e = from; e < to; e++) order[fill[bucket(sim[entry[e]])]++] = e;
  });
  const before = (x: number, y: number): number => linkOrder(sim[entry[x]], a[x], unit[entry[x]], sim[entry[y]], a[y], unit[entry[y]]);
  // Small buckets, up to a budget of work or a large bucket.
  const sortSmall = (from: number, budget: number): number => {
    let b = from;
    for (let work = 0; b < BUCKETS && work < budget && start[b + 1] - start[b] <= RUN; b++) {
      const m = start[b + 1] - start[b];
      if (m >= 2) order.subarray(start[b], start[b + 1]).sort(before);
      work += 1 + 4 * m * Math.log2(m + 1);
    }
    return b;
  };
  for (let b = 0, calls = 0; b < BUCKETS; calls++) {
    if (start[b + 1] - start[b] > RUN) yield* sortInSteps(order.subarray(start[b], start[b++ + 1]), before);
    else b = sortSmall(b, warming(BUDGET, calls));
    yield;
  }
  return order;
}

/**
 * The edges laid out in link order (what the linking reads). Their similarities
 * come too only when the grouping is kept for the next one (memoChain.ts): a
 * one-off grouping (the command line) would hold 8 bytes more per edge at its
 * peak, beside the edges and their order (millions between many retellings).
 */
export function inLinkOrder(edges: Edges, order: Int32Array, withSim: true): Generator<void, KeptEdges, void>;
export function inLinkOrder(edges: Edges, order: Int32Array, withSim: false): Generator<void, LinkEdges, void>;
export function* inLinkOrder(edges: Edges, order: Int32Array, withSim: boolean): Generator<void, LinkEdges | KeptEdges, void> {
  const size = order.length;
  const a = new Int32Array(size);
  const b = new Int32Array(size);
  const sim = withSim ? new Float64Array(size) : undefined;
  yield* sliced(size, SLICE, (from, to) => {
    for (let e = from; e < to; e++) {
      const x = order[e];
      a[e] = edges.a[x];
      b[e] = edges.unit[edges.entry[x]];
      if (sim) sim[e] = edges.sim[edges.entry[x]];
    }
  });
  return sim ? { size, a, b, sim } : { size, a, b };
}

/** Length of the runs sortInSteps sorts in one call, before merging them. */
const RUN = 2048;

/** Sorts xs by a total order, in slices: runs sorted whole, then merged pairwise, a slice at a time. */
function* sortInSteps(xs: Int32Array, cmp: (x: number, y: number) => number): Generator<void, void, void> {
  const m = xs.length;
  for (let lo = 0; lo < m; lo += RUN) {
    xs.subarray(lo, Math.min(m, lo + RUN)).sort(cmp);
    yield;
  }
  let src = xs;
  let dst = new Int32Array(m);
  for (let width = RUN; width < m; width *= 2) {
    for (let lo = 0; lo < m; lo += 2 * width) {
      const merge = { i: lo, j: Math.min(m, lo + width), k: lo, mid: Math.min(m, lo + width), hi: Math.min(m, lo + 2 * width) };
      while (merge.k < merge.hi) {
        mergeSlice(src, dst, merge, cmp, 4 * RUN);
        yield;
      }
    }
    [src, dst] = [dst, src];
  }
  if (src !== xs) xs.set(src);
}

/** Merges up to `count` more items of src's runs [i, mid) and [j, hi) into dst from k. */
function mergeSlice(src: Int32Array, dst: Int32Array, at: { i: number; j: number; k: number; mid: number; hi: number }, cmp: (x: number, y: number) => number, count: number): void {
  let { i, j, k } = at;
  const { mid, hi } = at;
  for (const end = Math.min(hi, k + count); k < end; k++) dst[k] = j >= hi || (i < mid && cmp(src[i], src[j]) <= 0) ? src[i++] : src[j++];
  Object.assign(at, { i, j, k });
}
