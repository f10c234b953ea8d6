import { BoundedMap } from '../../text/boundedMap';
import type { Token } from '../../text/tokens';
import { wordList } from '../discovery';

/**
 * Features of the name tagger, as 32-bit hashes (the model's weights are a
 * hashed table, so no feature dictionary ships). For each token: the folded
 * word, the word without its proclitics and article, prefixes and suffixes,
 * shape (Latin, digits, length), discovery's word lists (given names, titles,
 * verbs of saying, ...), what the registry found there, punctuation around it,
 * and the same for the neighbouring words. Training and tagging call the same
 * code, so a model always sees the features it was trained on.
 */

/** FNV-1a, then a final mix: distinct feature strings land apart in the table. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return mix(h);
}

export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A feature made of a word feature and a slot (which neighbour, which kind). */
const salted = (h: number, slot: number): number => mix(h ^ Math.imul(slot + 1, 0x9e3779b1));

/** Proclitics and the article off the front («وبالعراق» -> «عراق», «لترامب» -> «ترامب»), for a stem feature. */
export function stripClitics(w: string): string {
  let s = w;
  if (s.length > 3 && (s[0] === 'و' || s[0] === 'ف')) s = s.slice(1);
  if (s.length > 4 && (s.startsWith('بال') || s.startsWith('كال') || s.startsWith('وال'))) s = s.slice(3);
  else if (s.length > 3 && s.startsWith('لل')) s = s.slice(2);
  else if (s.length > 3 && s.startsWith('ال')) s = s.slice(2);
  else if (s.length > 3 && (s[0] === 'ب' || s[0] === 'ل')) s = s.slice(1);
  return s;
}

function shape(w: string): string {
  if (/^[0-9]+$/.test(w)) return 'd';
  if (/[0-9]/.test(w)) return 'x';
  if (/^[a-z]/.test(w)) return 'l';
  const n = w.length;
  return n <= 2 ? 'a2' : n <= 4 ? 'a4' : n <= 6 ? 'a6' : 'a9';
}

/** What a word contributes, whatever its neighbours: computed once per spelling. */
interface WordHashes {
  word: number;
  stem: number;
  list: number;
  shape: number;
  /** Features of the word itself only (prefixes, suffixes, article). */
  own: number[];
}

const WORDS = new BoundedMap<string, WordHashes>(100_000);

function wordHashes(w: string): WordHashes {
  const known = WORDS.get(w);
  if (known) return known;
  const stem = stripClitics(w);
  const own = [
    hashString('p2=' + w.slice(0, 2)),
    hashString('p3=' + w.slice(0, 3)),
    hashString('s2=' + w.slice(-2)),
    hashString('s3=' + w.slice(-3)),
    hashString('ss2=' + stem.slice(-2)),
    hashString('sp2=' + stem.slice(0, 2)),
    hashString('al=' + (w.startsWith('ال') ? 1 : stem !== w ? 2 : 0)),
  ];
  return WORDS.set(w, { word: hashString('w=' + w), stem: hashString('t=' + stem), list: hashString('g=' + wordList(w)), shape: hashString('h=' + shape(w)), own });
}

/**
 * Per token, a code of what the registry found there (0 nothing; else
 * 1 + 2 × type index + 1 for a word inside a name; titles have their own codes).
 * See knownCodes in tag.ts.
 */
export type KnownCodes = Uint8Array;

const BIAS = hashString('bias');
const PUNCT: number[] = [0, 1, 2, 3].map((k) => hashString('pu=' + k));
const KNOWN: number[] = Array.from({ length: 32 }, (_, k) => hashString('k=' + k));
const EDGE = hashString('w=<edge>');

/** Kind of the gap between two tokens: 0 spaces, 1 comma, 2 other punctuation, 3 a quote or bracket. */
function gapKind(folded: string, from: number, to: number): number {
  let kind = 0;
  for (let i = from; i < to; i++) {
    const c = folded.charCodeAt(i);
    if (c === 0x20 || c === 0x09) continue;
    if (c === 0x060c || c === 0x2c) kind = Math.max(kind, 1);
    else if (c === 0x22 || c === 0x27 || c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d) kind = 3;
    else kind = Math.max(kind, 2);
  }
  return kind;
}

/** Number of features per token (fixed: the table is a flat array). */
export const FEATURES_PER_TOKEN = 34;

/**
 * The features of every token of one line, FEATURES_PER_TOKEN per token, flat.
 * `folded` is the line's folded text the tokens index into.
 */
export function lineFeatures(folded: string, tokens: Token[], known: KnownCodes): Uint32Array {
  const n = tokens.length;
  const out = new Uint32Array(n * FEATURES_PER_TOKEN);
  const ws = tokens.map((t) => wordHashes(t.text));
  const gaps = new Uint8Array(n + 1);
  for (let i = 1; i < n; i++) gaps[i] = gapKind(folded, tokens[i - 1].end, tokens[i].start);
  gaps[0] = 2;
  gaps[n] = 2;
  const word = (i: number): number => (i < 0 || i >= n ? EDGE : ws[i].word);
  const kn = (i: number): number => (i < 0 || i >= n ? 0 : known[i]);
  for (let i = 0; i < n; i++) {
    const w = ws[i];
    let f = i * FEATURES_PER_TOKEN;
    out[f++] = BIAS;
    out[f++] = w.word;
    out[f++] = w.stem;
    out[f++] = w.list;
    out[f++] = w.shape;
    for (const h of w.own) out[f++] = h;
    out[f++] = salted(word(i - 1), 1);
    out[f++] = salted(word(i + 1), 2);
    out[f++] = salted(word(i - 2), 3);
    out[f++] = salted(word(i + 2), 4);
    out[f++] = i > 0 ? salted(ws[i - 1].stem, 5) : EDGE;
    out[f++] = i + 1 < n ? salted(ws[i + 1].stem, 6) : EDGE;
    out[f++] = i > 0 ? salted(ws[i - 1].list, 7) : EDGE;
    out[f++] = i + 1 < n ? salted(ws[i + 1].list, 8) : EDGE;
    out[f++] = i > 1 ? salted(ws[i - 2].list, 9) : EDGE;
    out[f++] = i > 0 ? salted(ws[i - 1].shape, 10) : EDGE;
    out[f++] = salted(word(i - 1) ^ Math.imul(w.word, 3), 11);
    out[f++] = salted(Math.imul(w.word, 5) ^ word(i + 1), 12);
    out[f++] = salted(w.list ^ Math.imul(i > 0 ? ws[i - 1].list : EDGE, 7), 13);
    out[f++] = KNOWN[kn(i) & 31];
    out[f++] = salted(KNOWN[kn(i - 1) & 31], 14);
    out[f++] = salted(KNOWN[kn(i + 1) & 31], 15);
    out[f++] = PUNCT[gaps[i]];
    out[f++] = salted(PUNCT[gaps[i + 1]], 16);
    out[f++] = salted(w.shape ^ PUNCT[gaps[i]], 17);
    out[f++] = salted(w.list ^ KNOWN[kn(i) & 31], 18);
    out[f++] = salted(w.stem ^ Math.imul(i > 0 ? ws[i - 1].list : EDGE, 9), 19);
    out[f++] = salted(w.stem ^ Math.imul(i + 1 < n ? ws[i + 1].list : EDGE, 11), 20);
    if (f !== (i + 1) * FEATURES_PER_TOKEN) throw new Error(`feature count ${f - i * FEATURES_PER_TOKEN}`);
  }
  return out;
}
