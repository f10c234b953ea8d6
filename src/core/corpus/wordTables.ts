import { clearTaggerWords } from '../actors/tagger/features';
import { clearSpellings } from '../actors/tagger/spellings';
import { clearTaggedLines } from '../actors/tagger/tag';
import { BoundedMap } from '../text/boundedMap';
import { clearWordFeatureEntries } from '../claims/features';

/**
 * Empty the corpus-wide tables of words and lines (stems, claim features and their entries, the
 * spellings of names, the tagger's words and lines). They make analysing the
 * next article faster and are bounded, but at their limits they hold some
 * 50-100 MB: a one-shot run (`isnad analyze`) that has analysed its last article
 * gives that space to the claim grouping and the report instead. Nothing
 * computed changes: every table is a memo, and fills again when asked.
 */
export function releaseWordTables(): void {
  BoundedMap.clearAll();
  clearTaggerWords();
  clearSpellings();
  clearTaggedLines();
  clearWordFeatureEntries();
}
