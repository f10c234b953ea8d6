/**
 * A deputy against the office holder («اعتقال مساعد محافظ البنك المركزي» /
 * «اعتقال محافظ المركزي»): two people, so two claims told alike. Read by the pair
 * check (contradiction.ts) as another actor in the same place, whatever the name
 * tagger found: it tags the office, the same in both versions.
 */
import { BoundedMap } from '../text/boundedMap';
import { normalize } from '../text/normalize';
import { stemOf } from './contradictionWords';

/** Words that make the office after them another person's: the deputy, the assistant. */
const DEPUTY = new Set(['نائب', 'مساعد', 'نواب', 'مساعدي'].map(normalize));
/** Offices a deputy serves («نائب الرئيس», «مساعد وزير الخارجية»), by stem. */
const OFFICES = new Set(['رئيس', 'الرئيس', 'وزير', 'الوزير', 'محافظ', 'المحافظ', 'مدير', 'المدير', 'قائد', 'القائد', 'أمين', 'الأمين', 'سفير', 'السفير'].map((w) => stemOf(normalize(w))));

/** A deputy word, also after a one-letter proclitic («ونائب», «لمساعد») or with a pronoun («ونائبه»: the version names him). */
const isDeputyWord = (w: string): boolean =>
  [w, w.replace(/(ه|ها|هم)$/, '')].some((x) => DEPUTY.has(x) || (x.length > 4 && 'ولب'.includes(x[0]) && DEPUTY.has(x.slice(1))));
/** Each word read once: the pair check asks for every word of both versions of every pair. */
const deputyWords = new BoundedMap<string, boolean>(100_000);
const deputyWord = (w: string): boolean => deputyWords.get(w) ?? deputyWords.set(w, isDeputyWord(w));

/**
 * The office one version gives a deputy and the other names bare: «مساعد محافظ | محافظ».
 * Only when the other version has no deputy word at all (it may name the deputy elsewhere).
 */
export function addedDeputy(a: readonly string[], b: readonly string[]): [string, string] | undefined {
  for (const [x, y, flip] of [[a, b, false], [b, a, true]] as const) {
    if (y.some(deputyWord)) continue;
    for (let i = 0; i + 1 < x.length; i++) {
      if (!deputyWord(x[i])) continue;
      const office = stemOf(x[i + 1]);
      if (!OFFICES.has(office)) continue;
      const bare = y.find((w) => stemOf(w) === office);
      if (bare === undefined) continue;
      const deputy = `${x[i]} ${x[i + 1]}`;
      return flip ? [bare, deputy] : [deputy, bare];
    }
  }
  return undefined;
}
