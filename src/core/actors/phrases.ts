import { normalize } from '../text/normalize';
import { tokenize, type Token } from '../text/tokens';

/**
 * A trie of multi-word phrases over folded tokens, matched with Arabic
 * proclitics on the first word only («وترامب», «لإيران», «للأمن» = ل + الأمن).
 *
 * Words of a phrase may be separated in the text by white space only; where the
 * phrase itself has a quote between two words («منصة “إكس”») the text must have
 * one there too. Punctuation such as a comma always breaks a phrase.
 */

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

const QUOTED = '"';

function newNode<T>(): Node<T> {
  return { next: new Map(), values: [] };
}

export interface PhraseHit<T> {
  /** Token index of the first and one past the last word. */
  first: number;
  last: number;
  /** Folded letters of proclitics stripped from the first word. */
  prefixLength: number;
  values: T[];
}

/** The ways a word can be read with proclitics removed: [stem, prefix length]. */
export function procliticReadings(word: string): Array<[string, number]> {
  const out: Array<[string, number]> = [[word, 0]];
  const addPrepositions = (w: string, base: number): void => {
    if (w.length < 3) return;
    const p = w.charCodeAt(0);
    // ب ك ل (and ل+ال written لل: the article's alef is gone, so the name keeps both lams:
    // «للأمم المتحدة», not «لأمم المتحدة», which is neither the word nor the name)
    if (p === 0x0628 || p === 0x0643 || p === 0x0644) {
      out.push([w.slice(1), base + 1]);
      if (p === 0x0644 && w.charCodeAt(1) === 0x0644 && w.length > 3) out.push(['ال' + w.slice(2), base]);
    }
  };
  const c = word.charCodeAt(0);
  if ((c === 0x0648 || c === 0x0641) && word.length > 2) {
    const rest = word.slice(1);
    out.push([rest, 1]);
    addPrepositions(rest, 1);
  }
  addPrepositions(word, 0);
  return out;
}

/** Kind of gap between two words: 0 = white space only, 1 = white space and quotes, -1 = breaks a phrase. */
export function gapKind(folded: string, from: number, to: number): number {
  let quoted = 0;
  for (let i = from; i < to; i++) {
    const c = folded.charCodeAt(i);
    if (c === 0x20 || c === 0x09) continue;
    if (c === 0x22 || c === 0x27) {
      quoted = 1;
      continue;
    }
    return -1;
  }
  return quoted;
}

const ALEF = 0x0627;
const LAM = 0x0644;
const WAW = 0x0648;
const FEH = 0x0641;
const BEH = 0x0628;
const KAF = 0x0643;

/**
 * A word's sketch: its length, first letter and last two letters, mixed into
 * one number. The sketch of every proclitic reading of a token (the word less
 * its first letters, or «ال» + the rest) follows from the token in constant
 * time, without building the reading: the filter in front of the trie.
 */
function sketch(length: number, first: number, last: number, beforeLast: number): number {
  let h = Math.imul(length, 0x01000193) ^ first;
  h = Math.imul(h, 0x01000193) ^ last;
  return Math.imul(h, 0x01000193) ^ beforeLast;
}

/** Sketch of w.slice(from), from the letters of w. */
function suffixSketch(w: string, from: number): number {
  const n = w.length;
  return sketch(n - from, w.charCodeAt(from), w.charCodeAt(n - 1), n - from >= 2 ? w.charCodeAt(n - 2) : 0);
}

/** Sketch of «ال» + w.slice(from) where that rest has two letters or more. */
function articleSketch(w: string, from: number): number {
  const n = w.length;
  return sketch(n - from + 2, ALEF, w.charCodeAt(n - 1), w.charCodeAt(n - 2));
}

function wordSketch(word: string): number {
  return suffixSketch(word, 0);
}

/**
 * The sketches of the first words of all phrases, as an open-addressing set: a
 * reading whose sketch is not in it starts no phrase, and most words of a text
 * start none. Checking the sketch first spares building the word's proclitic
 * readings (string slices) and looking each one up in the trie.
 */
class HashSet {
  private table = new Int32Array(64);
  private count = 0;

  private static key(h: number): number {
    return h === 0 ? 1 : h; // 0 marks an empty slot
  }

  add(h: number): void {
    if ((this.count + 1) * 2 > this.table.length) this.grow();
    const k = HashSet.key(h);
    const mask = this.table.length - 1;
    let i = k & mask;
    while (this.table[i] !== 0) {
      if (this.table[i] === k) return;
      i = (i + 1) & mask;
    }
    this.table[i] = k;
    this.count++;
  }

  has(h: number): boolean {
    const k = HashSet.key(h);
    const t = this.table;
    const mask = t.length - 1;
    let i = k & mask;
    for (;;) {
      const x = t[i];
      if (x === k) return true;
      if (x === 0) return false;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    this.count = 0;
    for (const k of old) if (k !== 0) this.add(k);
  }
}

export class PhraseTrie<T> {
  private readonly root: Node<T> = newNode();
  private readonly firstWords = new HashSet();
  size = 0;

  /** Add a phrase (any spelling; it is folded here). Returns false for a phrase with no words. */
  add(phrase: string, value: T): boolean {
    const folded = normalize(phrase);
    const words = tokenize(folded);
    if (words.length === 0) return false;
    this.firstWords.add(wordSketch(words[0].text));
    let node = this.root;
    for (let i = 0; i < words.length; i++) {
      let key = words[i].text;
      if (i > 0 && gapKind(folded, words[i - 1].end, words[i].start) === 1) key = QUOTED + key;
      let child = node.next.get(key);
      if (!child) {
        child = newNode();
        node.next.set(key, child);
      }
      node = child;
    }
    if (!node.values.includes(value)) {
      node.values.push(value);
      this.size++;
    }
    return true;
  }

  /**
   * Longest phrase starting at token `i`, or undefined. The first word is read
   * the ways procliticReadings lists, in its order (on equal length and prefix
   * the first reading wins), each only if its sketch is that of some phrase's
   * first word.
   */
  matchAt(folded: string, tokens: Token[], i: number, allowProclitics = true): PhraseHit<T> | undefined {
    const first = this.firstWords;
    const w = tokens[i].text;
    const n = w.length;
    let best = first.has(suffixSketch(w, 0)) ? this.walk(folded, tokens, i, w, 0, undefined) : undefined;
    if (!allowProclitics || n < 3) return best;
    const c0 = w.charCodeAt(0);
    const c1 = w.charCodeAt(1);
    // و/ف + word, and و/ف + a preposition + word (procliticReadings, first branch).
    if ((c0 === WAW || c0 === FEH) && n > 2) {
      if (first.has(suffixSketch(w, 1))) best = this.walk(folded, tokens, i, w.slice(1), 1, best);
      if (n - 1 >= 3 && (c1 === BEH || c1 === KAF || c1 === LAM)) {
        if (first.has(suffixSketch(w, 2))) best = this.walk(folded, tokens, i, w.slice(2), 2, best);
        if (c1 === LAM && w.charCodeAt(2) === LAM && n - 1 > 3 && first.has(articleSketch(w, 3))) best = this.walk(folded, tokens, i, 'ال' + w.slice(3), 1, best);
      }
    }
    // A preposition + word (procliticReadings, second branch).
    if (c0 === BEH || c0 === KAF || c0 === LAM) {
      if (first.has(suffixSketch(w, 1))) best = this.walk(folded, tokens, i, w.slice(1), 1, best);
      if (c0 === LAM && c1 === LAM && n > 3 && first.has(articleSketch(w, 2))) best = this.walk(folded, tokens, i, 'ال' + w.slice(2), 0, best);
    }
    return best;
  }

  /** Follow the trie from `stem` (token i read without its proclitics) over the next tokens; keep the better hit. */
  private walk(folded: string, tokens: Token[], i: number, stem: string, prefixLength: number, best: PhraseHit<T> | undefined): PhraseHit<T> | undefined {
    let node = this.root.next.get(stem);
    let j = i + 1;
    while (node) {
      if (node.values.length && (!best || j > best.last || (j === best.last && prefixLength < best.prefixLength))) {
        best = { first: i, last: j, prefixLength, values: node.values };
      }
      if (j >= tokens.length) break;
      const gap = gapKind(folded, tokens[j - 1].end, tokens[j].start);
      if (gap < 0) break;
      node = node.next.get(gap === 1 ? QUOTED + tokens[j].text : tokens[j].text);
      j++;
    }
    return best;
  }

  /** Leftmost-longest, non-overlapping matches over all tokens. */
  scan(folded: string, tokens: Token[]): PhraseHit<T>[] {
    const out: PhraseHit<T>[] = [];
    let i = 0;
    while (i < tokens.length) {
      const hit = this.matchAt(folded, tokens, i);
      if (hit) {
        out.push(hit);
        i = hit.last;
      } else i++;
    }
    return out;
  }

  /** Does the phrase exist exactly (folded, no proclitics)? */
  has(phrase: string): boolean {
    const folded = normalize(phrase);
    const words = tokenize(folded);
    const hit = words.length ? this.matchAt(folded, words, 0, false) : undefined;
    return !!hit && hit.last === words.length;
  }
}
