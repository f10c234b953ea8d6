/**
 * The countries a word names, read from the registry: by name, one-word alias, adjective or
 * capital («مصر», «أميركا», «التركية», «أنقرة»), behind its proclitics. The pair check reads them
 * for roles (roleSwap.ts) and for another country in the same place (contradiction.ts).
 */
import countries from '../data/registry/countries.json';
import { BoundedMap } from '../text/boundedMap';
import { normalize } from '../text/normalize';

interface RawCountry { id: string; type: string; name: string; aliases?: string[]; adjectives?: string[]; capitalOf?: string }

/**
 * Forms read as a common word before a country: «مالي» / «المالية» (financial, not Mali), the first
 * word of a longer name that is a word of its own («الصحراء» of «الصحراء الغربية», «أفريقيا» of
 * «أفريقيا الوسطى», «سري» of «سري لانكا», «ساحل» of «ساحل العاج»), «بنين» (boys, not Benin). Without «ال».
 */
const NOT_COUNTRY = ['مالي', 'مالية', 'ماليا', 'ماليين', 'ماليون', 'جبل', 'إمارة', 'سان', 'سري', 'ساحل', 'رأس', 'كرسي', 'حاضرة', 'صحراء', 'أفريقيا', 'بنين'].map(normalize);

let countryIndex: Map<string, string> | undefined;
/** Capitals and first words of names written with «ال» (their keys, without it), read only where the word has it. */
const articleOnly = new Set<string>();
/**
 * The registry's countries by their one-word forms, folded and without «ال»: the name and its
 * aliases («تركيا», «أميركا»), the first word of a name of two words as written when no other country's
 * name opens with it («الولايات» of «الولايات المتحدة», not «ولايات ميكرونيزيا»; not «كوريا»), the adjective and its feminine («التركي»,
 * «التركية», «أميركياً»), and the capital («واشنطن», «أنقرة»). Built when first asked for.
 */
export function countryForms(): Map<string, string> {
  if (countryIndex) return countryIndex;
  const out = new Map<string, string>();
  const bare = (w: string): string => normalize(w).replace(/^ال/, '');
  const firsts = new Map<string, Set<string>>();
  const raw = countries as RawCountry[];
  for (const c of raw) {
    if (c.type !== 'country') continue;
    for (const n of [c.name, ...(c.aliases ?? [])]) if (n.includes(' ')) firsts.set(normalize(n.split(' ')[0]), (firsts.get(normalize(n.split(' ')[0])) ?? new Set()).add(c.id));
  }
  for (const c of raw) {
    // Keyed «@id»: no word of the text is spelled so.
    const id = c.type === 'country' ? `@${c.id}` : c.capitalOf && `@${c.capitalOf}`;
    if (!id) continue;
    for (const n of [c.name, ...(c.aliases ?? [])]) {
      const ws = n.split(' ');
      // Names of two words or more whole too, for a reader that tries two words («كوريا الجنوبية»: prepositionRoles).
      // A capital never takes a country's own name («عمان»: Oman, not Amman).
      if (c.type === 'country' || !out.has(bare(n))) out.set(bare(n), id);
      // «الرياض» with its article only: «رياض» alone is a given name («رياض سلامة»).
      if (c.type !== 'country' && normalize(n).startsWith('ال') && !n.includes(' ')) articleOnly.add(bare(n));
      if (ws.length > 1 && c.type === 'country' && firsts.get(normalize(ws[0]))?.size === 1) {
        out.set(normalize(ws[0]), id);
        // «الولايات» alone, not «ولايات» («ولايات دارفور»).
        if (normalize(ws[0]).startsWith('ال')) articleOnly.add(bare(ws[0]));
      }
    }
    for (const a of c.type === 'country' ? c.adjectives ?? [] : []) if (!a.includes(' ')) for (const f of ['', 'ه', 'ا', 'ين', 'ون']) out.set(bare(a) + f, id);
  }
  for (const w of NOT_COUNTRY) for (const k of [w, `ال${w}`]) out.delete(k);
  return (countryIndex = out);
}

/** Each word's country once worked out (null: none): the pair check asks for every word of both versions of every pair. */
const countryOfWord = new BoundedMap<string, string | null>(100_000);

/** The country a word names, by name, capital or adjective, behind its proclitics («لمصر», «والتركية», «واشنطن»). */
export function countryOf(w: string): string | undefined {
  const known = countryOfWord.get(w);
  if (known !== undefined) return known ?? undefined;
  return countryOfWord.set(w, countryLookup(w) ?? null) ?? undefined;
}

function countryLookup(w: string): string | undefined {
  const forms = countryForms();
  for (const x of [w, w.replace(/^[وف]/, '')]) {
    for (const y of [x, x.replace(/^(بال|لل|ال|ب|ل)/, ''), x.replace(/^ال/, '')]) {
      const id = forms.get(`ال${y}`) ?? forms.get(y);
      if (id && !(articleOnly.has(y) && !/^(ال|بال|لل)/.test(x))) return id;
    }
  }
  return undefined;
}

/** The first words of the names of two words or more, as the index keys them («كوريا», «جنوب»). */
let heads: Set<string> | undefined;

/**
 * The country two words name together («كوريا الشمالية», «لكوريا الجنوبية»): looked up only when the
 * first word, behind its proclitics, opens such a name (the pair check asks for every word).
 */
export function countryOfTwo(w: string, next: string): string | undefined {
  heads ??= new Set([...countryForms().keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' ')).replace(/^ال/, '')));
  const x = w.replace(/^[وف]/, '').replace(/^(بال|لل|ال|ب|ل)/, '');
  return heads.has(w) || heads.has(x) || heads.has(w.replace(/^ال/, '')) ? countryOf(`${w} ${next}`) : undefined;
}
