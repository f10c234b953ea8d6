import { clearTaggerWords, taggerWordsBytes } from '../actors/tagger/features';
import { clearSpellings, spellingsBytes } from '../actors/tagger/spellings';
import { clearTaggedLines, taggedLinesBytes } from '../actors/tagger/tag';
import { BoundedMap } from '../text/boundedMap';
import { ENTRY_OVERHEAD } from '../actors/tagger/cache';
import { clearWordFeatureEntries, wordFeatureEntryCount } from '../claims/features';

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

/**
 * What the tables above hold, roughly, in bytes: the tagger's caches count their
 * own, the table of spellings its arrays, and a map's entry is a Map entry with
 * a short key and a small value. What to compare with a budget (the CLI's main
 * thread empties them past one), not a measure of the heap.
 */
export function wordTablesBytes(): number {
  return taggedLinesBytes() + taggerWordsBytes() + spellingsBytes() + (BoundedMap.entries() + wordFeatureEntryCount()) * (ENTRY_OVERHEAD + 32);
}
