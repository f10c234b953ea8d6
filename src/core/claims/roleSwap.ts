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
 */
import { normalize } from '../text/normalize';
import { isStopword } from '../text/stopwords';
import { skeleton, stemOf } from './contradictionWords';
import { claimSynonym } from './synonyms';

/** A name or its adjective without its proclitics and endings: «لمصر», «المصرية» -> «مصر»; «تركيا», «التركي» -> «ترك». */
const nameKey = (w: string): string => w.replace(/^[وف]?(بال|لل|ال|ب|ل)?/, '').replace(/(ية|يه|يا|ي|ة|ه|ا)$/, '');

/** A verb in the present: «تعلن», «يحذر». */
const presentVerb = (w: string): boolean => w.length >= 4 && (w[0] === 'ي' || w[0] === 'ت');

/** Verbs of two parties together: either way round they tell one event. */
const RECIPROCAL = new Set(['يلتقي', 'تلتقي', 'يجتمع', 'تجتمع', 'يتفق', 'تتفق', 'يتفقان', 'تتفقان', 'يتصل', 'تتصل', 'يهاتف', 'تهاتف', 'يبحث', 'تبحث', 'يتحاور', 'تتحاور', 'يتنافس', 'تتنافس', 'يفاوض', 'تفاوض', 'يوقع', 'توقع', 'يصافح', 'تصافح', 'يتعاون', 'تتعاون', 'يعمل', 'تعمل'].map(normalize));

interface Opening {
  subject: string;
  key: string;
  verb: string;
  verbWord: string;
  /** The name keys of the words after the verb. */
  rest: string[];
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
  for (let k = 1; k < rest.length; k++) if (rest[k - 1] === 'مع') partners.add(nameKey(rest[k]));
  return { subject, key: nameKey(subject), verb: claimSynonym(stemOf(verb)), verbWord: verb, rest: rest.map(nameKey), partners };
}

/** The two subjects, when the versions' subjects trade places around one verb. `a`, `b`: the folded words in order. */
export function roleSwap(a: readonly string[], b: readonly string[]): [string, string] | undefined {
  const x = opening(a);
  const y = opening(b);
  if (!x || !y || (x.verb !== y.verb && skeleton(x.verbWord) !== skeleton(y.verbWord))) return undefined;
  if (x.key === y.key || x.key.length < 3 || y.key.length < 3) return undefined;
  if (!y.rest.includes(x.key) || !x.rest.includes(y.key)) return undefined;
  if (x.partners.has(y.key) || y.partners.has(x.key)) return undefined;
  return [x.subject, y.subject];
}
