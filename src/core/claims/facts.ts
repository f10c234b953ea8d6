/**
 * The facts a version of a claim states: numbers, years, dates, weekdays, negations
 * and stems (disagreement.ts compares them across articles, contradiction.ts pair by
 * pair). In a file of its own so that neither of those imports the other back.
 */
import { normalize } from '../text/normalize';
import { cachedStem } from '../text/stemCache';

const ONES: Record<string, number> = {
  واحد: 1, اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4, خمس: 5, خمسه: 5,
  ست: 6, سته: 6, سبع: 7, سبعه: 7, ثمان: 8, ثماني: 8, ثمانيه: 8, تسع: 9, تسعه: 9, عشر: 10, عشره: 10,
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50, ستون: 60, ستين: 60,
  سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90, مئه: 100, مائه: 100,
  مئتان: 200, مئتين: 200, مائتان: 200, مائتين: 200, ثلاثمائه: 300, ثلاثمئه: 300, اربعمائه: 400, اربعمئه: 400,
  خمسمائه: 500, خمسمئه: 500, ستمائه: 600, ستمئه: 600, سبعمائه: 700, سبعمئه: 700, ثمانمائه: 800, ثمانمئه: 800,
  تسعمائه: 900, تسعمئه: 900,
};
/** A number word's value, folded («خمسه»: 5, «عشرين»: 20); undefined for any other word. */
export function numberWordValue(w: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(ONES, w) ? ONES[w] : undefined;
}
const MULTIPLIERS: Array<[RegExp, number]> = [
  [/^(الف|الاف|الفا|الفين)$/, 1e3],
  [/^(مليون|ملايين|مليونا|مليوني|مليونين)$/, 1e6],
  [/^(مليار|مليارات|مليارا|ملياري|مليارين)$/, 1e9],
];
/**
 * Counted nouns in the dual, which state «2» with no figure («مقتل شخصين» / «مقتل 5»): only
 * those whose plural is of another pattern, so the ending cannot be a plural's (folded).
 */
const DUALS = new Set(
  'شخصين شخصان طفلين طفلان قتيلين قتيلان جنديين جنديان رجلين رجلان امراتين يومين يومان اسبوعين شهرين شهران عامين عامان سنتين سنتان ساعتين مرتين صاروخين طائرتين'.split(' '),
);
/** Scale words that state a value with no figure before them (folded). */
const SCALE_ALONE: Record<string, number> = {
  الف: 1e3, الفين: 2e3, الفان: 2e3, مليون: 1e6, مليوني: 2e6, مليونين: 2e6, مليونان: 2e6,
  مليار: 1e9, ملياري: 2e9, مليارين: 2e9, ملياران: 2e9,
};
const WEEKDAYS = ['الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت'];
/** A weekday with or without its article («السبت», «سبت»): one lookup per word, every word of every version is tried. */
const WEEKDAY_FORMS = new Set([...WEEKDAYS, ...WEEKDAYS.map((d) => d.slice(2))]);
/** First words of the two-word month names («كانون الثاني»). */
const MONTH_HEADS = new Set(['كانون', 'تشرين']);
const MONTHS: Record<string, number> = {
  يناير: 1, كانون_الثاني: 1, فبراير: 2, شباط: 2, مارس: 3, اذار: 3, ابريل: 4, نيسان: 4, مايو: 5, ايار: 5,
  يونيو: 6, حزيران: 6, يوليو: 7, تموز: 7, اغسطس: 8, اب: 8, سبتمبر: 9, ايلول: 9, اكتوبر: 10, تشرين_الاول: 10,
  نوفمبر: 11, تشرين_الثاني: 11, ديسمبر: 12, كانون_الاول: 12,
};
/** Negation particles (folded); verbs of denial are the pair check's (contradiction.ts), a kind of their own. */
const NEGATIONS = new Set(['لم', 'لن', 'لا', 'ليس', 'ليست', 'لست', 'ليسوا', 'عدم']);
/** Negations that do not negate: «لا يزال» (still), «لا سيما» (especially). */
const NOT_NEGATING_NEXT = new Set(['يزال', 'تزال', 'يزالون', 'تزالان', 'سيما', 'بد']);

// Every word of every version is tried against these: lookups in sets, made once (not `in` on a
// record, which walks its prototype, nor a closure per word).
const ONE_WORDS = new Set(Object.keys(ONES));
const MONTH_WORDS = new Set(Object.keys(MONTHS));
const SCALE_WORDS = new Set(Object.keys(SCALE_ALONE));
const isOne = (x: string): boolean => ONE_WORDS.has(x);
const isMonth = (x: string): boolean => MONTH_WORDS.has(x);
const isScale = (x: string): boolean => SCALE_WORDS.has(x);
const isWeekday = (x: string): boolean => WEEKDAY_FORMS.has(x);
const isNegation = (x: string): boolean => NEGATIONS.has(x);
const isDual = (x: string): boolean => DUALS.has(x);

/** A word without a one-letter proclitic («ولم» -> «لم», «والسبت» -> «السبت»). */
function bare(w: string, known: (x: string) => boolean): string | undefined {
  if (known(w)) return w;
  if (w.length > 2 && 'وفب'.includes(w[0]) && known(w.slice(1))) return w.slice(1);
  if (w.length > 3 && (w.startsWith('وب') || w.startsWith('ول')) && known(w.slice(2))) return w.slice(2);
  return undefined;
}

function formatNumber(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Math.round(x * 1000) / 1000);
}

export interface Facts {
  numbers: Set<string>;
  years: Set<string>;
  dates: Set<string>;
  weekdays: Set<string>;
  /** Each negation word with the stems of the words it governs (the next few). */
  negations: Array<{ word: string; scope: string[] }>;
  /** Stems of every word: what the version talks about. */
  stems: Set<string>;
}

/** A number written in digits, with thousands («1,500») or decimal («2.5», «2٫5») separators. */
function parseDigits(raw: string): number {
  if (/^\d{1,3}(,\d{3})+$/.test(raw)) return Number(raw.replace(/,/g, ''));
  return Number(raw.replace(',', '.'));
}

/** The numbers, dates, days and negations one sentence states. */
export function facts(text: string): Facts {
  const out: Facts = { numbers: new Set(), years: new Set(), dates: new Set(), weekdays: new Set(), negations: [], stems: new Set() };
  let folded = normalize(text).replace(/\u066b/g, '.').replace(/\u066c/g, ',');
  // Numeric dates first: 2026-02-02, 2/2/2026.
  folded = folded.replace(/(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/g, (_, y: string, m: string, d: string) => {
    out.dates.add(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
    return ' ';
  });
  folded = folded.replace(/(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})/g, (_, d: string, m: string, y: string) => {
    out.dates.add(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
    return ' ';
  });
  // Tokens: numbers in digits, Arabic words, and the percent sign.
  const toks = folded.match(/\d+(?:[.,]\d+)*|[\u0621-\u064a]+|%/g) ?? [];
  // Two-word month names («كانون الثاني», «تشرين الأول») become one token.
  for (let i = 0; i + 1 < toks.length; i++) if (MONTH_HEADS.has(toks[i]) && isMonth(`${toks[i]}_${toks[i + 1]}`)) toks.splice(i, 2, `${toks[i]}_${toks[i + 1]}`);
  const numberAt = (i: number): number | undefined => {
    const t = toks[i];
    if (t === undefined) return undefined;
    if (/^\d/.test(t)) return parseDigits(t);
    const w = bare(t.replace(/^ال/, ''), isOne);
    return w === undefined ? undefined : ONES[w];
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const month = bare(t, isMonth);
    if (month !== undefined) {
      const day = numberAt(i - 1);
      const year = /^\d{4}$/.test(toks[i + 1] ?? '') ? toks[i + 1] : undefined;
      // «مارس» is also a verb and «آب» a father: a month only beside a day or a year.
      if (day !== undefined || year !== undefined) {
        if (day !== undefined) out.numbers.delete(formatNumber(day));
        out.dates.add([year ?? '', String(MONTHS[month]).padStart(2, '0'), day !== undefined ? String(day).padStart(2, '0') : ''].join('-'));
        if (year) i++;
        continue;
      }
    }
    const day = bare(t, isWeekday);
    if (day !== undefined) {
      out.weekdays.add(day.startsWith('ال') ? day : 'ال' + day);
      continue;
    }
    const neg = bare(t, isNegation);
    if (neg !== undefined && !NOT_NEGATING_NEXT.has(toks[i + 1] ?? '')) {
      const scope = toks.slice(i + 1, i + 5).filter((w) => /^[\u0621-\u064a]{3,}$/.test(w)).map(cachedStem);
      out.negations.push({ word: neg, scope });
      continue;
    }
    if (/^[\u0621-\u064a]{3,}$/.test(t)) out.stems.add(cachedStem(t));
    if (/^\d{4}$/.test(t) && Number(t) >= 1900 && Number(t) <= 2100) {
      out.years.add(t);
      continue;
    }
    let value = numberAt(i);
    if (value === undefined) {
      // «يحصد مليار دولار» / «مليون دولار»: a scale word alone, singular or dual, is a number too
      // (plurals, «ملايين», «آلاف», are vague, and «مليارا» is one or, before its noun, two: no value).
      const scale = bare(t, isScale);
      if (scale !== undefined) out.numbers.add(formatNumber(SCALE_ALONE[scale]));
      // Not with «ال»: «خلال اليومين الماضيين» is a time, not a count.
      else if (bare(t, isDual) !== undefined) out.numbers.add('2');
      continue;
    }
    // A number told in words of parts after «و»: «مائة وخمسين» is 150, «خمسة وعشرون» 25, «مائة وخمسة
    // وعشرين» 125 (not «5 و 6», two figures; nor «عشرة وعشرة»): the parts summed, a hundred before
    // what is under it, a unit before the tens.
    for (let last = value; !/^\d/.test(t) && (toks[i + 1] ?? '').startsWith('و'); ) {
      const next = numberAt(i + 1);
      if (next === undefined || !((last >= 100 && next < 100) || (last < 10 && next >= 20 && next < 100 && next % 10 === 0))) break;
      value += next;
      last = next;
      i++;
    }
    const mult = MULTIPLIERS.find(([re]) => re.test(toks[i + 1] ?? ''));
    if (mult) {
      value *= mult[1];
      i++;
    }
    // «20%», «20 في المئة», «20 بالمئة».
    let percent = '';
    if (toks[i + 1] === '%' || /^(بالمئه|بالمائه)$/.test(toks[i + 1] ?? '')) {
      percent = '%';
      i++;
    } else if (toks[i + 1] === 'في' && /^(المئه|المائه)$/.test(toks[i + 2] ?? '')) {
      percent = '%';
      i += 2;
    }
    out.numbers.add(formatNumber(value) + percent);
  }
  return out;
}

/** Two non-empty sets that share nothing: two versions state different values. */
export function disjoint(a: Set<string>, b: Set<string>): boolean {
  if (!a.size || !b.size) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}

/** The facts of one sentence, worked out once for every pair it takes part in. */
export type SentenceFacts = Facts;
export const sentenceFacts = (text: string): SentenceFacts => facts(text);

/** Numbers and dates two single versions state differently («20 | 25»), for the pair check. */
export function factsDiffer(a: string | SentenceFacts, b: string | SentenceFacts): { number?: string; date?: string } {
  const fa = typeof a === 'string' ? facts(a) : a;
  const fb = typeof b === 'string' ? facts(b) : b;
  const out: { number?: string; date?: string } = {};
  if (disjoint(fa.numbers, fb.numbers)) out.number = `${[...fa.numbers].join('، ')} | ${[...fb.numbers].join('، ')}`;
  for (const k of ['dates', 'years', 'weekdays'] as const) {
    if (!out.date && disjoint(fa[k], fb[k])) out.date = `${[...fa[k]].join('، ')} | ${[...fb[k]].join('، ')}`;
  }
  return out;
}
