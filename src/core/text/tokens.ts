/**
 * Word tokens over folded text. A token is a run of Arabic letters, or a run of
 * Latin letters and digits; everything else (spaces, punctuation, quotes)
 * separates tokens. Offsets are into the folded text.
 */

export interface Token {
  /** Folded form. */
  text: string;
  start: number;
  end: number;
}

export function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5 || (c >= 0x06fa && c <= 0x06fc) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08c9);
}

export function isLatinOrDigit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/*
 * Tokenising and language detection run over every character of every article:
 * they look characters up in tables (built once from the predicates above)
 * instead of testing range after range. Every class ends below TABLE_LIMIT.
 */
const TABLE_LIMIT = 0x0900;

const SEPARATOR = 0;
const ARABIC = 1;
const LATIN_OR_DIGIT = 2;
/** Token class of each code unit below TABLE_LIMIT. */
const TOKEN_CLASS = new Uint8Array(TABLE_LIMIT);

/** What arabicShare counts: Arabic letters, and other letters (Latin, Latin-1, Cyrillic; digits are not letters). */
const OTHER_LETTER = 2;
const SHARE_CLASS = new Uint8Array(TABLE_LIMIT);

for (let c = 0; c < TABLE_LIMIT; c++) {
  TOKEN_CLASS[c] = isArabicLetter(c) ? ARABIC : isLatinOrDigit(c) ? LATIN_OR_DIGIT : SEPARATOR;
  if (isArabicLetter(c)) SHARE_CLASS[c] = ARABIC;
  else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x0400 && c <= 0x04ff)) SHARE_CLASS[c] = OTHER_LETTER;
}

/** 1 = Arabic, 2 = Latin/digit, 0 = separator. */
function tokenClass(c: number): number {
  return c < TABLE_LIMIT ? TOKEN_CLASS[c] : SEPARATOR;
}

/**
 * Nothing but spaces or tabs between two tokens of folded text (the normaliser
 * has made every other space a plain one): no punctuation, no line break.
 */
export function spacedApart(folded: string, a: Token, b: Token): boolean {
  return /^[ \t]+$/.test(folded.slice(a.end, b.start));
}

export function tokenize(folded: string, from = 0, to = folded.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const k = tokenClass(folded.charCodeAt(i));
    if (k === SEPARATOR) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && tokenClass(folded.charCodeAt(j)) === k) j++;
    out.push({ text: folded.slice(i, j), start: i, end: j });
    i = j;
  }
  return out;
}

/** Count of Arabic letters vs all letters: used to tell Arabic articles from other text. */
export function arabicShare(s: string, limit = 20000): number {
  let ar = 0;
  let all = 0;
  const n = Math.min(s.length, limit);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= TABLE_LIMIT) {
      // Arabic presentation forms (text copied from a PDF) are Arabic letters too.
      if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe80 && c <= 0xfefc)) {
        ar++;
        all++;
      }
      continue;
    }
    const k = SHARE_CLASS[c];
    if (k === ARABIC) {
      ar++;
      all++;
    } else if (k === OTHER_LETTER) all++;
  }
  return all === 0 ? 0 : ar / all;
}
