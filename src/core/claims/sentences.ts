import type { LineIndex } from '../text/lines';

export interface SentenceSpan {
  line: number;
  start: number;
  end: number;
}

const TERMINATORS = new Set(['.', '!', '?', '؟', '…', '。', '\u06d4']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '}', '>']);

/**
 * Split one line into sentences the way Arabic news is punctuated: at . ؟ ! …
 * followed by white space or the line's end, with closing quotes and brackets
 * kept on the sentence they close. A full stop between digits (2.5) or after a
 * single Latin letter (U.S.) does not end a sentence. Spans are trimmed.
 */
export function splitLine(text: string, lineStart: number, line: number, from = 0): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let s = from;
  const push = (a: number, b: number): void => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a && /[\p{L}\p{N}]/u.test(text.slice(a, b))) out.push({ line, start: lineStart + a, end: lineStart + b });
  };
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (!TERMINATORS.has(ch)) continue;
    if (ch === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    if (ch === '.' && /^[A-Za-z]$/.test(text[i - 1] ?? '') && !/[A-Za-z]/.test(text[i - 2] ?? ' ')) continue;
    let j = i + 1;
    while (j < text.length && (TERMINATORS.has(text[j]) || CLOSERS.has(text[j]))) j++;
    if (j < text.length && !/\s/.test(text[j])) continue;
    push(s, j);
    s = j;
    i = j - 1;
  }
  push(s, text.length);
  return out;
}

export function splitSentences(lines: LineIndex, lineOk: (line: number) => boolean, lineFrom: (line: number) => number): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (let l = 0; l < lines.lineCount; l++) {
    if (!lineOk(l)) continue;
    out.push(...splitLine(lines.lineText(l), lines.starts[l], l, lineFrom(l)));
  }
  return out;
}
