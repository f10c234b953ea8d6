/**
 * Who does what to whom: two versions with the same verb whose subjects trade
 * places («قبرص تعلن تكلفة خط الغاز لمصر» / «مصر تعلن تكلفة خط الغاز القبرصي»,
 * «كندا تشتكي أميركا» / «أميركا تشتكي كندا»). The words are the same, so the
 * other signals see nothing; the roles are another claim. Read only where each
 * version opens with its subject and the verb right after it (at most a particle
 * between: «أميركا قد تعاقب»), the verb the same in both (its person aside: «تحذر» / «يحذر»), and each subject named
 * later in the other version, as a name or its adjective («القبرصي»). A verb of
 * two parties doing one thing together («يلتقي», «يتفق») or a partner after
 * «مع» reads the same either way round.
 *
 * On the news-stance training pairs, such a swap in subject-verb order with the
 * same verb is a disagreement 5 times in 6 (the agreeing one read its subject in
 * a relative clause, «ما هو ... الذي يحتفل به»; the subject must open the
 * sentence); a swap with another verb agrees as often as it disagrees
 * («إسرائيل تتهم إيران بقصف الجولان» / «إيران تقصف الجولان»), so it is left out.
 * As written now (the subject opening the sentence, capitals for their countries)
 * it fires on 7 training pairs and 3 development pairs, all disagreements.
 */
import { normalize } from '../text/normalize';
import { isStopword } from '../text/stopwords';
import { skeleton, stemOf } from './contradictionWords';
import { claimSynonym } from './synonyms';

/**
 * Capitals that news names for their countries («بكين تعاقب واشنطن» / «واشنطن تعاقب الصين»), and
 * the spellings of one country, by name key.
 */
const ALIASES = new Map<string, string>([
  ['بكين', 'صين'], ['واشنطن', 'امريك'], ['امريكا', 'امريك'], ['اميركا', 'امريك'], ['اميرك', 'امريك'], ['ولايات', 'امريك'], ['موسكو', 'روس'], ['طهران', 'اير'],
  ['انقر', 'ترك'], ['لندن', 'بريطان'], ['باريس', 'فرنس'], ['برلين', 'المان'], ['رياض', 'سعود'], ['قاهر', 'مصر'],
  ['دمشق', 'سور'], ['بغداد', 'عراق'], ['اوتاو', 'كند'], ['طوكيو', 'يابان'], ['سيول', 'كوري'], ['الدوح', 'قطر'], ['دوح', 'قطر'],
]);

const ending = (w: string): string => w.replace(/(ية|يه|يا|ي|ة|ه|ا)$/, '');
const alias = (k: string): string => ALIASES.get(k) ?? k;

/**
 * A name or its adjective without its proclitics and endings: «لمصر», «المصرية» -> «مصر»; «تركيا»,
 * «التركي» -> «ترك». Two keys when the word opens with «ب» or «ل»: a preposition («لمصر»), or the
 * name's own letter («بريطانيا», «بكين»).
 */
const nameKeys = (w: string): string[] => {
  const whole = w.replace(/^[وف]?(ال)?/, '');
  const bare = w.replace(/^[وف]?(بال|لل|ال|ب|ل)?/, '');
  return [...new Set([alias(whole), alias(ending(whole)), alias(ending(bare))])];
};

/** A verb in the present: «تعلن», «يحذر». */
const presentVerb = (w: string): boolean => w.length >= 4 && (w[0] === 'ي' || w[0] === 'ت');

/** Verbs of two parties together: either way round they tell one event. */
const RECIPROCAL = new Set(['يلتقي', 'تلتقي', 'يجتمع', 'تجتمع', 'يتفق', 'تتفق', 'يتفقان', 'تتفقان', 'يتصل', 'تتصل', 'يهاتف', 'تهاتف', 'يبحث', 'تبحث', 'يتحاور', 'تتحاور', 'يتنافس', 'تتنافس', 'يفاوض', 'تفاوض', 'يوقع', 'توقع', 'يصافح', 'تصافح', 'يتعاون', 'تتعاون', 'يعمل', 'تعمل'].map(normalize));

interface Opening {
  subject: string;
  keys: string[];
  verb: string;
  verbWord: string;
  /** The name keys of the words after the verb. */
  rest: Set<string>;
  /** The name keys of the words right after «مع»: partners, not objects. */
  partners: Set<string>;
}

function opening(words: readonly string[]): Opening | undefined {
  const subject = words[0];
  if (!subject || subject.length < 3 || isStopword(subject)) return undefined;
  let v = 1;
  if (words[v] !== undefined && isStopword(words[v]) && !presentVerb(words[v])) v++;
  const verb = words[v];
  if (!verb || !presentVerb(verb) || isStopword(verb) || RECIPROCAL.has(verb)) return undefined;
  const rest = words.slice(v + 1);
  const partners = new Set<string>();
  for (let k = 1; k < rest.length; k++) if (rest[k - 1] === 'مع') for (const key of nameKeys(rest[k])) partners.add(key);
  const keys = nameKeys(subject).filter((k) => k.length >= 3);
  return { subject, keys, verb: claimSynonym(stemOf(verb)), verbWord: verb, rest: new Set(rest.flatMap(nameKeys)), partners };
}

/** The two subjects, when the versions' subjects trade places around one verb. `a`, `b`: the folded words in order. */
export function roleSwap(a: readonly string[], b: readonly string[]): [string, string] | undefined {
  const x = opening(a);
  const y = opening(b);
  if (!x || !y || (x.verb !== y.verb && skeleton(x.verbWord) !== skeleton(y.verbWord))) return undefined;
  if (!x.keys.length || !y.keys.length || x.keys.some((k) => y.keys.includes(k))) return undefined;
  if (!x.keys.some((k) => y.rest.has(k)) || !y.keys.some((k) => x.rest.has(k))) return undefined;
  if (x.keys.some((k) => y.partners.has(k)) || y.keys.some((k) => x.partners.has(k))) return undefined;
  return [x.subject, y.subject];
}
