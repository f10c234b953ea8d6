import { toMention } from '../actors/mentions';
import { wordList } from '../actors/discovery';
import { writtenAla } from '../actors/nameWords';
import { procliticReadings } from '../actors/phrases';
import { isStopword } from '../text/stopwords';
import type { LineIndex } from '../text/lines';
import type { Normalized } from '../text/normalize';
import type { Token } from '../text/tokens';

/**
 * What the search reads of a line's part (lineParts.ts's LinePart has it all;
 * named here so that the two files do not import each other).
 */
export interface SearchedLine {
  readonly norm: Normalized;
  readonly tokens: Token[];
  readonly lines: LineIndex;
  readonly covered: Uint8Array;
  uses?: LineUses;
}

/** Names made of these words are chains («بن», «آل», «عبد», «أبو»): their last word is often someone else's. */
const CHAIN = new Set(['بن', 'ابن', 'بنت', 'ال', 'عبد', 'ابو']);

/** A discovered name as the line search needs it. */
export interface DiscoveredName {
  /** The name and whether it is a person's: what its uses depend on (the short form is a person's only). */
  sig: string;
  /** Folded words of the name as the search matches them; the first may carry proclitics in the text. */
  words: string[];
  /** Forms of the last word that count alone (the word, with proclitics in the text), when it is distinctive. */
  lastForms: string[];
  /** Does the name stand on its own here (a title or the tagger's sureness introduced it)? Its uses win over a weak name's. */
  standing: boolean;
}

/**
 * The article's discovered names (folded keys, words joined by a space): for a
 * person of two words or more, the last word alone counts when it is
 * distinctive, four letters or more, not the end of a chain and not a common
 * word («إسماعيل رضوان» ... «رضوان», «ورضوان», «لرضوان»; not «الأول» of «جيمس الأول»). Organisations and places count whole only.
 */
export function discoveredNames(keys: string[], persons: boolean[] = [], standing: boolean[] = []): DiscoveredName[] {
  return keys.map((key, d) => {
    const words = key.split(' ');
    const last = words[words.length - 1];
    const person = persons[d] ?? true;
    // A last word that is never a name alone (an ordinal or adjective: «جيمس الأول», a title, a listed verb or noun) is no short form.
    const common = wordList(last);
    const alone = person && words.length >= 2 && last.length >= 4 && !words.some((w) => CHAIN.has(w)) && !isStopword(last) && (common === '' || common === 'g');
    const stands = standing[d] ?? true;
    return { sig: `${key}\t${person ? 'p' : ''}${stands ? 's' : ''}`, words, lastForms: alone ? [last] : [], standing: stands };
  });
}

/**
 * One line's uses of the article's discovered names: per name that occurs (by
 * its sig), six numbers per use (start, end, line, character, endLine,
 * endCharacter, in the line's own offsets), in text order. `epoch` says which
 * set of names it was searched for (see DiscoveredSearch).
 */
export interface LineUses {
  epoch: number;
  found: Array<readonly [string, number[]]>;
}

/** The words a name is looked up by: its first word, and its short forms. */
function lookupWords(n: DiscoveredName): string[] {
  return [n.words[0], ...n.lastForms];
}

/**
 * The search for an article's discovered names, kept across its analyses while
 * it is edited (in its LineCache). A line's uses depend on its text and on the
 * names alone, so they are kept on the line's part: when the names change
 * (typing in a name renames it, a new line brings one), only the lines whose
 * text holds a word of a name that came or went are searched again; a new
 * line is searched for every name. A line is searched word by word, each word
 * looked up among the names, so the search grows with the text, not with
 * lines times names.
 */
export class DiscoveredSearch {
  private epoch = 0;
  private sigs = new Set<string>();

  /** The uses of `names` in each part (undefined parts: lines that are not text), one entry per part. */
  search(parts: Array<SearchedLine | undefined>, names: DiscoveredName[]): Array<LineUses | undefined> {
    const prevEpoch = this.epoch;
    const epoch = ++this.epoch;
    const sigs = new Set(names.map((n) => n.sig));
    // Words of the names that came or went: a line that holds none of them keeps its uses.
    const changed: string[] = [];
    for (const n of names) if (!this.sigs.has(n.sig)) changed.push(...lookupWords(n));
    for (const sig of this.sigs) {
      if (sigs.has(sig)) continue;
      const key = sig.slice(0, sig.indexOf('\t'));
      const words = key.split(' ');
      changed.push(words[0], words[words.length - 1]);
    }
    this.sigs = sigs;
    let byWord: NamesByWord | undefined;
    return parts.map((part) => {
      if (!part) return undefined;
      const u = part.uses;
      if (u && (u.epoch === epoch || (u.epoch === prevEpoch && !changed.some((w) => part.norm.text.includes(w))))) {
        u.epoch = epoch;
        return u;
      }
      byWord ??= namesByWord(names);
      return (part.uses = { epoch, found: lineUses(part, byWord) });
    });
  }
}

/** The names by the words they are looked up by, and a sieve of those words' endings. */
interface NamesByWord {
  byWord: Map<string, DiscoveredName[]>;
  endings: Int32Array;
}

function namesByWord(names: DiscoveredName[]): NamesByWord {
  const byWord = new Map<string, DiscoveredName[]>();
  const endings = new Int32Array(ENDING_SLOTS >> 5);
  for (const n of names) {
    for (const w of new Set(lookupWords(n))) {
      const list = byWord.get(w);
      if (list) list.push(n);
      else byWord.set(w, [n]);
      const e = endingSlot(w.length, w.charCodeAt(w.length - 1), w.length >= 2 ? w.charCodeAt(w.length - 2) : 0);
      endings[e >> 5] |= 1 << (e & 31);
    }
  }
  return { byWord, endings };
}

/**
 * A word's readings without proclitics (procliticReadings) keep its last two letters and
 * its length, or one or two letters less; a reading cut short is three letters or more.
 * A bit per hash of a length and two last letters: a word whose bits are all clear reads as
 * none of the names' words, and is not split into its readings (strings and arrays for every
 * word of the article's text lines, where the names' words are a few dozen).
 */
const ENDING_SLOTS = 1 << 12;
const endingSlot = (length: number, last: number, beforeLast: number): number =>
  Math.imul(length ^ (last << 6) ^ (beforeLast << 17), 0x9e3779b1) >>> 20;

function mayReadAsName(endings: Int32Array, w: string): boolean {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  const beforeLast = n >= 2 ? w.charCodeAt(n - 2) : 0;
  for (let k = n; k >= n - 2 && (k === n || k >= 3); k--) {
    const e = endingSlot(k, last, beforeLast);
    if (endings[e >> 5] & (1 << (e & 31))) return true;
  }
  return false;
}

const NONE: LineUses['found'] = [];

/**
 * Where one line uses the names: the full name, or its last word alone. Words
 * known mentions cover are never a discovered name's.
 */
function lineUses(part: SearchedLine, { byWord, endings }: NamesByWord): LineUses['found'] {
  const { tokens, covered } = part;
  // Each free word under its readings without proclitics («ورضوان» is «رضوان» after one letter) that a name is looked up by: [token, prefix length].
  const at = new Map<string, Array<readonly [number, number]>>();
  let candidates: Set<DiscoveredName> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !mayReadAsName(endings, tokens[i].text)) continue;
    for (const [stem, plen] of procliticReadings(tokens[i].text)) {
      if (plen && stem.length < 3) continue;
      // Only the words names are looked up by are read below (a name's first word, its short forms).
      const named = byWord.get(stem);
      if (!named) continue;
      const list = at.get(stem);
      if (list) list.push([i, plen]);
      else at.set(stem, [[i, plen]]);
      for (const n of named) (candidates ??= new Set()).add(n);
    }
  }
  if (!candidates) return NONE;
  // Every use of every name first: two names may claim one word («مانشستر» and «مانشستر يونايتد», the short
  // form «الطبسي» of «ناصر الطبسي» inside «آية الله الطبسي»), and a word is one name's (resolved below).
  const uses: Array<[name: DiscoveredName, first: number, last: number, prefixLength: number, order: number]> = [];
  for (const name of candidates) {
    const { words, lastForms } = name;
    const inFull = new Set<number>();
    const spans: Array<[number, number, number]> = [];
    for (const [i, plen] of at.get(words[0]) ?? []) {
      if (writtenAla(part.norm, tokens[i], plen)) continue;
      let n = 1;
      while (n < words.length && i + n < tokens.length && !covered[i + n] && tokens[i + n].text === words[n]) n++;
      if (n < words.length || inFull.has(i)) continue;
      for (let k = i; k < i + n; k++) inFull.add(k);
      spans.push([i, i + n, plen]);
    }
    for (const form of lastForms) {
      for (const [i, plen] of at.get(form) ?? []) {
        if (inFull.has(i)) continue;
        inFull.add(i);
        spans.push([i, i + 1, plen]);
      }
    }
    for (const [first, last, prefixLength] of spans) uses.push([name, first, last, prefixLength, uses.length]);
  }
  if (!uses.length) return NONE;
  // Where uses cross, a name that stands on its own wins over a weak one, then the longer name, then the one found first.
  const owner = new Int32Array(tokens.length).fill(-1);
  const kept: typeof uses = [];
  const rank = [...uses].sort((a, b) => Number(b[0].standing) - Number(a[0].standing) || b[2] - b[1] - (a[2] - a[1]) || a[4] - b[4]);
  for (const u of rank) {
    let free = true;
    for (let k = u[1]; k < u[2] && free; k++) free = owner[k] < 0;
    if (!free) continue;
    for (let k = u[1]; k < u[2]; k++) owner[k] = u[4];
    kept.push(u);
  }
  kept.sort((a, b) => a[4] - b[4]);
  const ctx = { norm: part.norm, tokens, lines: part.lines } as Parameters<typeof toMention>[0];
  const byName = new Map<DiscoveredName, number[][]>();
  for (const [name, first, last, prefixLength] of kept) {
    const m = toMention(ctx, { first, last, prefixLength, actorId: '', kind: 'name' });
    const list = byName.get(name);
    const nums = [m.start, m.end, m.line, m.character, m.endLine, m.endCharacter];
    if (list) list.push(nums);
    else byName.set(name, [nums]);
  }
  const found: Array<readonly [string, number[]]> = [];
  for (const [name, ms] of byName) {
    // In text order (a stable sort: equal starts keep the order they were found in).
    ms.sort((a, b) => a[0] - b[0]);
    found.push([name.sig, ms.flat()]);
  }
  return found;
}
