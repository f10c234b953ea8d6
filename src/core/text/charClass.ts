/**
 * Unicode classes asked of every character of every line (line keys, sentence
 * ends): a regular expression per call is the slow part of those loops, so each
 * class answers from a table of the Basic Multilingual Plane, filled lazily from
 * the expression itself (nothing is computed at load). Characters outside it
 * (a surrogate pair) ask the expression.
 */
export class CharClass {
  /** 0 not yet known, 1 in the class, 2 not. */
  private readonly table = new Uint8Array(0x10000);

  constructor(private readonly re: RegExp) {}

  /** Is the code point at i (ending by `end`) in the class? Returns its length (1 or 2) when it is, negated when it is not. */
  at(s: string, i: number, end = s.length): number {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return this.re.test(s.slice(i, i + 2)) ? 2 : -2;
    }
    let k = this.table[c];
    if (k === 0) this.table[c] = k = this.re.test(String.fromCharCode(c)) ? 1 : 2;
    return k === 1 ? 1 : -1;
  }

  /** Is any code point of s[from, to) in the class? */
  any(s: string, from = 0, to = s.length): boolean {
    for (let i = from; i < to; ) {
      const n = this.at(s, i, to);
      if (n > 0) return true;
      i -= n;
    }
    return false;
  }
}

/** White space, punctuation and symbols: what separates the words of a line's key. */
export const SEPARATOR = new CharClass(/^[\s\p{P}\p{S}]$/u);
/** Letters and digits of any script. */
export const LETTER_OR_NUMBER = new CharClass(/^[\p{L}\p{N}]$/u);

/**
 * The words of s (maximal runs of other characters than SEPARATOR) joined by
 * one space: `s.replace(/[\s\p{P}\p{S}]+/gu, ' ').trim()` without the expression.
 */
export function joinWords(s: string): string {
  let out = '';
  let runStart = -1;
  for (let i = 0; i < s.length; ) {
    const n = SEPARATOR.at(s, i);
    if (n > 0) {
      if (runStart >= 0) {
        out += out ? ' ' + s.slice(runStart, i) : s.slice(runStart, i);
        runStart = -1;
      }
      i += n;
    } else {
      if (runStart < 0) runStart = i;
      i -= n;
    }
  }
  if (runStart >= 0) out += out ? ' ' + s.slice(runStart) : runStart === 0 ? s : s.slice(runStart);
  return out;
}
