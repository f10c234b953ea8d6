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

/** Scored unit pairs in flat typed arrays: millions of them at 10,000 articles, an object each would weigh more than the work. */
class Pairs {
  size = 0;
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  sim = new Float64Array(1024);
  clear(): void {
    this.size = 0;
    this.a = new Int32Array(1024);
    this.b = new Int32Array(1024);
    this.sim = new Float64Array(1024);
  }
  push(a: number, b: number, sim: number): void {
    if (this.size === this.a.length) {
      const grown = <T extends Int32Array | Float64Array>(x: T, y: T): T => (y.set(x), y);
      this.a = grown(this.a, new Int32Array(2 * this.size));
      this.b = grown(this.b, new Int32Array(2 * this.size));
      this.sim = grown(this.sim, new Float64Array(2 * this.size));
    }
    this.a[this.size] = a;
    this.b[this.size] = b;
    this.sim[this.size++] = sim;
  }
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

function bestMatches(n: number, fileOf: Int32Array, files: number, pairs: Pairs, prior?: BestMatches): BestMatches {
  // The pairs' offers by unit (counting sort).
  const offStart = new Int32Array(n + 1);
  for (let p = 0; p < pairs.size; p++) {
    offStart[pairs.a[p] + 1]++;
    offStart[pairs.b[p] + 1]++;
  }
  for (let u = 0; u < n; u++) offStart[u + 1] += offStart[u];
  const fill = offStart.slice(0, n);
  const offUnit = new Int32Array(offStart[n]);
  const offSim = new Float64Array(offStart[n]);
  for (let p = 0; p < pairs.size; p++) {
    const a = pairs.a[p];
    const b = pairs.b[p];
    offUnit[fill[a]] = b;
    offSim[fill[a]++] = pairs.sim[p];
    offUnit[fill[b]] = a;
    offSim[fill[b]++] = pairs.sim[p];
  }
  pairs.clear(); // spent: let the memory go before the result takes its own
  const size = offStart[n] + (prior ? prior.start[n] : 0);
  const start = new Int32Array(n + 1);
  const file = new Int32Array(size);
  const unit = new Int32Array(size);
  const sim = new Float64Array(size);
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
  for (let u = 0; u < n; u++) {
    const first = out;
    if (prior) for (let k = prior.start[u]; k < prior.start[u + 1]; k++) offer(u, prior.unit[k], prior.sim[k]);
    for (let k = offStart[u]; k < offStart[u + 1]; k++) offer(u, offUnit[k], offSim[k]);
    file.subarray(first, out).sort();
    for (let k = first; k < out; k++) {
      unit[k] = slotUnit[file[k]];
      sim[k] = slotSim[file[k]];
    }
    start[u + 1] = out;
  }
  // Not trimmed: a copy would double the peak for a few unused entries at the end.
  return { start, file, unit, sim };
}

/**
 * Edges in link order: most similar first, then by their units. A counting
 * sort on the similarity's leading digits, then each bucket by the full order:
 * the same order as one comparison sort, with far fewer comparisons.
 */
function edgeOrder(edges: Pairs): Int32Array {
  const BUCKETS = 1 << 16;
  // Descending similarity as ascending bucket; monotone, so the buckets come in the order's order.
  const bucket = (s: number): number => BUCKETS - 1 - Math.min(BUCKETS - 1, Math.max(0, Math.floor(s * BUCKETS)));
  const start = new Int32Array(BUCKETS + 1);
  for (let e = 0; e < edges.size; e++) start[bucket(edges.sim[e]) + 1]++;
  for (let b = 0; b < BUCKETS; b++) start[b + 1] += start[b];
  const fill = start.slice(0, BUCKETS);
  const order = new Int32Array(edges.size);
  for (let e = 0; e < edges.size; e++) order[fill[bucket(edges.sim[e])]++] = e;
  const { a, b: bs, sim } = edges;
  for (let b = 0; b < BUCKETS; b++) {
    if (start[b + 1] - start[b] < 2) continue;
    order.subarray(start[b], start[b + 1]).sort((x, y) => sim[y] - sim[x] || a[x] - a[y] || bs[x] - bs[y]);
  }
  return order;
}

export interface Clustering {
  /** Groups of unit indexes (ascending), each with units from at least two files. */
  groups: number[][];
  /** Cosine similarity of two units. */
  similarity: (i: number, j: number) => number;
}


export function clusterUnits(units: Unit[], opts: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): Clustering {
  const n = units.length;
  // Feature ids, in order of first use (ids order the features of a vector,
  // and so the order in which similarities add up), and document frequencies.
  // Vectors: sorted distinct feature ids, all units in one flat array.
  const ids = new Map<string, number>();
  const dfs: number[] = [];
  const lastUnit: number[] = []; // drops a feature repeated within a unit
  const flat: number[] = [];
  const vecStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    for (const feature of units[i].features) {
      let id = ids.get(feature);
      if (id === undefined) {
        id = dfs.length;
        ids.set(feature, id);
        dfs.push(0);
        lastUnit.push(-1);
      }
      if (lastUnit[id] === i) continue;
      lastUnit[id] = i;
      dfs[id]++;
      flat.push(id);
    }
    vecStart[i + 1] = flat.length;
  }
  const vec = Int32Array.from(flat);
  for (let i = 0; i < n; i++) vec.subarray(vecStart[i], vecStart[i + 1]).sort();
  const nf = dfs.length;
  const df = Int32Array.from(dfs);
  const idf = new Float64Array(nf);
  const w2 = new Float64Array(nf); // squared idf: a shared feature's share of a dot product
  for (let f = 0; f < nf; f++) {
    idf[f] = Math.log(1 + n / df[f]);
    w2[f] = idf[f] * idf[f];
  }
  const norms = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = vecStart[i]; k < vecStart[i + 1]; k++) s += w2[vec[k]];
    norms[i] = Math.sqrt(s);
  }
  const similarity = (i: number, j: number): number => {
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
  };

  // Each vector in two sorted parts: its rare features (in at most maxPostings
  // units) and its common ones. Common features are renumbered densely, in
  // the same order, and each unit's common part gets its summed weight and a
  // mask of the 32 bins (dense id mod 32) its common features fall in.
  const rare = (f: number): boolean => df[f] <= opts.maxPostings;
  const commonId = new Int32Array(nf).fill(-1);
  const commonW: number[] = [];
  for (let f = 0; f < nf; f++) {
    if (rare(f)) continue;
    commonId[f] = commonW.length;
    commonW.push(w2[f]);
  }
  const cw = Float64Array.from(commonW);
  const rareStart = new Int32Array(n + 1);
  const commonStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    let r = 0;
    for (let k = vecStart[i]; k < vecStart[i + 1]; k++) if (rare(vec[k])) r++;
    rareStart[i + 1] = rareStart[i] + r;
    commonStart[i + 1] = commonStart[i] + (vecStart[i + 1] - vecStart[i] - r);
  }
  const rareOf = new Int32Array(rareStart[n]);
  const commonOf = new Int32Array(commonStart[n]);
  const commonSum = new Float64Array(n);
  const commonBins = new Int32Array(n);
  for (let i = 0; i < n; i++) {
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

  const low = opts.threshold * RETELLING_FLOOR;
  // Files as numbers: the candidate loop compares them millions of times.
  const fileIds = new Map<string, number>();
  const fileOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let id = fileIds.get(units[i].file);
    if (id === undefined) fileIds.set(units[i].file, (id = fileIds.size));
    fileOf[i] = id;
  }
  const files = fileIds.size;

  // Pairs at the threshold. Similarity is symmetric (same shared features,
  // added in the same order, same norms): each pair is scored once, from its
  // lower unit, and offered to both units.
  //
  // Matches below the threshold only count between two retellings of one
  // report (floor below); elsewhere they are never edges, never joins, and
  // never decide mutuality (a unit's best match in an article is at least as
  // similar as any edge into that article). So the search keeps matches at the
  // threshold first, then adds the weaker ones only between the article pairs
  // that turn out to be retellings: the same best matches wherever they are
  // used, without scoring and storing millions of weak pairs.
  //
  // A pair's dot product adds its shared rare features, then its shared common
  // ones, both in ascending feature order (the weak matches below too, so both
  // score a pair alike, to the last bit; similarity() adds them all in one
  // order and may differ there).
  const strongMatches = (): BestMatches => {
    // Inverted index over the rare features: a unit's candidates are the units
    // it shares one of those with, and their dot products accumulate over the
    // postings, so the work is bounded by the unit's features times maxPostings.
    const postStart = new Int32Array(nf + 1);
    for (let f = 0; f < nf; f++) postStart[f + 1] = postStart[f] + (rare(f) ? df[f] : 0);
    const postings = new Int32Array(postStart[nf]);
    const fill = postStart.slice(0, nf);
    for (let i = 0; i < n; i++) for (let k = rareStart[i]; k < rareStart[i + 1]; k++) postings[fill[rareOf[k]]++] = i;
    const pairs = new Pairs();
    const acc = new Float64Array(n);
    const touched = new Int32Array(n);
    // The weights of i's common features by dense id, zero elsewhere: a
    // candidate's common part is then a walk over its own common features.
    // Adding zero for the ones i lacks leaves the sum unchanged, bit for bit.
    const mine = new Float64Array(cw.length);
    // The weight of i's common features in each bin.
    const mineByBin = new Float64Array(32);
    for (let i = 0; i < n; i++) {
      const fi = fileOf[i];
      let count = 0;
      for (let k = rareStart[i]; k < rareStart[i + 1]; k++) {
        const f = rareOf[k];
        const w = w2[f];
        // Postings are in ascending unit order: walk down to i.
        for (let p = postStart[f + 1] - 1; p >= postStart[f]; p--) {
          const j = postings[p];
          if (j <= i) break;
          if (fileOf[j] === fi) continue;
          if (acc[j] === 0) touched[count++] = j;
          acc[j] += w;
        }
      }
      if (count === 0) continue;
      for (let k = commonStart[i]; k < commonStart[i + 1]; k++) {
        mine[commonOf[k]] = cw[commonOf[k]];
        mineByBin[commonOf[k] & 31] += cw[commonOf[k]];
      }
      const ci = commonSum[i];
      const bi = commonBins[i];
      for (let t = 0; t < count; t++) {
        const j = touched[t];
        let dot = acc[j];
        acc[j] = 0;
        const denom = norms[i] * norms[j];
        // Even sharing every common feature of the one with fewer, j could not
        // reach the threshold: skip the walk. The margin dwarfs any rounding in
        // the sums, so no pair at the threshold is ever skipped.
        const need = opts.threshold * denom;
        if ((dot + Math.min(ci, commonSum[j])) * (1 + 1e-9) < need) continue;
        // Nor sharing all of i's common features in the bins j has any in: a
        // tighter bound, from one word of j's, that spares most walks.
        let bound = dot;
        for (let m = bi & commonBins[j]; m !== 0; m &= m - 1) bound += mineByBin[31 - Math.clz32(m & -m)];
        if (bound * (1 + 1e-9) < need) continue;
        for (let k = commonStart[j], end = commonStart[j + 1]; k < end; k++) dot += mine[commonOf[k]];
        const sim = denom === 0 ? 0 : dot / denom;
        if (sim >= opts.threshold) pairs.push(i, j, sim);
      }
      for (let k = commonStart[i]; k < commonStart[i + 1]; k++) mine[commonOf[k]] = 0;
      mineByBin.fill(0);
    }
    return bestMatches(n, fileOf, files, pairs);
  };
  let best = strongMatches();
  // Article pairs as one number (file ids from above).
  const fileKey = (fa: number, fb: number): number => (fa < fb ? fa * files + fb : fb * files + fa);
  const pairKey = (i: number, j: number): number => fileKey(fileOf[i], fileOf[j]);
  const retold = new Set<number>();
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
  const mutualFlags = (prior?: { best: BestMatches; flags: Uint8Array }): Uint8Array => {
    const UNKNOWN = 2;
    const flags = new Uint8Array(best.start[n]).fill(UNKNOWN);
    if (prior) {
      const retelling = new Uint8Array(files);
      for (const key of retold) retelling[Math.floor(key / files)] = retelling[key % files] = 1;
      for (let i = 0; i < n; i++) {
        const pb = prior.best;
        if (!retelling[fileOf[i]]) {
          flags.set(prior.flags.subarray(pb.start[i], pb.start[i + 1]), best.start[i]);
          continue;
        }
        // Both lists by file: walk them together.
        let p = pb.start[i];
        for (let k = best.start[i]; k < best.start[i + 1]; k++) {
          while (p < pb.start[i + 1] && pb.file[p] < best.file[k]) p++;
          if (p < pb.start[i + 1] && pb.file[p] === best.file[k] && !retold.has(fileKey(fileOf[i], best.file[k]))) flags[k] = prior.flags[p];
        }
      }
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
      for (let i = 0; i < n; i++) {
        for (let k = best.start[i]; k < best.start[i + 1]; k++) {
          const j = best.unit[k];
          if ((i < j) !== (pass === 0) || flags[k] !== UNKNOWN) continue;
          const back = backOf(i, j);
          flags[k] = back >= 0 && best.sim[k] >= best.sim[back] - TIE ? 1 : 0;
          if (back >= 0 && best.unit[back] === i) flags[back] = best.sim[back] >= best.sim[k] - TIE ? 1 : 0;
        }
      }
    }
    return flags;
  };

  // Retellings: article pairs with several strong mutual matches, counted
  // by sorting their keys, as there are millions.
  let mutual = mutualFlags();
  {
    const keys: number[] = [];
    for (let i = 0; i < n; i++) {
      for (let k = best.start[i]; k < best.start[i + 1]; k++) {
        const j = best.unit[k];
        const sim = best.sim[k];
        if (i > j || sim < opts.threshold || !mutual[k]) continue;
        keys.push(pairKey(i, j));
      }
    }
    const sorted = Float64Array.from(keys).sort();
    for (let k = 0; k + RETELLING_MATCHES <= sorted.length; k++) if (sorted[k] === sorted[k + RETELLING_MATCHES - 1]) retold.add(sorted[k]);
  }
  // Between retellings, the weaker matches: every pair of their units that
  // shares a rare feature (as the search above), scored the same way.
  if (retold.size > 0) {
    const unitStart = new Int32Array(files + 1);
    for (let i = 0; i < n; i++) unitStart[fileOf[i] + 1]++;
    for (let f = 0; f < files; f++) unitStart[f + 1] += unitStart[f];
    const unitsOf = new Int32Array(n);
    const fill = unitStart.slice(0, files);
    for (let i = 0; i < n; i++) unitsOf[fill[fileOf[i]]++] = i;
    // As in the search: the weights of one unit's features, zero elsewhere,
    // and each unit of the other article walks its own features over them
    // (adding zero changes no sum). A pair that shares no rare feature scores
    // -1, below any sensible floor.
    const rareW = new Float64Array(nf);
    const commonW = new Float64Array(cw.length);
    const weak = new Pairs();
    for (const key of retold) {
      const fa = Math.floor(key / files);
      const fb = key % files;
      for (let x = unitStart[fa]; x < unitStart[fa + 1]; x++) {
        const i = unitsOf[x];
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
      }
    }
    const prior = { best, flags: mutual };
    best = bestMatches(n, fileOf, files, weak, best);
    mutual = mutualFlags(prior);
  }
  const floor = (i: number, j: number): number => (retold.has(pairKey(i, j)) ? low : opts.threshold);
  // Most similarities clear both floors, or neither: no need to look the article pair up.
  const [lowest, highest] = low < opts.threshold ? [low, opts.threshold] : [opts.threshold, low];
  const clearsFloor = (i: number, j: number, sim: number): boolean => (sim >= highest ? true : sim < lowest ? false : sim >= floor(i, j));

  // Links, strongest first, under average linkage. Pairs from one article do
  // not count in the average: an article's two tellings of a claim need not
  // resemble each other.
  const edges = new Pairs();
  for (let i = 0; i < n; i++) {
    for (let k = best.start[i]; k < best.start[i + 1]; k++) {
      const j = best.unit[k];
      const sim = best.sim[k];
      if (i < j && clearsFloor(i, j, sim) && mutual[k]) edges.push(i, j, sim);
    }
  }
  const order = edgeOrder(edges);
  const uf = new UnionFind(n);
  // Groups by their root unit. Stamps follow creations and merges, so the
  // groups by stamp come in the order they took their current form.
  const groupOf: Array<Group | undefined> = new Array<Group | undefined>(n).fill(undefined);
  let stamps = 0;
  const single = (i: number): Group => {
    const g: Group = { sum: new FloatMap(vecStart[i + 1] - vecStart[i]), members: [i], byFile: new Map([[fileOf[i], [i]]]), stamp: stamps++ };
    for (let k = vecStart[i]; k < vecStart[i + 1]; k++) g.sum.add(vec[k], idf[vec[k]] / norms[i]);
    return g;
  };
  const group = (r: number): Group => {
    let g = groupOf[r];
    if (!g) groupOf[r] = g = single(r);
    return g;
  };
  /** Average similarity between the members of two groups, over pairs from different articles. */
  const cohesion = (a: Group, b: Group): number => {
    const [small, large] = a.sum.size <= b.sum.size ? [a.sum, b.sum] : [b.sum, a.sum];
    let total = 0;
    for (let k = 0; k < small.size; k++) {
      const e = large.find(small.keys[k]);
      if (e >= 0) total += small.vals[k] * large.vals[e];
    }
    let pairs = a.members.length * b.members.length;
    const [fewer, more] = a.byFile.size <= b.byFile.size ? [a, b] : [b, a];
    for (const [file, xs] of fewer.byFile) {
      const ys = more.byFile.get(file);
      if (!ys) continue;
      for (const x of xs) for (const y of ys) total -= similarity(x, y);
      pairs -= xs.length * ys.length;
    }
    return pairs > 0 ? total / pairs : 0;
  };
  for (let e = 0; e < order.length; e++) {
    const i = edges.a[order[e]];
    const j = edges.b[order[e]];
    const ra = uf.find(i);
    const rb = uf.find(j);
    if (ra === rb) continue;
    const a = group(ra);
    const b = group(rb);
    // Two groups are often tried again and again (through the many links
    // between their members) while neither changes: their cohesion is kept.
    // Kept per order of the two: it decides the order of the sums.
    const known = a.tried ? a.tried.find(b.stamp) : -1;
    const c = known >= 0 ? a.tried!.vals[known] : cohesion(a, b);
    if (known < 0) (a.tried ??= new FloatMap(4)).add(b.stamp, c);
    if (!clearsFloor(i, j, c)) continue;
    uf.union(ra, rb);
    const [big, small] = a.members.length >= b.members.length ? [a, b] : [b, a];
    for (let k = 0; k < small.sum.size; k++) big.sum.add(small.sum.keys[k], small.sum.vals[k]);
    for (const m of small.members) big.members.push(m); // no spread: groups can be large
    // The small group is dropped: its lists can be taken over rather than copied.
    for (const [file, xs] of small.byFile) {
      const ys = big.byFile.get(file);
      if (ys) for (const x of xs) ys.push(x);
      else big.byFile.set(file, xs);
    }
    big.stamp = stamps++;
    big.tried = undefined;
    groupOf[ra] = groupOf[rb] = undefined;
    groupOf[uf.find(ra)] = big;
  }
  // Joins, at the full threshold: they are one-sided. A unit's cohesion with
  // a group is that of its own one-unit group, computed without building it.
  const mark = new Int32Array(nf).fill(-1); // mark[f] === i: f is a feature of unit i
  const joinCohesion = (i: number, g: Group): number => {
    let total = 0;
    if (vecStart[i + 1] - vecStart[i] <= g.sum.size) {
      for (let k = vecStart[i]; k < vecStart[i + 1]; k++) {
        const e = g.sum.find(vec[k]);
        if (e >= 0) total += (idf[vec[k]] / norms[i]) * g.sum.vals[e];
      }
    } else {
      for (let k = 0; k < g.sum.size; k++) {
        const f = g.sum.keys[k];
        if (mark[f] === i) total += g.sum.vals[k] * (idf[f] / norms[i]);
      }
    }
    let pairs = g.members.length;
    const ys = g.byFile.get(fileOf[i]);
    if (ys) {
      for (const y of ys) total -= similarity(i, y);
      pairs -= ys.length;
    }
    return pairs > 0 ? total / pairs : 0;
  };
  const joined = new Map<number, Set<number>>();
  for (let i = 0; i < n; i++) {
    for (let k = vecStart[i]; k < vecStart[i + 1]; k++) mark[vec[k]] = i;
    for (let k = best.start[i]; k < best.start[i + 1]; k++) {
      const j = best.unit[k];
      const sim = best.sim[k];
      if (sim < opts.threshold || mutual[k]) continue;
      const r = uf.find(j);
      const g = groupOf[r];
      if (!g || g.members.length < 2 || r === uf.find(i) || joinCohesion(i, g) < opts.threshold) continue;
      let s = joined.get(r);
      if (!s) joined.set(r, (s = new Set()));
      s.add(i);
    }
  }
  const roots: number[] = [];
  for (let r = 0; r < n; r++) if (groupOf[r] && groupOf[r]!.members.length >= 2) roots.push(r);
  roots.sort((x, y) => groupOf[x]!.stamp - groupOf[y]!.stamp); // ties in the final sort keep this order
  const groups: number[][] = [];
  for (const r of roots) {
    const g = [...new Set([...groupOf[r]!.members, ...(joined.get(r) ?? [])])].sort((a, b) => a - b);
    if (new Set(g.map((i) => fileOf[i])).size >= 2) groups.push(g);
  }
  groups.sort((a, b) => a[0] - b[0]);
  return { groups, similarity };
}
