// What is kept between two groupings: after a change only the changed articles' units are searched again, and only what touches them is made again (memoChain.ts).

import type { ClusterOptions, Unit } from './types';
import { metered } from './steps';
import { rarePostings } from './matches';
import { Pairs } from './storage';
import { byCodeUnits, type Parts, type Space } from './vectors';
import { FeatureMemo } from './memoVectors';
import { keepsOrder, type Chain, type Renumbering } from './memoChain';

/**
 * Why this is exact. With background weights a unit's vector depends on its
 * own features only, and feature ids follow the features' names (vectors.ts),
 * so a pair's similarity is a function of the two units alone, to the last
 * bit: its shared rare features added in ascending order, then its shared
 * common ones (matches.ts), from whichever side it is scored (adding the zero
 * of a feature one unit lacks changes no sum; the product of two norms is
 * commutative). Two things are not local. Which features are rare depends on
 * how many units hold them (maxPostings): a change that takes a feature across
 * that line changes the candidates of pairs it is not part of, and the order
 * of their sums, so the search starts again from scratch then. And weights
 * from the corpus itself change with every article: no memo is used with them.
 */

/** What the caller says of the articles: an article whose token is the same (===) holds the same units as in the last grouping. */
export interface Incremental {
  memo: ClusterMemo;
  token: (file: string) => unknown;
}

/** The last grouping: its units and articles, and what followed its pairs. */
interface Snapshot {
  opts: ClusterOptions;
  /** The last grouping's space (its feature names, document frequencies and vectors). */
  s: Space;
  fileIndex: Map<string, number>;
  tokens: unknown[];
  /** Each file's units, unitStart[f] to unitStart[f + 1] - 1. */
  unitStart: Int32Array;
  chain: Chain;
}

/** Kept by the caller between groupings (one per corpus). */
export class ClusterMemo {
  last: Snapshot | undefined;
  /** Each article's features, numbered (memoVectors.ts). */
  readonly features = new FeatureMemo();
  /** How the last search was made (for tests and measurements): 'full' or 'incremental'. */
  lastSearch: 'full' | 'incremental' | undefined;
}

/** Each file's units as a range, when every file's units are contiguous (the corpus lists them so). */
function fileRanges(s: Space): Int32Array | undefined {
  const start = new Int32Array(s.files + 1);
  for (let i = 0; i < s.n; i++) {
    if (i > 0 && s.fileOf[i] !== s.fileOf[i - 1] && s.fileOf[i] !== s.fileOf[i - 1] + 1) return undefined;
    start[s.fileOf[i] + 1] = i + 1;
  }
  return start;
}

/** Records a grouping for the next one. */
export function remember(inc: Incremental, units: Unit[], s: Space, opts: ClusterOptions, chain: Chain): void {
  const unitStart = opts.weights === 'corpus' ? undefined : fileRanges(s);
  if (!unitStart) {
    inc.memo.last = undefined;
    return;
  }
  const fileIndex = new Map<string, number>();
  const tokens: unknown[] = [];
  for (let f = 0; f < s.files; f++) {
    const name = units[unitStart[f]].file;
    fileIndex.set(name, f);
    tokens.push(inc.token(name));
  }
  inc.memo.last = { opts, s, fileIndex, tokens, unitStart, chain };
}

/** Id of a feature by name in a space (names ascending), or -1. */
function idOf(s: Space, name: string): number {
  let lo = 0;
  let hi = s.nf;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byCodeUnits(s.names[mid], name) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < s.nf && s.names[lo] === name ? lo : -1;
}

/**
 * The pairs at the threshold with a unit of a changed article (a search from
 * those units only), and how the last grouping's units and articles are
 * numbered now; or undefined where what is kept cannot be used exactly or
 * would not be cheaper (the caller searches everything then).
 */
export function* pairsSince(inc: Incremental, units: Unit[], s: Space, parts: Parts, opts: ClusterOptions): Generator<void, { fresh: Pairs; renumbering: Renumbering } | undefined, void> {
  const last = inc.memo.last;
  if (!last || opts.weights === 'corpus' || last.opts.threshold !== opts.threshold || last.opts.maxPostings !== opts.maxPostings || last.opts.weights !== opts.weights) return undefined;
  const unitStart = fileRanges(s);
  if (!unitStart) return undefined;
  const old = last.s;
  // Old unit -> new unit, -1 for the units of changed or deleted articles.
  const newOf = new Int32Array(old.n).fill(-1);
  const fileNew = new Int32Array(old.files).fill(-1);
  const changed = new Uint8Array(s.files);
  let fresh = 0;
  for (let f = 0; f < s.files; f++) {
    const name = units[unitStart[f]].file;
    const o = last.fileIndex.get(name);
    if (o !== undefined && last.tokens[o] === inc.token(name) && last.unitStart[o + 1] - last.unitStart[o] === unitStart[f + 1] - unitStart[f]) {
      for (let k = 0; k < unitStart[f + 1] - unitStart[f]; k++) newOf[last.unitStart[o] + k] = unitStart[f] + k;
      fileNew[o] = f;
    } else {
      changed[f] = 1;
      fresh += unitStart[f + 1] - unitStart[f];
    }
  }
  const renumbering: Renumbering = { newOf, fileNew, changed };
  // Many changes at once: the full search is as cheap. Articles that change their order: their entries would need sorting again.
  if (fresh > s.n / 4 || !keepsOrder(renumbering)) return undefined;
  // A feature of a changed unit, old or new, may have crossed maxPostings: then other pairs change too.
  const rareNow = (name: string): boolean => {
    const f = idOf(s, name);
    return f < 0 || s.df[f] <= opts.maxPostings;
  };
  for (let i = 0; i < old.n; i++) {
    if (newOf[i] >= 0) continue;
    for (let k = old.vecStart[i]; k < old.vecStart[i + 1]; k++) if (old.df[old.vec[k]] <= opts.maxPostings !== rareNow(old.names[old.vec[k]])) return undefined;
  }
  for (let i = 0; i < s.n; i++) {
    if (!changed[s.fileOf[i]]) continue;
    for (let k = s.vecStart[i]; k < s.vecStart[i + 1]; k++) {
      const o = idOf(old, s.names[s.vec[k]]);
      const rareBefore = o < 0 || old.df[o] <= opts.maxPostings;
      if (rareBefore !== s.df[s.vec[k]] <= opts.maxPostings) return undefined;
    }
  }
  const pairs = new Pairs();
  yield* searchChanged(s, parts, opts.threshold, changed, pairs);
  return { fresh: pairs, renumbering };
}

/**
 * Scores every pair of a changed unit and a unit of another article that share
 * a rare feature, as the full search does (matches.ts searchFrom, without its
 * bounds: they only skip pairs below the threshold). A pair of two changed
 * units is scored once, from its lower unit.
 */
function* searchChanged(s: Space, parts: Parts, threshold: number, changed: Uint8Array, pairs: Pairs): Generator<void, void, void> {
  const { n, fileOf, w2, norms } = s;
  const { rareStart, rareOf, commonStart, commonOf, cw } = parts;
  // Only the postings the changed units walk: those of their rare features (at 10,000 bench articles the whole index is 800,000 postings made again at each change).
  const walked = new Uint8Array(s.nf);
  for (let i = 0; i < n; i++) if (changed[fileOf[i]]) for (let k = rareStart[i]; k < rareStart[i + 1]; k++) walked[rareOf[k]] = 1;
  const { postStart, postings } = yield* rarePostings(s, parts, walked);
  const acc = new Float64Array(n);
  const touched = new Int32Array(n);
  const mine = new Float64Array(cw.length);
  yield* metered(n, (from, budget) => {
    let i = from;
    for (let work = 0; i < n && work < budget; i++) {
      work++;
      const fi = fileOf[i];
      if (!changed[fi]) continue;
      let count = 0;
      for (let k = rareStart[i]; k < rareStart[i + 1]; k++) {
        const f = rareOf[k];
        const w = w2[f];
        for (let p = postStart[f]; p < postStart[f + 1]; p++) {
          const j = postings[p];
          if (fileOf[j] === fi || (changed[fileOf[j]] && j < i)) continue;
          if (acc[j] === 0) touched[count++] = j;
          acc[j] += w;
        }
        work += postStart[f + 1] - postStart[f];
      }
      for (let k = commonStart[i]; k < commonStart[i + 1]; k++) mine[commonOf[k]] = cw[commonOf[k]];
      for (let t = 0; t < count; t++) {
        const j = touched[t];
        let dot = acc[j];
        acc[j] = 0;
        for (let k = commonStart[j]; k < commonStart[j + 1]; k++) dot += mine[commonOf[k]];
        const denom = norms[i] * norms[j];
        const sim = denom === 0 ? 0 : dot / denom;
        if (sim >= threshold) pairs.push(Math.min(i, j), Math.max(i, j), sim);
        work += 4 + commonStart[j + 1] - commonStart[j];
      }
      for (let k = commonStart[i]; k < commonStart[i + 1]; k++) mine[commonOf[k]] = 0;
    }
    return i;
  });
}
