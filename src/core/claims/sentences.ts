import { LETTER_OR_NUMBER } from '../text/charClass';
import type { LineIndex } from '../text/lines';

export interface SentenceSpan {
  line: number;
  start: number;
  end: number;
}

const TERMINATORS = new Set(['.', '!', '?', '؟', '…', '。', '\u06d4']);
/** TERMINATORS by code (the loop over a line's characters asks this of each). */
const isTerminator = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x2026 || c === 0x3002 || c === 0x6d4;

/**
 * Longest sentence, in UTF-16 units. A longer run without a full stop (a pasted
 * table, a page with its punctuation stripped) is cut at the last white space
 * before the limit: per-sentence work (attribution, clause features) must not
 * grow with the square of a line's length. Real sentences stay far below it
 * (the longest in the seeds is 332).
 */
export const MAX_SENTENCE_CHARS = 2000;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x0b || c === 0x0c || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '}', '>']);

/**
 * Split one line into sentences the way Arabic news is punctuated: at . ؟ ! …
 * followed by white space or the line's end, with closing quotes and brackets
 * kept on the sentence they close. A full stop between digits (2.5) or after a
 * single Latin letter (U.S.) does not end a sentence. Spans are trimmed.
 */
/**
 * Headlines put their topic before two full stops («مصر.. ارتفاع متواصل لاحتياطي
 * النقد», «رغم تهديد تركيا.. توتال تسعى ...»): a short run of words (at most
 * TOPIC_WORDS) before «..» is part of the sentence that follows, not a sentence
 * of its own (which would leave the claim without its actor or its frame).
 * Six: chosen on the news-stance training pairs (three to six keep as many
 * paraphrases; from four on, more contradictions are flagged).
 */
export const TOPIC_WORDS = 6;
/**
 * A line of at most this many words is of headline size («تواجه الإعدام بعدما قتلت
 * زوجها»): features.ts reads some connectives differently there, and a dot run
 * inside it does not end a sentence (headlineBreak).
 */
export const HEADLINE_WORDS = 16;
function topicPrefix(text: string, from: number, at: number): boolean {
  const words = wordsIn(text, from, at, TOPIC_WORDS);
  return words > 0 && words <= TOPIC_WORDS;
}

/** Words in text[from, to), stopping the count past max. */
function wordsIn(text: string, from: number, to: number, max: number): number {
  let words = 0;
  let inWord = false;
  for (let k = from; k < to && words <= max; k++) {
    const space = isSpace(text.charCodeAt(k));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * Headlines also join two statements with a run of dots («بعد وصول النفط لأعلى مستوى
 * في 3 أسابيع .. أسعار النفط تستقر», «... هل يشكلون ظاهرة؟», scraped news often
 * writing «...» or «…»). When the line is of headline size and the run is the
 * only break before its end, the two parts are one headline: one sentence, whose
 * parts features.ts reads as clauses. Cut in two, the claim would be told by
 * its first part, and what the versions differ on (the number before the dots, the
 * verb after them) would never be read together.
 *
 * headlineEnd: where a line of headline size ends (past its last letter or
 * digit), or -1 for a longer line; worked out once per line, each run of dots
 * then scans only to the next break.
 */
function headlineEnd(text: string, from: number): number {
  if (wordsIn(text, from, text.length, HEADLINE_WORDS) > HEADLINE_WORDS) return -1;
  let last = text.length;
  while (last > from && !LETTER_OR_NUMBER.any(text, last - 1, last)) last--;
  return last;
}
/** Is the run of dots ending at `after` the only break of a headline that ends at `last` (headlineEnd)? */
function onlyBreak(text: string, after: number, last: number): boolean {
  for (let k = after; k < last; k++) if (isTerminator(text.charCodeAt(k))) return false;
  return after < last;
}
/** A run of two dots or more, or «…», from i to j. */
const isDotRun = (text: string, i: number, j: number): boolean => {
  if (text[i] === '…') return true;
  let k = i;
  while (k < j && text[k] === '.') k++;
  return k - i >= 2;
};

export function splitLine(text: string, lineStart: number, line: number, from = 0): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let s = from;
  /** headlineEnd of the line, when a run of dots asks. */
  let headline: number | undefined;
  const emit = (a: number, b: number): void => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a && LETTER_OR_NUMBER.any(text, a, b)) out.push({ line, start: lineStart + a, end: lineStart + b });
  };
  const push = (a: number, b: number): void => {
    // Over-long: cut at the last white space before the limit (else at the limit,
    // never between the two halves of a surrogate pair).
    while (b - a > MAX_SENTENCE_CHARS) {
      let cut = a + MAX_SENTENCE_CHARS;
      let k = cut;
      while (k > a + MAX_SENTENCE_CHARS / 2 && !isSpace(text.charCodeAt(k - 1))) k--;
      if (k > a + MAX_SENTENCE_CHARS / 2) cut = k;
      else if (isHighSurrogate(text.charCodeAt(cut - 1)) && isLowSurrogate(text.charCodeAt(cut))) cut--;
      emit(a, cut);
      a = cut;
    }
    emit(a, b);
  };
  for (let i = from; i < text.length; i++) {
    if (!isTerminator(text.charCodeAt(i))) continue;
    const ch = text[i];
    if (ch === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    if (ch === '.' && /^[A-Za-z]$/.test(text[i - 1] ?? '') && !/[A-Za-z]/.test(text[i - 2] ?? ' ')) continue;
    let j = i + 1;
    while (j < text.length && (TERMINATORS.has(text[j]) || CLOSERS.has(text[j]))) j++;
    if (j - i === 2 && text[i] === '.' && text[i + 1] === '.' && j < text.length && topicPrefix(text, s, i)) {
      i = j - 1;
      continue;
    }
    if (s === from && i > from && j < text.length && isDotRun(text, i, j) && onlyBreak(text, j, (headline ??= headlineEnd(text, from)))) {
      i = j - 1;
      continue;
    }
    if (j < text.length && !isSpace(text.charCodeAt(j))) {
      // Every terminator up to j would stop at the same character: skip the run
      // (else «!!!!…!x» is quadratic).
      i = j - 1;
      continue;
    }
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
    // A loop, not push(...spans): a line of 100,000 short sentences overflows the call stack.
    for (const sp of splitLine(lines.lineText(l), lines.starts[l], l, lineFrom(l))) out.push(sp);
  }
  return out;
}
