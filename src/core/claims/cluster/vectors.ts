// The units as idf-weighted feature vectors (Space), their cosine, and each vector split into rare and common parts.

import type { Unit } from './types';
import { BUDGET, SLICE, UNIT_SLICE, sliced } from './steps';
import { doubled } from './storage';
import { featureIdf } from './weights';

/** The units as vectors: ids of their distinct features, their weights, and their files. */
export interface Space {
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
  /** Feature names by id (ascending). */
  names: string[];
  /**
   * A key for each feature that stays the same from one grouping to the next
   * (memoVectors.ts), where ids shift when a feature comes or goes: what the
   * groups' summed vectors are keyed by, so that groups kept from the last
   * grouping (memoLink.ts) can be used as they are. Without it, the ids.
   */
  keys?: Int32Array;
}

/** Each unit's vector length under the weights w2 (its features' squared weights summed in the vector's order), in steps. */
export function* unitNorms(n: number, vecStart: Int32Array, vec: Int32Array, w2: Float64Array): Generator<void, Float64Array, void> {
  const norms = new Float64Array(n);
  yield* sliced(n, UNIT_SLICE, (from, to) => {
    for (let i = from; i < to; i++) {
      let s = 0;
      for (let k = vecStart[i]; k < vecStart[i + 1]; k++) s += w2[vec[k]];
      norms[i] = Math.sqrt(s);
    }
  });
  return norms;
}

export function* vectorize(units: Unit[], weights: 'corpus' | 'background' = 'background'): Generator<void, Space, void> {
  const n = units.length;
  // Feature ids in order of first use (renumbered by name below), and document frequencies.
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
  // Ids renumbered in the features' own order (by name): ids order the sums of
  // a similarity, and an order of first use would change with any article
  // before, so a pair's similarity would not stay the same, to the last bit,
  // when another article changes (an incremental regrouping reuses it).
  const names = [...ids.keys()];
  const byName = canonicalIds(names);
  const sortedDf = new Int32Array(nf);
  for (let f = 0; f < nf; f++) sortedDf[byName[f]] = df[f];
  df = sortedDf;
  names.sort(byCodeUnits);
  yield* sliced(vec.length, SLICE, (from, to) => {
    for (let k = from; k < to; k++) vec[k] = byName[vec[k]];
  });
  yield* sliced(n, UNIT_SLICE, (from, to) => {
    for (let i = from; i < to; i++) vec.subarray(vecStart[i], vecStart[i + 1]).sort();
  });
  // Weights by rarity among the units, or from the background table (weights.ts).
  const idf = new Float64Array(nf);
  const w2 = new Float64Array(nf);
  yield* sliced(nf, SLICE, (from, to) => {
    for (let f = from; f < to; f++) {
      idf[f] = weights === 'background' ? featureIdf(names[f]) : Math.log(1 + n / df[f]);
      w2[f] = idf[f] * idf[f];
    }
  });
  const norms = yield* unitNorms(n, vecStart, vec, w2);
  const fileIds = new Map<string, number>();
  const fileOf = new Int32Array(n);
  yield* sliced(n, SLICE, (from, to) => {
    for (let i = from; i < to; i++) {
      let id = fileIds.get(units[i].file);
      if (id === undefined) fileIds.set(units[i].file, (id = fileIds.size));
      fileOf[i] = id;
    }
  });
  return { n, vecStart, vec, nf, df, idf, w2, norms, fileOf, files: fileIds.size, names };
}

/** Code-unit order of two strings (a total order that no locale changes). */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** For each id (features numbered in any order), its rank among the features' names. */
export function canonicalIds(names: readonly string[]): Int32Array {
  const order = names.map((_, f) => f).sort((x, y) => byCodeUnits(names[x], names[y]));
  const rank = new Int32Array(names.length);
  for (let r = 0; r < order.length; r++) rank[order[r]] = r;
  return rank;
}

/** Cosine similarity of units i and j, their shared features added in ascending order. */
export function cosine(s: Space, i: number, j: number): number {
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
export interface Parts {
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

export function* splitParts(s: Space, maxPostings: number): Generator<void, Parts, void> {
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

/**
 * For each unit of a group, its summed cosine with the group's other units,
 * (sums[k] = Σ_{l≠k, ascending} cosine(s, members[k], members[l])): what picks
 * a group's representative. The same sums to the last bit as calling cosine
 * for every ordered pair, in half the pairs and without the merge walk: a
 * pair's cosine is symmetric (same shared features, same order, a commutative
 * product of norms), and a dot product walked over one unit's features against
 * the other's weights laid out densely adds zero for the features not shared,
 * which leaves the sum unchanged. Each row still receives its terms in
 * ascending order (the earlier rows' first, then its own). The pairs grow with
 * the square of the groups' sizes (83,000 at 1,000 bench articles, 4.7 million
 * at 10,000): about a third of the time of the plain double loop there.
 * `dense` is scratch space of s.nf zeros, left zeroed. In steps of about
 * BUDGET work, as the rest of the clustering, so that a large group does not
 * hold a slice of the editor's background regrouping.
 */
export function* similaritySums(s: Space, members: readonly number[], dense: Float64Array): Generator<void, Float64Array, void> {
  const { vec, vecStart, w2, norms } = s;
  const m = members.length;
  const sums = new Float64Array(m);
  // A group of thousands is millions of pairs: yield between rows now and then.
  let work = 0;
  for (let k = 0; k < m; k++) {
    const a = members[k];
    for (let x = vecStart[a]; x < vecStart[a + 1]; x++) dense[vec[x]] = w2[vec[x]];
    for (let l = k + 1; l < m; l++) {
      const b = members[l];
      let dot = 0;
      for (let y = vecStart[b]; y < vecStart[b + 1]; y++) dot += dense[vec[y]];
      const d = norms[a] * norms[b];
      const c = d === 0 ? 0 : dot / d;
      sums[k] += c;
      sums[l] += c;
      work += 4 + vecStart[b + 1] - vecStart[b];
    }
    for (let x = vecStart[a]; x < vecStart[a + 1]; x++) dense[vec[x]] = 0;
    if (work >= BUDGET) {
      work = 0;
      yield;
    }
  }
  return sums;
}
