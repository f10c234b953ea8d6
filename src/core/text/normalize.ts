/**
 * Arabic normalisation that keeps offsets.
 *
 * Matching runs on a folded copy of the text; every folded character remembers
 * the UTF-16 offset it came from, so results map back onto the original letters.
 * Most folds are 1:1 or deletions; Arabic presentation forms (U+FB50-U+FDFF,
 * U+FE70-U+FEFF: what text copied from a PDF is often written in) are folded
 * through NFKC, where one form can become several letters («ﻻ» -> «لا», «ﷺ» ->
 * «صلى الله عليه وسلم»): every folded unit of such a form maps back to the form
 * itself, so the map stays a plain array, non-decreasing, and a range that ends
 * inside a ligature maps back to the whole ligature.
 *
 * Folded like CAMeL Tools' normalisers: alef variants (أ إ آ ٱ -> ا), alef
 * maqsura (ى -> ي), teh marbuta (ة -> ه); dropped: diacritics U+064B-U+0652,
 * superscript alef U+0670, tatweel U+0640. Also: Persian/Urdu letter forms
 * (ی ک گ پ چ ڤ ژ ۀ ە ھ), Arabic-Indic and Extended digits -> ASCII digits,
 * Latin -> lower case; bidi controls and zero-width characters are dropped.
 */

const DROP = 0;

/** Folded code unit for `c`, or DROP. Built once as a table over the BMP blocks we touch. */
const TABLE = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) TABLE[c] = c;
const drop = (from: number, to = from): void => {
  for (let c = from; c <= to; c++) TABLE[c] = DROP;
};
const map = (chars: string, to: string): void => {
  for (const ch of chars) TABLE[ch.charCodeAt(0)] = to.charCodeAt(0);
};
drop(0x064b, 0x0652); // harakat, tanwin, shadda, sukun
drop(0x0653, 0x065f); // maddah/hamza above-below and other Arabic marks
drop(0x0670); // superscript alef
drop(0x0640); // tatweel
drop(0x06d6, 0x06dc); // Quranic annotation marks
drop(0x06df, 0x06e4);
drop(0x06e7, 0x06e8);
drop(0x06ea, 0x06ed);
drop(0x0610, 0x061a); // Arabic honorific signs and small marks
drop(0x200b, 0x200f); // zero-width space/non-joiner/joiner, LRM, RLM
drop(0x202a, 0x202e); // embeddings and overrides
drop(0x2060, 0x2064); // word joiner, invisible operators
drop(0x2066, 0x2069); // isolates
drop(0x061c); // Arabic letter mark
drop(0xfeff); // BOM / zero-width no-break space
drop(0x00ad); // soft hyphen
map('أإآٱٲٳ', 'ا');
map('ى', 'ي');
map('ة', 'ه');
map('ۀە', 'ه');
map('ھ', 'ه');
map('یېێ', 'ي');
map('ک', 'ك');
map('گ', 'ك');
map('پ', 'ب');
map('چ', 'ج');
map('ڤ', 'ف');
map('ژ', 'ز');
for (let d = 0; d < 10; d++) {
  TABLE[0x0660 + d] = 0x30 + d;
  TABLE[0x06f0 + d] = 0x30 + d;
}
for (let c = 0x41; c <= 0x5a; c++) TABLE[c] = c + 0x20;
// Typographic apostrophes/quotes fold to ASCII so aliases can be typed plainly.
map('‘’‚‛', "'");
map('“”„‟«»', '"');
map('\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000', ' ');

/**
 * Presentation forms, folded like the letters NFKC gives for them: a form of one
 * letter goes into TABLE, a ligature of several into EXPANSIONS (flagged in
 * EXPANDS for the hot loops). The isolated forms of marks (U+FE70-U+FE7F, whose
 * NFKC is a space and the mark) are dropped like the marks themselves.
 */
const EXPANSIONS = new Map<number, string>();
const EXPANDS = new Uint8Array(0x10000);
for (const [from, to] of [[0xfb50, 0xfdff], [0xfe70, 0xfefe]]) {
  for (let c = from; c <= to; c++) {
    const ch = String.fromCharCode(c);
    const nfkc = ch.normalize('NFKC');
    if (nfkc === ch) continue;
    const marksOnly = [...nfkc].every((x) => x === ' ' || isCombiningMark(x.charCodeAt(0)) || x === '\u0640');
    let folded = '';
    if (!marksOnly) for (const x of nfkc) if (TABLE[x.charCodeAt(0)] !== DROP) folded += String.fromCharCode(TABLE[x.charCodeAt(0)]);
    if (folded.length === 0) TABLE[c] = DROP;
    else if (folded.length === 1) TABLE[c] = folded.charCodeAt(0);
    else {
      TABLE[c] = folded.charCodeAt(0);
      EXPANSIONS.set(c, folded);
      EXPANDS[c] = 1;
    }
  }
}

/** The folded text of one code unit: '' when dropped, several units for a ligature. */
export function foldOf(c: number): string {
  return EXPANDS[c] ? EXPANSIONS.get(c)! : TABLE[c] === DROP ? '' : String.fromCharCode(TABLE[c]);
}

/** True for the marks that sit on a letter (kept with the letter when a range maps back). */
export function isCombiningMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x0610 && c <= 0x061a) || (c >= 0x06d6 && c <= 0x06ed);
}

export function foldCode(c: number): number {
  return TABLE[c];
}

export interface Normalized {
  /** The folded text. */
  text: string;
  /** toOrig[i] = offset in the original of folded unit i; toOrig[text.length] = original length. */
  toOrig: Uint32Array;
  original: string;
}

/**
 * Folded code units back to a string. TextDecoder is the fastest way for a
 * whole article, but it replaces unpaired surrogates (and needs a
 * little-endian machine for the bytes of a Uint16Array): texts with surrogates
 * take String.fromCharCode, in chunks (it has an argument limit).
 */
const UTF16 = new TextDecoder('utf-16le');
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function decode(units: Uint16Array, hasSurrogates: boolean): string {
  if (LITTLE_ENDIAN && !hasSurrogates) return UTF16.decode(units);
  let text = '';
  const CHUNK = 8192;
  for (let k = 0; k < units.length; k += CHUNK) {
    text += String.fromCharCode.apply(null, units.subarray(k, Math.min(units.length, k + CHUNK)) as unknown as number[]);
  }
  return text;
}

/** Fold `original` for matching, keeping a map back to original offsets. */
export function normalizeWithMap(original: string): Normalized {
  const n = original.length;
  let out = new Uint16Array(n);
  let toOrig = new Uint32Array(n + 1);
  let j = 0;
  let surrogates = false;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    const f = TABLE[c];
    if (f === DROP) continue;
    if ((c & 0xf800) === 0xd800) surrogates = true;
    if (EXPANDS[c]) {
      const x = EXPANSIONS.get(c)!;
      // Room for the extra units (the longest ligature is 18 of them).
      if (j + x.length + (n - i) > out.length) {
        const size = Math.max(out.length * 2, j + x.length + (n - i) + 16);
        const o2 = new Uint16Array(size);
        o2.set(out.subarray(0, j));
        out = o2;
        const t2 = new Uint32Array(size + 1);
        t2.set(toOrig.subarray(0, j));
        toOrig = t2;
      }
      for (let k = 0; k < x.length; k++) {
        out[j] = x.charCodeAt(k);
        toOrig[j++] = i;
      }
      continue;
    }
    out[j] = f;
    toOrig[j] = i;
    j++;
  }
  toOrig[j] = n;
  return { text: decode(out.subarray(0, j), surrogates), toOrig: toOrig.subarray(0, j + 1), original };
}

/**
 * Fold a string (an alias, a query, a line) without keeping the map. Most
 * strings have long runs that folding leaves alone: those are copied as
 * slices, not character by character (this runs on every line of every article).
 */
export function normalize(s: string): string {
  const n = s.length;
  let out = '';
  let run = 0; // start of the current run of unchanged characters
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const f = TABLE[c];
    if (f === c && f !== DROP) continue; // NUL folds to DROP too
    if (i > run) out += s.slice(run, i);
    if (EXPANDS[c]) out += EXPANSIONS.get(c)!;
    else if (f !== DROP) out += String.fromCharCode(f);
    run = i + 1;
  }
  return run === 0 ? s : run < n ? out + s.slice(run) : out;
}

/**
 * Map a folded range [start, end) back to the original text. The end is pushed
 * past combining marks that belong to the last letter (a diacritic after «ترامب»
 * is part of the word), never past other dropped characters such as bidi marks.
 */
export function toOriginalRange(norm: Normalized, start: number, end: number): { start: number; end: number } {
  const oStart = norm.toOrig[start];
  let oEnd = end > start ? norm.toOrig[end - 1] + 1 : oStart;
  const src = norm.original;
  while (oEnd < src.length && (isCombiningMark(src.charCodeAt(oEnd)) || src.charCodeAt(oEnd) === 0x0640)) {
    oEnd++;
  }
  return { start: oStart, end: oEnd };
}
