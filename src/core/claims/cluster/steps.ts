// Slicing the work into steps: the stepping helpers (sliced, metered, filled) and their slice sizes.

/**
 * How the work is sliced (clusterSteps): at 10,000 articles the clustering
 * takes seconds, and an editor must stay responsive meanwhile. Every loop over
 * units, features, pairs or edges runs in slices, with a yield between two:
 * light loops after a fixed count of items, loops whose items vary in cost
 * after a measured amount of work. The slices are plain functions over a range
 * (the generator only strings them together: V8 optimizes generators less
 * well), and none changes what is computed or in which order.
 */

/** Runs a stepped computation to its end, at once (the synchronous callers). */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Items of a light loop (a few operations each) between two yields. */
export const SLICE = 8192;
/** Units between two yields in a loop over their features (fifteen-odd each). */
export const UNIT_SLICE = 2048;
/** Work (postings walked, features added, entries looked up) between two yields in the loops whose items vary in cost: about half a millisecond. */
export const BUDGET = 1 << 15;

/**
 * A loop's first calls run cold (interpreted, many times slower than once
 * optimized, and compiling takes a while): they get a smaller share, doubled
 * every fourth call up to the full one.
 */
export const warming = (full: number, calls: number): number => Math.max(1, full >> Math.max(0, 4 - (calls >> 2)));

/** Runs body over [0, n) in slices of `size` items (smaller while warming up), yielding after each. */
export function* sliced(n: number, size: number, body: (from: number, to: number) => void): Generator<void, void, void> {
  for (let from = 0, calls = 0; from < n; calls++) {
    const to = Math.min(n, from + warming(size, calls));
    body(from, to);
    from = to;
    yield;
  }
}

/** Runs body over [0, n), yielding after each call: a call does about `budget` work (a BUDGET, less while warming up) and returns where the next starts. */
export function* metered(n: number, body: (from: number, budget: number) => number): Generator<void, void, void> {
  for (let at = 0, calls = 0; at < n; calls++) {
    at = body(at, warming(BUDGET, calls));
    yield;
  }
}

/**
 * A new typed array, filled with `value` a slice at a time. Fresh memory is
 * mapped on first touch: scattered writes into a new array of millions would
 * fault in all its pages within one slice, for tens of milliseconds. (It
 * also leaves the next allocation to a later slice: each large one can set
 * off a garbage collection.)
 */
export function* filled<T extends Int32Array | Float64Array | Uint8Array>(array: T, value = 0): Generator<void, T, void> {
  yield* sliced(array.length, 1 << 16, (from, to) => array.fill(value, from, to));
  return array;
}
