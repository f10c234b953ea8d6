import type { Normalized } from '../../text/normalize';
import type { Token } from '../../text/tokens';
import type { Mention } from '../../types';
import { procliticLength, wordList } from '../discovery';
import type { KnownCodes } from './features';
import { lineEmissions } from './emissions';
import { LABELS, O, TAG_TYPES, beginOf, insideOf, isBegin, typeOf } from './labels';
import { isStopword } from '../../text/stopwords';
import { spacedApart } from '../../text/tokens';
import { viterbi, type NerModel } from './model';
import { nameConfidence, startLine } from './confidence';
import { ByteBoundedCache } from './cache';

/**
 * The names found on a line, by its folded text and what the registry found on
 * it (the tokens follow from the text): retellings repeat sentences word for
 * word across outlets, and an edited article's lines come back as they were.
 * The result depends on nothing else, so a hit is the same answer. Kept under
 * a hash of the two (no key string is built per line, most of which miss); a
 * hit is checked against the entry's own text and codes, and two lines with
 * one hash take turns in the entry.
 */
interface TaggedLine {
  folded: string;
  known: KnownCodes;
  spans: readonly TaggedSpan[];
}
const LINES = new ByteBoundedCache<TaggedLine, number>(8 << 20);
let linesOf: NerModel | undefined;
const NO_SPANS: readonly TaggedSpan[] = Object.freeze([]);
/** Bytes of one span and of an array header, roughly. */
const SPAN_BYTES = 64;

/** Empty the cache of tagged lines (tests, releaseWordTables; a new model empties it by itself). */
export function clearTaggedLines(): void {
  LINES.clear();
}

/** Bytes the cache of tagged lines holds, as estimated (wordTables.ts). */
export function taggedLinesBytes(): number {
  return LINES.bytes;
}

/** A name the tagger found on a line: tokens [first, last), its type, how sure it is. */
export interface TaggedSpan {
  first: number;
  last: number;
  type: (typeof TAG_TYPES)[number];
  /**
   * The lowest probability of the span's labels among its tokens (0..1); 0, not
   * computed, for a name the registry holds (heldByRegistry): the engine drops those whatever it is.
   */
  confidence: number;
  /** Letters of proclitics on the first token, left out of the name («وترامب»). */
  prefixLength: number;
}

const TITLE_CODE = 1 + 2 * TAG_TYPES.length;

/**
 * What the registry found on each token of a line, as the tagger's feature
 * codes: a name of some type (first word, or a later one), or a title.
 */
export function knownCodes(norm: Normalized, tokens: Token[], mentions: Mention[], typeOfActor: (id: string) => string | undefined): KnownCodes {
  const codes = new Uint8Array(tokens.length);
  let mi = 0;
  for (let i = 0; i < tokens.length && mentions.length; i++) {
    const a = norm.toOrig[tokens[i].start];
    const b = norm.toOrig[tokens[i].end - 1] + 1;
    while (mi < mentions.length && mentions[mi].end <= a) mi++;
    for (let k = mi; k < mentions.length && mentions[k].start < b; k++) {
      const m = mentions[k];
      if (m.end <= a) continue;
      const inside = m.start < a - 1 ? 1 : 0;
      if (m.kind !== 'name') codes[i] = TITLE_CODE + inside;
      else {
        const t = TAG_TYPES.indexOf(typeOfActor(m.actorId) as (typeof TAG_TYPES)[number]);
        codes[i] = 1 + 2 * Math.max(0, t) + inside;
      }
      break;
    }
  }
  return codes;
}

/** Labels of a line's tokens under the model (training and evaluation use this too). */
export function tagLabels(model: NerModel, folded: string, tokens: Token[], known: KnownCodes, into?: Float32Array): { labels: Uint8Array; em: Float32Array } {
  const em = lineEmissions(model, folded, tokens, known, into);
  return { labels: viterbi(em, tokens.length, model.transitions), em };
}

/** The names on one line, with their confidence (the same array for the same line: do not change it). */
export function tagLine(model: NerModel, folded: string, tokens: Token[], known: KnownCodes): readonly TaggedSpan[] {
  if (!tokens.length) return NO_SPANS;
  if (linesOf !== model) {
    LINES.clear();
    linesOf = model;
  }
  const key = lineHash(folded, known);
  const hit = LINES.get(key);
  if (hit && hit.folded === folded && sameCodes(hit.known, known)) return hit.spans;
  const spans = tagFresh(model, folded, tokens, known);
  const kept = spans.length ? spans : NO_SPANS;
  LINES.set(key, { folded, known, spans: kept }, SPAN_BYTES * (spans.length + 2) + 2 * folded.length + known.length);
  return kept;
}

/** FNV-1a over the registry's codes, a separator and the text. */
function lineHash(folded: string, known: KnownCodes): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < known.length; i++) h = Math.imul(h ^ known[i], 0x01000193);
  h = Math.imul(h ^ 0xffff, 0x01000193);
  for (let i = 0; i < folded.length; i++) h = Math.imul(h ^ folded.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function sameCodes(a: KnownCodes, b: KnownCodes): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The emission scores of the line being tagged (grown as lines need; the engine is single-threaded). */
let emScratch = new Float32Array(0);
/** The labels of the line being tagged (likewise). */
let labelScratch = new Uint8Array(0);

/**
 * Is the name on tokens [first, last) one the engine drops whatever the tagger's
 * confidence in it (index.ts tagCandidates), by what the registry found there? The
 * registry's codes are non-zero exactly on the tokens its mentions cover, and
 * a covered token stays covered unless an institution named after a place frees it,
 * which drops the tagger's names inside that institution. Else a name on a covered
 * token yields to the registry, save an organisation (or outlet) that starts on a word
 * the registry left free and nests the registry's place (spanRules.ts institutionOverPlace).
 * So a name whose first word the registry found, or any name but an organisation's that
 * touches a word it found, is dropped: about half the names on the bench's lines, whose
 * confidence (forward-backward over their window) is not computed.
 */
export function heldByRegistry(type: TaggedSpan['type'], first: number, last: number, known: KnownCodes): boolean {
  if (known[first] !== 0) return true;
  if (type === 'organization' || type === 'media') return false;
  for (let k = first + 1; k < last; k++) if (known[k] !== 0) return true;
  return false;
}

function tagFresh(model: NerModel, folded: string, tokens: Token[], known: KnownCodes): TaggedSpan[] {
  const n = tokens.length;
  if (emScratch.length < n * LABELS) {
    emScratch = new Float32Array(2 * n * LABELS);
    labelScratch = new Uint8Array(2 * n);
  }
  const em = lineEmissions(model, folded, tokens, known, emScratch);
  const labels = viterbi(em, n, model.transitions, labelScratch);
  const out: TaggedSpan[] = [];
  /** Tokens of context on each side of a name for its confidence. */
  const CONTEXT = 4;
  startLine(n);
  for (let i = 0; i < n; ) {
    const y = labels[i];
    if (y === O || !isBegin(y)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && labels[j] === y + 1) j++;
    const type = TAG_TYPES[typeOf(y)];
    const confidence = heldByRegistry(type, i, j, known) ? 0 : nameConfidence(em, labels, model.transitions, model.temperature, i, j, Math.max(0, i - CONTEXT), Math.min(n, j + CONTEXT));
    let first = i;
    let last = j;
    if (type === 'person' && confidence > 0) [first, last] = personNearTie(em, labels, model, folded, tokens, known, i, j);
    out.push({ first, last, type, confidence, prefixLength: procliticLength(tokens[first].text) });
    i = j;
  }
  return out;
}

const B_PERSON = beginOf(TAG_TYPES.indexOf('person'));
const I_PERSON = insideOf(TAG_TYPES.indexOf('person'));

/** The score of labels [from, to) of a line, with the moves into each and out of the last (Viterbi's sum). */
function pathScore(em: Float32Array, labels: Uint8Array, trans: Float32Array, n: number, from: number, to: number): number {
  let s = 0;
  for (let k = from; k <= to && k < n; k++) {
    const prev = k === 0 ? LABELS : labels[k - 1];
    s += trans[prev * LABELS + labels[k]];
    if (k < to) s += em[k * LABELS + labels[k]];
  }
  return s;
}

/**
 * Can a word the registry left free be part of a person's name: letters only, not a particle, not a word
 * of discovery's lists other than a given name (a title, a verb of saying, an adjective, a common noun).
 */
export function nameWord(w: string): boolean {
  if (!/^[\u0621-\u064a]{3,}$/.test(w) || isStopword(w)) return false;
  const list = wordList(w);
  if (list === 'g') return true;
  // A preposition («للتدريبات», «بدعوى», «باستشهاد»), a pronoun suffix («قرينته», «عائلتها»): common words.
  return list === '' && w[0] !== 'ب' && w[0] !== 'ل' && !(w.length >= 4 && /(?:ه|ها|هم|هما)$/.test(w));
}

/** Before a name, also not a word with the article (an adjective or a title: «السلطان العثماني محمد», «ثلاثي السد بلال»). */
export const leftNameWord = (w: string): boolean => nameWord(w) && (wordList(w) === 'g' || !w.startsWith('ال'));

/**
 * The loss a near tie may cost (see personNearTie), over the temperature: the path with the
 * longer name at least 1/e as likely as the best. Chosen on the development lines, as the
 * temperature and the threshold are (ANERcorp dev, Wojood val and NewsFANE dev gain at 1;
 * at 2 the names run on into nouns and verbs: «محمد بنيس شاعر», «كلام الحكيم»).
 */
export const NEAR_TIE = 1;

/**
 * A person's name whose neighbouring word the model nearly took into it: when labelling the
 * word before as the name's first word, or the word after as its next, costs the best path
 * less than NEAR_TIE (divided by the temperature, as the confidence is), the name takes it.
 * The model often stops short on a given or family name it has not seen («شارلز مورفي»,
 * «آشلي ويلكس»); one word on each side at most.
 */
function personNearTie(em: Float32Array, labels: Uint8Array, model: NerModel, folded: string, tokens: Token[], known: KnownCodes, first: number, last: number): [number, number] {
  const n = tokens.length;
  const t = model.temperature;
  const tr = model.transitions;
  let a = first;
  let b = last;
  if (first > 0 && labels[first - 1] === O && !known[first - 1] && leftNameWord(tokens[first - 1].text) && spacedApart(folded, tokens[first - 1], tokens[first])) {
    const before = pathScore(em, labels, tr, n, first - 1, first + 1);
    labels[first - 1] = B_PERSON;
    labels[first] = I_PERSON;
    const after = pathScore(em, labels, tr, n, first - 1, first + 1);
    labels[first - 1] = O;
    labels[first] = B_PERSON;
    if ((before - after) / t < NEAR_TIE) a = first - 1;
  }
  if (last < n && labels[last] === O && !known[last] && nameWord(tokens[last].text) && spacedApart(folded, tokens[last - 1], tokens[last])) {
    const before = pathScore(em, labels, tr, n, last, last + 1);
    labels[last] = I_PERSON;
    const after = pathScore(em, labels, tr, n, last, last + 1);
    labels[last] = O;
    if ((before - after) / t < NEAR_TIE) b = last + 1;
  }
  return [a, b];
}
