// Reference copy of the engine before the performance work (see README.md): kept to check that
// the optimised code gives the same results, and to measure the speed-up. Do not optimise.
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

/** 1 = Arabic, 2 = Latin/digit, 0 = separator. */
function klass(c: number): number {
  if (isArabicLetter(c)) return 1;
  if (isLatinOrDigit(c)) return 2;
  return 0;
}

export function tokenize(folded: string, from = 0, to = folded.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const k = klass(folded.charCodeAt(i));
    if (k === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && klass(folded.charCodeAt(j)) === k) j++;
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
    if (isArabicLetter(c)) {
      ar++;
      all++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x0400 && c <= 0x04ff)) all++;
  }
  return all === 0 ? 0 : ar / all;
}
