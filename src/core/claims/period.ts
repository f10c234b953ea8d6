/**
 * The period a market report measures its level against («لأعلى مستوى في 6
 * أسابيع», «أدنى مستوياتها منذ خمسة أشهر», «في عام»), for the rival split
 * (rivals.ts). Two reports of one market at a high or a low of a different
 * period are two days' reports, though they share every other word; the
 * grouping cannot tell them apart (numbers are no features), and neither can
 * the pair check (a number changed is a detail retellings differ on). Read
 * only after «في», «منذ», «خلال» (the period the level is the highest or
 * lowest of), so a date («منذ عام 2015») or «هذا العام» is no period.
 */
import { BoundedMap } from '../text/boundedMap';
import { normalize } from '../text/normalize';
import { numberWordValue } from './facts';

/** Days in each unit of time, by its singular, plural, accusative and dual forms (normalized). */
const UNITS: Array<[RegExp, number, number]> = [
  // [form, days, count the form itself states (a dual: 2; else 1, or the number before it)]
  [/^(يوم|يوما|ايام)$/, 1, 1],
  [/^يومين$/, 1, 2],
  [/^(اسبوع|اسبوعا|اسابيع)$/, 7, 1],
  [/^اسبوعين$/, 7, 2],
  [/^(شهر|شهرا|اشهر|شهور)$/, 30, 1],
  [/^شهرين$/, 30, 2],
  [/^(عام|عاما|اعوام|سنه|سنوات|سنين)$/, 365, 1],
  [/^(عامين|سنتين)$/, 365, 2],
];

const PERIOD_BEFORE = new Set(['في', 'فى', 'منذ', 'خلال'].map(normalize));

/** A number written in digits (Latin or Arabic-Indic) or as a word; undefined if the word is none. */
function numberOf(w: string): number | undefined {
  const digits = w.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660));
  if (/^\d{1,3}$/.test(digits)) return Number(digits);
  return numberWordValue(w);
}

const cache = new BoundedMap<string, number[]>(50_001);

/** Every period the text measures a level against, in days («في 6 أسابيع»: 42). */
export function periodsOf(text: string): number[] {
  let out = cache.get(text);
  if (out) return out;
  out = [];
  const words = normalize(text).match(/[\u0621-\u064a]+|[0-9\u0660-\u0669]+/g) ?? [];
  for (let i = 1; i < words.length; i++) {
    const unit = UNITS.find(([re]) => re.test(words[i]));
    if (!unit) continue;
    // A year named after the unit is a date, not a period («منذ عام 2015»).
    if (i + 1 < words.length && /^[0-9\u0660-\u0669]+$/.test(words[i + 1])) continue;
    const [, days, count] = unit;
    if (PERIOD_BEFORE.has(words[i - 1])) out.push(days * count);
    else if (i >= 2 && PERIOD_BEFORE.has(words[i - 2]) && numberOf(words[i - 1]) !== undefined) out.push(days * numberOf(words[i - 1])!);
  }
  cache.set(text, out);
  return out;
}

/**
 * Two versions each measure a level against a period, and no period of one is
 * within a tenth of one of the other's («في 6 أسابيع» / «في 3 أسابيع»; «في 12
 * أسبوعا» and «في ثلاثة أشهر» are one period, told two ways).
 */
export function periodsDiffer(a: string, b: string): boolean {
  const pa = periodsOf(a);
  if (pa.length === 0) return false;
  const pb = periodsOf(b);
  if (pb.length === 0) return false;
  return !pa.some((x) => pb.some((y) => Math.abs(x - y) <= 0.1 * Math.max(x, y)));
}
