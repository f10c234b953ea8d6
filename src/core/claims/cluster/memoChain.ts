// What follows the pairs, kept between two groupings: the best matches, their mutual flags, the retellings and the edges in link order; after a change only what touches a changed article is made again.

import { bestMatches, matchArrays, type BestMatches } from './matches';
import { mutualFlags } from './mutual';
import { fileKey, retellings, weakMatches, type Retold } from './retellings';
import { linkOrder } from './order';
import { SLICE, metered, sliced } from './steps';
import type { LinkMemo } from './memoLink';
import type { KeptEdges, Pairs } from './storage';
import type { Parts, Space } from './vectors';

/**
 * Why this is exact. Everything from the pairs to the edges is a function of
 * one article pair at a time: a unit's best match in another article depends
 * on the strong pairs between the two articles and, if they are retellings,
 * on the weak ones between them; whether two articles are retellings depends
 * on their best matches and mutual flags towards each other; a flag depends on
 * the two entries between the pair's units; an edge's floor on whether its two
 * articles are retellings. So for two unchanged articles all of it is as it
 * was (pairsSince in memo.ts has made sure that the rare features are the same,
 * which the weak matches depend on), with units and articles numbered anew;
 * and the pairs with a changed unit (the search of the changed articles) are
 * all the strong pairs of the article pairs with a changed article: what is
 * made from them alone, best matches, flags and retellings, is what a
 * grouping from scratch makes for those article pairs. Units and articles keep
 * their order (the caller checks it), so the entries of a unit stay sorted by
 * article and the edges in link order.
 */

/** The last grouping's best matches (after the weak ones), their flags, the retellings (keys over `files` articles) and the edges in link order. */
export interface Chain {
  best: BestMatches;
  flags: Uint8Array;
  retold: number[];
  files: number;
  edges: KeptEdges;
  /** The linking's outcomes and final groups (memoLink.ts). */
  link: LinkMemo;
}

/** How the last grouping's units and articles are numbered now: -1 for those of changed or deleted articles. */
export interface Renumbering {
  /** Old unit -> new unit. */
  newOf: Int32Array;
  /** Old article -> new article. */
  fileNew: Int32Array;
  /** New article -> 1 when changed or added. */
  changed: Uint8Array;
}

/** Whether the kept articles keep their order (then so do their units: each article's are together). */
export function keepsOrder(r: Renumbering): boolean {
  let last = -1;
  for (let f = 0; f < r.fileNew.length; f++) {
    if (r.fileNew[f] < 0) continue;
    if (r.fileNew[f] <= last) return false;
    last = r.fileNew[f];
  }
  return true;
}

/** What follows the pairs, from the last grouping's and the pairs with a changed unit (`fresh`, spent). */
export function* chainSince(s: Space, parts: Parts, last: Chain, r: Renumbering, fresh: Pairs, threshold: number, low: number): Generator<void, { best: BestMatches; flags: Uint8Array; retold: Retold }, void> {
  const { n } = s;
  const { newOf, fileNew } = r;
  // The changed article pairs: as a grouping from scratch makes them, from their pairs alone.
  const best0 = yield* bestMatches(s, fresh);
  const flags0 = yield* mutualFlags(s, best0, { has: new Set(), keys: [] });
  const touched = yield* retellings(s, best0, flags0, threshold);
  // The retellings of two kept articles, numbered anew (ascending still: articles keep their order).
  const retold: Retold = { has: new Set(touched.keys), keys: [] };
  let t = 0;
  for (const key of last.retold) {
    const fa = fileNew[Math.floor(key / last.files)];
    const fb = fileNew[key % last.files];
    if (fa < 0 || fb < 0) continue;
    const k = fileKey(s, fa, fb);
    while (t < touched.keys.length && touched.keys[t] < k) retold.keys.push(touched.keys[t++]);
    retold.keys.push(k);
    retold.has.add(k);
  }
  while (t < touched.keys.length) retold.keys.push(touched.keys[t++]);
  let bestC = best0;
  let flagsC = flags0;
  if (touched.keys.length > 0) {
    const weak = yield* weakMatches(s, parts, touched, low, threshold);
    bestC = yield* bestMatches(s, weak, best0);
    flagsC = yield* mutualFlags(s, bestC, { has: retold.has, keys: touched.keys }, { best: best0, flags: flags0 });
  }
  // Each unit's entries: its kept ones (towards kept articles) and its new ones (towards changed articles), by article.
  const oldOf = new Int32Array(n).fill(-1);
  for (let o = 0; o < newOf.length; o++) if (newOf[o] >= 0) oldOf[newOf[o]] = o;
  const ob = last.best;
  const start = new Int32Array(n + 1);
  yield* sliced(n, SLICE, (from, to) => {
    for (let u = from; u < to; u++) {
      let size = bestC.start[u + 1] - bestC.start[u];
      const o = oldOf[u];
      if (o >= 0) for (let k = ob.start[o]; k < ob.start[o + 1]; k++) if (fileNew[ob.file[k]] >= 0) size++;
      start[u + 1] = start[u] + size;
    }
  });
  const size = start[n];
  const { file, unit, sim } = yield* matchArrays(size);
  const flags = new Uint8Array(size);
  yield* metered(n, (from, budget) => {
    let u = from;
    for (let work = 0; u < n && work < budget; u++) {
      let out = start[u];
      let c = bestC.start[u];
      const cEnd = bestC.start[u + 1];
      const o = oldOf[u];
      if (o >= 0) {
        for (let k = ob.start[o]; k < ob.start[o + 1]; k++) {
          const f = fileNew[ob.file[k]];
          if (f < 0) continue;
          while (c < cEnd && bestC.file[c] < f) {
            file[out] = bestC.file[c];
            unit[out] = bestC.unit[c];
            sim[out] = bestC.sim[c];
            flags[out++] = flagsC[c++];
          }
          file[out] = f;
          unit[out] = newOf[ob.unit[k]];
          sim[out] = ob.sim[k];
          flags[out++] = last.flags[k];
        }
        work += ob.start[o + 1] - ob.start[o];
      }
      for (; c < cEnd; c++) {
        file[out] = bestC.file[c];
        unit[out] = bestC.unit[c];
        sim[out] = bestC.sim[c];
        flags[out++] = flagsC[c];
      }
      work += 4 + cEnd - bestC.start[u];
    }
    return u;
  });
  return { best: { start, file, unit, sim }, flags, retold };
}

/**
 * The edges in link order: the last grouping's between kept articles,
 * numbered anew (their order is kept: units keep theirs), merged with those
 * of the changed articles' entries, sorted by linkOrder (order.ts).
 */
export function* edgesSince(
  last: KeptEdges,
  lastMerged: Uint8Array,
  r: Renumbering,
  s: Space,
  best: BestMatches,
  flags: Uint8Array,
  clearsFloor: (i: number, j: number, sim: number) => boolean,
): Generator<void, { edges: KeptEdges; oldPos: Int32Array; dirty: Uint8Array }, void> {
  const { n, fileOf } = s;
  const { newOf, changed } = r;
  // The new edges: a changed unit's, or a kept unit's towards a changed article.
  const na: number[] = [];
  const nb: number[] = [];
  const ns: number[] = [];
  yield* metered(n, (from, budget) => {
    let i = from;
    for (let work = 0; i < n && work < budget; i++) {
      const mine = changed[fileOf[i]] === 1;
      work += 1 + best.start[i + 1] - best.start[i];
      for (let k = best.start[i]; k < best.start[i + 1]; k++) {
        const j = best.unit[k];
        if (i < j && flags[k] && (mine || changed[best.file[k]]) && clearsFloor(i, j, best.sim[k])) {
          na.push(i);
          nb.push(j);
          ns.push(best.sim[k]);
        }
      }
    }
    return i;
  });
  const added = na.map((_, e) => e).sort((x, y) => linkOrder(ns[x], na[x], nb[x], ns[y], na[y], nb[y]));
  let kept = 0;
  yield* sliced(last.size, SLICE, (from, to) => {
    for (let e = from; e < to; e++) if (newOf[last.a[e]] >= 0 && newOf[last.b[e]] >= 0) kept++;
  });
  const size = kept + added.length;
  const out: KeptEdges = { size, a: new Int32Array(size), b: new Int32Array(size), sim: new Float64Array(size) };
  // Where each kept link was, and the units of a merge that is gone (their groups are not as they were: memoLink.ts).
  const oldPos = new Int32Array(size).fill(-1);
  const dirty = new Uint8Array(n);
  let at = 0;
  let x = 0;
  yield* sliced(last.size, SLICE, (from, to) => {
    for (let e = from; e < to; e++) {
      const a = newOf[last.a[e]];
      const b = newOf[last.b[e]];
      if (a < 0 || b < 0) {
        if (lastMerged[e]) {
          if (a >= 0) dirty[a] = 1;
          if (b >= 0) dirty[b] = 1;
        }
        continue;
      }
      const sm = last.sim[e];
      // The new edges that come first in link order.
      for (; x < added.length; x++) {
        const y = added[x];
        if (linkOrder(ns[y], na[y], nb[y], sm, a, b) >= 0) break;
        out.a[at] = na[y];
        out.b[at] = nb[y];
        out.sim[at++] = ns[y];
      }
      oldPos[at] = e;
      out.a[at] = a;
      out.b[at] = b;
      out.sim[at++] = sm;
    }
  });
  for (; x < added.length; x++) {
    const y = added[x];
    out.a[at] = na[y];
    out.b[at] = nb[y];
    out.sim[at++] = ns[y];
  }
  return { edges: out, oldPos, dirty };
}
