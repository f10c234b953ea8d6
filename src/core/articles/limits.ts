/**
 * How much of one article the engine analyses.
 *
 * The editor analyses an article on every edit, so no text may make that take
 * long: the corpus analyses only the first MAX_ARTICLE_CHARS UTF-16 units of an
 * article and flags the result `truncated`. Offsets, lines and characters stay
 * those of the full text (the analysed text is a prefix of it).
 *
 * A scraped news article is a few thousand characters (the seeds are 2,000 to
 * 3,100); 100,000 is about 18,000 Arabic words, some 200 KB of UTF-8. The
 * engine still has paths that grow with the square of an article's mentions or
 * names (test/unit/fuzz-known-bugs.test.ts), so the bound is what keeps a hostile or
 * broken file (a 50 MB single line, a dump of names) from stalling the editor:
 * measured on one core, a 5 MB (or 50 MB) single-line article analyses in
 * 0.1 to 0.3 s, and the worst 100,000-character inputs found (a new name in
 * every sentence, 33,000 one-word sentences) take 0.5 to 1.5 s.
 */
export const MAX_ARTICLE_CHARS = 100_000;

/** Where the analysed prefix of `text` ends: its length when it fits, else a cut near the limit. */
export function analysedLength(text: string, max = MAX_ARTICLE_CHARS): number {
  if (text.length <= max) return text.length;
  // Cut after the last line break in the last tenth, else after the last white
  // space in the last 1,000 units, so no word (nor name) is cut in two...
  const floor = max - Math.floor(max / 10);
  for (let i = max; i > floor; i--) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i) !== 0x0a)) return i;
  }
  for (let i = max; i > max - 1000 && i > 0; i--) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000) return i;
  }
  // ...else at the limit, but never between the halves of a surrogate pair nor of a CRLF.
  const before = text.charCodeAt(max - 1);
  const after = text.charCodeAt(max);
  const pair = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  return pair || (before === 0x0d && after === 0x0a) ? max - 1 : max;
}

/** The part of an article the engine analyses. */
export function boundArticle(text: string, max = MAX_ARTICLE_CHARS): { text: string; truncated: boolean } {
  const n = analysedLength(text, max);
  return n === text.length ? { text, truncated: false } : { text: text.slice(0, n), truncated: true };
}
