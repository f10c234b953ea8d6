/**
 * Grouping clauses from different articles that tell the same claim.
 *
 * Each unit (a clause of a sentence) is a bag of features (content stems,
 * actor ids) weighted by inverse document frequency over the corpus's units.
 * Candidate pairs come from an inverted index probed with each unit's rarest
 * features only, so the work grows with the corpus, not with its square; each
 * candidate pair is scored by cosine similarity.
 *
 * Groups are built in two steps:
 * - Links: a unit is linked to another article only through its best match
 *   there, and only when that match's best match back in this article is this
 *   unit (mutual best matches, ties allowed). Linked units are merged
 *   (union-find). That keeps one loose resemblance from chaining unrelated
 *   claims together, which plain threshold linkage does on news text where every
 *   sentence shares actors.
 * - Joins: an article may tell a claim more than once (the lede, then the body,
 *   then a quote). A unit whose best match in another article belongs to a
 *   group joins that group as a member, without merging its own group into it,
 *   so a join never chains two groups together.
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
  /** Minimum cosine similarity for two units to tell the same claim. */
  threshold: number;
  /** Features probed per unit (the rarest ones). */
  probes: number;
  /** Features found in more units than this are never probed (too common to say anything). */
  maxPostings: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { threshold: 0.3, probes: 8, maxPostings: 400 };

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
    return d === 0 ? 0 : dot / d;
  };

  // Inverted index over every feature; probing uses only each unit's rarest ones.
  const postings: number[][] = df.map(() => []);
  for (let i = 0; i < n; i++) for (const f of vecs[i]) postings[f].push(i);

  // Each unit's best match in every other article it shares a rare feature with.
  const best: Array<Map<string, { j: number; sim: number }>> = [];
  const seen = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const mine = new Map<string, { j: number; sim: number }>();
    const probes = [...vecs[i]].filter((f) => df[f] >= 2 && df[f] <= opts.maxPostings).sort((a, b) => df[a] - df[b] || a - b).slice(0, opts.probes);
    for (const f of probes) {
      for (const j of postings[f]) {
        if (j === i || seen[j] === i || units[j].file === units[i].file) continue;
        seen[j] = i;
        const sim = similarity(i, j);
        if (sim < opts.threshold) continue;
        const cur = mine.get(units[j].file);
        if (!cur || sim > cur.sim || (sim === cur.sim && j < cur.j)) mine.set(units[j].file, { j, sim });
      }
    }
    best.push(mine);
  }
  const TIE = 1e-6;
  const isMutual = (i: number, j: number, sim: number): boolean => {
    const back = best[j].get(units[i].file);
    return back !== undefined && sim >= back.sim - TIE;
  };

  // Links: mutual best matches.
  const uf = new UnionFind(n);
  for (let i = 0; i < n; i++) for (const { j, sim } of best[i].values()) if (isMutual(i, j, sim)) uf.union(i, j);
  const byRoot = new Map<number, Set<number>>();
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    let g = byRoot.get(r);
    if (!g) byRoot.set(r, (g = new Set()));
    g.add(i);
  }
  // Joins: a unit joins the group of its best match in another article when
  // its own article is already in that group (it tells the claim again).
  const filesOf = new Map<number, Set<string>>();
  for (const [r, g] of byRoot) if (g.size >= 2) filesOf.set(r, new Set([...g].map((i) => units[i].file)));
  const joined = new Map<number, Set<number>>();
  for (let i = 0; i < n; i++) {
    for (const { j, sim } of best[i].values()) {
      if (isMutual(i, j, sim) || (globalThis as any).NOJOIN || sim < ((globalThis as any).JOIN ?? 0)) continue;
      const r = uf.find(j);
      if (r === uf.find(i) || !filesOf.get(r)?.has(units[i].file)) continue;
      let s = joined.get(r);
      if (!s) joined.set(r, (s = new Set()));
      s.add(i);
    }
  }
  const groups: number[][] = [];
  for (const [r, core] of byRoot) {
    if (core.size < 2) continue;
    const g = [...new Set([...core, ...(joined.get(r) ?? [])])].sort((a, b) => a - b);
    if (new Set(g.map((i) => units[i].file)).size >= 2) groups.push(g);
  }
  return { groups, similarity };
}
