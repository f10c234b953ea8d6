// Retellings (article pairs that are versions of one report) and the weaker matches scored between them.

import type { BestMatches } from './matches';
import { SLICE, filled, metered, sliced } from './steps';
import { Pairs } from './storage';
import type { Parts, Space } from './vectors';

/** Strong mutual matches that make two articles retellings of one report. */
const RETELLING_MATCHES = 3;
/** Between retellings, a mutual best match links at this share of the threshold. */
export const RETELLING_FLOOR = 0.7;

/** Article pairs as one number. */
export const fileKey = (s: Space, fa: number, fb: number): number => (fa < fb ? fa * s.files + fb : fb * s.files + fa);

/** Retellings found so far: article pairs by key, as a set and in ascending order. */
export interface Retold {
  has: Set<number>;
  keys: number[];
}

/**
 * Retellings: article pairs with several strong mutual matches, counted by
 * sorting their keys, as there are millions: by their first article
 * (counting sort), then each article's keys (small sorts, one slice apart).
 */
export function* retellings(s: Space, best: BestMatches, mutual: Uint8Array, threshold: number): Generator<void, Retold, void> {
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
 * shares a rare feature (as the search in matches.ts), scored the same way,
 * from `low` up to below the threshold. A pair at the threshold is a strong
 * match already, with the same similarity to the last bit, and its best
 * matches are made: offered again it would change none. Between copies of
 * one article nearly every pair is one, and holding them all twice was the
 * largest cost of the clustering there.
 */
export function* weakMatches(s: Space, parts: Parts, retold: Retold, low: number, threshold: number): Generator<void, Pairs, void> {
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
        if (-1 >= low && -1 < threshold) weak.push(lo, hi, -1);
        continue;
      }
      for (let k = commonStart[j]; k < commonStart[j + 1]; k++) dot += commonW[commonOf[k]];
      const denom = norms[lo] * norms[hi];
      const sim = denom === 0 ? 0 : dot / denom;
      if (sim >= low && sim < threshold) weak.push(lo, hi, sim);
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
