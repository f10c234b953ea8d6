import type { ArticleText } from '../core';

/** Characters made at once by String.fromCharCode (its arguments are on the stack). */
const CHUNK = 8192;
const scratch = new Uint16Array(CHUNK);

/**
 * An article's text as `isnad analyze` keeps it once read: a byte per
 * character, each byte an index into the article's own table of the UTF-16
 * code units it uses (an Arabic article uses one or two hundred: letters,
 * marks, digits, punctuation, spaces), where the string takes two bytes a
 * character. The texts were about a third of a name-dense corpus's heap while
 * its articles were analysed, and all of them waited there from the first
 * file read to the last line of the report. A slice is made from its bytes
 * alone (no cache, nothing unpacked beyond it), as the string's own slice:
 * the records read the same text, and the report is the same. An article
 * with more than 256 different code units keeps its string (`keep`).
 */
export class PackedText implements ArticleText {
  private constructor(
    readonly length: number,
    private readonly bytes: Uint8Array,
    private readonly table: Uint16Array,
  ) {}

  /** The text packed, or the string itself when it uses more than 256 code units. */
  static keep(text: string): ArticleText {
    const index = new Map<number, number>();
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let b = index.get(c);
      if (b === undefined) {
        if (index.size === 256) return text;
        index.set(c, (b = index.size));
      }
      bytes[i] = b;
    }
    const table = new Uint16Array(index.size);
    for (const [c, b] of index) table[b] = c;
    return new PackedText(text.length, bytes, table);
  }

  /** As String.prototype.slice. */
  slice(start = 0, end = this.length): string {
    const n = this.length;
    start = start < 0 ? Math.max(n + start, 0) : Math.min(start, n);
    end = end < 0 ? Math.max(n + end, 0) : Math.min(end, n);
    let out = '';
    for (let at = start; at < end; at += CHUNK) {
      const len = Math.min(CHUNK, end - at);
      for (let i = 0; i < len; i++) scratch[i] = this.table[this.bytes[at + i]];
      out += String.fromCharCode.apply(null, scratch.subarray(0, len) as unknown as number[]);
    }
    return out;
  }
}

/** `a` and `b` the same text (a string, or one packed). */
export function sameText(a: ArticleText, b: string): boolean {
  return typeof a === 'string' ? a === b : a.length === b.length && a.slice(0, a.length) === b;
}
