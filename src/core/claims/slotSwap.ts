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
export type Frame = ReadonlyArray<{ key: string; word: string }>;

export function slotFrame(words: readonly string[]): Frame {
  const out: Array<{ key: string; word: string }> = [];
  for (const w of words) {
    if (w.length < 3 || isStopword(w) || lex().NEGATIONS.has(w) || lex().AUX.has(w)) continue;
    out.push({ key: claimSynonym(stemOf(w)), word: w });
  }
  return out;
}

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

/**
 * The two words that fill one slot differently, when the versions are otherwise
 * the same content words in the same order.
 * `alike`: words the caller knows say the same («لأدنى» / «لأقل», two words of one direction).
 * `figures`: whether either version states a figure in digits.
 */
export function slotSwap(a: Frame, b: Frame, alike: (x: string, y: string) => boolean = () => false, figures = true): [string, string] | undefined {
  if (a.length !== b.length || a.length < MIN_FRAME) return undefined;
  let at = -1;
  for (let k = 0; k < a.length; k++) {
    if (a[k].key === b[k].key) continue;
    if (at >= 0) return undefined;
    at = k;
  }
  if (at < 0) return undefined;
  const [x, y] = [a[at].word, b[at].word];
  // The word each lacks must be missing from the other version altogether (not moved).
  if (b.some((s) => s.key === a[at].key) || a.some((s) => s.key === b[at].key)) return undefined;
  // «آلاف» / «عشرات» with no figure beside them are another number in the slot.
  if ((figures && (NUMBER_WORDS.has(x) || NUMBER_WORDS.has(y))) || sameRoot(x, y) || typo(x, y) || alike(x, y) || (verbLike(x) && verbLike(y))) return undefined;
  return [x, y];
}
