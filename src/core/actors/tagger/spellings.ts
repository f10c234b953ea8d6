import type { Token } from '../../text/tokens';
import {
  BIAS_FEATURE,
  EDGE,
  gapAfter,
  gapBefore,
  knownAfter,
  knownBefore,
  knownHere,
  shapeGapOf,
  listHash,
  listKnown,
  next1Features,
  NEXT1_EDGE,
  next2Features,
  NEXT2_EDGE,
  PAIR_FEATURES,
  prev1Features,
  PREV1_EDGE,
  prev2Features,
  PREV2_EDGE,
  selfFeatures,
  SHAPE_HASHES,
  spellingHashes,
  WORD_LISTS,
  wordPairs,
} from './features';
import { LABELS } from './labels';
import { addRows, type NerModel } from './model';

/**
 * The spellings of the lines the engine tags, each with an integer id and a
 * record of what the tagger reads of it: the hashes its word pairs are made
 * of, and its feature groups' summed weights under the model (emissions.ts).
 * One record per spelling, side by side in one typed array, rather than a map
 * of objects: tagging is bound by memory reads (a model of a megabyte, tens of
 * thousands of spellings), and a word's record is three adjacent cache lines
 * where the objects of a map would be scattered over the heap.
 *
 * A record, in 16-bit integers (a row sums at most 25 weights of 8 bits):
 * - the word, stem and list hashes (two halves each), the list's code, the
 *   spelling's length and the index of its shape (one of SHAPES: its shape
 *   crossed with the gap before it is a row of a small table, emissions.ts);
 * - the word's own row: its group (with the bias and the word crossed with
 *   registry code 0), and what a token of it reads on the most common line
 *   (both neighbours in no word list, spaces around it, nothing the registry
 *   knows beside it): the pairs of its stem and list with such neighbours and
 *   the small-table rows of such a token;
 * - the pairs of the word with a word before in no list (list and stem), and
 *   of the stem with a word after in no list (86% of words: a token beside a
 *   word of a list swaps them for the pairs it has, emissions.ts);
 * - the word as the word before, after, two before and two after;
 * - the spelling's hash in the table of ids and its first INLINE letters (SpellingTable).
 * Id 0 is the edge of a line (no word there): its neighbour groups and hashes
 * sit at the same offsets, so a token at the edge reads it as it reads a neighbour.
 */
/** Where the word's hashes sit: word, stem, list (low half, then high half). */
export const WORD_HASH = 0;
export const STEM_HASH = 2;
export const LIST_HASH = 4;
/** The index of the word's list in WORD_LISTS, EDGE_LIST at the edge, OTHER_LIST for a list not in WORD_LISTS. */
export const LIST_CODE = 6;
export const EDGE_LIST = WORD_LISTS.length;
export const OTHER_LIST = EDGE_LIST + 1;
const LENGTH = 7;
/** The index of the word's shape in SHAPES. */
export const SHAPE = 8;
/** The word's own row, as on the most common line (above). */
export const OWN = 9;
/** The pairs of the list and the stem with the list of the word before, when that word is in none. */
export const PREV_NONE = OWN + LABELS;
/** The pair of the stem with the list of the word after, when that word is in none. */
export const NEXT_NONE = PREV_NONE + LABELS;
export const PREV1 = NEXT_NONE + LABELS;
export const NEXT1 = PREV1 + LABELS;
export const PREV2 = NEXT1 + LABELS;
export const NEXT2 = PREV2 + LABELS;
const KEY_HASH = NEXT2 + LABELS;
const LETTERS = KEY_HASH + 2;
const INLINE = 8;
/** 16-bit numbers per record (three cache lines). */
export const RECORD = 96;
if (LETTERS + INLINE > RECORD) throw new Error('a spelling record overflows');

/** A 32-bit hash kept in a record as two halves. */
export const hashAt = (rec: Int16Array, at: number): number => ((rec[at + 1] << 16) | (rec[at] & 0xffff)) >>> 0;

function setHash(rec: Int16Array, at: number, h: number): void {
  rec[at] = h & 0xffff;
  rec[at + 1] = h >>> 16;
}

/**
 * Spellings kept at most: past that the table starts again, between two lines
 * (ids stay valid while a line is tagged). About 210 bytes each (the record,
 * the slots of the table of ids, the string of a long spelling): some 28 MB at
 * the limit, against 48 MB for 65,000 spellings in the map of objects of before.
 */
const MAX_SPELLINGS = 1 << 17;
const LIST_HASHES = WORD_LISTS.map(listHash);
const NO_LIST = LIST_HASHES[0];

class SpellingTable {
  /** Spellings held, the edge (id 0) included. */
  count = 1;
  /**
   * Ids by spelling: an open-addressing table of (hash, id) pairs, probed
   * linearly. A hit is confirmed on the letters kept in the spelling's own
   * record, which the tagger reads next anyway; a Map would read its bucket, its
   * entry and the key's string besides, each a cache miss in a table this size.
   * Spellings longer than the record holds are confirmed on their string.
   */
  private slots = new Int32Array(0);
  private long: string[] = [];
  records = new Int16Array(0);
  model: NerModel | undefined;
  private readonly pairs = new Uint32Array(PAIR_FEATURES);
  /** The hashes of the line's spellings (idsOf). */
  private hashes = new Int32Array(256);
  /** What idsOf read ahead, kept so that the reads are not dropped as unused. */
  touched = 0;

  /** Start again under `model` with room for `capacity` spellings (a power of two). */
  reset(model: NerModel | undefined, capacity: number): void {
    this.model = model;
    this.count = 1;
    this.long = [];
    this.records = new Int16Array(RECORD * capacity);
    this.slots = new Int32Array(4 * capacity);
    if (!model) return;
    const edge = this.records;
    setHash(edge, WORD_HASH, EDGE);
    setHash(edge, LIST_HASH, EDGE);
    edge[LIST_CODE] = EDGE_LIST;
    addRows(model, PREV1_EDGE, edge, PREV1);
    addRows(model, NEXT1_EDGE, edge, NEXT1);
    addRows(model, PREV2_EDGE, edge, PREV2);
    addRows(model, NEXT2_EDGE, edge, NEXT2);
  }

  get capacity(): number {
    return this.records.length / RECORD;
  }

  get bytes(): number {
    return this.records.byteLength + this.slots.byteLength;
  }

  /**
   * The ids of a line's spellings, written to ids[0..n), added (with their
   * records) when new. Each lookup is a chain of cache misses (its slot, then
   * its record), and one token's chain waits on its own branches: the slots,
   * then the records they point to, are read for the whole line first, as loads
   * that depend on no branch, so that their misses overlap; the lookups
   * proper then find them in the cache (and the sums of emissions.ts, the records).
   */
  idsOf(tokens: Token[], ids: Int32Array): void {
    const n = tokens.length;
    if (this.hashes.length < n) this.hashes = new Int32Array(2 * n);
    const hashes = this.hashes;
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let i = 0; i < n; i++) {
      const text = tokens[i].text;
      let h = 0x811c9dc5;
      for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
      hashes[i] = h;
      ids[i] = slots[2 * (h & mask) + 1];
    }
    const rec = this.records;
    let touched = 0;
    for (let i = 0; i < n; i++) {
      const at = ids[i] * RECORD;
      touched += rec[at + LENGTH] + rec[at + PREV1] + rec[at + LETTERS];
    }
    this.touched = touched;
    for (let i = 0; i < n; i++) ids[i] = this.idOf(tokens[i].text, hashes[i]);
  }

  /** The id of a spelling of FNV-1a hash h, added (with its record) when new. */
  private idOf(text: string, h: number): number {
    const n = text.length;
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    const rec = this.records;
    for (let k = h & mask; ; k = (k + 1) & mask) {
      const id = slots[2 * k + 1];
      if (id === 0) break;
      if (slots[2 * k] !== h) continue;
      const at = id * RECORD;
      if (rec[at + LENGTH] !== n) continue;
      if (n > INLINE) {
        if (this.long[id] === text) return id;
        continue;
      }
      let same = true;
      for (let i = 0; i < n && same; i++) same = (rec[at + LETTERS + i] & 0xffff) === text.charCodeAt(i);
      if (same) return id;
    }
    const id = this.count++;
    if (id === this.capacity) this.grow();
    this.add(id, text, h);
    this.place(id, h);
    return id;
  }

  /** Twice the room: records copied, ids placed again by the hashes their records keep. */
  private grow(): void {
    const records = new Int16Array(2 * this.records.length);
    records.set(this.records);
    this.records = records;
    this.slots = new Int32Array(2 * this.slots.length);
    for (let id = 1; id < this.count - 1; id++) this.place(id, hashAt(records, id * RECORD + KEY_HASH) | 0);
  }

  private place(id: number, h: number): void {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let k = h & mask;
    while (slots[2 * k + 1] !== 0) k = (k + 1) & mask;
    slots[2 * k] = h;
    slots[2 * k + 1] = id;
  }

  /** A new spelling's record. */
  private add(id: number, text: string, key: number): void {
    const m = this.model!;
    const w = spellingHashes(text);
    const at = RECORD * id;
    const rec = this.records;
    rec[at + LENGTH] = text.length;
    setHash(rec, at + KEY_HASH, key);
    if (text.length > INLINE) this.long[id] = text;
    else for (let i = 0; i < text.length; i++) rec[at + LETTERS + i] = text.charCodeAt(i);
    setHash(rec, at + WORD_HASH, w.word);
    setHash(rec, at + STEM_HASH, w.stem);
    setHash(rec, at + LIST_HASH, w.list);
    const code = LIST_HASHES.indexOf(w.list);
    rec[at + LIST_CODE] = code < 0 ? OTHER_LIST : code;
    rec[at + SHAPE] = SHAPE_HASHES.indexOf(w.shape);
    // The pairs with neighbours in no list (wordPairs' third to fifth features).
    wordPairs(w.word, w.stem, w.list, 0, NO_LIST, 0, NO_LIST, this.pairs, 0);
    addRows(m, [this.pairs[2], this.pairs[3]], rec, at + PREV_NONE);
    addRows(m, [this.pairs[4]], rec, at + NEXT_NONE);
    addRows(m, selfFeatures(w), rec, at + OWN);
    addRows(m, [BIAS_FEATURE, listKnown(w, 0)], rec, at + OWN);
    addRows(m, [this.pairs[2], this.pairs[3], this.pairs[4]], rec, at + OWN);
    addRows(m, [knownHere(0), knownBefore(0), knownAfter(0), gapBefore(0), gapAfter(0), shapeGapOf(w.shape, 0)], rec, at + OWN);
    addRows(m, prev1Features(w), rec, at + PREV1);
    addRows(m, next1Features(w), rec, at + NEXT1);
    addRows(m, prev2Features(w), rec, at + PREV2);
    addRows(m, next2Features(w), rec, at + NEXT2);
  }
}

/** The engine's spellings (the engine is single-threaded; each worker thread has its own). */
export const SPELLINGS = new SpellingTable();

/** The ids of a line's tokens under `model`, written to ids[0..n). The table's records may be new afterwards: read them after this. */
export function lineSpellings(model: NerModel, tokens: Token[], ids: Int32Array): void {
  const n = tokens.length;
  // A line holds the ids it was given: the table starts again only between lines.
  if (SPELLINGS.model !== model || SPELLINGS.count + n >= MAX_SPELLINGS) SPELLINGS.reset(model, 1 << 12);
  SPELLINGS.idsOf(tokens, ids);
}

/** The word-pair row of a word's list after the previous word's list, by their codes (EDGE_LIST + 1 squared rows), per model. */
const listPairs = new WeakMap<NerModel, Int32Array>();
export function listPairRows(m: NerModel): Int32Array {
  let t = listPairs.get(m);
  if (!t) {
    const codes = EDGE_LIST + 1;
    const hashOf = (c: number): number => (c < EDGE_LIST ? LIST_HASHES[c] : EDGE);
    const pairs = new Uint32Array(PAIR_FEATURES);
    t = new Int32Array(codes * codes * LABELS);
    for (let here = 0; here < codes; here++) {
      for (let before = 0; before < codes; before++) {
        wordPairs(0, 0, hashOf(here), 0, hashOf(before), 0, 0, pairs, 0);
        addRows(m, [pairs[2]], t, (here * codes + before) * LABELS);
      }
    }
    listPairs.set(m, t);
  }
  return t;
}

/** Bytes the table of spellings holds: its records and the slots of its ids (wordTables.ts). */
export function spellingsBytes(): number {
  return SPELLINGS.bytes;
}

/** Forget every spelling and the memory they held (releaseWordTables, tests). */
export function clearSpellings(): void {
  SPELLINGS.reset(undefined, 1);
}
