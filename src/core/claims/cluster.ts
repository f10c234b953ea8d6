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

/** A group being built: its members, their summed unit vectors, and its members by article. */
interface Group {
  sum: Map<number, number>;
  members: number[];
  byFile: Map<string, number[]>;
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
    v.sort();
    vecs.push(v);
  }
  const idf = df.map((d) => Math.log(1 + n / d));
  if ((globalThis as any).SOLO !== undefined) {
    const arts = df.map(() => new Set<string>());
    units.forEach((u, i) => { for (const f of vecs[i]) arts[f].add(u.file); });
    arts.forEach((a, f) => { if (a.size < 2) idf[f] *= (globalThis as any).SOLO; });
  }
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
        if ((globalThis as any).MS) { let k = 0; const b = new Set(vecs[j]); for (const f of vecs[i]) if (b.has(f)) k++; if (k < (globalThis as any).MS) continue; }
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

  // Links: mutual best matches, strongest first. Two groups merge only while the
  // average similarity across them stays at the threshold (average linkage, from
  // the groups' summed unit vectors; pairs from one article do not count, as an
  // article's two tellings of a claim need not resemble each other), so a chain
  // of loose resemblances never grows into one group.
  const edges: Array<{ i: number; j: number; sim: number }> = [];
  for (let i = 0; i < n; i++) for (const { j, sim } of best[i].values()) if (i < j && isMutual(i, j, sim)) edges.push({ i, j, sim });
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
    if (cohesion(a, b) < opts.threshold) continue;
    uf.union(ra, rb);
    const [big, small] = a.members.length >= b.members.length ? [a, b] : [b, a];
    for (const [f, w] of small.sum) big.sum.set(f, (big.sum.get(f) ?? 0) + w);
    big.members.push(...small.members);
    for (const [file, xs] of small.byFile) big.byFile.set(file, [...(big.byFile.get(file) ?? []), ...xs]);
    groupOf.delete(ra);
    groupOf.delete(rb);
    groupOf.set(uf.find(ra), big);
  }
  // Joins: a unit joins the group of its best match in another article when it
  // is as close to that group as the group's own members must be, without
  // merging its own group into it: an article may tell a claim twice (the lede,
  // then the body), and one clause may tell a second claim.
  const joined = new Map<number, Set<number>>();
  for (let i = 0; i < n; i++) {
    for (const { j, sim } of best[i].values()) {
      if (isMutual(i, j, sim)) continue;
      const r = uf.find(j);
      const g = groupOf.get(r);
      if (!g || r === uf.find(i) || cohesion(single(i), g) < opts.threshold) continue;
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
