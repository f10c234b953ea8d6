/**
 * Grouping clauses from different articles that tell the same claim.
 *
 * Each unit (a clause of a sentence) is a bag of features (content stems,
 * actor ids) weighted by inverse document frequency over the corpus's units.
 * Candidate pairs come from an inverted index over the features that are not
 * too common, so the work grows with the corpus, not with its square; each
 * candidate pair is scored by cosine similarity, and each unit keeps only its
 * best match in every other article.
 *
 * Groups are built in two steps, neither of which can chain loose resemblances
 * into one group (plain threshold linkage does, on news text where every
 * sentence shares actors):
 * - Links: two units that are each other's best match in the other's article
 *   (mutual best matches) are linked, strongest first, and their groups merge
 *   only while the average similarity across the two groups stays at the
 *   threshold (average linkage). Two articles that already share several strong
 *   links are versions of one report, and between them a mutual best match
 *   links at a lower similarity: there a weaker resemblance is still the same
 *   claim, retold.
 * - Joins: an article may tell a claim twice (the lede, then the body), and a
 *   clause may tell a second claim. A unit whose best match in another article
 *   is in a group, and which is on average as close to that group as its
 *   members must be, joins it as a member without merging its own group into it.
 *
 * At 10,000 articles (150,000 units) there are tens of millions of candidate
 * pairs: the data lives in flat typed arrays, and every shortcut below (bounds
 * that drop hopeless candidates, answers kept rather than recomputed) is
 * exact. Sums add in fixed orders, so the groups and the similarities are
 * the same to the last bit as those of the plain algorithm (ties and
 * thresholds depend on them; test/unit/cluster-speed.test.ts holds them).
 */

export interface Unit {
  file: string;
  /** Index of the sentence in its article. */
  index: number;
  /** Index of the clause in its sentence. */
  clause: number;
  features: string[];
}

export interface ClusterOptions {
  /** Minimum cosine similarity for two units to tell the same claim (and average similarity within a group). */
  threshold: number;
  /** Features found in more units than this find no candidates (too common to say anything); they still count in the similarity. */
  maxPostings: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { threshold: 0.35, maxPostings: 400 };

/** Strong mutual matches that make two articles retellings of one report. */
const RETELLING_MATCHES = 3;
/** Between retellings, a mutual best match links at this share of the threshold. */
const RETELLING_FLOOR = 0.7;

/** A group being built: its members, their summed unit vectors, and its members by article (file id). */
interface Group {
  sum: FloatMap;
  members: number[];
  byFile: Map<number, number[]>;
  /** New whenever the group changes: names this state of the group. */
  stamp: number;
  /** Cohesion with the groups (by stamp) tried against this state of it, as first of the two. */
  tried?: FloatMap;
}

/**
 * Numbers by integer key (a group's summed weights by feature), in the order
 * the keys came in (a cohesion adds its products in that order), with an
 * open-addressing index over them. A Map boxes every weight and costs more per
 * lookup; groups are looked into millions of times.
 */
class FloatMap {
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

class UnionFind {
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

/**
 * How the work is sliced (clusterSteps): at 10,000 articles the clustering
 * takes seconds, and an editor must stay responsive meanwhile. Every loop over
 * units, features, pairs or edges runs in slices, with a yield between two:
 * light loops after a fixed count of items, loops whose items vary in cost
 * after a measured amount of work. The slices are plain functions over a range
 * (the generator only strings them together: V8 optimizes generators less
 * well), and none changes what is computed or in which order.
 */

/** Items of a light loop (a few operations each) between two yields. */
const SLICE = 8192;
/** Units between two yields in a loop over their features (fifteen-odd each). */
const UNIT_SLICE = 2048;
/** Work (postings walked, features added, entries looked up) between two yields in the loops whose items vary in cost: about half a millisecond. */
const BUDGET = 1 << 15;

/**
 * A loop's first calls run cold (interpreted, many times slower than once
 * optimized, and compiling takes a while): they get a smaller share, doubled
 * every fourth call up to the full one.
 */
const warming = (full: number, calls: number): number => Math.max(1, full >> Math.max(0, 4 - (calls >> 2)));

/** Runs body over [0, n) in slices of `size` items (smaller while warming up), yielding after each. */
function* sliced(n: number, size: number, body: (from: number, to: number) => void): Generator<void, void, void> {
  for (let from = 0, calls = 0; from < n; calls++) {
    const to = Math.min(n, from + warming(size, calls));
    body(from, to);
    from = to;
    yield;
  }
}

/** Runs body over [0, n), yielding after each call: a call does about `budget` work (a BUDGET, less while warming up) and returns where the next starts. */
function* metered(n: number, body: (from: number, budget: number) => number): Generator<void, void, void> {
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
function* filled<T extends Int32Array | Float64Array | Uint8Array>(array: T, value = 0): Generator<void, T, void> {
  yield* sliced(array.length, 1 << 16, (from, to) => array.fill(value, from, to));
  return array;
}

function doubled(x: Int32Array): Int32Array {
  const y = new Int32Array(2 * x.length);
  y.set(x);
  return y;
}

/** Pairs by block: a block's offers, scattered over arrays of millions, take about a millisecond to place. */
const BLOCK = 1 << 14;

/**
 * Scored unit pairs in typed arrays, by blocks: millions of them at 10,000
 * articles (an object each would weigh more than the work), and blocks never
 * need the copy of a grown array, which at that size would stall a slice.
 */
class Pairs {
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

/** Pairs in flat arrays, for access in any order. */
interface FlatPairs {
  size: number;
  a: Int32Array;
  b: Int32Array;
  sim: Float64Array;
}

function* flatten(pairs: Pairs): Generator<void, FlatPairs, void> {
  // Each large allocation in a step of its own: it can set off a garbage collection.
  const a = new Int32Array(pairs.size);
  yield;
  const b = new Int32Array(pairs.size);
  yield;
  const flat = { size: pairs.size, a, b, sim: new Float64Array(pairs.size) };
  yield;
  for (let k = 0; k < pairs.a.length; k++) {
    const m = pairs.count(k);
    flat.a.set(pairs.a[k].subarray(0, m), k * BLOCK);
    flat.b.set(pairs.b[k].subarray(0, m), k * BLOCK);
    flat.sim.set(pairs.sim[k].subarray(0, m), k * BLOCK);
    yield;
  }
  pairs.clear();
  return flat;
}

/** The units as vectors: ids of their distinct features, their weights, and their files. */
interface Space {
  n: number;
  /** Unit i's feature ids, ascending: vec[vecStart[i]] to vec[vecStart[i + 1] - 1]. */
  vecStart: Int32Array;
  vec: Int32Array;
  /** Feature count, and per feature its document frequency, idf and squared idf (a shared feature's share of a dot product). */
  nf: number;
  df: Int32Array;
  idf: Float64Array;
  w2: Float64Array;
  norms: Float64Array;
  /** Files as numbers (in order of first use): the candidate loop compares them millions of times. */
  fileOf: Int32Array;
  files: number;
}

function* vectorize(units: Unit[]): Generator<void, Space, void> {
  const n = units.length;
  // Feature ids, in order of first use (ids order the features of a vector,
  // and so the order in which similarities add up), and document frequencies.
  const ids = new Map<string, number>();
  let nf = 0;
  let df = new Int32Array(1024);
  let lastUnit = new Int32Array(1024); // drops a feature repeated within a unit
  // Room for every feature named (a repeat within a unit is dropped): growing
  // an array of millions by copies would stall a slice.
  let named = 0;
  yield* sliced(n, SLICE, (from, to) => {
    for (let i = from; i < to; i++) named += units[i].features.length;
  });
  let vec = new Int32Array(named);
  const vecStart = new Int32Array(n + 1);
  // Half the usual slice: a map lookup per feature.
  yield* sliced(n, UNIT_SLICE / 2, (from, to) => {
    let size = vecStart[from];
    for (let i = from; i < to; i++) {
      for (const feature of units[i].features) {
        let id = ids.get(feature);
        if (id === undefined) {
          if (nf === df.length) {
            df = doubled(df);
            lastUnit = doubled(lastUnit);
          }
          id = nf++;
          ids.set(feature, id);
          df[id] = 0;
          lastUnit[id] = -1;
        }
        if (lastUnit[id] === i) continue;
        lastUnit[id] = i;
        df[id]++;
        vec[size++] = id;
      }
      vecStart[i + 1] = size;
    }
  });
  vec = vec.subarray(0, vecStart[n]);
  df = df.subarray(0, nf);
  yield* sliced(n, UNIT_SLICE, (from, to) => {
    for (let i = from; i < to; i++) vec.subarray(vecStart[i], vecStart[i + 1]).sort();
  });
  const idf = new Float64Array(nf);
  const w2 = new Float64Array(nf);
  yield* sliced(nf, SLICE, (from, to) => {
    for (let f = from; f < to; f++) {
      idf[f] = Math.log(1 + n / df[f]);
      w2[f] = idf[f] * idf[f];
    }
  });
  const norms = new Float64Array(n);
  yield* sliced(n, UNIT_SLICE, (from, to) => {
    for (let i = from; i < to; i++) {
      let s = 0;
      for (let k = vecStart[i]; k < vecStart[i + 1]; k++) s += w2[vec[k]];
      norms[i] = Math.sqrt(s);
    }
  });
  const fileIds = new Map<string, number>();
  const fileOf = new Int32Array(n);
  yield* sliced(n, SLICE, (from, to) => {
    for (let i = from; i < to; i++) {
      let id = fileIds.get(units[i].file);
      if (id === undefined) fileIds.set(units[i].file, (id = fileIds.size));
      fileOf[i] = id;
    }
  });
  return { n, vecStart, vec, nf, df, idf, w2, norms, fileOf, files: fileIds.size };
}

/** Cosine similarity of units i and j, their shared features added in ascending order. */
function cosine(s: Space, i: number, j: number): number {
  const { vec, vecStart, w2, norms } = s;
  let x = vecStart[i];
  let y = vecStart[j];
  const xe = vecStart[i + 1];
  const ye = vecStart[j + 1];
  let dot = 0;
  while (x < xe && y < ye) {
    if (vec[x] === vec[y]) {
      dot += w2[vec[x]];
      x++;
      y++;
    } else if (vec[x] < vec[y]) x++;
    else y++;
  }
  const d = norms[i] * norms[j];
  return d === 0 ? 0 : dot / d;
}

/**
 * Each vector in two sorted parts: its rare features (in at most maxPostings
 * units) and its common ones. Common features are renumbered densely, in the
 * same order, and each unit's common part gets its summed weight and a mask of
 * the 32 bins (dense id mod 32) its common features fall in.
 */
interface Parts {
  rare: (f: number) => boolean;
  rareStart: Int32Array;
  rareOf: Int32Array;
  commonStart: Int32Array;
  /** Dense ids. */
  commonOf: Int32Array;
  commonSum: Float64Array;
  commonBins: Int32Array;
  /** Squared idf by dense id. */
  cw: Float64Array;
}

function* splitParts(s: Space, maxPostings: number): Generator<void, Parts, void> {
  const { n, nf, df, vec, vecStart, w2 } = s;
  const rare = (f: number): boolean => df[f] <= maxPostings;
  const commonId = new Int32Array(nf).fill(-1);
  const commonW: number[] = [];
  yield* sliced(nf, SLICE, (from, to) => {
    for (let f = from; f < to; f++) {
      if (rare(f)) continue;
      commonId[f] = commonW.length;
      commonW.push(w2[f]);
    }
  });
  const cw = new Float64Array(commonW);
  const rareStart = new Int32Array(n + 1);
  const commonStart = new Int32Array(n + 1);
  yield* sliced(n, UNIT_SLICE, (from, to) => {
    for (let i = from; i < to; i++) {
      let r = 0;
      for (let k = vecStart[i]; k < vecStart[i + 1]; k++) if (rare(vec[k])) r++;
      rareStart[i + 1] = rareStart[i] + r;
      commonStart[i + 1] = commonStart[i] + (vecStart[i + 1] - vecStart[i] - r);
    }
  });
  const rareOf = new Int32Array(rareStart[n]);
  const commonOf = new Int32Array(commonStart[n]);
  const commonSum = new Float64Array(n);
  const commonBins = new Int32Array(n);
  yield* sliced(n, UNIT_SLICE, (from, to) => {
    for (let i = from; i < to; i++) {
      let r = rareStart[i];
      let c = commonStart[i];
      for (let k = vecStart[i]; k < vecStart[i + 1]; k++) {
        const f = vec[k];
        if (rare(f)) rareOf[r++] = f;
        else {
          commonOf[c++] = commonId[f];
          commonSum[i] += w2[f];
          commonBins[i] |= 1 << (commonId[f] & 31);
        }
      }
    }
  });
  return { rare, rareStart, rareOf, commonStart, commonOf, commonSum, commonBins, cw };
}

/** The candidate search: an inverted index over the rare features, scratch space, and the pairs found so far. */
interface Search {
  s: Space;
  parts: Parts;
  threshold: number;
  postStart: Int32Array;
  postings: Int32Array;
  /** Dot products over rare features, by candidate, and the candidates with one. */
  acc: Float64Array;
  touched: Int32Array;
  /** The weights of the searching unit's common features by dense id, zero elsewhere, and by bin. */
  mine: Float64Array;
  mineByBin: Float64Array;
  pairs: Pairs;
}

/**
 * Pairs at the threshold. Similarity is symmetric (same shared features,
 * added in the same order, same norms): each pair is scored once, from its
 * lower unit, and offered to both units.
 *
 * Matches below the threshold only count between two retellings of one
 * report (floor below); elsewhere they are never edges, never joins, and
 * never decide mutuality (a unit's best match in an article is at least as
 * similar as any edge into that article). So the search keeps matches at the
 * threshold first, then adds the weaker ones only between the article pairs
 * that turn out to be retellings: the same best matches wherever they are
 * used, without scoring and storing millions of weak pairs.
 *
 * A pair's dot product adds its shared rare features, then its shared common
 * ones, both in ascending feature order (the weak matches below too, so both
 * score a pair alike, to the last bit; similarity() adds them all in one
 * order and may differ there).
 */
function* strongMatches(s: Space, parts: Parts, opts: ClusterOptions): Generator<void, BestMatches, void> {
  const { n, nf, df } = s;
  const { rare, rareStart, rareOf, cw } = parts;
  // Inverted index over the rare features: a unit's candidates are the units
  // it shares one of those with, and their dot products accumulate over the
  // postings, so the work is bounded by the unit's features times maxPostings.
  const postStart = new Int32Array(nf + 1);
  yield* sliced(nf, SLICE, (from, to) => {
    for (let f = from; f < to; f++) postStart[f + 1] = postStart[f] + (rare(f) ? df[f] : 0);
  });
  const postings = yield* filled(new Int32Array(postStart[nf]));
  const fill = postStart.slice(0, nf);
  yield* sliced(n, UNIT_SLICE, (from, to) => {
    for (let i = from; i < to; i++) for (let k = rareStart[i]; k < rareStart[i + 1]; k++) postings[fill[rareOf[k]]++] = i;
  });
  const search: Search = {
    s,
    parts,
    threshold: opts.threshold,
    postStart,
    postings,
    acc: new Float64Array(n),
    touched: new Int32Array(n),
    mine: new Float64Array(cw.length),
    mineByBin: new Float64Array(32),
    pairs: new Pairs(),
  };
  yield* metered(n, (from, budget) => searchFrom(search, from, budget));
  return yield* bestMatches(s, search.pairs);
}

/** Scores the candidates of units from `from` on, for about `budget` work; returns the next unit. */
function searchFrom(search: Search, from: number, budget: number): number {
  const { postStart, postings, acc, touched, mine, mineByBin, pairs, threshold } = search;
  const { n, fileOf, w2, norms } = search.s;
  const { rareStart, rareOf, commonStart, commonOf, commonSum, commonBins, cw } = search.parts;
  let work = 0;
  let i = from;
  for (; i < n && work < budget; i++) {
    const fi = fileOf[i];
    let count = 0;
    work++;
    for (let k = rareStart[i]; k < rareStart[i + 1]; k++) {
      const f = rareOf[k];
      const w = w2[f];
      // Postings are in ascending unit order: walk down to i.
      let p = postStart[f + 1] - 1;
      for (; p >= postStart[f]; p--) {
        const j = postings[p];
        if (j <= i) break;
        if (fileOf[j] === fi) continue;
        if (acc[j] === 0) touched[count++] = j;
        acc[j] += w;
      }
      work += postStart[f + 1] - p;
    }
    if (count === 0) continue;
    // i's common features by dense id: a candidate's common part is then a
    // walk over its own common features. Adding zero for the ones i lacks
    // leaves the sum unchanged, bit for bit.
    for (let k = commonStart[i]; k < commonStart[i + 1]; k++) {
      mine[commonOf[k]] = cw[commonOf[k]];
      mineByBin[commonOf[k] & 31] += cw[commonOf[k]];
    }
    const ci = commonSum[i];
    const bi = commonBins[i];
    work += count;
    for (let t = 0; t < count; t++) {
      const j = touched[t];
      let dot = acc[j];
      acc[j] = 0;
      const denom = norms[i] * norms[j];
      // Even sharing every common feature of the one with fewer, j could not
      // reach the threshold: skip the walk. The margin dwarfs any rounding in
      // the sums, so no pair at the threshold is ever skipped.
      const need = threshold * denom;
      if ((dot + Math.min(ci, commonSum[j])) * (1 + 1e-9) < need) continue;
      // Nor sharing all of i's common features in the bins j has any in: a
      // tighter bound, from one word of j's, that spares most walks.
      let bound = dot;
      for (let m = bi & commonBins[j]; m !== 0; m &= m - 1) bound += mineByBin[31 - Math.clz32(m & -m)];
      if (bound * (1 + 1e-9) < need) continue;
      const end = commonStart[j + 1];
      work += end - commonStart[j];
      for (let k = commonStart[j]; k < end; k++) dot += mine[commonOf[k]];
      const sim = denom === 0 ? 0 : dot / denom;
      if (sim >= threshold) pairs.push(i, j, sim);
    }
    for (let k = commonStart[i]; k < commonStart[i + 1]; k++) mine[commonOf[k]] = 0;
    mineByBin.fill(0);
  }
  return i;
}

/**
 * Each unit's best match in every other article, from a set of scored pairs
 * (each offered to both its units) and the best matches found before: per
 * unit, its entries sorted by file id, so that the best match in a given file
 * is a binary search away. The best match is the most similar, and of equally
 * similar ones the lowest unit: a maximum, whatever the order the offers came in.
 */
interface BestMatches {
  start: Int32Array;
  file: Int32Array;
  unit: Int32Array;
  sim: Float64Array;
}

/** Counts the offers to each unit among pairs [start, end) of a block (at offStart[unit + 1]). */
function countOffers(offStart: Int32Array, as: Int32Array, bs: Int32Array, start: number, end: number): void {
  for (let p = start; p < end; p++) {
    offStart[as[p] + 1]++;
    offStart[bs[p] + 1]++;
  }
}

/** Files pairs [start, end) of a block as offers to both their units, at each unit's next free place (fill). */
function placeOffers(offers: { unit: Int32Array; sim: Float64Array }, fill: Int32Array, as: Int32Array, bs: Int32Array, sims: Float64Array, start: number, end: number): void {
  const { unit, sim } = offers;
  for (let p = start; p < end; p++) {
    const a = as[p];
    const b = bs[p];
    unit[fill[a]] = b;
    sim[fill[a]++] = sims[p];
    unit[fill[b]] = a;
    sim[fill[b]++] = sims[p];
  }
}

function* bestMatches(s: Space, pairs: Pairs, prior?: BestMatches): Generator<void, BestMatches, void> {
  const { n, fileOf, files } = s;
  // The pairs' offers by unit (counting sort), a block of pairs per slice.
  const offStart = new Int32Array(n + 1);
  yield* sliced(pairs.size, BLOCK, (from, to) => pairs.each(from, to, (as, bs, _, start, end) => countOffers(offStart, as, bs, start, end)));
  yield* sliced(n, SLICE, (from, to) => {
    for (let u = from; u < to; u++) offStart[u + 1] += offStart[u];
  });
  const fill = offStart.slice(0, n);
  const offers = { unit: yield* filled(new Int32Array(offStart[n])), sim: yield* filled(new Float64Array(offStart[n])) };
  yield* sliced(pairs.size, BLOCK, (from, to) => pairs.each(from, to, (as, bs, sims, start, end) => placeOffers(offers, fill, as, bs, sims, start, end)));
  const { unit: offUnit, sim: offSim } = offers;
  pairs.clear(); // spent: let the memory go before the result takes its own
  const size = offStart[n] + (prior ? prior.start[n] : 0);
  const start = new Int32Array(n + 1);
  // Each large allocation in a step of its own (it can set off a garbage
  // collection), and not prefilled: written in order, and not all used.
  const file = new Int32Array(size);
  yield;
  const unit = new Int32Array(size);
  yield;
  const sim = new Float64Array(size);
  yield;
  // Per file, the best offer seen for the current unit (owner says which unit the slot holds).
  const owner = new Int32Array(files).fill(-1);
  const slotUnit = new Int32Array(files);
  const slotSim = new Float64Array(files);
  let out = 0;
  const offer = (u: number, j: number, s: number): void => {
    const f = fileOf[j];
    if (owner[f] !== u) {
      owner[f] = u;
      file[out++] = f;
    } else if (!(s > slotSim[f] || (s === slotSim[f] && j < slotUnit[f]))) return;
    slotUnit[f] = j;
    slotSim[f] = s;
  };
  yield* metered(n, (from, budget) => {
    let u = from;
    for (let work = 0; u < n && work < budget; u++) {
      const first = out;
      if (prior) for (let k = prior.start[u]; k < prior.start[u + 1]; k++) offer(u, prior.unit[k], prior.sim[k]);
      for (let k = offStart[u]; k < offStart[u + 1]; k++) offer(u, offUnit[k], offSim[k]);
      file.subarray(first, out).sort();
      for (let k = first; k < out; k++) {
        unit[k] = slotUnit[file[k]];
        sim[k] = slotSim[file[k]];
      }
      start[u + 1] = out;
      work += 8 + 2 * (out - first) + offStart[u + 1] - offStart[u];
    }
    return u;
  });
  // Not trimmed: a copy would double the peak for a few unused entries at the end.
  return { start, file, unit, sim };
}

/** Article pairs as one number. */
const fileKey = (s: Space, fa: number, fb: number): number => (fa < fb ? fa * s.files + fb : fb * s.files + fa);

/** Retellings found so far: article pairs by key, as a set and in ascending order. */
interface Retold {
  has: Set<number>;
  keys: number[];
}

const TIE = 1e-6;

/**
 * Whether each best match is mutual: the unit is, within TIE, as similar to
 * its match as the match's best in the unit's article. Entries to higher
 * units look their match's entry up; when that entry points back, its own
 * answer follows without a lookup (its back entry is this one).
 *
 * Given the best matches before the weak ones and their answers, an entry
 * between two articles that are not retellings keeps its answer: no weak
 * match changed either side (and none touched an article with no retelling).
 */
function* mutualFlags(s: Space, best: BestMatches, retold: Retold, prior?: { best: BestMatches; flags: Uint8Array }): Generator<void, Uint8Array, void> {
  const { n, fileOf, files } = s;
  const UNKNOWN = 2;
  const flags = yield* filled(new Uint8Array(best.start[n]), UNKNOWN);
  if (prior) {
    const retelling = new Uint8Array(files);
    yield* sliced(retold.keys.length, SLICE, (from, to) => {
      for (let r = from; r < to; r++) retelling[Math.floor(retold.keys[r] / files)] = retelling[retold.keys[r] % files] = 1;
    });
    const pb = prior.best;
    yield* metered(n, (from, budget) => {
      let i = from;
      for (let work = 0; i < n && work < budget; i++) {
        work += 4 + 2 * (best.start[i + 1] - best.start[i]);
        if (!retelling[fileOf[i]]) {
          flags.set(prior.flags.subarray(pb.start[i], pb.start[i + 1]), best.start[i]);
          continue;
        }
        // Both lists by file: walk them together.
        let p = pb.start[i];
        for (let k = best.start[i]; k < best.start[i + 1]; k++) {
          while (p < pb.start[i + 1] && pb.file[p] < best.file[k]) p++;
          if (p < pb.start[i + 1] && pb.file[p] === best.file[k] && !retold.has.has(fileKey(s, fileOf[i], best.file[k]))) flags[k] = prior.flags[p];
        }
      }
      return i;
    });
  }
  const backOf = (i: number, j: number): number => {
    const f = fileOf[i];
    let lo = best.start[j];
    let hi = best.start[j + 1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (best.file[mid] < f) lo = mid + 1;
      else hi = mid;
    }
    return lo < best.start[j + 1] && best.file[lo] === f ? lo : -1;
  };
  for (let pass = 0; pass < 2; pass++) {
    yield* metered(n, (from, budget) => {
      let i = from;
      for (let work = 0; i < n && work < budget; i++) {
        work += 1 + 2 * (best.start[i + 1] - best.start[i]);
        for (let k = best.start[i]; k < best.start[i + 1]; k++) {
          const j = best.unit[k];
          if ((i < j) !== (pass === 0) || flags[k] !== UNKNOWN) continue;
          const back = backOf(i, j);
          flags[k] = back >= 0 && best.sim[k] >= best.sim[back] - TIE ? 1 : 0;
          if (back >= 0 && best.unit[back] === i) flags[back] = best.sim[back] >= best.sim[k] - TIE ? 1 : 0;
        }
      }
      return i;
    });
  }
  return flags;
}

/**
 * Retellings: article pairs with several strong mutual matches, counted by
 * sorting their keys, as there are millions: by their first article
 * (counting sort), then each article's keys (small sorts, one slice apart).
 */
function* retellings(s: Space, best: BestMatches, mutual: Uint8Array, threshold: number): Generator<void, Retold, void> {
  const { n, fileOf, files } = s;
  const strong = (i: number, k: number): boolean => i < best.unit[k] && best.sim[k] >= threshold && mutual[k] !== 0;
  const start = new Int32Array(files + 1);
  const byEntries = (visit: (i: number, k: number) => void) => (from: number, budget: number): number => {
    let i = from;
    for (let work = 0; i < n && work < budget; i++) {
      work += 1 + best.start[i + 1] - best.start[i];
      for (let k = best.start[i]; k < best.start[i + 1]; k++) if (strong(i, k)) visit(i, k);
    }
    return i;
  };
  yield* metered(n, byEntries((i, k) => start[Math.min(fileOf[i], fileOf[best.unit[k]]) + 1]++));
  yield* sliced(files, SLICE, (from, to) => {
    for (let f = from; f < to; f++) start[f + 1] += start[f];
  });
  const keys = yield* filled(new Float64Array(start[files]));
  const fill = start.slice(0, files);
  yield* metered(n, byEntries((i, k) => (keys[fill[Math.min(fileOf[i], fileOf[best.unit[k]])]++] = fileKey(s, fileOf[i], fileOf[best.unit[k]]))));
  yield* metered(files, (from, budget) => {
    let f = from;
    for (let work = 0; f < files && work < budget; f++) {
      keys.subarray(start[f], start[f + 1]).sort();
      work += 16 + 8 * (start[f + 1] - start[f]);
    }
    return f;
  });
  const retold: Retold = { has: new Set(), keys: [] };
  yield* sliced(keys.length, SLICE, (from, to) => {
    for (let k = from; k < to && k + RETELLING_MATCHES <= keys.length; k++) {
      if (keys[k] !== keys[k + RETELLING_MATCHES - 1] || retold.has.has(keys[k])) continue;
      retold.has.add(keys[k]);
      retold.keys.push(keys[k]);
    }
  });
  return retold;
}

/**
 * Between retellings, the weaker matches: every pair of their units that
 * shares a rare feature (as the search above), scored the same way.
 */
function* weakMatches(s: Space, parts: Parts, retold: Retold, low: number): Generator<void, Pairs, void> {
  const { n, files, fileOf, nf, w2, norms, vecStart } = s;
  const { rareStart, rareOf, commonStart, commonOf, cw } = parts;
  const unitStart = new Int32Array(files + 1);
  const featuresIn = new Int32Array(files); // a file's features over all its units: the work of one unit's scoring against it
  yield* sliced(n, SLICE, (from, to) => {
    for (let i = from; i < to; i++) {
      unitStart[fileOf[i] + 1]++;
      featuresIn[fileOf[i]] += 1 + vecStart[i + 1] - vecStart[i];
    }
  });
  yield* sliced(files, SLICE, (from, to) => {
    for (let f = from; f < to; f++) unitStart[f + 1] += unitStart[f];
  });
  const unitsOf = new Int32Array(n);
  const fill = unitStart.slice(0, files);
  yield* sliced(n, SLICE, (from, to) => {
    for (let i = from; i < to; i++) unitsOf[fill[fileOf[i]]++] = i;
  });
  // As in the search: the weights of one unit's features, zero elsewhere,
  // and each unit of the other article walks its own features over them
  // (adding zero changes no sum). A pair that shares no rare feature scores
  // -1, below any sensible floor.
  const rareW = new Float64Array(nf);
  const commonW = new Float64Array(cw.length);
  const weak = new Pairs();
  /** Scores unit i against every unit of article fb. */
  const scoreAgainst = (i: number, fb: number): void => {
    for (let k = rareStart[i]; k < rareStart[i + 1]; k++) rareW[rareOf[k]] = w2[rareOf[k]];
    for (let k = commonStart[i]; k < commonStart[i + 1]; k++) commonW[commonOf[k]] = cw[commonOf[k]];
    for (let y = unitStart[fb]; y < unitStart[fb + 1]; y++) {
      const j = unitsOf[y];
      let dot = 0;
      let sharesRare = false;
      for (let k = rareStart[j]; k < rareStart[j + 1]; k++) {
        const w = rareW[rareOf[k]];
        if (w === 0) continue;
        dot += w;
        sharesRare = true;
      }
      const lo = Math.min(i, j);
      const hi = Math.max(i, j);
      if (!sharesRare) {
        if (-1 >= low) weak.push(lo, hi, -1);
        continue;
      }
      for (let k = commonStart[j]; k < commonStart[j + 1]; k++) dot += commonW[commonOf[k]];
      const denom = norms[lo] * norms[hi];
      const sim = denom === 0 ? 0 : dot / denom;
      if (sim >= low) weak.push(lo, hi, sim);
    }
    for (let k = rareStart[i]; k < rareStart[i + 1]; k++) rareW[rareOf[k]] = 0;
    for (let k = commonStart[i]; k < commonStart[i + 1]; k++) commonW[commonOf[k]] = 0;
  };
  // Slices end between two units of an article pair: at (retold.keys[r], unit x of its first article).
  let x = -1;
  yield* metered(retold.keys.length, (from, budget) => {
    let r = from;
    for (let work = 0; r < retold.keys.length && work < budget; ) {
      const fa = Math.floor(retold.keys[r] / files);
      const fb = retold.keys[r] % files;
      if (x < 0) x = unitStart[fa];
      if (x < unitStart[fa + 1]) {
        scoreAgainst(unitsOf[x++], fb);
        work += 4 + (featuresIn[fb] >> 3);
      } else {
        r++;
        x = -1;
      }
    }
    return r;
  });
  return weak;
}

/**
 * Edges in link order: most similar first, then by their units. A counting
 * sort on the similarity's leading digits, then each bucket by the full order:
 * the same order as one comparison sort (the order is total), with far fewer
 * comparisons, and in slices.
 */
function* edgeOrder(edges: FlatPairs): Generator<void, Int32Array, void> {
  const BUCKETS = 1 << 16;
  // Descending similarity as ascending bucket; monotone, so the buckets come in the order's order.
  const bucket = (s: number): number => BUCKETS - 1 - Math.min(BUCKETS - 1, Math.max(0, Math.floor(s * BUCKETS)));
  const start = new Int32Array(BUCKETS + 1);
  yield* sliced(edges.size, SLICE, (from, to) => {
    for (let e = from; e < to; e++) start[bucket(edges.sim[e]) + 1]++;
  });
  yield* sliced(BUCKETS, BUCKETS, (from, to) => {
    for (let b = from; b < to; b++) start[b + 1] += start[b];
  });
  const fill = start.slice(0, BUCKETS);
  const order = yield* filled(new Int32Array(edges.size));
  yield* sliced(edges.size, SLICE, (from, to) => {
    for (let e = from; e < to; e++) order[fill[bucket(edges.sim[e])]++] = e;
  });
  const { a, b: bs, sim } = edges;
  const before = (x: number, y: number): number => sim[y] - sim[x] || a[x] - a[y] || bs[x] - bs[y];
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

/** Groups under construction, by their root unit, and the cohesion between two of them. */
class Groups {
  readonly uf: UnionFind;
  /** Groups by their root unit. Stamps follow creations and merges, so the groups by stamp come in the order they took their current form. */
  readonly groupOf: Array<Group | undefined>;
  stamps = 0;
  /** Work done, for the slices. */
  work = 0;
  constructor(private readonly s: Space) {
    this.uf = new UnionFind(s.n);
    this.groupOf = new Array<Group | undefined>(s.n).fill(undefined);
  }
  private single(i: number): Group {
    const { vecStart, vec, idf, norms, fileOf } = this.s;
    const g: Group = { sum: new FloatMap(vecStart[i + 1] - vecStart[i]), members: [i], byFile: new Map([[fileOf[i], [i]]]), stamp: this.stamps++ };
    for (let k = vecStart[i]; k < vecStart[i + 1]; k++) g.sum.add(vec[k], idf[vec[k]] / norms[i]);
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
  /** Merges groups a and b, of roots ra and rb. */
  merge(ra: number, rb: number, a: Group, b: Group): void {
    this.uf.union(ra, rb);
    const [big, small] = a.members.length >= b.members.length ? [a, b] : [b, a];
    for (let k = 0; k < small.sum.size; k++) big.sum.add(small.sum.keys[k], small.sum.vals[k]);
    for (const m of small.members) big.members.push(m); // no spread: groups can be large
    // The small group is dropped: its lists can be taken over rather than copied.
    for (const [file, xs] of small.byFile) {
      const ys = big.byFile.get(file);
      if (ys) for (const x of xs) ys.push(x);
      else big.byFile.set(file, xs);
    }
    this.work += 24 + 3 * small.sum.size + 2 * small.members.length + 12 * small.byFile.size;
    big.stamp = this.stamps++;
    big.tried = undefined;
    this.groupOf[ra] = this.groupOf[rb] = undefined;
    this.groupOf[this.uf.find(ra)] = big;
  }
}

/**
 * Links, strongest first, under average linkage. Pairs from one article do
 * not count in the average: an article's two tellings of a claim need not
 * resemble each other.
 */
function* link(s: Space, edges: FlatPairs, order: Int32Array, clearsFloor: (i: number, j: number, sim: number) => boolean): Generator<void, Groups, void> {
  const groups = new Groups(s);
  const { uf } = groups;
  yield* metered(order.length, (from, budget) => {
    let e = from;
    for (groups.work = 0; e < order.length && groups.work < budget; e++) {
      const i = edges.a[order[e]];
      const j = edges.b[order[e]];
      groups.work += 3;
      const ra = uf.find(i);
      const rb = uf.find(j);
      if (ra === rb) continue;
      const a = groups.group(ra);
      const b = groups.group(rb);
      // Two groups are often tried again and again (through the many links
      // between their members) while neither changes: their cohesion is kept.
      // Kept per order of the two: it decides the order of the sums.
      const known = a.tried ? a.tried.find(b.stamp) : -1;
      const c = known >= 0 ? a.tried!.vals[known] : groups.cohesion(a, b);
      if (known < 0) (a.tried ??= new FloatMap(4)).add(b.stamp, c);
      groups.work += known < 0 ? 48 : 0;
      if (clearsFloor(i, j, c)) groups.merge(ra, rb, a, b);
    }
    return e;
  });
  return groups;
}

/**
 * Joins, at the full threshold: they are one-sided. A unit's cohesion with a
 * group is that of its own one-unit group, computed without building it.
 * Returns the joining units by group root.
 */
function* joins(s: Space, best: BestMatches, mutual: Uint8Array, groups: Groups, threshold: number): Generator<void, Map<number, Set<number>>, void> {
  const { n, nf, vecStart, vec, idf, norms, fileOf } = s;
  const { uf, groupOf } = groups;
  const mark = new Int32Array(nf).fill(-1); // mark[f] === i: f is a feature of unit i
  let work = 0;
  const joinCohesion = (i: number, g: Group): number => {
    let total = 0;
    if (vecStart[i + 1] - vecStart[i] <= g.sum.size) {
      work += vecStart[i + 1] - vecStart[i];
      for (let k = vecStart[i]; k < vecStart[i + 1]; k++) {
        const e = g.sum.find(vec[k]);
        if (e >= 0) total += (idf[vec[k]] / norms[i]) * g.sum.vals[e];
      }
    } else {
      work += g.sum.size;
      for (let k = 0; k < g.sum.size; k++) {
        const f = g.sum.keys[k];
        if (mark[f] === i) total += g.sum.vals[k] * (idf[f] / norms[i]);
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
      for (let k = vecStart[i]; k < vecStart[i + 1]; k++) mark[vec[k]] = i;
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
 * final form (stamps are distinct: placing by stamp sorts by it).
 */
function* assemble(s: Space, groups: Groups, joined: Map<number, Set<number>>): Generator<void, number[][], void> {
  const { n, fileOf } = s;
  const { groupOf } = groups;
  const rootByStamp = new Int32Array(groups.stamps).fill(-1);
  yield* sliced(n, SLICE, (from, to) => {
    for (let r = from; r < to; r++) if (groupOf[r] && groupOf[r]!.members.length >= 2) rootByStamp[groupOf[r]!.stamp] = r;
  });
  const roots: number[] = [];
  yield* sliced(rootByStamp.length, SLICE, (from, to) => {
    for (let t = from; t < to; t++) if (rootByStamp[t] >= 0) roots.push(rootByStamp[t]);
  });
  const lists: number[][] = [];
  yield* metered(roots.length, (from, budget) => {
    let k = from;
    for (let work = 0; k < roots.length && work < budget; k++) {
      const r = roots[k];
      const g = [...new Set([...groupOf[r]!.members, ...(joined.get(r) ?? [])])].sort((a, b) => a - b);
      if (new Set(g.map((i) => fileOf[i])).size >= 2) lists.push(g);
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

/** The mutual best matches that clear their floor, each once (from its lower unit): the edges to link. */
function* mutualEdges(s: Space, best: BestMatches, mutual: Uint8Array, clearsFloor: (i: number, j: number, sim: number) => boolean): Generator<void, FlatPairs, void> {
  const { n } = s;
  const edges = new Pairs();
  yield* metered(n, (from, budget) => {
    let i = from;
    for (let work = 0; i < n && work < budget; i++) {
      work += 1 + best.start[i + 1] - best.start[i];
      for (let k = best.start[i]; k < best.start[i + 1]; k++) {
        const j = best.unit[k];
        const sim = best.sim[k];
        if (i < j && clearsFloor(i, j, sim) && mutual[k]) edges.push(i, j, sim);
      }
    }
    return i;
  });
  return yield* flatten(edges);
}

export interface Clustering {
  /** Groups of unit indexes (ascending), each with units from at least two files. */
  groups: number[][];
  /** Cosine similarity of two units. */
  similarity: (i: number, j: number) => number;
}

/**
 * The same computation as clusterUnits, in steps: each next() does a bounded
 * amount of work (about a millisecond or less at 10,000 articles); the
 * return value is the clustering. The units must not change until it is done.
 */
export function* clusterSteps(units: Unit[], opts: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): Generator<void, Clustering, void> {
  const s = yield* vectorize(units);
  const parts = yield* splitParts(s, opts.maxPostings);
  let best = yield* strongMatches(s, parts, opts);
  let retold: Retold = { has: new Set(), keys: [] };
  let mutual = yield* mutualFlags(s, best, retold);
  retold = yield* retellings(s, best, mutual, opts.threshold);
  const low = opts.threshold * RETELLING_FLOOR;
  if (retold.keys.length > 0) {
    const weak = yield* weakMatches(s, parts, retold, low);
    const prior = { best, flags: mutual };
    best = yield* bestMatches(s, weak, best);
    mutual = yield* mutualFlags(s, best, retold, prior);
  }
  const floor = (i: number, j: number): number => (retold.has.has(fileKey(s, s.fileOf[i], s.fileOf[j])) ? low : opts.threshold);
  // Most similarities clear both floors, or neither: no need to look the article pair up.
  const [lowest, highest] = low < opts.threshold ? [low, opts.threshold] : [opts.threshold, low];
  const clearsFloor = (i: number, j: number, sim: number): boolean => (sim >= highest ? true : sim < lowest ? false : sim >= floor(i, j));
  const edges = yield* mutualEdges(s, best, mutual, clearsFloor);
  const order = yield* edgeOrder(edges);
  const groups = yield* link(s, edges, order, clearsFloor);
  const joined = yield* joins(s, best, mutual, groups, opts.threshold);
  return { groups: yield* assemble(s, groups, joined), similarity: (i, j) => cosine(s, i, j) };
}

/** Clusters units into claims (see the top of this file): clusterSteps, run to the end at once. */
export function clusterUnits(units: Unit[], opts: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): Clustering {
  const steps = clusterSteps(units, opts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
