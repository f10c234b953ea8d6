import type { Token } from '../../text/tokens';
import {
  lineGaps,
  lineWords,
  next1Features,
  NEXT1_EDGE,
  next2Features,
  NEXT2_EDGE,
  prev1Features,
  PREV1_EDGE,
  prev2Features,
  PREV2_EDGE,
  selfFeatures,
  tokenFeatures,
  TOKEN_FEATURES,
  type KnownCodes,
  type WordHashes,
} from './features';
import { LABELS } from './labels';
import { rowBase, rowsOf, type NerModel } from './model';

/**
 * Emission scores of a line, the fast way: the same sum as over the flat
 * features of lineFeatures (training), but the groups that depend on one word
 * (the word itself, as the word before, after, two before, two after) are summed
 * once per spelling and model and kept with the spelling's features
 * (features.ts keeps those per spelling); per token only the rest is looked up.
 * Most of a line's words are common words met on every line.
 */
const GROUPS = 5;
const SELF = 0;
const PREV1 = 1;
const NEXT1 = 2;
const PREV2 = 3;
const NEXT2 = 4;

interface Cache {
  edges: Float32Array;
}
const caches = new WeakMap<NerModel, Cache>();

function sum(m: NerModel, feats: number[], out: Float32Array, at: number): void {
  const rows = rowsOf(m.bits);
  for (const f of feats) {
    const r = rowBase(f, rows);
    for (let y = 0; y < LABELS; y++) out[at + y] += m.weights[r + y];
  }
  for (let y = 0; y < LABELS; y++) out[at + y] *= m.scale;
}

function cacheOf(m: NerModel): Cache {
  let c = caches.get(m);
  if (!c) {
    const edges = new Float32Array(GROUPS * LABELS);
    sum(m, PREV1_EDGE, edges, PREV1 * LABELS);
    sum(m, NEXT1_EDGE, edges, NEXT1 * LABELS);
    sum(m, PREV2_EDGE, edges, PREV2 * LABELS);
    sum(m, NEXT2_EDGE, edges, NEXT2 * LABELS);
    c = { edges };
    caches.set(m, c);
  }
  return c;
}

function wordVectors(m: NerModel, w: WordHashes): Float32Array {
  if (w.vecOf === m) return w.vec!;
  const v = new Float32Array(GROUPS * LABELS);
  sum(m, selfFeatures(w), v, SELF * LABELS);
  sum(m, prev1Features(w), v, PREV1 * LABELS);
  sum(m, next1Features(w), v, NEXT1 * LABELS);
  sum(m, prev2Features(w), v, PREV2 * LABELS);
  sum(m, next2Features(w), v, NEXT2 * LABELS);
  w.vec = v;
  w.vecOf = m;
  return v;
}

export function lineEmissions(m: NerModel, folded: string, tokens: Token[], known: KnownCodes): Float32Array {
  const n = tokens.length;
  const out = new Float32Array(n * LABELS);
  if (!n) return out;
  const c = cacheOf(m);
  const ws = lineWords(tokens);
  const vs = ws.map((w) => wordVectors(m, w));
  const gaps = lineGaps(folded, tokens);
  const feats = new Uint32Array(TOKEN_FEATURES);
  const rows = rowsOf(m.bits);
  const e = c.edges;
  const acc = new Float32Array(LABELS);
  for (let i = 0; i < n; i++) {
    tokenFeatures(ws, gaps, known, i, feats, 0);
    const self = vs[i];
    // A neighbour's vector, or the edge's (the groups sit at the same offsets in both).
    const p1 = i > 0 ? vs[i - 1] : e;
    const n1 = i + 1 < n ? vs[i + 1] : e;
    const p2 = i > 1 ? vs[i - 2] : e;
    const n2 = i + 2 < n ? vs[i + 2] : e;
    const p1at = PREV1 * LABELS;
    const n1at = NEXT1 * LABELS;
    const p2at = PREV2 * LABELS;
    const n2at = NEXT2 * LABELS;
    acc.fill(0);
    for (let k = 0; k < TOKEN_FEATURES; k++) {
      const r = rowBase(feats[k], rows);
      for (let y = 0; y < LABELS; y++) acc[y] += m.weights[r + y];
    }
    for (let y = 0; y < LABELS; y++) out[i * LABELS + y] = acc[y] * m.scale + self[y] + p1[p1at + y] + n1[n1at + y] + p2[p2at + y] + n2[n2at + y];
  }
  return out;
}
