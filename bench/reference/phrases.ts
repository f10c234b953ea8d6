// Reference copy of the engine before the performance work (see README.md): kept to check that
// the optimised code gives the same results, and to measure the speed-up. Do not optimise.
import { normalize } from './normalize';
import { tokenize, type Token } from './tokens';

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
    // ب ك ل (and ل+ال written لل, which keeps both lams: «للأمم», not «لأمم»)
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

export class PhraseTrie<T> {
  private readonly root: Node<T> = newNode();
  size = 0;

  /** Add a phrase (any spelling; it is folded here). Returns false for a phrase with no words. */
  add(phrase: string, value: T): boolean {
    const folded = normalize(phrase);
    const words = tokenize(folded);
    if (words.length === 0) return false;
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

  /** Longest phrase starting at token `i`, or undefined. */
  matchAt(folded: string, tokens: Token[], i: number, allowProclitics = true): PhraseHit<T> | undefined {
    let best: PhraseHit<T> | undefined;
    const readings = allowProclitics ? procliticReadings(tokens[i].text) : [[tokens[i].text, 0] as [string, number]];
    for (const [stem, prefixLength] of readings) {
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
