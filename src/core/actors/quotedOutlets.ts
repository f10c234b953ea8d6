import { normalize } from '../text/normalize';
import type { Token } from '../text/tokens';
import type { Actor } from '../types';

/**
 * Outlets named after a place: the newspaper «الشرق الأوسط», registered as
 * «صحيفة الشرق الأوسط». Newswire writes such an outlet's name alone between
 * quotation marks («وقال لـ « الشرق الأوسط » عبر الهاتف», «بغداد : « الشرق الأوسط »»),
 * where the registry's place would match; a place's name quoted whole is the
 * outlet when the registry knows an outlet by that name after a noun that says
 * what kind of outlet it is. ANERcorp's training text tags every such quoted
 * «الشرق الأوسط» as an organisation, never as the region.
 */

/** Nouns that say what kind of outlet a name is (folded). */
const OUTLET_HEADS = new Set(['صحيفة', 'جريدة', 'مجلة', 'قناة', 'إذاعة', 'موقع', 'وكالة'].map(normalize));

/** What this needs of a registry (the engine's, and the reference copy's in bench/reference). */
interface Actors {
  readonly actors: ReadonlyMap<string, Pick<Actor, 'id' | 'type' | 'name' | 'aliases'>>;
}

const outletsByRegistry = new WeakMap<Actors, Map<string, string>>();

/** Folded name after the outlet noun -> the outlet's id, for the registry's media. */
function outletNames(registry: Actors): Map<string, string> {
  let map = outletsByRegistry.get(registry);
  if (map) return map;
  map = new Map();
  for (const a of registry.actors.values()) {
    if (a.type !== 'media') continue;
    for (const n of [a.name, ...a.aliases]) {
      const words = normalize(n).replace(/["'«»“”]/g, ' ').split(/\s+/).filter(Boolean);
      if (words.length >= 2 && OUTLET_HEADS.has(words[0])) {
        const rest = words.slice(1).join(' ');
        if (!map.has(rest)) map.set(rest, a.id);
      }
    }
  }
  outletsByRegistry.set(registry, map);
  return map;
}

const isOpenQuote = (c: number): boolean => c === 0x22 || c === 0xab || c === 0x201c;
const isCloseQuote = (c: number): boolean => c === 0x22 || c === 0xbb || c === 0x201d;

/** The last non-space character before `at`, and the first one from `at` on (-1 when none). */
function before(folded: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (folded[i] !== ' ' && folded[i] !== '\t') return folded.charCodeAt(i);
  return -1;
}
function after(folded: string, at: number): number {
  for (let i = at; i < folded.length; i++) if (folded[i] !== ' ' && folded[i] !== '\t') return folded.charCodeAt(i);
  return -1;
}

/**
 * The outlet a place's name stands for, when the name (tokens [first, last), no
 * proclitic) is all that stands between two quotation marks; undefined otherwise.
 */
export function quotedOutlet(folded: string, tokens: Token[], hit: { first: number; last: number; prefixLength: number }, registry: Actors): string | undefined {
  if (hit.prefixLength) return undefined;
  const start = tokens[hit.first].start;
  const end = tokens[hit.last - 1].end;
  if (!isOpenQuote(before(folded, start)) || !isCloseQuote(after(folded, end))) return undefined;
  const name = tokens
    .slice(hit.first, hit.last)
    .map((t) => t.text)
    .join(' ');
  return outletNames(registry).get(name);
}

/**
 * The news agency a credit line names by its nationality alone: «( الفرنسية )»,
 * «(الألمانية)» at the end of a report stand for «وكالة الصحافة الفرنسية» and
 * «وكالة الأنباء الألمانية», the outlet the report came from. The word is the
 * last of an agency's name in the registry («وكالة ... الفرنسية», «الوكالة
 * الألمانية»), of one agency only, and stands alone between brackets. NewsFANE's
 * training text tags such a credit as an outlet 18 times in 29 (ANERcorp leaves it
 * untagged): for a reviewer tracing a claim to its source, the agency is the link
 * that matters. A word the registry matches as a name itself («السعودية») is never one.
 */
const AGENCY_HEADS = new Set(['وكالة', 'الوكالة'].map(normalize));
const agenciesByRegistry = new WeakMap<Actors, Map<string, string>>();

/** Folded nationality (feminine) -> the one agency the registry names with it last. */
function agencyNationalities(registry: Actors): Map<string, string> {
  let map = agenciesByRegistry.get(registry);
  if (map) return map;
  const found = new Map<string, Set<string>>();
  for (const a of registry.actors.values()) {
    if (a.type !== 'media') continue;
    for (const n of [a.name, ...a.aliases]) {
      const words = normalize(n).split(/\s+/).filter(Boolean);
      const last = words[words.length - 1];
      if (words.length < 2 || !AGENCY_HEADS.has(words[0]) || !last.startsWith('ال') || !last.endsWith('ه')) continue;
      const ids = found.get(last) ?? new Set<string>();
      ids.add(a.id);
      found.set(last, ids);
    }
  }
  map = new Map([...found].filter(([, ids]) => ids.size === 1).map(([w, ids]) => [w, [...ids][0]]));
  agenciesByRegistry.set(registry, map);
  return map;
}

/** The agency a token credits, when it stands alone between brackets (see agencyNationalities); undefined otherwise. */
export function creditedAgency(folded: string, tokens: Token[], i: number, registry: Actors): string | undefined {
  const t = tokens[i];
  const id = agencyNationalities(registry).get(t.text);
  if (!id) return undefined;
  return before(folded, t.start) === 0x28 && after(folded, t.end) === 0x29 ? id : undefined;
}

/**
 * Outlets whose one-word name is also a place's common noun: «الجزيرة» is the
 * island, the Arabian peninsula and Sudan's Gezira as often as the broadcaster.
 * The place is meant after a preposition of place or a word of direction («في
 * الجزيرة», «إلى الجزيرة», «شمال الجزيرة», «شبه الجزيرة»), with «ك» («كالجزيرة»),
 * or before an adjective that is not the outlet's («الجزيرة الشمالية», «الجزيرة
 * الكورية»; not «الجزيرة القطرية», «قناة الجزيرة الرياضية»). In ANERcorp's training
 * text none of 14 such uses is the broadcaster, which is «مراسل الجزيرة», «قناة
 * الجزيرة», «( الجزيرة )» (and a club, «فريق الجزيرة»). There the registry's
 * outlet is no mention, and the tagger reads the word.
 */
const PLACE_NOUN_OUTLETS = new Set(['الجزيرة'].map(normalize));
const PLACE_BEFORE = new Set(
  'في فى إلى الى نحو داخل أنحاء ساحل سواحل شبه لشبه وشبه شمال جنوب شرق غرب وسط بشمال بجنوب بشرق بغرب بوسط'.split(' ').map(normalize),
);
/** Adjectives of the broadcaster's own name and channels («الجزيرة القطرية», «قناة الجزيرة الرياضية»). */
const OUTLET_ADJECTIVES = new Set('القطرية الرياضية الإخبارية الوثائقية الفضائية الإنجليزية الإنكليزية'.split(' ').map(normalize));

/** Is a registry outlet's one-word name (tokens [first, last)) meant as the place it is named after? */
export function outletMeansPlace(folded: string, tokens: Token[], hit: { first: number; last: number; prefixLength: number; values: string[] }, registry: Actors): boolean {
  if (hit.last - hit.first !== 1) return false;
  const t = tokens[hit.first];
  const word = t.text.slice(hit.prefixLength);
  if (!PLACE_NOUN_OUTLETS.has(word) || registry.actors.get(hit.values[0])?.type !== 'media') return false;
  const spaced = (a: Token, b: Token): boolean => /^[ \t]+$/.test(folded.slice(a.end, b.start));
  if (t.text.slice(0, hit.prefixLength).endsWith('ك')) return true;
  const prev = hit.first > 0 && spaced(tokens[hit.first - 1], t) ? tokens[hit.first - 1].text : '';
  if (!hit.prefixLength && PLACE_BEFORE.has(prev)) return true;
  const next = hit.last < tokens.length && spaced(t, tokens[hit.last]) ? tokens[hit.last].text : '';
  return /^ال.{2,}(?:يه|ي)$/.test(next) && !OUTLET_ADJECTIVES.has(next) && !OUTLET_HEADS.has(prev);
}
