/**
 * Making untrusted text (article sentences, actor names from a workspace registry)
 * inert inside a hover's MarkdownString. Pure module: no vscode import.
 *
 * Why escape everything: the hover is trusted for a few of our own command links,
 * so article text must never become a link, an image, HTML, a code span, a table or
 * a heading. CommonMark lets any ASCII punctuation be backslash-escaped, and an
 * escaped character is always literal, so escaping every one of them (rather than
 * a hand-picked list) leaves nothing for the parser to act on: `[x](command:...)`,
 * `<script>`, `![i](file:///etc/passwd)`, `https://...` autolinks, `&amp;` entities,
 * `$(icon)` theme-icon syntax. Line breaks and tabs become spaces so a sentence can't
 * start a block (list, quote, indented code) of its own.
 */

const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(ASCII_PUNCTUATION, '\\$&');
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when `i` falls between the two halves of a surrogate pair (an emoji, a math letter). */
export function splitsSurrogatePair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1));
}

/**
 * Shortens `text` to about `max` characters around [focusStart, focusEnd), marking cuts with «…».
 * Cuts fall between words when there are spaces, and never inside a surrogate pair, so a very
 * long word or a run of emoji is cut cleanly.
 */
export function excerpt(text: string, max: number, focusStart = 0, focusEnd = focusStart): { text: string; offset: number } {
  if (text.length <= max) return { text, offset: 0 };
  const focusMid = Math.floor((focusStart + focusEnd) / 2);
  let start = Math.max(0, focusMid - Math.floor(max / 2));
  let end = Math.min(text.length, start + max);
  start = Math.max(0, end - max);
  // Cut at word boundaries so no Arabic word is shown half.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < focusStart) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > focusEnd) end = space;
  }
  if (splitsSurrogatePair(text, start)) start--;
  if (splitsSurrogatePair(text, end)) end++;
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < text.length ? ' …' : '';
  return { text: prefix + text.slice(start, end) + suffix, offset: start - prefix.length };
}
