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
 * Countries are read from the registry (names, one-word aliases, adjectives and
 * capitals: «واشنطن», «أنقرة»). A subject of two or three words before its verb
 * counts by the country it names («رئيس الوزراء الإثيوبي يطمئن مصر» / «مصر تطمئن
 * أثيوبيا»), against a country only: two more training pairs, both disagreements.
 *
 * Also two countries trading the words they qualify («السلع التركية» / «السلع
 * الأميركية», each version naming both countries; pairingSwap): on the ANS pairs
 * it took train two-article contradictions handled 83.7% -> 84.3%, across articles
 * 88.6% -> 89.0%, dev 90.2% -> 90.4% and 93.4% -> 93.6%, paraphrases unchanged.
 * And two countries trading the roles prepositions give them («من الولايات المتحدة
 * لكوريا الجنوبية» / «من كوريا الجنوبية للولايات المتحدة»; prepositionSwap): one
 * more train pair of each kind, nothing else changed.
 */
import { normalize } from '../text/normalize';
import { isStopword } from '../text/stopwords';
import { sameRoot, skeleton, stemOf } from './contradictionWords';
import { claimSynonym } from './synonyms';
import { directionOf } from './direction';
import { countryForms, countryOf } from './countries';

const ending = (w: string): string => w.replace(/(ية|يه|يا|ي|ة|ه|ا)$/, '');

/**
 * A name or its adjective without its proclitics and endings: «لمصر», «المصرية» -> «مصر»; «تركيا»,
 * «التركي» -> «ترك». Two keys when the word opens with «ب» or «ل»: a preposition («لمصر»), or the
 * name's own letter («بريطانيا», «بكين»). A country of the registry keys as its id, capitals too.
 */
const nameKeys = (w: string): string[] => {
  const country = countryOf(w);
  const whole = w.replace(/^[وف]?(ال)?/, '');
  const bare = w.replace(/^[وف]?(بال|لل|ال|ب|ل)?/, '');
  return [...new Set([...(country ? [country] : []), whole, ending(whole), ending(bare)])];
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
  /** A subject of a few words, read by its country (SUBJECT_WORDS). */
  phrase: boolean;
}

function opening(words: readonly string[]): Opening | undefined {
  const subject = words[0];
  if (!subject || subject.length < 3 || isStopword(subject)) return undefined;
  let v = 1;
  if (words[v] !== undefined && isStopword(words[v]) && !presentVerb(words[v])) v++;
  let keys = nameKeys(subject).filter((k) => k.length >= 3);
  const phrase = !presentVerb(words[v] ?? '');
  if (phrase) {
    // A subject of a few words named by its country («رئيس الوزراء الإثيوبي يطمئن مصر», «إجراءات
    // صينية جديدة تتحدى أميركا»): the countries before the verb, and only them (a noun of the phrase
    // is no party). Not a verb of direction: «التلويح الأميركي يهوي بالليرة التركية» is «الليرة
    // التركية تتهاوى إثر التلويح الأميركي» told from the other end.
    v = words.findIndex((w, i) => i > 1 && i <= SUBJECT_WORDS && presentVerb(w) && !isStopword(w) && !countryOf(w));
    keys = v < 0 ? [] : [...new Set(words.slice(0, v).map(countryOf).filter((c): c is string => c !== undefined))];
    if (!keys.length || directionOf(words[v]) !== 0) return undefined;
  }
  const verb = words[v];
  if (!verb || !presentVerb(verb) || isStopword(verb) || RECIPROCAL.has(verb)) return undefined;
  const rest = words.slice(v + 1);
  const partners = new Set<string>();
  for (let k = 1; k < rest.length; k++) if (rest[k - 1] === 'مع') for (const key of nameKeys(rest[k])) partners.add(key);
  // A one-word subject is that word, without a particle skipped before the verb («مصر قد تطمئن»).
  return { subject: phrase ? words.slice(0, v).join(' ') : subject, keys, verb: claimSynonym(stemOf(verb)), verbWord: verb, rest: new Set(rest.flatMap(nameKeys)), partners, phrase };
}

/** The most words a subject named by its country may take before its verb. */
const SUBJECT_WORDS = 3;

/** The two subjects, when the versions' subjects trade places around one verb. `a`, `b`: the folded words in order. */
function subjectSwap(a: readonly string[], b: readonly string[]): [string, string] | undefined {
  let x = opening(a);
  let y = opening(b);
  // A subject read by its country trades places with a country only («اكتشاف تعلنه وزارة الآثار المصرية» is no swap).
  if (x && y && (x.phrase || y.phrase)) {
    const countries = (o: Opening): Opening => ({ ...o, keys: o.keys.filter((k) => k.startsWith('@')) });
    [x, y] = [countries(x), countries(y)];
  }
  if (!x || !y || (x.verb !== y.verb && skeleton(x.verbWord) !== skeleton(y.verbWord))) return undefined;
  if (!x.keys.length || !y.keys.length || x.keys.some((k) => y.keys.includes(k))) return undefined;
  if (!x.keys.some((k) => y.rest.has(k)) || !y.keys.some((k) => x.rest.has(k))) return undefined;
  if (x.keys.some((k) => y.partners.has(k)) || y.keys.some((k) => x.partners.has(k))) return undefined;
  return [x.subject, y.subject];
}

/**
 * Each word right before a country that qualifies it (its adjective or its name: «السلع التركية»,
 * «اقتصاد تركيا», «التصعيد الأميركي»), and a verb after the country that opens the sentence as its
 * subject («قبرص تعلن»).
 */
function pairings(words: readonly string[]): Array<{ word: string; country: string; text: string }> {
  const out: Array<{ word: string; country: string; text: string }> = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    const c = countryOf(words[i + 1]);
    if (!c || w.length < 3 || isStopword(w) || countryOf(w)) continue;
    out.push({ word: w, country: c, text: `${w} ${words[i + 1]}` });
    // Countries joined by «و» qualify the word alike: «طائرات سورية وروسية» / «طائرات روسية و سورية».
    for (let j = i + 2; j < words.length; j++) {
      const next = words[j] === 'و' ? words[++j] : words[j].startsWith('و') ? words[j] : undefined;
      const d = next && countryOf(next);
      if (!d) break;
      out.push({ word: w, country: d, text: `${w} ${next}` });
    }
  }
  const first = words[0] && countryOf(words[0]);
  if (first && words[1] && presentVerb(words[1])) out.push({ word: words[1], country: first, text: `${words[0]} ${words[1]}` });
  return out;
}

/** One word told twice, or as a verb and its noun («تعلن» / «إعلان»). */
const sameWord = (x: string, y: string): boolean => claimSynonym(stemOf(x)) === claimSynonym(stemOf(y)) || (skeleton(x).length >= 3 && skeleton(y).length >= 3 && sameRoot(x, y));

/** Counterparts and verbs of two parties: «وزير الخارجية الأميركي يلتقي نظيره التركي» reads the same either way round. */
const BOTH_WAYS = /^[وف]?(نظير|نظيره|نظيرته|نظيريه|نظراء|نظرائه)$/;

/**
 * Two countries trading the words they qualify: «رسوم على السلع التركية في أميركا» / «تركيا تفرض
 * رسوما على السلع الأميركية», «قبرص تعلن تكلفة خط الغاز لمصر» / «إعلان مصري عن تكلفة الغاز
 * القبرصي». Each version names both countries; one word goes with one in the first version and
 * with the other in the second, and nowhere with the first.
 */
function pairingSwap(a: readonly string[], b: readonly string[]): [string, string] | undefined {
  if ([...a, ...b].some((w) => BOTH_WAYS.test(w) || RECIPROCAL.has(w))) return undefined;
  const pa = pairings(a);
  const pb = pairings(b);
  if (!pa.length || !pb.length) return undefined;
  const ca = new Set(a.map(countryOf).filter(Boolean));
  const cb = new Set(b.map(countryOf).filter(Boolean));
  for (const p of pa) {
    for (const q of pb) {
      if (p.country === q.country || !sameWord(p.word, q.word) || !ca.has(q.country) || !cb.has(p.country)) continue;
      if (pb.some((r) => r.country === p.country && sameWord(r.word, p.word)) || pa.some((r) => r.country === q.country && sameWord(r.word, q.word))) continue;
      return [p.text, q.text];
    }
  }
  return undefined;
}

/** The role a preposition before it gives a country: where from, where to, against whom. */
const PREPOSITION_ROLES = new Map(
  [['من', 'from'], ['عن', 'from'], ['إلى', 'to'], ['على', 'against'], ['ضد', 'against']].map(([w, role]) => [normalize(w), role] as const),
);

/**
 * Each country a preposition governs, with the role it gives (its first one): «من مصر», «إلى مصر»,
 * «لمصر» (not «لبنان», a name of its own), «على الصين».
 */
function prepositionRoles(words: readonly string[]): Map<string, { role: string; text: string }> {
  const out = new Map<string, { role: string; text: string }>();
  for (let i = 0; i < words.length; i++) {
    const two = words[i + 1] !== undefined ? `${words[i]} ${words[i + 1]}` : '';
    const w = two && countryOf(two) ? two : words[i];
    const c = countryOf(w);
    if (!c || out.has(c)) continue;
    const before = PREPOSITION_ROLES.get(words[i - 1] ?? '');
    const own = /^(لل|ل)/.test(w) && countryOf(w.replace(/^(لل|ل)/, 'ال')) === c && countryForms().get(w) === undefined ? 'to' : undefined;
    const role = before ?? own;
    if (role) out.set(c, { role, text: before ? `${words[i - 1]} ${w}` : w });
  }
  return out;
}

/**
 * Two countries trading the roles prepositions give them: «طلب خاص من الولايات المتحدة لكوريا
 * الجنوبية» / «طلب خاص من كوريا الجنوبية للولايات المتحدة».
 */
function prepositionSwap(a: readonly string[], b: readonly string[]): [string, string] | undefined {
  if ([...a, ...b].some((w) => BOTH_WAYS.test(w) || RECIPROCAL.has(w))) return undefined;
  const ra = prepositionRoles(a);
  const rb = prepositionRoles(b);
  for (const [c1, x1] of ra) {
    for (const [c2, x2] of ra) {
      if (c1 === c2 || x1.role === x2.role) continue;
      if (rb.get(c1)?.role === x2.role && rb.get(c2)?.role === x1.role) return [x1.text, rb.get(c1)!.text];
    }
  }
  return undefined;
}

/**
 * The words that tell the roles apart, when two versions give two parties each other's roles: the
 * subjects around one verb, the words two countries qualify, or the prepositions that govern them.
 * `a`, `b`: the folded words in order.
 */
export function roleSwap(a: readonly string[], b: readonly string[]): [string, string] | undefined {
  return subjectSwap(a, b) ?? pairingSwap(a, b) ?? prepositionSwap(a, b);
}
