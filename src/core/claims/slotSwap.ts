/**
 * Another word in the same slot: two versions that tell the same frame word
 * for word and fill one place of it differently («قرار بإمداد السودان بالمال» /
 * «... بالنفط», «يهيمن على جوائز غرامي» / «جوائز أوسكار»). A paraphrase
 * changes words too, but it moves them around the frame, or swaps one for a
 * synonym or a form of the same root; a contradiction keeps the frame and puts
 * another thing in it. On the news-stance training pairs, such a swap (the same
 * content words in the same order but one) is a disagreement 129 times out of
 * 133.
 */
import { normalize } from '../text/normalize';
import { isStopword } from '../text/stopwords';
import { lex, sameRoot, stemOf } from './contradictionWords';
import { claimSynonym } from './synonyms';

/** A version's content words in order, each with its synonym class («هبوط», «انخفاض» are one). */
/** `at`: the word's place in the sentence, to tell a name or a noun with its adjective from two words apart. */
export type Frame = ReadonlyArray<{ key: string; word: string; at: number }>;

export function slotFrame(words: readonly string[]): Frame {
  const out: Array<{ key: string; word: string; at: number }> = [];
  // A «و» typed apart from its word («للمالية و الخزانة», common in scraped text) joins the
  // words it links as the glued one does: it takes no place of its own.
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === 'و') continue;
    at++;
    const unit = TIME_UNITS.get(w);
    // «يوم الأربعاء» names a day: a date, which versions add or drop freely (facts.ts compares dates).
    if (unit && !DAYS.has(words[i + 1] ?? '')) {
      out.push({ key: unit, word: w, at });
      continue;
    }
    // Words of two letters are content too when not function words («قط», «بن» the coffee, «دم»).
    if (w.length < 2 || isStopword(w) || lex().NEGATIONS.has(w) || lex().AUX.has(w)) continue;
    out.push({ key: claimSynonym(stemOf(w)), word: w, at });
  }
  return out;
}

/**
 * Units of time, stop words for grouping (a date's words say little of the claim) but a place
 * of the frame here: «أكبر خسارة في يوم» / «في عام» tell two things. «عام» and «سنة» are one unit.
 */
const TIME_UNITS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['يوم', 'يوم'], ['اليوم', 'يوم'], ['ايام', 'يوم'], ['يوما', 'يوم'], ['عام', 'سنة'], ['العام', 'سنة'], ['عاما', 'سنة'], ['سنة', 'سنة'], ['السنة', 'سنة'],
      ['سنوات', 'سنة'], ['اعوام', 'سنة'], ['شهر', 'شهر'], ['اشهر', 'شهر'], ['شهرا', 'شهر'], ['اسبوع', 'اسبوع'], ['اسابيع', 'اسبوع'], ['ساعة', 'ساعة'], ['ساعات', 'ساعة'],
    ] as Array<[string, string]>
  ).map(([w, k]) => [normalize(w), `#time:${normalize(k)}`]),
);

const DAYS: ReadonlySet<string> = new Set('الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت'.split(' ').map(normalize));

/** Are the span's words next to each other in the sentence («القلق النفسي», «عباس العقاد»), not two words with a third between? */
const adjacent = (span: Frame): boolean => span.every((s, i) => i === 0 || s.at === span[i - 1].at + 1);

/** One letter changed, added, dropped or two swapped: a misspelling («محكمة» / «محمكة»), not another word. */
function typo(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1 || Math.min(x.length, y.length) < 4) return false;
  if ([...x].sort().join('') === [...y].sort().join('')) return true;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  let j = 0;
  while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
  return Math.max(x.length, y.length) - i - j <= 1;
}

/**
 * A verb in the present («يتلقى», «تتفوق»): the predicate, which paraphrases
 * reword most freely («يتلقى العلاج» / «يخضع للعلاج»); opposite predicates are
 * the antonym list's.
 */
const verbLike = (w: string): boolean => w.length >= 4 && (w[0] === 'ي' || w[0] === 'ت');

/** Words of number next to a figure: the figures are compared as numbers (facts.ts), «1.5 مليار» is «1,500 مليون». */
const NUMBER_WORDS = new Set(['مليار', 'مليارات', 'مليون', 'ملايين', 'ألف', 'آلاف', 'بليون', 'تريليون', 'بالمئة', 'بالمائة', 'المئة'].map(normalize));

/**
 * Content words a frame needs: in three («الاتفاق بات قريبا» / «... وشيكا») the
 * swapped word is the predicate itself, which paraphrases reword.
 */
const MIN_FRAME = 4;

/** The most words a slot may take on either side («شكسبير» / «عباس العقاد», «بالتحرش الجنسي» / «بالسرقة»). */
const MAX_SPAN = 2;
/**
 * The most words of a slot that ends the sentence after a frame of MIN_FRAME - 1 words at least,
 * against two words at least («تنقل للمستشفى إثر جرعة مخدرات زائدة» / «إثر حادث سير»): there nothing
 * after it moves (three words against one are often a name and its description). A slot of
 * three words elsewhere flags paraphrases on the training pairs (a list of three countries against
 * «ثلاث دول خليجية», the frame's words moved around it).
 */
const MAX_TAIL_SPAN = 3;

/**
 * The words that fill one slot differently, when the versions are otherwise
 * the same content words in the same order: one word for one, or a name or a
 * noun with its adjective for another («العصر الحجري الحديث» / «العصر الجليدي»,
 * «بدء عصر الغاز الطبيعي» / «بدء عصر الطاقة الشمسية»), the frame around it at
 * least MIN_FRAME - 1 words.
 * `alike`: words the caller knows say the same («لأدنى» / «لأقل», two words of one direction).
 * `figures`: whether either version states a figure in digits.
 * `negated`: whether either version negates or denies.
 */
export function slotSwap(a: Frame, b: Frame, alike: (x: string, y: string) => boolean = () => false, figures = true, negated = false): [string, string] | undefined {
  if (Math.max(a.length, b.length) < MIN_FRAME) return undefined;
  let head = 0;
  // A present verb and a form of it that is not one stand in the frame as one word: the
  // participle for the verb («مدمن على شراء» / «يدمن شراء») keeps the frame.
  const same = (x: Frame[number], y: Frame[number]): boolean => x.key === y.key || (verbLike(x.word) !== verbLike(y.word) && sameRoot(x.word, y.word));
  while (head < a.length && head < b.length && same(a[head], b[head])) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && same(a[a.length - 1 - tail], b[b.length - 1 - tail])) tail++;
  const xs = a.slice(head, a.length - tail);
  const ys = b.slice(head, b.length - tail);
  const span = tail === 0 && head >= MIN_FRAME - 1 && Math.min(xs.length, ys.length) > 1 ? MAX_TAIL_SPAN : MAX_SPAN;
  if (xs.length < 1 || ys.length < 1 || xs.length > span || ys.length > span || head + tail < (xs.length > 1 || ys.length > 1 ? 2 : MIN_FRAME - 1)) return undefined;
  // A slot of two words holds one thing, two adjacent words; and a negation reworded
  // («ليس لديها خطط» / «تنفي وجود خطط», «لا نخطط» / «لا توجد نية») is the negation check's.
  if ((xs.length > 1 || ys.length > 1) && (negated || !adjacent(xs) || !adjacent(ys))) return undefined;
  const [fx, fy] = nominalized(xs, ys);
  // The words each lacks must be missing from the other version altogether (not moved).
  if (fx.some((x) => b.some((s) => s.key === x.key)) || fy.some((y) => a.some((s) => s.key === y.key))) return undefined;
  for (const { word: x } of fx) {
    // «آلاف» / «عشرات» with no figure beside them are another number in the slot.
    if (figures && NUMBER_WORDS.has(x)) return undefined;
    for (const { word: y } of fy) if ((figures && NUMBER_WORDS.has(y)) || sameRoot(x, y) || typo(x, y) || alike(x, y) || (verbLike(x) && verbLike(y))) return undefined;
  }
  return [fx.map((x) => x.word).join(' '), fy.map((y) => y.word).join(' ')];
}

/**
 * A slot of two words on each side where one word of each is the other's (by synonym class,
 * or a form of its root) and the two stand in another order: the present verb turned into
 * its noun, with the subject after it («شاكيرا تخسر معركة» / «خسارة بيونسيه لمعركتها»), a
 * rewording headlines make all the time. What is left, one word for one, is the slot (the
 * subject). Otherwise the slot as it is. Narrow on purpose: on the news-stance pairs it
 * flags one development contradiction and no pair of the training side, where looser
 * readings (any word moved, a verb left beside it) flagged four paraphrases.
 */
type Span = Frame[number][];
function nominalized(xs: Span, ys: Span): [Span, Span] {
  if (xs.length !== 2 || ys.length !== 2) return [xs, ys];
  for (let i = 0; i < 2; i++) {
    // The reworded predicate stands first in one version and second in the other.
    const j = 1 - i;
    const [p, q] = [xs[i].word, ys[j].word];
    // A verb against a form of it that is not one (its noun), and the words left not verbs:
    // a verb in the slot beside it («تواصل خسائرها» / «تخسر الكثير», «يعلن تطويق» / «تطويق
    // مدينة») or no verb at all («بسلطات أوسع» / «بزيادة سلطات») is a rewording around the word.
    // Without its article the noun must not read as a verb either: «التاريخية» / «تاريخ» is one noun.
    const noArticle = (w: string): string => (w.startsWith('ال') ? w.slice(2) : w);
    const predicate = verbLike(p) !== verbLike(q) && verbLike(noArticle(p)) !== verbLike(noArticle(q)) && (xs[i].key === ys[j].key || sameRoot(p, q));
    const left = [xs[j].word, ys[i].word];
    if (predicate && !left.some(verbLike) && xs[j].key !== ys[i].key && !sameRoot(left[0], left[1])) return [[xs[j]], [ys[i]]];
  }
  return [xs, ys];
}
