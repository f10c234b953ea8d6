/**
 * What an article's records read their text from: the string itself, or
 * anything that gives the same slices (`isnad analyze` keeps each article's
 * text packed, a byte a character where the string takes two, and makes the
 * slices a report entry reads: src/cli/packedText.ts).
 */
export interface ArticleText {
  readonly length: number;
  slice(start?: number, end?: number): string;
}

/** The whole text as one string (a string is its own). */
export function wholeText(t: ArticleText): string {
  return typeof t === 'string' ? t : t.slice(0, t.length);
}
