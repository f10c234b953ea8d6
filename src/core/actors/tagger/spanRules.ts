import { isStopword } from '../../text/stopwords';
import { spacedApart, type Token } from '../../text/tokens';
import type { Mention } from '../../types';
import { givenName, procliticLength, wordList } from '../discovery';
import { words } from '../nameWords';
import type { TaggedSpan } from './tag';

/**
 * Where a name the tagger found ends, corrected by what Arabic news does that
 * the model often misses.
 *
 * A person named by a given name alone is rare in news: «المخرج محمد فاضل»,
 * «يقول شارلز مورفي», «وصل كورت كفيورد» introduce a person by given and family
 * name, and when the model stops after the given name (the family name is an
 * unknown word, or a common one: «فاضل»), the word after a given name of the list
 * (givenName: «محمد» is on it, «شارلز» and «كورت» are not) is the family name when it can be one: written right after it, without the article, not a
 * conjunction («وعزت»), not a word that is never a name (a stopword, a verb of
 * saying, a title, an institution, an adjective, a listed verb or noun), not
 * with a pronoun suffix. Of the given names that open a person in the ANERcorp
 * training text and are followed by such a word, 96% go on with it.
 */
export function personEnd(span: TaggedSpan, tokens: Token[], folded: string, covered: Uint8Array, spans: readonly TaggedSpan[]): number {
  const { first, last } = span;
  if (span.type !== 'person' || last - first !== 1 || last >= tokens.length) return last;
  const given = tokens[first].text.slice(span.prefixLength);
  if (!givenName(given)) return last;
  if (covered[last] || spans.some((s) => s.first === last)) return last;
  // Nothing but spaces between the two words.
  if (!spacedApart(folded, tokens[first], tokens[last])) return last;
  return familyName(tokens[last].text) ? last + 1 : last;
}

/**
 * Words that join the parts of an Arabic name and never end one, folded: «أبو»,
 * «أبي», «أبا» (a kunya), «ابن», «بن», «بنت» (a father's name), «عبد» (before
 * a divine name), «آل» (a family). The model sometimes stops on them when the
 * word after is rare («سليم أبو الإقبال»): the name goes on with that word.
 */
const CONNECTORS = new Set(['ابو', 'ابي', 'ابا', 'ابن', 'بن', 'بنت', 'عبد', 'ال']);

/** A person ending on a name's connector ends after the word that follows it (see CONNECTORS); `end`: the span's end so far. */
export function personConnectorEnd(span: TaggedSpan, tokens: Token[], folded: string, covered: Uint8Array, end: number): number {
  if (span.type !== 'person') return end;
  let last = end;
  while (last < tokens.length && last - span.first < 6) {
    const w = tokens[last - 1].text.slice(last - 1 === span.first ? span.prefixLength : 0);
    if (!CONNECTORS.has(w)) break;
    const next = tokens[last];
    // «علي» folds onto the preposition «على», a stopword: after a connector it is the name («الحسن بن علي»).
    if (covered[last] || !/^[\u0621-\u064a]{2,}$/.test(next.text) || (isStopword(next.text) && !givenName(next.text)) || !spacedApart(folded, tokens[last - 1], next)) break;
    last++;
  }
  return last;
}

/**
 * A person's name does not end on a conjunction or a stopword: the model sometimes
 * runs on into the next name or the next clause («صالح عبد الغفور وبسام شراب»,
 * «كيم كوك هي», «بلاد فارس ولم»). Such words at the end of a person of two words
 * or more are left out (a name that starts with the letter و, «وليد», is kept).
 * `end`: where the span ends (after personEnd), if not at span.last.
 */
export function personTrimmedEnd(span: TaggedSpan, tokens: Token[], end = span.last): number {
  let last = end;
  if (span.type !== 'person') return last;
  while (last - span.first >= 2) {
    const w = tokens[last - 1].text;
    if (isStopword(w) || (w[0] === 'و' && procliticLength(w) > 0)) last--;
    else break;
  }
  return last;
}

/**
 * Peoples and communities named by one word («العرب», «المسلمين», «الشيعة», «اليهود»,
 * «الأكراد», «للفرس»), folded, with a proclitic and the article or without: the
 * model often reads them as organisations (NewsFANE tags them as a group), but
 * they name people, not a body that acts, and ANERcorp's and Wojood's training
 * text leave them untagged (ANERcorp 288 of 322 times, Wojood 26 of 28). A
 * wrong highlight costs the reviewer more than a missing one, so the tagger's
 * one-word names of this kind are dropped, as nationalities alone are. «بنو»,
 * «بني» alone («بنو إسماعيل») only open a tribe's name.
 */
const PEOPLES =
  /^(?:[وف]?(?:[بكل]?ال|لل))?(?:عرب|اعراب|مسلمين|مسلمون|شيعه|سنه|نصاري|يهود|اكراد|اتراك|مغاربه|رومان|فرس|روم|افغان|بدو|صهاينه|اقباط|مسيحيين|مسيحيون|دروز|امازيغ|بربر|تتار|مغول)$|^[وف]?بن[وي]$/;

/** Is a one-word name a people or a community rather than an actor? */
export function isPeople(word: string): boolean {
  return PEOPLES.test(word);
}

/** Can a word be a family name after a given name? */
function familyName(w: string): boolean {
  if (w.length < 3 || !/^[\u0621-\u064a]+$/.test(w)) return false;
  if (w.startsWith('ال') || w[0] === 'و' || isStopword(w)) return false;
  // A preposition on the article («بالتحدث», «للخروج») and a pronoun suffix («لإقناعهم») mark common words.
  if (/^(?:[بكل]ال|لل)/.test(w) || (w.length >= 4 && /(?:ها|هم|هما)$/.test(w))) return false;
  const list = wordList(w);
  if (list === 'g') return true;
  if (list !== '') return false;
  // A verb that follows its subject, or a verbal noun («سارة تلد», «نزار يكتب», «مبارك تناولت», «فارس
  // تزايد الأضرار»): a prefix ي/ت before a consonant. In the training text of ANERcorp, Wojood and
  // NewsFANE no family name after a lone given name opens so. Foreign names that open so take a long vowel after it
  // («يانغ», «يونغ», «توني», «تيري») or write «ch» as «تش» («تشن»): those stay family names.
  if (/^(?:ي|ت(?!ش))[^اوي]/.test(w)) return false;
  // A feminine noun behind a preposition («صالح بنسبة», «ميساء بصراحة»).
  if (/^[بل][\u0621-\u064a]{3,}ه$/.test(w)) return false;
  return true;
}

/** Heads of institutions named after a place that discovery's list of institution nouns lacks (folded). */
const MORE_INSTITUTIONS = new Set(['جريده', 'مدرسه', 'مستشفي', 'فريق', 'كتله', 'مجمع']);

/**
 * An institution named after its place («بلدية نابلس», «جريدة فلسطين», «إذاعة صوت
 * فلسطين», «جامعة بيونغ يانغ»): the tagger reads the whole as an organisation,
 * the registry knows only the place at its end. When the tagger is sure of the
 * organisation, starts it on a word the registry left free and the place lies
 * inside it, the organisation is the name and the place is nested in it, as a
 * country in a title is («قطر» in «رئيس وزراء قطر»). Returns the indices of the
 * registry's mentions to nest, or undefined when the registry's reading stands.
 */
export function institutionOverPlace(span: TaggedSpan, tokens: Token[], covered: Uint8Array, mentions: readonly Mention[], toOrig: Uint32Array, typeOfActor: (id: string) => string | undefined): number[] | undefined {
  if ((span.type !== 'organization' && span.type !== 'media') || covered[span.first]) return undefined;
  // The organisation starts with a noun that heads institutions («بلدية», «جامعة», «إذاعة», «جريدة»).
  const head = tokens[span.first].text.slice(span.prefixLength);
  if (wordList(head) !== 'i' && !MORE_INSTITUTIONS.has(head)) return undefined;
  const from = toOrig[tokens[span.first].start];
  const to = toOrig[tokens[span.last - 1].end - 1] + 1;
  const nest: number[] = [];
  for (let i = span.first; i < span.last; i++) {
    if (!covered[i]) continue;
    const at = toOrig[tokens[i].start];
    const k = mentions.findIndex((m) => m.start <= at && at < m.end);
    if (k < 0) return undefined;
    const m = mentions[k];
    const type = typeOfActor(m.actorId);
    if (m.kind !== 'name' || m.nested || m.start < from || m.end > to || (type !== 'place' && type !== 'country')) return undefined;
    if (!nest.includes(k)) nest.push(k);
  }
  return nest.length ? nest : undefined;
}

/**
 * Is the letter و that opens a person's name part of the name rather than a
 * conjunction? A conjunction cannot join a subject to the verb that says it
 * («وأضاف ولايتي»), nor a family name to its given name («علي ولايتي»,
 * «جمال وهبة»): there the word is the name whole. After a given name the
 * conjunction stays when what follows is a given name too («محمد وعلي»).
 */
export function wawIsName(span: TaggedSpan, tokens: Token[], folded: string): boolean {
  const w = tokens[span.first].text;
  if (span.type !== 'person' || span.prefixLength !== 1 || w[0] !== 'و' || span.first === 0) return false;
  const prev = tokens[span.first - 1];
  if (!spacedApart(folded, prev, tokens[span.first])) return false;
  const list = wordList(prev.text);
  if (list === 's') return true;
  return list === 'g' && !givenName(w.slice(1)) && !isStopword(w.slice(1));
}

/**
 * Where a person's name starts: the model sometimes finds the family name and
 * leaves out the given name before it, when that name is also a common word
 * («علي ولايتي»: «علي» folds onto the preposition «على»). A given name written
 * right before the span, that no other name holds, opens it, when what comes
 * before the given name cannot govern a preposition: the start of the line,
 * punctuation, a verb of saying or a title («قال علي ولايتي», «الوزير علي كرتي»).
 */
export function personStart(span: TaggedSpan, tokens: Token[], folded: string, covered: Uint8Array): number {
  const { first } = span;
  if (span.type !== 'person' || first === 0 || covered[first - 1]) return first;
  const given = tokens[first - 1];
  if (wordList(given.text) !== 'g' || procliticLength(given.text) || !spacedApart(folded, given, tokens[first])) return first;
  if (first - 1 === 0 || !spacedApart(folded, tokens[first - 2], given)) return first - 1;
  const before = wordList(tokens[first - 2].text);
  return before === 's' || before === 't' ? first - 1 : first;
}

/**
 * Nouns of facilities named after a person: places («مطار جون كنيدي», «بوابة فاطمة»,
 * «شارع الرشيد», «ملعب ثاني بن جاسم») and institutions («مستشفى الملك فيصل», «مدرسة
 * فؤاد الأول»). In the training text of ANERcorp and NewsFANE a person follows one of
 * them once in 250 times (ANERcorp «مدرسة فؤاد الأول», where NewsFANE tags the school).
 */
const FACILITY_PLACES = new Set(words(`مطار شارع ميدان بوابة جسر ساحة ملعب استاد ستاد قاعدة مسجد جامع`));
const FACILITY_BODIES = new Set(words(`مستشفى مستشفي مدرسة جامعة`));

/**
 * A person the tagger found right after a facility's noun is the facility's name:
 * the name opens on the noun (with its proclitic letters left out, as for any name)
 * and is a place or an organisation. `first`: where the person starts so far.
 */
export function facilityBefore(span: TaggedSpan, tokens: Token[], folded: string, covered: Uint8Array, first: number): { first: number; prefixLength: number; type: 'place' | 'organization' } | undefined {
  if (span.type !== 'person' || first === 0 || covered[first - 1] || !spacedApart(folded, tokens[first - 1], tokens[first])) return undefined;
  const w = tokens[first - 1].text;
  const prefixLength = /^[وف]?[بل]?/.exec(w)![0].length;
  for (let p = 0; p <= prefixLength; p++) {
    const noun = w.slice(p);
    if (FACILITY_PLACES.has(noun)) return { first: first - 1, prefixLength: p, type: 'place' };
    if (FACILITY_BODIES.has(noun)) return { first: first - 1, prefixLength: p, type: 'organization' };
  }
  return undefined;
}
