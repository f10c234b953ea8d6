import { normalizeWithMap, type Normalized } from '../../text/normalize';
import type { Token } from '../../text/tokens';
import type { ActorType, Mention } from '../../types';
import { wordList, type Candidate } from '../discovery';
import { afterDemonstrative } from '../longerBody';
import { writtenAla } from '../nameWords';
import type { Registry } from '../registry';
import { clubEnd, clubSpans } from './clubs';
import { getModel } from './model';
import { institutionSpans, placeInstitutionSpans, typeByHead, type InstitutionSpan } from './institutions';
import { facilityBefore, institutionOverPlace, isPeople, personConnectorEnd, personEnd, personStart, personTrimmedEnd, wawIsName } from './spanRules';
import { knownCodes, tagLine, type TaggedSpan } from './tag';

/**
 * The learned name tagger as the engine uses it: on a line's tokens, after the
 * registry. Registry mentions stay authoritative: a tagged name that touches a
 * word the registry already matched is dropped; the others become discovered
 * candidates with their type and confidence, when the confidence reaches the
 * threshold (tuned on the development data for precision: a wrong highlight
 * costs a reviewer more than a missing one). Without a usable model it finds nothing.
 */
let thresholdOverride: number | undefined;

/**
 * Names under the threshold but above this are kept as weak candidates: shown
 * only when the same name is confirmed in another article (corpus-level consistency).
 */
export const WEAK_CONFIDENCE = 0.1;

/** Change the confidence threshold (evaluation); undefined restores the model's own. */
export function setTaggerThreshold(t: number | undefined): void {
  thresholdOverride = t;
}

let enabled = true;
/** Turn the tagger off or on (the registry-only engine, for comparison). */
export function setTaggerEnabled(on: boolean): void {
  enabled = on;
}

/**
 * The tagger's names on a line, as discovered candidates. Where it nests a registry
 * place in an institution named after it (spanRules.ts), it marks that mention
 * nested and frees its tokens in `covered`, so that the institution's name is found there.
 */
export function tagCandidates(norm: Normalized, tokens: Token[], mentions: Mention[], covered: Uint8Array, registry: Registry): Candidate[] {
  if (!enabled || !tokens.length) return [];
  const model = getModel();
  if (!model) return [];
  const threshold = thresholdOverride ?? model.threshold;
  const known = knownCodes(norm, tokens, mentions, (id) => registry.get(id)?.type);
  const out: Candidate[] = [];
  const spans = tagLine(model, norm.text, tokens, known);
  // Organisations named by a head noun and its complements (institutions.ts): they stand for the
  // tagger's names inside them («التربية والتعليم» in «وزارة التربية والتعليم»), and give way to one that crosses them.
  const typeOfActor = (id: string): string | undefined => registry.get(id)?.type;
  let institutions = placeInstitutions(norm, tokens, mentions, covered, spans, typeOfActor);
  institutions.push(...institutionSpans(tokens, norm.text, covered).filter((s) => !institutions.some((p) => p.first < s.last && s.first < p.last)));
  // A match's host or guest is a club («تغلب على ضيفه ويجان»: clubs.ts).
  institutions.push(...clubSpans(norm, tokens, covered, spans).filter((s) => !institutions.some((p) => p.first < s.last && s.first < p.last)));
  if (institutions.length) {
    const inside = (t: { first: number; last: number }, s: InstitutionSpan): boolean => t.first >= s.first && t.last <= s.last;
    institutions = institutions.filter((s) => !spans.some((t) => t.first < s.last && s.first < t.last && !inside(t, s)));
  }
  for (const tagged of spans) {
    if (tagged.confidence < Math.min(threshold, WEAK_CONFIDENCE)) continue;
    if (institutions.some((s) => tagged.first >= s.first && tagged.last <= s.last)) continue;
    // «هذه الجزيرة», «ذاك الرباط»: after a demonstrative, a word with the article is a common noun (longerBody.ts).
    if (afterDemonstrative(norm.text, tokens, tagged.first, tagged.prefixLength)) continue;
    const sure = tagged.confidence >= threshold;
    let clash = false;
    for (let i = tagged.first; i < tagged.last; i++) if (covered[i]) clash = true;
    if (clash) {
      // An institution named after a place the registry knows («بلدية نابلس»): the place is nested in it.
      const nest = sure ? institutionOverPlace(tagged, tokens, covered, mentions, norm.toOrig, typeOfActor) : undefined;
      if (!nest) continue;
      for (const k of nest) mentions[k].nested = true;
      for (let i = tagged.first; i < tagged.last; i++) covered[i] = 0;
    }
    // A given name alone takes the family name after it; a person does not end on a conjunction (spanRules.ts).
    let first = tagged.first;
    // Nor on a word that joins the parts of a name («سليم أبو الإقبال»: spanRules.ts).
    let last = personConnectorEnd(tagged, tokens, norm.text, covered, personTrimmedEnd(tagged, tokens, personEnd(tagged, tokens, norm.text, covered, spans)));
    // A name does not run across a slash, a comma or a bracket («جريدة فلسطين / آذار»): it ends before it.
    last = endBeforeBreak(norm.text, tokens, first, last);
    // «أولمبيك آسفي»: a club's opening word does not end its name (clubs.ts).
    last = clubEnd(tagged, tokens, norm.text, covered, last);
    // «وأضاف ولايتي», «علي ولايتي»: the و is the name's; «قال علي ولايتي»: the given name opens it (spanRules.ts).
    let prefixLength = wawIsName(tagged, tokens, norm.text) ? 0 : tagged.prefixLength;
    const start = personStart(tagged, tokens, norm.text, covered);
    if (start !== first) {
      first = start;
      prefixLength = 0;
    }
    // «مطار جون كنيدي», «بوابة فاطمة», «مستشفى الملك فيصل»: a person after a facility's noun names the facility (spanRules.ts).
    const facility = facilityBefore(tagged, tokens, norm.text, covered, first);
    if (facility) {
      first = facility.first;
      prefixLength = facility.prefixLength;
    }
    const head = tokens[first].text.slice(prefixLength);
    let key = head;
    let letters = head.length;
    for (let k = first + 1; k < last; k++) {
      key += ' ' + tokens[k].text;
      letters += tokens[k].text.length;
    }
    // A word counted by a number word is a unit or a common noun («8 ملايين كيلومتر مربع»).
    if (COUNTING.has(wordBefore(norm.text, tokens, first) ?? '')) continue;
    // One- or two-letter names are noise (a letter of an abbreviation, a particle).
    if (letters < 3) continue;
    // A nationality alone («إيرانيون», «الأمريكي») describes people; it is not an actor.
    if (last - first === 1 && (wordList(head) === 'a' || /(?:يون|يين)$/.test(head))) continue;
    // Nor does a people or a community («العرب», «المسلمين», «الشيعة»: spanRules.ts).
    if (last - first === 1 && isPeople(head)) continue;
    const from = norm.toOrig[tokens[first].start + prefixLength];
    const to = norm.toOrig[tokens[last - 1].end - 1] + 1;
    const text = norm.original.slice(from, to);
    // «على» is the preposition, never the name «علي» it folds onto: the model, reading the folded word,
    // takes it for the given name alone (nameWords.ts).
    if (last - first === 1 && writtenAla(norm, tokens[first], prefixLength)) continue;
    // «جريدة القدس»: an outlet by its head noun; «مدينة بورصة»: a place (institutions.ts).
    const type = (facility?.type ?? typeByHead(tagged.type, head, last - first === 1 ? wordBefore(norm.text, tokens, first) : undefined)) as ActorType;
    out.push({ key, text, byTitle: false, type, confidence: tagged.confidence, sure, weak: !sure });
  }
  for (const s of institutions) out.push(institutionCandidate(s, norm, tokens));
  return out;
}

/**
 * Number words that count the noun after them («ألف دولار», «ملايين كيلومتر», «مئات
 * الجنود»), folded. In ANERcorp's training text no person, organisation or place
 * follows one of them (a currency does, 142 times, or a common noun).
 */
const COUNTING = new Set(
  'ألف آلاف ألوف مليون ملايين مليار مليارات بليون عشرات مئات بضعة عدة'.split(' ').map((w) => normalizeWithMap(w).text),
);

/** An organisation named by rule, as a discovered candidate the tagger is sure of. */
function institutionCandidate(s: InstitutionSpan, norm: Normalized, tokens: Token[]): Candidate {
  let key = tokens[s.first].text.slice(s.prefixLength);
  for (let k = s.first + 1; k < s.last; k++) key += ' ' + tokens[k].text;
  const from = norm.toOrig[tokens[s.first].start + s.prefixLength];
  const to = norm.toOrig[tokens[s.last - 1].end - 1] + 1;
  return { key, text: norm.original.slice(from, to), byTitle: false, type: s.type, confidence: 1, sure: true, weak: false };
}

/**
 * Organisations named after a place the registry knows («حركة تحرير السودان», «جامعة بيونغ
 * يانغ»), that no name of the tagger crosses: the place is nested in the name and its tokens freed.
 */
function placeInstitutions(norm: Normalized, tokens: Token[], mentions: Mention[], covered: Uint8Array, spans: readonly TaggedSpan[], typeOfActor: (id: string) => string | undefined): InstitutionSpan[] {
  const out: InstitutionSpan[] = [];
  for (const s of placeInstitutionSpans(tokens, norm.text, covered)) {
    if (spans.some((t) => t.first < s.last && s.first < t.last && (t.first < s.first || t.last > s.last))) continue;
    const nest = institutionOverPlace({ ...s, confidence: 1 }, tokens, covered, mentions, norm.toOrig, typeOfActor);
    if (!nest) continue;
    for (const k of nest) mentions[k].nested = true;
    for (let i = s.first; i < s.last; i++) covered[i] = 0;
    out.push(s);
  }
  return out;
}

/** Marks between two words that no name spans: a slash, a comma, a colon, a semicolon, a bracket, a question or exclamation mark. */
const NAME_BREAK = /[\/,،:;؛()[\]{}!?؟]/;

/** Where a name from token `first` ends when it may not run across a NAME_BREAK between its words. */
export function endBeforeBreak(folded: string, tokens: Token[], first: number, last: number): number {
  for (let k = first + 1; k < last; k++) if (NAME_BREAK.test(folded.slice(tokens[k - 1].end, tokens[k].start))) return k;
  return last;
}

/** The word before token i, when only spaces or quotation marks stand between them. */
function wordBefore(folded: string, tokens: Token[], i: number): string | undefined {
  if (i === 0) return undefined;
  return /^[\s"«»“”']*$/.test(folded.slice(tokens[i - 1].end, tokens[i].start)) ? tokens[i - 1].text : undefined;
}
