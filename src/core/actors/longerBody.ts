import { normalize } from '../text/normalize';
import { spacedApart, type Token } from '../text/tokens';
import type { Registry } from './registry';

/**
 * An organisation's short name followed by a word that makes it another body:
 * «مجلس الأمن» is the UN Security Council, but «مجلس الأمن القومي» (Iran's, the
 * United States', a Palestinian one) and «مجلس الأمن الوطني» are not; «المجلس
 * الأعلى» is not «المجلس الأعلى للقضاء». A match of the shorter alias there would
 * hang the wrong actor's card on the name: it is dropped, and the name tagger may
 * find the longer body as a name of its own.
 *
 * Only adjectives that change which institution is meant count, not a country's
 * («مجلس النواب الأمريكي» is still the House when the registry means it), and not
 * when one of the actor's own names goes on with that word («مجلس الأمن الدولي»).
 */
const CHANGES_THE_BODY = new Set(
  [
    'القومي', 'القومية', 'الوطني', 'الوطنية', 'الأعلى', 'العليا', 'المركزي', 'المركزية', 'الإقليمي', 'الإقليمية',
    'المحلي', 'المحلية', 'الفرعية', 'الفرعي', 'الانتقالي', 'الانتقالية', 'التشريعي', 'الاستشاري', 'الاستشارية',
    'البلدي', 'البلدية', 'الشعبي', 'الشعبية', 'العسكري', 'العسكرية', 'الثوري', 'الثورية', 'التنفيذي', 'التنفيذية',
  ].map(normalize),
);

interface Hit {
  first: number;
  last: number;
  prefixLength: number;
  values: string[];
}

/** Does the word after this registry match turn the organisation it names into another one? */
export function namesLongerBody(folded: string, tokens: Token[], n: Hit, registry: Registry): boolean {
  if (n.last >= tokens.length || n.last - n.first < 2) return false;
  const actor = registry.get(n.values[0]);
  if (!actor || actor.type !== 'organization') return false;
  const next = tokens[n.last];
  if (!CHANGES_THE_BODY.has(next.text)) return false;
  // Only spaces between: a comma or a full stop ends the name.
  if (!spacedApart(folded, tokens[n.last - 1], next)) return false;
  const words = tokens.slice(n.first, n.last).map((t) => t.text);
  words[0] = words[0].slice(n.prefixLength);
  const longer = ` ${words.join(' ')} ${next.text} `;
  return ![actor.name, ...actor.aliases].some((form) => ` ${normalize(form)} `.includes(longer));
}

const SHIBH = normalize('شبه');

/**
 * «شبه الجزيرة الكورية»: a peninsula, not the channel «الجزيرة». An outlet's
 * one-word name after «شبه» ("quasi-") is the common noun it was named after.
 */
export function outletAfterQuasi(folded: string, tokens: Token[], n: Hit, registry: Registry): boolean {
  if (n.first === 0 || n.prefixLength || n.last - n.first !== 1) return false;
  if (registry.get(n.values[0])?.type !== 'media') return false;
  const prev = tokens[n.first - 1];
  return prev.text === SHIBH && spacedApart(folded, prev, tokens[n.first]);
}

/**
 * Demonstratives, folded, with the conjunctions and prepositions written on them
 * («وهذا», «بذلك», «لهذه»).
 */
const DEMONSTRATIVES = new Set(
  ['هذا', 'هذه', 'ذلك', 'تلك', 'ذاك', 'هذان', 'هاتان', 'هذين', 'هاتين', 'هؤلاء', 'أولئك']
    .flatMap((w) => ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل'].map((p) => normalize(p + w))),
);

/**
 * «ذاك الرباط القدسي بين قلبين», «هذه الجزيرة الصغيرة»: a word with the article
 * right after a demonstrative is the common noun, not the city or the channel. In
 * the ANERcorp training text, 2 of 851 such words are tagged as names (both MISC).
 * `first`: the name's first token; `prefixLength`: letters of proclitics on it.
 */
export function afterDemonstrative(folded: string, tokens: Token[], first: number, prefixLength: number): boolean {
  if (first === 0 || prefixLength || !tokens[first].text.startsWith('ال')) return false;
  const prev = tokens[first - 1];
  return DEMONSTRATIVES.has(prev.text) && spacedApart(folded, prev, tokens[first]);
}
