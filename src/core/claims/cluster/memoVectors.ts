// The units' vectors made from each unchanged article's kept feature numbers: only a changed article's features are read again.

import type { Unit } from './types';
import { SLICE, UNIT_SLICE, sliced } from './steps';
import { byCodeUnits, unitNorms, type Space } from './vectors';
import { featureIdf } from './weights';

/** Features numbered once for all groupings (gids), and each article's units as gids. */
export class FeatureMemo {
  readonly gidOf = new Map<string, number>();
  readonly names: string[] = [];
  /** Background weight by gid. */
  idf: Float64Array = new Float64Array(0);
  /** Rank of each gid's name among all the names numbered (by code units); made again when new names come. */
  private rankOf: Int32Array = new Int32Array(0);
  private ranked = 0;
  readonly byFile = new Map<string, { token: unknown; start: Int32Array; gids: Int32Array }>();

  gid(name: string): number {
    let g = this.gidOf.get(name);
    if (g === undefined) {
      g = this.names.length;
      this.gidOf.set(name, g);
      this.names.push(name);
    }
    return g;
  }

  ranks(): Int32Array {
    if (this.ranked !== this.names.length) {
      const order = this.names.map((_, g) => g).sort((x, y) => byCodeUnits(this.names[x], this.names[y]));
      this.rankOf = new Int32Array(this.names.length);
      for (let r = 0; r < order.length; r++) this.rankOf[order[r]] = r;
      const idf = new Float64Array(this.names.length);
      idf.set(this.idf);
      for (let g = this.idf.length; g < this.names.length; g++) idf[g] = featureIdf(this.names[g]);
      this.idf = idf;
      this.ranked = this.names.length;
    }
    return this.rankOf;
  }
}

/**
 * The same space as vectorize (vectors.ts) gives, to the last bit (same ids:
 * the features' order by name; same document frequencies, weights, and norms
 * added in ascending id order), from each unchanged article's kept feature
 * numbers. Background weights only, and each article's units together;
 * otherwise undefined (the caller vectorizes from scratch).
 */
export function* vectorizeSince(memo: FeatureMemo, token: (file: string) => unknown, units: Unit[]): Generator<void, Space | undefined, void> {
  const n = units.length;
  // Each article's units as a range, in order of first use (as vectorize numbers files).
  const runs: number[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    if (i > 0 && units[i].file === units[i - 1].file) continue;
    if (seen.has(units[i].file)) return undefined;
    seen.add(units[i].file);
    runs.push(i);
  }
  runs.push(n);
  const files = runs.length - 1;
  const fileOf = new Int32Array(n);
  const perFile: Array<{ start: Int32Array; gids: Int32Array }> = [];
  const kept = new Map<string, { token: unknown; start: Int32Array; gids: Int32Array }>();
  let named = 0;
  for (let f = 0; f < files; f++) {
    const file = units[runs[f]].file;
    const now = token(file);
    const count = runs[f + 1] - runs[f];
    let entry = memo.byFile.get(file);
    if (!entry || entry.token !== now || entry.start.length !== count + 1) {
      // A unit's distinct features, in the order of their names: the order
      // of their ids in any grouping (ids follow names), so that the vectors
      // are made by a copy, with no sort.
      const start = new Int32Array(count + 1);
      const gids: number[] = [];
      for (let k = 0; k < count; k++) {
        const own = new Set<number>();
        for (const feature of units[runs[f] + k].features) own.add(memo.gid(feature));
        for (const g of [...own].sort((x, y) => byCodeUnits(memo.names[x], memo.names[y]))) gids.push(g);
        start[k + 1] = gids.length;
      }
      entry = { token: now, start, gids: Int32Array.from(gids) };
      if (f % 64 === 63) yield;
    }
    kept.set(file, entry);
    perFile.push(entry);
    fileOf.fill(f, runs[f], runs[f + 1]);
    named += entry.gids.length;
  }
  // Only the articles of this grouping are kept (a deleted one's numbers go).
  memo.byFile.clear();
  for (const [file, entry] of kept) memo.byFile.set(file, entry);
  const rank = memo.ranks();
  const gidDf = new Int32Array(memo.names.length);
  for (const e of perFile) for (let k = 0; k < e.gids.length; k++) gidDf[e.gids[k]]++;
  yield;
  // Ids: the features present, in the order of their names.
  const byRank = new Int32Array(memo.names.length).fill(-1);
  for (let g = 0; g < gidDf.length; g++) if (gidDf[g] > 0) byRank[rank[g]] = g;
  const idOf = new Int32Array(memo.names.length);
  const names: string[] = [];
  const dfs: number[] = [];
  for (let r = 0; r < byRank.length; r++) {
    const g = byRank[r];
    if (g < 0) continue;
    idOf[g] = names.length;
    names.push(memo.names[g]);
    dfs.push(gidDf[g]);
  }
  const nf = names.length;
  const df = Int32Array.from(dfs);
  const idf = new Float64Array(nf);
  const w2 = new Float64Array(nf);
  const keys = new Int32Array(nf);
  for (let r = 0, f = 0; r < byRank.length; r++) {
    if (byRank[r] < 0) continue;
    keys[f] = byRank[r];
    idf[f] = memo.idf[byRank[r]];
    w2[f] = idf[f] * idf[f];
    f++;
  }
  const vec = new Int32Array(named);
  const vecStart = new Int32Array(n + 1);
  let size = 0;
  yield* sliced(files, SLICE >> 6, (from, to) => {
    for (let f = from; f < to; f++) {
      const { start, gids } = perFile[f];
      for (let k = 0; k + 1 < start.length; k++) {
        for (let x = start[k]; x < start[k + 1]; x++) vec[size++] = idOf[gids[x]];
        vecStart[runs[f] + k + 1] = size;
      }
    }
  });
  const norms = yield* unitNorms(n, vecStart, vec, w2);
  return { n, vecStart, vec, nf, df, idf, w2, norms, fileOf, files, names, keys };
}
