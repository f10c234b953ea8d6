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
 */
// The weights themselves are not what this reference checks: with background weights it reads the engine's table.
import { featureIdf } from '../../src/core/claims/cluster/weights';

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
  /** Weights by rarity among the units ('corpus', as this implementation had them), or from the background table of the engine. */
  weights?: 'corpus' | 'background';
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { threshold: 0.35, maxPostings: 400, weights: 'corpus' };

/** Strong mutual matches that make two articles retellings of one report. */
const RETELLING_MATCHES = 3;
/** Between retellings, a mutual best match links at this share of the threshold. */
const RETELLING_FLOOR = 0.7;

/** A group being built: its members, their summed unit vectors, and its members by article. */
interface Group {
  sum: Map<number, number>;
  members: number[];
  byFile: Map<string, number[]>;
}

/** Is f in the sorted vector v? */
function has(v: Int32Array, f: number): boolean {
  let lo = 0;
  let hi = v.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v[mid] < f) lo = mid + 1;
    else hi = mid;
  }
  return lo < v.length && v[lo] === f;
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

export interface Clustering {
  /** Groups of unit indexes (ascending), each with units from at least two files. */
  groups: number[][];
  /** Cosine similarity of two units. */
  similarity: (i: number, j: number) => number;
}

export function clusterUnits(units: Unit[], opts: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): Clustering {
  const n = units.length;
  // Feature ids and document frequencies.
  const ids = new Map<string, number>();
  const df: number[] = [];
  const vecs: Int32Array[] = [];
  for (const u of units) {
    const own = [...new Set(u.features)];
    const v = new Int32Array(own.length);
    for (let k = 0; k < own.length; k++) {
      let id = ids.get(own[k]);
      if (id === undefined) {
        id = df.length;
        ids.set(own[k], id);
        df.push(0);
      }
      df[id]++;
      v[k] = id;
    }
    vecs.push(v);
  }
  // Ids in the features' order by name, as the engine numbers them (a pair's sums then add in an order no other article changes).
  const firstUse = [...ids.keys()];
  const names = [...firstUse].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rank = new Map(names.map((name, r) => [name, r]));
  const renumbered = firstUse.map((name) => rank.get(name)!);
  const dfByName = new Array<number>(names.length);
  for (let f = 0; f < firstUse.length; f++) dfByName[renumbered[f]] = df[f];
  df.splice(0, df.length, ...dfByName);
  for (const v of vecs) {
    for (let k = 0; k < v.length; k++) v[k] = renumbered[v[k]];
    v.sort();
  }
  const idf = df.map((d, f) => (opts.weights === 'background' ? featureIdf(names[f]) : Math.log(1 + n / d)));
  const norms = vecs.map((v) => {
    let s = 0;
    for (const f of v) s += idf[f] * idf[f];
    return Math.sqrt(s);
  });
  const similarity = (i: number, j: number): number => {
    const a = vecs[i];
    const b = vecs[j];
    let x = 0;
    let y = 0;
    let dot = 0;
    while (x < a.length && y < b.length) {
      if (a[x] === b[y]) {
        dot += idf[a[x]] * idf[a[x]];
        x++;
        y++;
      } else if (a[x] < b[y]) x++;
      else y++;
    }
    const d = norms[i] * norms[j];
    return d === 0 ? 0 : dot / d;
  };

  // Inverted index over the features found in at most maxPostings units: a
  // unit's candidates are the units it shares one of those with, and their dot
  // products accumulate over the postings, so the work is bounded by the unit's
  // features times maxPostings. Commoner features only add to the candidates' scores.
  const postings: number[][] = df.map(() => []);
  for (let i = 0; i < n; i++) for (const f of vecs[i]) if (df[f] <= opts.maxPostings) postings[f].push(i);
  const low = opts.threshold * RETELLING_FLOOR;
  // Files as numbers: the candidate loop compares them millions of times.
  const fileIds = new Map<string, number>();
  const fileOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let id = fileIds.get(units[i].file);
    if (id === undefined) fileIds.set(units[i].file, (id = fileIds.size));
    fileOf[i] = id;
  }
  // Each unit's best match in every other article. Similarity is symmetric
  // (same shared features, added in the same order, same norms): each pair is
  // scored once, from its lower unit, and offered to both units.
  //
  // Matches below the threshold only count between two retellings of one
  // report (floor below); elsewhere they are never edges, never joins, and
  // never decide mutuality (a unit's best match in an article is at least as
  // similar as any edge into that article). So the search keeps matches at the
  // threshold first, then adds the weaker ones only between the article pairs
  // that turn out to be retellings: the same best matches wherever they are
  // used, without scoring and storing millions of weak pairs.
  const best: Array<Map<string, { j: number; sim: number }>> = [];
  for (let i = 0; i < n; i++) best.push(new Map());
  const offer = (i: number, j: number, sim: number): void => {
    const mine = best[i];
    const cur = mine.get(units[j].file);
    if (!cur || sim > cur.sim || (sim === cur.sim && j < cur.j)) mine.set(units[j].file, { j, sim });
  };
  const acc = new Float64Array(n);
  const touched: number[] = [];
  const common: number[] = [];
  for (let i = 0; i < n; i++) {
    const fi = fileOf[i];
    let commonMax = 0;
    common.length = 0;
    for (const f of vecs[i]) {
      const w = idf[f] * idf[f];
      if (df[f] > opts.maxPostings) {
        common.push(f);
        commonMax += w;
        continue;
      }
      // Postings are in ascending unit order: walk down to i.
      const list = postings[f];
      for (let k = list.length - 1; k >= 0; k--) {
        const j = list[k];
        if (j <= i) break;
        if (fileOf[j] === fi) continue;
        if (acc[j] === 0) touched.push(j);
        acc[j] += w;
      }
    }
    for (const j of touched) {
      let dot = acc[j];
      acc[j] = 0;
      const denom = norms[i] * norms[j];
      // Even sharing every common feature of i, j could not reach the threshold: skip the lookups.
      if ((dot + commonMax) * (1 + 1e-9) < opts.threshold * denom) continue;
      for (const f of common) if (has(vecs[j], f)) dot += idf[f] * idf[f];
      const sim = denom === 0 ? 0 : dot / denom;
      if (sim < opts.threshold) continue;
      offer(i, j, sim);
      offer(j, i, sim);
    }
    touched.length = 0;
  }
  const TIE = 1e-6;
  const isMutual = (i: number, j: number, sim: number): boolean => {
    const back = best[j].get(units[i].file);
    return back !== undefined && sim >= back.sim - TIE;
  };

  // Retellings: article pairs with several strong mutual matches.
  // Article pairs as one number (file ids from above): built for every candidate edge.
  const files = fileIds.size;
  const pairKey = (i: number, j: number): number => (fileOf[i] < fileOf[j] ? fileOf[i] * files + fileOf[j] : fileOf[j] * files + fileOf[i]);
  const strong = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    for (const { j, sim } of best[i].values()) {
      if (i > j || sim < opts.threshold || !isMutual(i, j, sim)) continue;
      const k = pairKey(i, j);
      strong.set(k, (strong.get(k) ?? 0) + 1);
    }
  }
  // Between retellings, the weaker matches: every pair of their units that
  // shares a feature found in at most maxPostings units (as the search above),
  // scored the same way (shared rare features in order, then common ones).
  const unitsOf = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    let list = unitsOf.get(fileOf[i]);
    if (!list) unitsOf.set(fileOf[i], (list = []));
    list.push(i);
  }
  const weakSim = (i: number, j: number): number => {
    const a = vecs[i];
    const b = vecs[j];
    let dot = 0;
    let sharesRare = false;
    for (let pass = 0; pass < 2; pass++) {
      let y = 0;
      for (let x = 0; x < a.length; x++) {
        const f = a[x];
        if ((df[f] <= opts.maxPostings) !== (pass === 0)) continue;
        while (y < b.length && b[y] < f) y++;
        if (y < b.length && b[y] === f) {
          dot += idf[f] * idf[f];
          if (pass === 0) sharesRare = true;
        }
      }
    }
    const denom = norms[i] * norms[j];
    return !sharesRare ? -1 : denom === 0 ? 0 : dot / denom;
  };
  for (const [k, count] of strong) {
    if (count < RETELLING_MATCHES) continue;
    const as = unitsOf.get(Math.floor(k / files))!;
    const bs = unitsOf.get(k % files)!;
    for (const i of as) {
      for (const j of bs) {
        const [lo, hi] = i < j ? [i, j] : [j, i];
        const sim = weakSim(lo, hi);
        if (sim < low) continue;
        offer(i, j, sim);
        offer(j, i, sim);
      }
    }
  }
  const floor = (i: number, j: number): number => ((strong.get(pairKey(i, j)) ?? 0) >= RETELLING_MATCHES ? low : opts.threshold);

  // Links, strongest first, under average linkage. Pairs from one article do
  // not count in the average: an article's two tellings of a claim need not
  // resemble each other.
  const edges: Array<{ i: number; j: number; sim: number }> = [];
  for (let i = 0; i < n; i++) for (const { j, sim } of best[i].values()) if (i < j && sim >= floor(i, j) && isMutual(i, j, sim)) edges.push({ i, j, sim });
  edges.sort((a, b) => b.sim - a.sim || a.i - b.i || a.j - b.j);
  const uf = new UnionFind(n);
  const groupOf = new Map<number, Group>();
  const single = (i: number): Group => {
    const g: Group = { sum: new Map(), members: [i], byFile: new Map([[units[i].file, [i]]]) };
    for (const f of vecs[i]) g.sum.set(f, idf[f] / norms[i]);
    return g;
  };
  const group = (r: number): Group => {
    let g = groupOf.get(r);
    if (!g) groupOf.set(r, (g = single(r)));
    return g;
  };
  /** Average similarity between the members of two groups, over pairs from different articles. */
  const cohesion = (a: Group, b: Group): number => {
    const [small, large] = a.sum.size <= b.sum.size ? [a.sum, b.sum] : [b.sum, a.sum];
    let total = 0;
    for (const [f, w] of small) total += w * (large.get(f) ?? 0);
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
  for (const { i, j } of edges) {
    const ra = uf.find(i);
    const rb = uf.find(j);
    if (ra === rb) continue;
    const a = group(ra);
    const b = group(rb);
    if (cohesion(a, b) < floor(i, j)) continue;
    uf.union(ra, rb);
    const [big, small] = a.members.length >= b.members.length ? [a, b] : [b, a];
    for (const [f, w] of small.sum) big.sum.set(f, (big.sum.get(f) ?? 0) + w);
    for (const m of small.members) big.members.push(m); // no spread: groups can be large
    for (const [file, xs] of small.byFile) big.byFile.set(file, [...(big.byFile.get(file) ?? []), ...xs]);
    groupOf.delete(ra);
    groupOf.delete(rb);
    groupOf.set(uf.find(ra), big);
  }
  // Joins, at the full threshold: they are one-sided.
  const joined = new Map<number, Set<number>>();
  for (let i = 0; i < n; i++) {
    for (const { j, sim } of best[i].values()) {
      if (sim < opts.threshold || isMutual(i, j, sim)) continue;
      const r = uf.find(j);
      const g = groupOf.get(r);
      if (!g || g.members.length < 2 || r === uf.find(i) || cohesion(single(i), g) < opts.threshold) continue;
      let s = joined.get(r);
      if (!s) joined.set(r, (s = new Set()));
      s.add(i);
    }
  }
  const groups: number[][] = [];
  for (const [r, core] of groupOf) {
    if (core.members.length < 2) continue;
    const g = [...new Set([...core.members, ...(joined.get(r) ?? [])])].sort((a, b) => a - b);
    if (new Set(g.map((i) => units[i].file)).size >= 2) groups.push(g);
  }
  groups.sort((a, b) => a[0] - b[0]);
  return { groups, similarity };
}
