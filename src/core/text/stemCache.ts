import { BoundedMap } from './boundedMap';
import { lightStem } from './stem';

/**
 * lightStem, remembered per word: the claim report compares every version of
 * every claim (numbers, negations, contrary words), and news repeats the same
 * few thousand words; stemming each again was a fifth of `isnad analyze`'s time
 * on 1,000 articles. Bounded like the other corpus-wide tables.
 */
const STEMS = new BoundedMap<string, string>(200_000);

export function cachedStem(word: string): string {
  return STEMS.get(word) ?? STEMS.set(word, lightStem(word));
}
