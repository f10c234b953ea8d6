import type { Token } from '../../text/tokens';
import {
  BIAS_FEATURE,
  gapAfter,
  gapBefore,
  knownAfter,
  knownBefore,
  knownHere,
  lineGaps,
  lineWords,
  listKnown,
  next1Features,
  NEXT1_EDGE,
  next2Features,
  NEXT2_EDGE,
  pairFeatures,
  PAIR_FEATURES,
  prev1Features,
  PREV1_EDGE,
  prev2Features,
  PREV2_EDGE,
  selfFeatures,
  shapeGap,
  type KnownCodes,
  type WordHashes,
} from './features';
import { LABELS } from './labels';
import { rowBase, rowsOf, type NerModel } from './model';

/**
 * Emission scores of a line, the fast way: the same sum as over the flat
 * features of lineFeatures (training), in a different order. Each weight read
 * is a cache miss in a table of megabytes, so as few as possible are read per token:
 * - the groups that depend on one word (the word itself, as the word before,
 *   after, two before, two after, and crossed with the gap before it) are
 *   summed once per spelling and model and kept with the spelling's features
 *   (features.ts keeps those per spelling): most of a line's words are common
 *   words met on every line;
 * - the features from small tables (registry codes, gap kinds, the bias) are
 *   summed once per model into small tables of their own;
 * - per token only the word pairs are looked up in the model, and the sixteen
 *   rows of a token are summed in one pass over the labels.
 * Sums stay in integers (the weights are 8-bit) and are scaled once at the
 * end, as emissions() in model.ts does: the scores are the same to the bit.
 */
const L = LABELS;
// Offsets of the groups in a word's vector (in rows of L).
const SELF = 0;
const PREV1 = 1;
const NEXT1 = 2;
const PREV2 = 3;
const NEXT2 = 4;
/** Four rows: the word's shape crossed with each gap kind before it. */
const SHAPE_GAP = 5;
const WORD_ROWS = SHAPE_GAP + 4;

interface Tables {
  /** The neighbour groups at the edge of a line, at the offsets of a word's vector. */
  edges: Int32Array;
  /** By registry code (32 rows each): here, on the word before, on the word after. */
  here: Int32Array;
  before: Int32Array;
  after: Int32Array;
  /** By gap kind (4 rows each): before the token, after it. */
  gapBefore: Int32Array;
  gapAfter: Int32Array;
}
const tables = new WeakMap<NerModel, Tables>();

/** Add the weights of `feats` to out[at..at + L). */
function add(m: NerModel, feats: readonly number[], out: Int32Array, at: number): void {
  const rows = rowsOf(m.bits);
  for (const f of feats) {
    const r = rowBase(f, rows);
    for (let y = 0; y < L; y++) out[at + y] += m.weights[r + y];
  }
}

function table(m: NerModel, count: number, feature: (k: number) => number): Int32Array {
  const t = new Int32Array(count * L);
  for (let k = 0; k < count; k++) add(m, [feature(k)], t, k * L);
  return t;
}

function tablesOf(m: NerModel): Tables {
  let t = tables.get(m);
  if (!t) {
    const edges = new Int32Array(WORD_ROWS * L);
    add(m, PREV1_EDGE, edges, PREV1 * L);
    add(m, NEXT1_EDGE, edges, NEXT1 * L);
    add(m, PREV2_EDGE, edges, PREV2 * L);
    add(m, NEXT2_EDGE, edges, NEXT2 * L);
    t = {
      edges,
      here: table(m, 32, knownHere),
      before: table(m, 32, knownBefore),
      after: table(m, 32, knownAfter),
      gapBefore: table(m, 4, gapBefore),
      gapAfter: table(m, 4, gapAfter),
    };
    tables.set(m, t);
  }
  return t;
}

/** A word's vector: its groups' sums (the self row with the bias and the word crossed with registry code 0). */
function wordVector(m: NerModel, w: WordHashes): Int32Array {
  if (w.vecOf === m) return w.vec!;
  const v = new Int32Array(WORD_ROWS * L);
  add(m, selfFeatures(w), v, SELF * L);
  add(m, [BIAS_FEATURE, listKnown(w, 0)], v, SELF * L);
  add(m, prev1Features(w), v, PREV1 * L);
  add(m, next1Features(w), v, NEXT1 * L);
  add(m, prev2Features(w), v, PREV2 * L);
  add(m, next2Features(w), v, NEXT2 * L);
  for (let g = 0; g < 4; g++) add(m, [shapeGap(w, g)], v, (SHAPE_GAP + g) * L);
  w.vec = v;
  w.vecOf = m;
  return v;
}

// Scratch space (the engine is single-threaded).
const pairs = new Uint32Array(PAIR_FEATURES);

/**
 * The emission scores of a line, n × LABELS. With `into` (at least that long),
 * they are written there and a view of it is returned: the tagger reuses one
 * buffer for every line rather than allocate one per line.
 */
export function lineEmissions(m: NerModel, folded: string, tokens: Token[], known: KnownCodes, into?: Float32Array): Float32Array {
  const n = tokens.length;
  const out = into ? into.subarray(0, n * L) : new Float32Array(n * L);
  if (!n) return out;
  const t = tablesOf(m);
  const ws = lineWords(tokens);
  const vs: Int32Array[] = new Array(n);
  for (let i = 0; i < n; i++) vs[i] = wordVector(m, ws[i]);
  const gaps = lineGaps(folded, tokens);
  const rows = rowsOf(m.bits);
  const wt = m.weights;
  const e = t.edges;
  const { here, before, after, gapBefore: gBefore, gapAfter: gAfter } = t;
  const scale = m.scale;
  for (let i = 0; i < n; i++) {
    const self = vs[i];
    // A neighbour's vector, or the edge's (the groups sit at the same offsets in both).
    const p1 = i > 0 ? vs[i - 1] : e;
    const n1 = i + 1 < n ? vs[i + 1] : e;
    const p2 = i > 1 ? vs[i - 2] : e;
    const n2 = i + 2 < n ? vs[i + 2] : e;
    const g = gaps[i];
    const kHere = known[i];
    const sg = (SHAPE_GAP + g) * L;
    const kh = (kHere & 31) * L;
    const kb = (i > 0 ? known[i - 1] & 31 : 0) * L;
    const ka = (i + 1 < n ? known[i + 1] & 31 : 0) * L;
    const gb = g * L;
    const ga = gaps[i + 1] * L;
    pairFeatures(ws, i, pairs, 0);
    const r0 = rowBase(pairs[0], rows);
    const r1 = rowBase(pairs[1], rows);
    const r2 = rowBase(pairs[2], rows);
    const r3 = rowBase(pairs[3], rows);
    const r4 = rowBase(pairs[4], rows);
    // The self row holds the word crossed with code 0: for another code, swap it for that code's row.
    const kOff = kHere ? rowBase(listKnown(ws[i], 0), rows) : 0;
    const kOn = kHere ? rowBase(listKnown(ws[i], kHere), rows) : 0;
    const o = i * L;
    // One pass over the labels: integer sums (exact in any order), scaled once as before.
    for (let y = 0; y < L; y++) {
      let sum =
        self[y] + self[sg + y] + p1[PREV1 * L + y] + n1[NEXT1 * L + y] + p2[PREV2 * L + y] + n2[NEXT2 * L + y] +
        here[kh + y] + before[kb + y] + after[ka + y] + gBefore[gb + y] + gAfter[ga + y] +
        wt[r0 + y] + wt[r1 + y] + wt[r2 + y] + wt[r3 + y] + wt[r4 + y];
      if (kHere) sum += wt[kOn + y] - wt[kOff + y];
      out[o + y] = sum * scale;
    }
  }
  return out;
}
