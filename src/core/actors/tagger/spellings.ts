import type { Token } from '../../text/tokens';
import {
  BIAS_FEATURE,
  EDGE,
  listKnown,
  next1Features,
  NEXT1_EDGE,
  next2Features,
  NEXT2_EDGE,
  prev1Features,
  PREV1_EDGE,
  prev2Features,
  PREV2_EDGE,
  selfFeatures,
  shapeGap,
  spellingHashes,
} from './features';
import { LABELS } from './labels';
import { addRows, type NerModel } from './model';

/**
 * The spellings of the lines the engine tags, each with an integer id: the
 * hashes its word pairs need, and its feature groups' summed weights under the
 * model (emissions.ts). Ids rather than a map of objects per spelling: a
 * token's lookup gives a number, and a line's scores read
 * typed arrays that sit together in memory (the objects of the former map,
 * scattered over the heap, missed the processor's caches on every word).
 *
 * A spelling's sums, by groups of LABELS (the offsets emissions.ts reads):
 * four groups of the word itself (with the bias and the word crossed with
 * registry code 0), each with its shape crossed with one of the four gap kinds
 * before it (a token reads one of the four), then the word as the word before,
 * after, two before and two after. Id 0 is the edge of a line (no word there):
 * its neighbour groups sit at the same offsets, so a token at the edge reads it
 * as it reads a neighbour.
 */
/** Four groups: the word itself, with its shape crossed with gap kind 0, 1, 2, 3 before it. */
export const SELF_GAP = 0;
export const PREV1 = 4;
export const NEXT1 = 5;
export const PREV2 = 6;
export const NEXT2 = 7;
/** Sums per spelling: eight groups of LABELS. */
export const VECTOR = 8 * LABELS;
/** Hashes per spelling: the word, its stem, its word list (what the word pairs are made of). */
export const HASHES = 3;

/**
 * Spellings kept at most: past that the table starts again, between two lines
 * (ids stay valid while a line is tagged). About 250 bytes each (the sums in 16
 * bits: a group sums at most 17 weights of 8 bits; the hashes, the map entry,
 * the string): some 33 MB at the limit, against 48 MB for 65,000 spellings in
 * the map of objects this replaced.
 */
const MAX_SPELLINGS = 1 << 17;

class SpellingTable {
  /** Spellings held, the edge (id 0) included. */
  count = 1;
  /**
   * Ids by spelling. A Map rather than a table of our own: the line's words were
   * looked up in the word lists before (discovery.ts), so the engine has hashed
   * their strings already, and a Map reads that hash instead of computing one.
   */
  ids = new Map<string, number>();
  hashes = new Uint32Array(0);
  vectors = new Int16Array(0);
  model: NerModel | undefined;

  /** Start again under `model` with room for `capacity` spellings (a power of two). */
  reset(model: NerModel | undefined, capacity: number): void {
    this.model = model;
    this.count = 1;
    this.ids = new Map();
    this.hashes = new Uint32Array(HASHES * capacity);
    this.vectors = new Int16Array(VECTOR * capacity);
    if (!model) return;
    this.hashes[0] = EDGE;
    this.hashes[2] = EDGE;
    addRows(model, PREV1_EDGE, this.vectors, PREV1 * LABELS);
    addRows(model, NEXT1_EDGE, this.vectors, NEXT1 * LABELS);
    addRows(model, PREV2_EDGE, this.vectors, PREV2 * LABELS);
    addRows(model, NEXT2_EDGE, this.vectors, NEXT2 * LABELS);
  }

  get capacity(): number {
    return this.hashes.length / HASHES;
  }

  /** Twice the room, every spelling kept under its id. */
  private grow(): void {
    const cap = 2 * this.capacity;
    const hashes = new Uint32Array(HASHES * cap);
    hashes.set(this.hashes);
    const vectors = new Int16Array(VECTOR * cap);
    vectors.set(this.vectors);
    this.hashes = hashes;
    this.vectors = vectors;
  }

  /** The id of a spelling, added (with its sums) when new. */
  idOf(text: string): number {
    const known = this.ids.get(text);
    if (known !== undefined) return known;
    const id = this.count++;
    this.ids.set(text, id);
    this.add(id, text);
    if (this.count === this.capacity) this.grow();
    return id;
  }

  /** A new spelling's hashes and sums. */
  private add(id: number, text: string): void {
    const m = this.model!;
    const w = spellingHashes(text);
    this.hashes[HASHES * id] = w.word;
    this.hashes[HASHES * id + 1] = w.stem;
    this.hashes[HASHES * id + 2] = w.list;
    const v = this.vectors;
    const at = VECTOR * id;
    const self = new Int32Array(LABELS);
    addRows(m, selfFeatures(w), self, 0);
    addRows(m, [BIAS_FEATURE, listKnown(w, 0)], self, 0);
    for (let g = 0; g < 4; g++) {
      const row = at + (SELF_GAP + g) * LABELS;
      for (let y = 0; y < LABELS; y++) v[row + y] = self[y];
      addRows(m, [shapeGap(w, g)], v, row);
    }
    addRows(m, prev1Features(w), v, at + PREV1 * LABELS);
    addRows(m, next1Features(w), v, at + NEXT1 * LABELS);
    addRows(m, prev2Features(w), v, at + PREV2 * LABELS);
    addRows(m, next2Features(w), v, at + NEXT2 * LABELS);
  }
}

/** The engine's spellings (the engine is single-threaded; each worker thread has its own). */
export const SPELLINGS = new SpellingTable();

/** The ids of a line's tokens under `model`, written to ids[0..n). The table's arrays may be new afterwards: read them after this. */
export function lineSpellings(model: NerModel, tokens: Token[], ids: Int32Array): void {
  const n = tokens.length;
  // A line holds the ids it was given: the table starts again only between lines.
  if (SPELLINGS.model !== model || SPELLINGS.count + n >= MAX_SPELLINGS) SPELLINGS.reset(model, 1 << 12);
  for (let i = 0; i < n; i++) ids[i] = SPELLINGS.idOf(tokens[i].text);
}

/** Forget every spelling and the memory they held (releaseWordTables, tests). */
export function clearSpellings(): void {
  SPELLINGS.reset(undefined, 1);
}
