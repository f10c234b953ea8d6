/**
 * Grouping sentences from different articles that tell the same claim.
 *
 * Each sentence is a bag of features (content stems, actor ids) weighted by
 * inverse document frequency over the corpus's sentences. Candidate pairs come
 * from an inverted index probed with each sentence's rarest features only, so
 * the work grows with the corpus, not with its square; each candidate pair is
 * scored by cosine similarity.
 *
 * An article tells a claim once, so a unit is linked to another article only
 * through its best match there, and only when that match's best match back in
 * this article is this unit (mutual best matches, ties allowed). That keeps one
 * loose resemblance from chaining unrelated claims together, which plain
 * threshold linkage does on news text where every sentence shares actors.
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
  /** Minimum cosine similarity for two sentences to tell the same claim. */
  threshold: number;
  /** Features probed per sentence (the rarest ones). */
  probes: number;
  /** Features found in more sentences than this are never probed (too common to say anything). */
  maxPostings: number;
  /** A best match that is not mutual still links when at least this similar (0 = never). */
  oneSided: number;
  /** Threshold between two articles that are retellings of one report (0 = off). */
  retellingThreshold: number;
  /** Strong mutual matches that make two articles retellings of one report. */
  retellingMatches: number;
  /** Weight of the overlap coefficient blended into cosine similarity (0..1). */
  overlap: number;
  /** The best match in an article must be this many times as similar as the second best there. */
  distinct: number;
  /** A sentence also joins a group when one of its clauses is this much told by a member (0 = off). */
  clauseContainment: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { threshold: 0.25, probes: 8, maxPostings: 400, oneSided: 0.25, distinct: 1.0, overlap: 0, retellingThreshold: 0, retellingMatches: 3, clauseContainment: 0.6 };

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
  /** Groups of unit indexes, each with units from at least two files. */
  groups: number[][];
  /** similarity(i, j) for representatives. */
  similarity: (i: number, j: number) => number;
  /**
   * Share of a feature bag's weight that unit j also has (0..1): how much of a
   * clause another article's sentence tells. Features unknown to the corpus count as rare.
   */
  containment: (features: string[], j: number) => number;
}

export function clusterUnits(units: Unit[], opts: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): Clustering {
  const n = units.length;
  // Feature ids and document frequencies.
  const ids = new Map<string, number>();
  const df: number[] = [];
  const vecs: Int32Array[] = [];
  for (const u of units) {
    const v = new Int32Array(u.features.length);
    for (let k = 0; k < u.features.length; k++) {
      let id = ids.get(u.features[k]);
      if (id === undefined) {
        id = df.length;
        ids.set(u.features[k], id);
        df.push(0);
      }
      df[id]++;
      v[k] = id;
    }
    v.sort();
    vecs.push(v);
  }
  const idf = df.map((d) => Math.log(1 + n / d));
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
    if (d === 0) return 0;
    // Cosine, blended with the overlap coefficient: a headline that a long
    // sentence contains whole is the same claim even though the sentence says more.
    const cos = dot / d;
    if (!opts.overlap) return cos;
    const m = Math.min(norms[i], norms[j]);
    return (1 - opts.overlap) * cos + opts.overlap * (dot / (m * m));
  };

  // Inverted index over every feature; probing uses only each unit's rarest ones.
  const postings: number[][] = df.map(() => []);
  for (let i = 0; i < n; i++) for (const f of vecs[i]) postings[f].push(i);

  // Each unit's best match in every other article it shares a rare feature with.
  const best: Array<Map<string, { j: number; sim: number; second: number }>> = [];
  const seen = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const mine = new Map<string, { j: number; sim: number; second: number }>();
    const probes = [...vecs[i]].filter((f) => df[f] >= 2 && df[f] <= opts.maxPostings).sort((a, b) => df[a] - df[b]).slice(0, opts.probes);
    for (const f of probes) {
      for (const j of postings[f]) {
        if (j === i || seen[j] === i || units[j].file === units[i].file) continue;
        seen[j] = i;
        const sim = similarity(i, j);
        if (sim < Math.min(opts.threshold, opts.retellingThreshold || opts.threshold)) continue;
        const cur = mine.get(units[j].file);
        if (!cur) mine.set(units[j].file, { j, sim, second: 0 });
        else if (sim > cur.sim || (sim === cur.sim && j < cur.j)) mine.set(units[j].file, { j, sim, second: cur.sim });
        else if (sim > cur.second) cur.second = sim;
      }
    }
    best.push(mine);
  }
  const TIE = 1e-6;
  const isMutual = (i: number, j: number, sim: number): boolean => {
    const back = best[j].get(units[i].file);
    return back !== undefined && sim >= back.sim - TIE;
  };
  // Retellings: two articles that tell several claims alike are versions of one
  // report, and their weaker sentence matches are trusted more.
  const strong = new Map<string, number>();
  const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  for (let i = 0; i < n; i++) {
    for (const { j, sim } of best[i].values()) {
      if (i < j && sim >= opts.threshold && isMutual(i, j, sim)) {
        const k = pairKey(units[i].file, units[j].file);
        strong.set(k, (strong.get(k) ?? 0) + 1);
      }
    }
  }
  const uf = new UnionFind(n);
  for (let i = 0; i < n; i++) {
    for (const { j, sim, second } of best[i].values()) {
      // A best match barely ahead of the runner-up in its article says little.
      if (sim < opts.distinct * second) continue;
      const retold = opts.retellingThreshold > 0 && (strong.get(pairKey(units[i].file, units[j].file)) ?? 0) >= opts.retellingMatches;
      const floor = retold ? opts.retellingThreshold : opts.threshold;
      if (sim < floor) continue;
      const mutual = isMutual(i, j, sim);
      if (mutual || (opts.oneSided && sim >= opts.oneSided)) uf.union(i, j);
    }
  }
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    let g = byRoot.get(r);
    if (!g) byRoot.set(r, (g = []));
    g.push(i);
  }
  const groups: number[][] = [];
  for (const g of byRoot.values()) {
    if (new Set(g.map((i) => units[i].file)).size >= 2) groups.push(g);
  }
  const maxIdf = Math.log(1 + n);
  const containment = (features: string[], j: number): number => {
    const b = vecs[j];
    let all = 0;
    let shared = 0;
    for (const f of features) {
      const id = ids.get(f);
      const w = id === undefined ? maxIdf : idf[id];
      all += w * w;
      if (id !== undefined) {
        let lo = 0;
        let hi = b.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (b[mid] < id) lo = mid + 1;
          else hi = mid;
        }
        if (b[lo] === id) shared += w * w;
      }
    }
    return all === 0 ? 0 : shared / all;
  };
  return { groups, similarity, containment };
}
