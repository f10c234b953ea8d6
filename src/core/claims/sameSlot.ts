/**
 * Another actor in the same place, for the pair check (contradiction.ts): actors of one type each
 * version names and the other does not («إيران» / «تركيا»), the countries a version's words name
 * that the tagger leaves out (an adjective, a nationality: «طائرة تركية» / «طائرة يمنية»), and
 * things of one kind in one slot (a profession, a relative, a charge: contradictionLexicon.ts SLOT_KINDS).
 */
import { normalize } from '../text/normalize';
import { countryOf, countryOfTwo } from './countries';
import { lex } from './contradictionWords';
import { sharedOffice, type VersionActor } from './versionActors';

/** Actors of the same type that each side names and the other does not: «إيران» against «تركيا». */
export function swappedActors(a: VersionActor[], b: VersionActor[], strict = false): [VersionActor, VersionActor] | undefined {
  const ids = (xs: VersionActor[]): Set<string> => new Set(xs.map((x) => x.id));
  const ia = ids(a);
  const ib = ids(b);
  // A country and a place fill the same slot («حرب جديدة في غزة» / «في سوريا»).
  // Not when strict: a country named by its adjective («عسكري أمريكي») against a place is no swap.
  const slot = (t: string): string => (!strict && (t === 'country' || t === 'place') ? 'location' : t);
  for (const x of a) {
    if (ib.has(x.id)) continue;
    const y = b.find((y) => !ia.has(y.id) && slot(y.type) === slot(x.type) && !sharedOffice(x, y));
    if (y) return [x, y];
  }
  return undefined;
}

/** Adjectives that make a country's name a region's: «أمريكا اللاتينية», «أمريكا الجنوبية». */
const REGION_ADJECTIVES = new Set(['اللاتينية', 'الجنوبية', 'الشمالية', 'الوسطى'].map(normalize));

/** «آل», folded: a family's name follows («تركي آل الشيخ»). */
const FAMILY = normalize('آل');

/**
 * The countries a version's folded words name, by name, capital or adjective («طائرة تركية»), as
 * registry ids, each once: a name of two words whole («كوريا الشمالية»), and no country in a name a
 * region takes for its own («أمريكا اللاتينية»).
 */
export function countriesOf(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const next = words[i + 1] ?? '';
    const two = next ? countryOfTwo(words[i], next) : undefined;
    // «تركي آل الشيخ»: a given name before «آل», not an adjective.
    const country = two || (REGION_ADJECTIVES.has(next) || next === FAMILY ? undefined : countryOf(words[i]));
    if (country && !out.includes(country.slice(1))) out.push(country.slice(1));
    // The second word of a name read whole is not read again («جنوب السودان» is not Sudan too).
    if (two) i++;
  }
  return out;
}

/**
 * The version's actors and the countries its words name that they leave out: a nationality alone
 * is no actor for the tagger, but another country in its place is another claim.
 */
export function withCountries(actors: VersionActor[], countries: readonly string[]): VersionActor[] {
  const more = countries.filter((c) => !actors.some((x) => x.id === c));
  return more.length ? [...actors, ...more.map((id) => ({ id, type: 'country' }))] : actors;
}

/** What kindSwap reads of a version: its stems, and its content stems with the word each came from. */
interface Words {
  stems: ReadonlySet<string>;
  content: ReadonlyMap<string, string>;
}

/**
 * A word of one kind (contradictionLexicon.ts SLOT_KINDS) each version has and the other lacks, of
 * two groups of that kind, neither group in the other version: «المطربين» / «الملحنين».
 */
export function kindSwap(a: Words, b: Words): [string, string] | undefined {
  const groups = (x: Words): Set<string> => new Set([...x.stems].map((st) => lex().KINDS.get(st)).filter((g): g is string => g !== undefined));
  const ga = groups(a);
  if (!ga.size) return undefined;
  const gb = groups(b);
  const kind = (g: string): string => g.slice(0, g.indexOf(':'));
  for (const [st, w] of a.content) {
    const g = lex().KINDS.get(st);
    if (g === undefined || gb.has(g)) continue;
    for (const [st2, w2] of b.content) {
      const h = lex().KINDS.get(st2);
      if (h !== undefined && h !== g && !ga.has(h) && kind(h) === kind(g)) return [w, w2];
    }
  }
  return undefined;
}
