import { normalize, normalizeWithMap } from '../text/normalize';

/** Month names as Arabic news writes them: Egyptian/Gulf (يناير) and Levantine (كانون الثاني). */
const MONTHS: Array<[string, number]> = [
  ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['ابريل', 4], ['إبريل', 4], ['مايو', 5], ['يونيو', 6], ['يونيه', 6],
  ['يوليو', 7], ['يوليه', 7], ['اغسطس', 8], ['سبتمبر', 9], ['اكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12],
  ['كانون الثاني', 1], ['شباط', 2], ['اذار', 3], ['نيسان', 4], ['ايار', 5], ['حزيران', 6], ['تموز', 7], ['اب', 8],
  ['ايلول', 9], ['تشرين الاول', 10], ['تشرين الثاني', 11], ['كانون الاول', 12],
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7], ['august', 8],
  ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
];
const MONTH_RE = MONTHS.map(([m]) => normalize(m)).sort((a, b) => b.length - a.length).join('|');
const MONTH_OF = new Map(MONTHS.map(([m, n]) => [normalize(m), n]));

const pad = (n: number): string => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/*
 * Backtracking audit (every regex here runs on whole lines of untrusted text):
 * - each pattern is anchored by a digit run with `(?<!\d)` or by the month name,
 *   so a line has at most one start per digit run or month;
 * - two quantifiers that can match the same characters never sit side by side.
 *   D_MONTH_Y used to have `\s*[/(]?[^\d\n]{0,20}?[)]?` then `\s*,?\s*`: a
 *   run of k spaces after a month split three ways (O(k^3) per start; «1 يناير»
 *   and 1,000 spaces took 5 s, 4,000 spaces five minutes). findDate now folds
 *   white-space runs to one space first, and the filler between month and year
 *   is one bounded class, so each start costs O(1). Month names must stand as
 *   words («كتاب 12 2025» is not the 12th of «اب», August).
 */
const YMD = /(?<!\d)(\d{4}) ?[-/.] ?(\d{1,2}) ?[-/.] ?(\d{1,2})(?!\d)/;
const DMY = /(?<!\d)(\d{1,2}) ?[-/.] ?(\d{1,2}) ?[-/.] ?(\d{4})(?!\d)/;
/** «2 فبراير 2026», «2 من فبراير، 2026», «2 شباط (فبراير) 2026», «2 شباط/فبراير 2026». */
const D_MONTH_Y = new RegExp(`(?<!\\d)(\\d{1,2}) (?:من )?(${MONTH_RE})(?![\\p{L}\\p{M}])[^\\d\\n]{0,26}?(\\d{4})(?!\\d)`, 'iu');
const MONTH_D_Y = new RegExp(`(?<![\\p{L}\\p{M}])(${MONTH_RE}) (\\d{1,2}),? (\\d{4})(?!\\d)`, 'iu');
/**
 * The first date in a folded line: 2026-02-02, 07 - 02 - 2026 (day first, as
 * Arabic sites write it), «2 فبراير 2026», «2 شباط 2026», "February 2, 2026".
 */
export function findDate(foldedLine: string): string | null {
  // One space for every white-space run: the patterns then need no `\s*`, which
  // is what made them backtrack.
  const line = foldedLine.replace(/\s+/g, ' ');
  let m = YMD.exec(line);
  if (m) {
    const r = valid(+m[1], +m[2], +m[3]);
    if (r) return r;
  }
  m = DMY.exec(line);
  if (m) {
    let d = +m[1];
    let mo = +m[2];
    if (mo > 12 && d <= 12) [d, mo] = [mo, d];
    const r = valid(+m[3], mo, d);
    if (r) return r;
  }
  m = D_MONTH_Y.exec(line);
  if (m) {
    const r = valid(+m[3], MONTH_OF.get(m[2].toLowerCase()) ?? 0, +m[1]);
    if (r) return r;
  }
  m = MONTH_D_Y.exec(line);
  if (m) {
    const r = valid(+m[3], MONTH_OF.get(m[1].toLowerCase()) ?? 0, +m[2]);
    if (r) return r;
  }
  return null;
}

/**
 * Anchored; `\s*(?:[:：]\s*)?` instead of `\s*[:：]?\s*` so a label followed by
 * a long run of spaces cannot be split between two quantifiers (that was O(k^2)).
 */
const LEADING_DATE = /^\s*(?:(?:date|التاريخ)\s*(?:[:：]\s*)?)?(?:\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4})\s*/i;

/** «الأحد 26 يناير 2024»، «26 كانون الثاني 2024 - 10:30» at a line's start, on folded text. */
const WEEKDAY_RE = ['الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'].map(normalize).join('|');
const LEADING_WORD_DATE = new RegExp(`^[ \\t]*(?:(?:${WEEKDAY_RE})[ \\t،,]*)?\\d{1,2}[ \\t]+(?:${MONTH_RE})[ \\t]+\\d{4}(?:[ \\t]*[-–|،,]?[ \\t]*\\d{1,2}:\\d{2})?[ \\t]*`, 'i');

/** A date written at the start of a line («07 - 02 - 2026», "date 2026-02-02", «26 يناير 2024»): its length, or 0. */
export function leadingDateLength(line: string): number {
  const m = LEADING_DATE.exec(line);
  if (m) return m[0].length;
  // Dates in words: matched on the folded line, measured back on the original one.
  if (!/^\s*[\u0600-\u06ff\d٠-٩]/.test(line)) return 0;
  const norm = normalizeWithMap(line.length > 200 ? line.slice(0, 200) : line);
  const w = LEADING_WORD_DATE.exec(norm.text);
  return w ? norm.toOrig[w[0].length] : 0;
}
