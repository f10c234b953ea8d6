// Typed-array storage: FloatMap (weights by integer key), union-find, scored pairs in blocks (Pairs), and the edges (Edges).

/**
 * Numbers by integer key (a group's summed weights by feature), in the order
 * the keys came in (a cohesion adds its products in that order), with an
 * open-addressing index over them. A Map boxes every weight and costs more per
 * lookup; groups are looked into millions of times.
 */
export class FloatMap {
  size = 0;
  keys: Int32Array;
  vals: Float64Array;
  private index: Int32Array; // entry + 1 by hashed key, 0 for none; at most half full
  private shift: number; // 32 - log2(index size): the hash is the product's top bits
  constructor(capacity: number) {
    capacity = Math.max(capacity, 4);
    this.keys = new Int32Array(capacity);
    this.vals = new Float64Array(capacity);
    const bits = 32 - Math.clz32(2 * capacity - 1);
    this.index = new Int32Array(1 << bits);
    this.shift = 32 - bits;
  }
  /** Entry of key k, or -1. */
  find(k: number): number {
    const mask = this.index.length - 1;
    for (let h = Math.imul(k, 0x9e3779b1) >>> this.shift; ; h = (h + 1) & mask) {
      const e = this.index[h];
      if (e === 0) return -1;
      if (this.keys[e - 1] === k) return e - 1;
    }
  }
  /** Adds v to k's value, or appends k with value v. */
  add(k: number, v: number): void {
    const e = this.find(k);
    if (e >= 0) {
      this.vals[e] += v;
      return;
    }
    if (this.size === this.keys.length) {
      const keys = new Int32Array(this.size * 2);
      const vals = new Float64Array(this.size * 2);
      keys.set(this.keys);
      vals.set(this.vals);
      this.keys = keys;
      this.vals = vals;
    }
    if (2 * (this.size + 1) > this.index.length) this.grow();
    this.keys[this.size] = k;
    this.vals[this.size] = v;
    this.place(this.size++);
  }
  private grow(): void {
    this.index = new Int32Array(this.index.length * 2);
    this.shift--;
    for (let e = 0; e < this.size; e++) this.place(e);
  }
  private place(e: number): void {
    const mask = this.index.length - 1;
    let h = Math.imul(this.keys[e], 0x9e3779b1) >>> this.shift;
    while (this.index[h] !== 0) h = (h + 1) & mask;
    this.index[h] = e + 1;
  }
}

export class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

export function doubled(x: Int32Array): Int32Array {
  const y = new Int32Array(2 * x.length);
  y.set(x);
  return y;
}

const EMPTY_INTS = new Int32Array(0);
const EMPTY_FLOATS = new Float64Array(0);

/** Pairs by block: a block's offers, scattered over arrays of millions, take about a millisecond to place. */
export const BLOCK = 1 << 14;

/**
 * Scored unit pairs in typed arrays, by blocks: millions of them at 10,000
 * articles (an object each would weigh more than the work), and blocks never
 * need the copy of a grown array, which at that size would stall a slice.
 */
export class Pairs {
  size = 0;
  a: Int32Array[] = [];
  b: Int32Array[] = [];
  sim: Float64Array[] = [];
  private at = BLOCK; // entries used in the last block
  private lastA = new Int32Array(0);
  private lastB = new Int32Array(0);
  private lastSim = new Float64Array(0);
  push(a: number, b: number, sim: number): void {
    if (this.at === BLOCK) {
      this.a.push((this.lastA = new Int32Array(BLOCK)));
      this.b.push((this.lastB = new Int32Array(BLOCK)));
      this.sim.push((this.lastSim = new Float64Array(BLOCK)));
      this.at = 0;
    }
    this.lastA[this.at] = a;
    this.lastB[this.at] = b;
    this.lastSim[this.at++] = sim;
    this.size++;
  }
  /** Calls visit on each block's share of the pairs from `from` to `to`, as a range of its entries. */
  each(from: number, to: number, visit: (a: Int32Array, b: Int32Array, sim: Float64Array, start: number, end: number) => void): void {
    for (let at = from; at < to; ) {
      const k = Math.floor(at / BLOCK);
      const end = Math.min(BLOCK, to - k * BLOCK);
      visit(this.a[k], this.b[k], this.sim[k], at - k * BLOCK, end);
      at = k * BLOCK + end;
    }
  }
  /** Lets the blocks wholly before pair `at` go (read for the last time): their memory can be collected while the rest is read. */
  dropBefore(at: number): void {
    for (let k = Math.floor(at / BLOCK) - 1; k >= 0 && this.a[k].length > 0; k--) {
      this.a[k] = this.b[k] = EMPTY_INTS;
      this.sim[k] = EMPTY_FLOATS;
    }
  }
  /** Pairs in block k. */
  count(k: number): number {
    return Math.min(BLOCK, this.size - k * BLOCK);
  }
  clear(): void {
    this.a = [];
    this.b = [];
    this.sim = [];
  }
}

/**
 * The edges to link, for access in any order: edge e joins unit a[e] to the
 * best match at entry[e] of the best matches (its unit and similarity are
 * read there, not copied: between many retellings there are millions).
 */
export interface Edges {
  size: number;
  a: Int32Array;
  entry: Int32Array;
  /** The best matches' units and similarities, by entry. */
  unit: Int32Array;
  sim: Float64Array;
}

/** The edges in link order (order.ts): each joins unit a[e] to unit b[e], a[e] < b[e]; what the linking reads. */
export interface LinkEdges {
  size: number;
  a: Int32Array;
  b: Int32Array;
}

/** Link-order edges with their similarities, kept for the next grouping (memoChain.ts splices a change's edges in by them). */
export interface KeptEdges extends LinkEdges {
  sim: Float64Array;
}
