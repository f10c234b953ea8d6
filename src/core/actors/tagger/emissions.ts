import type { Token } from '../../text/tokens';
import { gapAfter, gapBefore, knownAfter, knownBefore, knownHere, lineGaps, listKnownOf, nextWordPair, PAIR_FEATURES, prevWordPair, SHAPE_HASHES, shapeGapOf, wordPairs, type KnownCodes } from './features';
import { LABELS } from './labels';
import { addRows, rowBase, rowsOf, type NerModel } from './model';
import { hashAt, LIST_CODE, LIST_HASH, lineSpellings, listPairRows, EDGE_LIST, NEXT1, NEXT2, NEXT_NONE, OWN, PREV1, PREV2, PREV_NONE, RECORD, SHAPE, SPELLINGS, STEM_HASH, WORD_HASH } from './spellings';

/**
 * Emission scores of a line, the fast way: the same sum as over the flat
 * features of lineFeatures (training), in a different order. Each weight read
 * is a cache miss in a table of megabytes, so as few as possible are read per token:
 * - the groups that depend on one word (the word itself, as the word before,
 *   after, two before, two after, and crossed with the gap before it) are
 *   summed once per spelling and model, in the table of spellings
 *   (spellings.ts): most of a line's words are common words met on every line;
 * - a spelling's own row holds besides what a token of it reads on the most
 *   common line (neighbours in no word list, spaces around it, no registry
 *   code beside it: half the tokens), so such a token reads seven rows; another
 *   swaps the pair, gap or registry rows it has for those the own row assumed;
 * - the features from small tables (registry codes, gap kinds, the word's
 *   shape crossed with the gap before it) are summed once per model into small tables of their own;
 * - per token only the word pairs are looked up in the model, and the sixteen
 *   rows of a token are summed in one pass over the labels.
 * Sums stay in integers (the weights are 8-bit) and are scaled once at the
 * end, as emissions() in model.ts does: the scores are the same to the bit.
 */
const L = LABELS;

interface Tables {
  /**
   * The registry's codes all 0 here, before and after (most tokens), by the
   * word's shape and the gap kinds before and after the token (16 rows a shape):
   * the five small-table rows and the shape crossed with the gap before, summed.
   */
  plain: Int32Array;
  /** By registry code (32 rows each), less code 0's row: here, on the word before, on the word after. */
  here: Int32Array;
  before: Int32Array;
  after: Int32Array;
}
const tables = new WeakMap<NerModel, Tables>();

/** Rows of the features feature(0..count) (by code: less code 0's row when `relative`). */
function table(m: NerModel, count: number, feature: (k: number) => number, relative: boolean): Int32Array {
  const t = new Int32Array(count * L);
  for (let k = 0; k < count; k++) addRows(m, [feature(k)], t, k * L);
  if (relative) for (let i = count * L - 1; i >= 0; i--) t[i] -= t[i % L];
  return t;
}

function tablesOf(m: NerModel): Tables {
  let t = tables.get(m);
  if (!t) {
    const plain = new Int32Array(SHAPE_HASHES.length * 16 * L);
    for (let s = 0; s < SHAPE_HASHES.length; s++) {
      for (let g = 0; g < 16; g++) {
        const feats = [knownHere(0), knownBefore(0), knownAfter(0), gapBefore(g >> 2), gapAfter(g & 3), shapeGapOf(SHAPE_HASHES[s], g >> 2)];
        addRows(m, feats, plain, (16 * s + g) * L);
      }
    }
    t = { plain, here: table(m, 32, knownHere, true), before: table(m, 32, knownBefore, true), after: table(m, 32, knownAfter, true) };
    tables.set(m, t);
  }
  return t;
}

// Scratch space, grown as lines need (the engine is single-threaded).
let idScratch = new Int32Array(256);
let gapScratch = new Uint8Array(257);

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
  if (idScratch.length < n) {
    idScratch = new Int32Array(2 * n);
    gapScratch = new Uint8Array(2 * n + 1);
  }
  const ids = idScratch;
  lineSpellings(m, tokens, ids);
  const gaps = lineGaps(folded, tokens, gapScratch);
  const { plain, here, before, after } = tablesOf(m);
  const listPair = listPairRows(m);
  const rec = SPELLINGS.records;
  const rows = rowsOf(m.bits);
  const wt = m.weights;
  const scale = m.scale;
  for (let i = 0; i < n; i++) {
    // Records by id; 0 is the edge of the line, whose groups sit at the same offsets.
    const s0 = ids[i] * RECORD;
    const p1 = i > 0 ? ids[i - 1] * RECORD : 0;
    const n1 = i + 1 < n ? ids[i + 1] * RECORD : 0;
    const p2 = i > 1 ? ids[i - 2] * RECORD : 0;
    const n2 = i + 2 < n ? ids[i + 2] * RECORD : 0;
    const g = gaps[i];
    const gNext = gaps[i + 1];
    const kHere = known[i] & 31;
    const kBefore = i > 0 ? known[i - 1] & 31 : 0;
    const kAfter = i + 1 < n ? known[i + 1] & 31 : 0;
    const sg = s0 + OWN;
    const a1 = p1 + PREV1;
    const b1 = n1 + NEXT1;
    const a2 = p2 + PREV2;
    const b2 = n2 + NEXT2;
    // The word pairs (wordPairs): the two with the neighbouring words are looked up in the model;
    // the others are in the word's own row while its neighbours are in no list (most words), so
    // they are made only for a token beside a word of a list.
    const word = hashAt(rec, s0 + WORD_HASH);
    const r0 = rowBase(prevWordPair(word, hashAt(rec, p1 + WORD_HASH)), rows);
    const r1 = rowBase(nextWordPair(word, hashAt(rec, n1 + WORD_HASH)), rows);
    const code = rec[s0 + LIST_CODE];
    const prevCode = rec[p1 + LIST_CODE];
    const nextCode = rec[n1 + LIST_CODE];
    const o = i * L;
    // One pass over the labels: integer sums (exact in any order), scaled as they are stored. The sums
    // are below 2^24, so as float32 they are exact and scaling them here gives the bits of storing, then scaling.
    if ((prevCode | nextCode | g | gNext | kHere | kBefore | kAfter) === 0) {
      for (let y = 0; y < L; y++) out[o + y] = (rec[sg + y] + rec[a1 + y] + rec[b1 + y] + rec[a2 + y] + rec[b2 + y] + wt[r0 + y] + wt[r1 + y]) * scale;
      continue;
    }
    // Else the rows the own row assumed are swapped for this token's (each test the same for every label).
    const list = hashAt(rec, s0 + LIST_HASH);
    wordPairs(word, hashAt(rec, s0 + STEM_HASH), list, hashAt(rec, p1 + WORD_HASH), hashAt(rec, p1 + LIST_HASH), hashAt(rec, n1 + WORD_HASH), hashAt(rec, n1 + LIST_HASH), pairs, 0);
    const r2 = prevCode !== 0 && (code > EDGE_LIST || prevCode > EDGE_LIST) ? rowBase(pairs[2], rows) : -1;
    const lp = (code * (EDGE_LIST + 1) + prevCode) * L;
    const r3 = prevCode !== 0 ? rowBase(pairs[3], rows) : 0;
    const r4 = nextCode !== 0 ? rowBase(pairs[4], rows) : 0;
    const pn = s0 + PREV_NONE;
    const nn = s0 + NEXT_NONE;
    const shapeRows = 16 * rec[s0 + SHAPE] * L;
    const pl = shapeRows + (4 * g + gNext) * L;
    const gapped = (g | gNext) !== 0;
    const knownNear = (kHere | kBefore | kAfter) !== 0;
    const kh = kHere * L;
    const kb = kBefore * L;
    const ka = kAfter * L;
    const kOff = knownNear ? rowBase(listKnownOf(list, 0), rows) : 0;
    const kOn = knownNear ? rowBase(listKnownOf(list, kHere), rows) : 0;
    for (let y = 0; y < L; y++) {
      let sum = rec[sg + y] + rec[a1 + y] + rec[b1 + y] + rec[a2 + y] + rec[b2 + y] + wt[r0 + y] + wt[r1 + y];
      if (prevCode !== 0) sum += (r2 < 0 ? listPair[lp + y] : wt[r2 + y]) + wt[r3 + y] - rec[pn + y];
      if (nextCode !== 0) sum += wt[r4 + y] - rec[nn + y];
      if (gapped) sum += plain[pl + y] - plain[shapeRows + y];
      if (knownNear) sum += here[kh + y] + before[kb + y] + after[ka + y] + wt[kOn + y] - wt[kOff + y];
      out[o + y] = sum * scale;
    }
  }
  return out;
}
