import { ByteBoundedCache } from './cache';
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

/** The shapes a word can have (shape() below), and their hashes (what shapeGap crosses with a gap kind). */
export const SHAPES: readonly string[] = ['d', 'x', 'l', 'a2', 'a4', 'a6', 'a9'];
export const SHAPE_HASHES: readonly number[] = SHAPES.map((s) => hashString('h=' + s));

function shape(w: string): string {
  if (/^[0-9]+$/.test(w)) return 'd';
  if (/[0-9]/.test(w)) return 'x';
  if (/^[a-z]/.test(w)) return 'l';
  const n = w.length;
  return n <= 2 ? 'a2' : n <= 4 ? 'a4' : n <= 6 ? 'a6' : 'a9';
}

/** What a word contributes, whatever its neighbours: computed once per spelling. */
export interface WordHashes {
  word: number;
  stem: number;
  list: number;
  /** The word list of the word without its proclitics («ووزارة», «لوزارة» -> an institution noun). */
  stemList: number;
  shape: number;
  /** Features of the word itself only (prefixes, suffixes, article). */
  own: number[];
}

/**
 * Per spelling, for training and evaluation's flat features (the engine keeps
 * its own table of spellings with their summed weights: spellings.ts). About
 * WORD_BYTES each: 48 MB keeps some 65,000 spellings.
 */
const WORD_BYTES = 700;
const WORDS = new ByteBoundedCache<WordHashes>(48 << 20);

/** Empty the cache of spellings (a one-shot run that has analysed its last article: releaseWordTables). */
export function clearTaggerWords(): void {
  WORDS.clear();
}

/** Bytes the cache of spellings holds, as estimated (wordTables.ts). */
export function taggerWordsBytes(): number {
  return WORDS.bytes;
}

function wordHashes(w: string): WordHashes {
  return WORDS.get(w) ?? WORDS.set(w, spellingHashes(w), WORD_BYTES);
}

/** The hash of a word list's letter (discovery's wordList: 'g', 't', 's', 'i', 'a', 'n', or '' for none). */
export const listHash = (list: string): number => hashString('g=' + list);
/** The lists wordList gives, none first. */
export const WORD_LISTS: readonly string[] = ['', 'g', 't', 's', 'i', 'a', 'n'];

/** A spelling's hashes, computed afresh. */
export function spellingHashes(w: string): WordHashes {
  const stem = stripClitics(w);
  const own = [
    hashString('p2=' + w.slice(0, 2)),
    hashString('p3=' + w.slice(0, 3)),
    hashString('s2=' + w.slice(-2)),
    hashString('s3=' + w.slice(-3)),
    hashString('ss2=' + stem.slice(-2)),
    hashString('sp2=' + stem.slice(0, 2)),
    hashString('al=' + (w.startsWith('ال') ? 1 : stem !== w ? 2 : 0)),
    hashString('s1=' + w.slice(-1)),
    hashString('sp3=' + stem.slice(0, 3)),
  ];
  return { word: hashString('w=' + w), stem: hashString('t=' + stem), list: listHash(wordList(w)), stemList: hashString('sg=' + (stem === w ? '=' : wordList(stem))), shape: hashString('h=' + shape(w)), own };
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
/** The word and list hash of a position outside the line (before its first word, after its last). */
export const EDGE = hashString('w=<edge>');

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
export const FEATURES_PER_TOKEN = 42;

/*
 * A token's features fall in groups by what they depend on: the word itself,
 * the word before (one or two back) or after, and the rest (pairs of words,
 * the registry, punctuation). The word groups are the same wherever a word
 * stands, so tagging sums them once per spelling (tagger/emissions.ts) and
 * looks up only the rest per token. Training takes them all, flat.
 */
export const selfFeatures = (w: WordHashes): number[] => [w.word, w.stem, w.list, w.stemList, w.shape, ...w.own];
export const prev1Features = (w: WordHashes): number[] => [salted(w.word, 1), salted(w.stem, 5), salted(w.list, 7), salted(w.shape, 10), salted(w.stemList, 21)];
export const next1Features = (w: WordHashes): number[] => [salted(w.word, 2), salted(w.stem, 6), salted(w.list, 8), salted(w.shape, 22), salted(w.stemList, 23)];
export const prev2Features = (w: WordHashes): number[] => [salted(w.word, 3), salted(w.list, 9), salted(w.stem, 24)];
export const next2Features = (w: WordHashes): number[] => [salted(w.word, 4), salted(w.list, 25)];
/** The same groups at the edge of a line (no word there). */
export const PREV1_EDGE = [salted(EDGE, 1), EDGE, EDGE, EDGE, EDGE];
export const NEXT1_EDGE = [salted(EDGE, 2), EDGE, EDGE, EDGE, EDGE];
export const PREV2_EDGE = [salted(EDGE, 3), EDGE, EDGE];
export const NEXT2_EDGE = [salted(EDGE, 4), EDGE];
/** Features per token outside the word groups. */
export const TOKEN_FEATURES = 13;

/** The words of a line as feature groups (cached per spelling). */
export function lineWords(tokens: Token[]): WordHashes[] {
  return tokens.map((t) => wordHashes(t.text));
}

/** Gap kinds before each token and after the last (n + 1 entries; into a view of `into` when given, at least that long). */
export function lineGaps(folded: string, tokens: Token[], into?: Uint8Array): Uint8Array {
  const n = tokens.length;
  const gaps = into ? into.subarray(0, n + 1) : new Uint8Array(n + 1);
  for (let i = 1; i < n; i++) gaps[i] = gapKind(folded, tokens[i - 1].end, tokens[i].start);
  gaps[0] = 2;
  gaps[n] = 2;
  return gaps;
}

/*
 * Token features from small tables: what the registry found here, before and
 * after, the gaps around the token, and the word crossed with one of them. The
 * emission scores sum the table ones once per model (tagger/emissions.ts).
 */
export const BIAS_FEATURE = BIAS;
export const knownHere = (k: number): number => KNOWN[k & 31];
export const knownBefore = (k: number): number => salted(KNOWN[k & 31], 14);
export const knownAfter = (k: number): number => salted(KNOWN[k & 31], 15);
export const gapBefore = (g: number): number => PUNCT[g];
export const gapAfter = (g: number): number => salted(PUNCT[g], 16);
export const shapeGap = (w: WordHashes, g: number): number => shapeGapOf(w.shape, g);
/** shapeGap from the word's shape hash. */
export const shapeGapOf = (shape: number, g: number): number => salted(shape ^ PUNCT[g], 17);
export const listKnown = (w: WordHashes, k: number): number => listKnownOf(w.list, k);
/** listKnown from the word's list hash. */
export const listKnownOf = (list: number, k: number): number => salted(list ^ KNOWN[k & 31], 18);
/** Features of a token made of its word and a neighbour's (word pairs), as many as PAIR_FEATURES. */
export const PAIR_FEATURES = 5;

/** Token i's word-pair features, written to out[at..at + PAIR_FEATURES). */
export function pairFeatures(ws: WordHashes[], i: number, out: Uint32Array, at: number): void {
  const n = ws.length;
  const w = ws[i];
  const prevWord = i > 0 ? ws[i - 1].word : EDGE;
  const nextWord = i + 1 < n ? ws[i + 1].word : EDGE;
  const prevList = i > 0 ? ws[i - 1].list : EDGE;
  const nextList = i + 1 < n ? ws[i + 1].list : EDGE;
  wordPairs(w.word, w.stem, w.list, prevWord, prevList, nextWord, nextList, out, at);
}

/** The first two word-pair features: the word with the word before, and with the word after. */
export const prevWordPair = (word: number, prevWord: number): number => salted(prevWord ^ Math.imul(word, 3), 11);
export const nextWordPair = (word: number, nextWord: number): number => salted(Math.imul(word, 5) ^ nextWord, 12);

/** The word-pair features of a word (its word, stem and list hashes) between two neighbours (word and list hashes; EDGE at a line's edge). */
export function wordPairs(word: number, stem: number, list: number, prevWord: number, prevList: number, nextWord: number, nextList: number, out: Uint32Array, at: number): void {
  out[at] = prevWordPair(word, prevWord);
  out[at + 1] = nextWordPair(word, nextWord);
  out[at + 2] = salted(list ^ Math.imul(prevList, 7), 13);
  out[at + 3] = salted(stem ^ Math.imul(prevList, 9), 19);
  out[at + 4] = salted(stem ^ Math.imul(nextList, 11), 20);
}

/** Token i's features outside the word groups, written to out[at..at + TOKEN_FEATURES). */
export function tokenFeatures(ws: WordHashes[], gaps: Uint8Array, known: KnownCodes, i: number, out: Uint32Array, at: number): void {
  const n = ws.length;
  const w = ws[i];
  const kHere = known[i];
  let f = at;
  out[f++] = BIAS;
  pairFeatures(ws, i, out, f);
  f += PAIR_FEATURES;
  out[f++] = knownHere(kHere);
  out[f++] = knownBefore(i > 0 ? known[i - 1] : 0);
  out[f++] = knownAfter(i + 1 < n ? known[i + 1] : 0);
  out[f++] = gapBefore(gaps[i]);
  out[f++] = gapAfter(gaps[i + 1]);
  out[f++] = shapeGap(w, gaps[i]);
  out[f++] = listKnown(w, kHere);
}

/**
 * The features of every token of one line, FEATURES_PER_TOKEN per token, flat
 * (training; tagging sums the word groups per spelling instead).
 * `folded` is the line's folded text the tokens index into.
 */
export function lineFeatures(folded: string, tokens: Token[], known: KnownCodes): Uint32Array {
  const n = tokens.length;
  const out = new Uint32Array(n * FEATURES_PER_TOKEN);
  const ws = lineWords(tokens);
  const gaps = lineGaps(folded, tokens);
  for (let i = 0; i < n; i++) {
    let f = i * FEATURES_PER_TOKEN;
    for (const h of selfFeatures(ws[i])) out[f++] = h;
    for (const h of i > 0 ? prev1Features(ws[i - 1]) : PREV1_EDGE) out[f++] = h;
    for (const h of i + 1 < n ? next1Features(ws[i + 1]) : NEXT1_EDGE) out[f++] = h;
    for (const h of i > 1 ? prev2Features(ws[i - 2]) : PREV2_EDGE) out[f++] = h;
    for (const h of i + 2 < n ? next2Features(ws[i + 2]) : NEXT2_EDGE) out[f++] = h;
    tokenFeatures(ws, gaps, known, i, out, f);
    f += TOKEN_FEATURES;
    if (f !== (i + 1) * FEATURES_PER_TOKEN) throw new Error(`feature count ${f - i * FEATURES_PER_TOKEN}`);
  }
  return out;
}
