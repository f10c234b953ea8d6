/**
 * A claim told with its circumstance, against one that tells only the
 * circumstance, for the rival split (rivals.ts). A headline names its event
 * first and may add what came with it or caused it after «مع», «إثر»,
 * «بسبب» ... («المركزي المصري يخفض أسعار الفائدة مع انحسار التضخم»,
 * «سيارات تركيا للأعلى مع ارتفاع الليرة», «ارتفاع الدولار إثر التهديد بحرب
 * تجارية»). A version that shares words with that circumstance only, and none
 * with the event before it («تراجع التضخم في مصر», «الليرة التركية ترتفع»,
 * «توقف الحرب التجارية بين الصين وترامب»), tells the circumstance as its own
 * claim: another claim, which the grouping joins to the first through the
 * circumstance's words. A retelling of the event keeps the event's subject
 * («الإنتاج الأميركي يرفع أسعار النفط» / «النفط يصعد بفعل ...»), so it stays.
 *
 * Countries, the registry's places and the words of their adjectives are
 * the setting of both parts, not the event («مصر», «التركية», «غزة»), and
 * words of direction, price and degree are shared by any two market
 * headlines: none of them counts on either side.
 */
import countriesJson from '../data/registry/countries.json';
import { BoundedMap } from '../text/boundedMap';
import { normalize } from '../text/normalize';
import { isStopword } from '../text/stopwords';
import { directionOf, PRICE_AND_DEGREE } from './direction';
import { stemOf } from './contradictionWords';
import { claimSynonym } from './synonyms';
import { synonym } from '../text/stem';

/** Words that open a headline's circumstance: what came with the event, or caused it. */
const OPENERS = new Set(
  ['مع', 'ومع', 'بالتزامن', 'تزامنا', 'وسط', 'إثر', 'اثر', 'عقب', 'بعد', 'بعدما', 'بفعل', 'بسبب', 'جراء', 'نتيجة', 'بدعم', 'مدعوما', 'مدفوعا', 'بضغط', 'تحت'].map(normalize),
);
/** The event must come first: at least this many words before the opener (one opening the headline frames it instead). */
const MIN_EVENT_WORDS = 2;

let countryStems: Set<string> | undefined;
/**
 * Stems of the one-word names and adjectives of the countries and places the
 * registry lists («مصر», «المصري», «تركيا», «غزة»: the stemmer folds name and
 * adjective together). Places count as setting too: on ANS train, countries
 * alone keep one contradiction fewer apart.
 */
function countries(): Set<string> {
  if (!countryStems) {
    const raw = countriesJson as Array<{ name: string; aliases?: string[]; adjectives?: string[] }>;
    const words = raw.flatMap((c) => [c.name, ...(c.aliases ?? []), ...(c.adjectives ?? [])]).filter((w) => !/\s/.test(w));
    countryStems = foldSet(words);
  }
  return countryStems;
}

/** A word's stem folded onto its synonym, as the grouping's features are («تحذر» / «هددت» one feature). */
const fold = (w: string): string => claimSynonym(synonym(stemOf(w)));
const foldSet = (words: readonly string[]): Set<string> => new Set(words.map((w) => fold(normalize(w))));

/** Price, degree, level and a fall the direction list lacks («سقوط»): shared by any two reports of a movement. */
const GENERIC = foldSet([...PRICE_AND_DEGREE, 'مستوى', 'مستويات', 'مجددا', 'متواصل', 'قياسي', 'قياسية', 'سقوط', 'يسقط', 'تسقط']);

/** A word's folded stem when it is content for telling the event from its circumstance, else ''. */
function contentStem(w: string): string {
  if (w.length < 3 || isStopword(w) || OPENERS.has(w) || directionOf(w) !== 0) return '';
  const st = fold(w);
  return GENERIC.has(st) || countries().has(st) ? '' : st;
}

/** A question («ما الموقف بعد الحرب الكلامية»): it names no event of its own. */
const QUESTION = /[؟?]|^\s*(ما|ماذا|هل|كيف|لماذا|متى|اين|من)\s/;

interface Reading {
  /** The folded stems of all its words, function words and words of reporting too («حذرت»): what a version shares of an event. */
  all: Set<string>;
  /** Content stems of the event, before the circumstance's opener (undefined: no circumstance). */
  event?: Set<string>;
  /** Content stems of the circumstance. */
  circumstance?: Set<string>;
}

const cache = new BoundedMap<string, Reading>(50_001);

function read(text: string): Reading {
  let r = cache.get(text);
  if (r) return r;
  const folded = normalize(text);
  const words = folded.match(/[\u0621-\u064a]+/g) ?? [];
  const stems = words.map(contentStem);
  r = { all: new Set(words.filter((w) => w.length >= 3).map(fold)) };
  const at = QUESTION.test(folded) ? -1 : words.findIndex((w, i) => i >= MIN_EVENT_WORDS && OPENERS.has(w));
  if (at > 0) {
    const event = new Set(stems.slice(0, at).filter(Boolean));
    const circumstance = new Set(stems.slice(at + 1).filter(Boolean));
    if (event.size > 0 && circumstance.size > 0) Object.assign(r, { event, circumstance });
  }
  cache.set(text, r);
  return r;
}

/** Does the text name an event and, after an opener, its circumstance? */
export function hasCircumstance(text: string): boolean {
  return read(text).event !== undefined;
}

/** Does `other` share words with `text`'s circumstance and none with its event? */
function circumstanceOnly(text: string, other: string): boolean {
  const { event, circumstance } = read(text);
  if (!event || !circumstance) return false;
  const o = read(other).all;
  for (const st of event) if (o.has(st)) return false;
  for (const st of circumstance) if (o.has(st) && !event.has(st)) return true;
  return false;
}

/** Does one of the two tell only the other's circumstance (see the top)? */
export function toldApart(a: string, b: string): boolean {
  return circumstanceOnly(a, b) || circumstanceOnly(b, a);
}
