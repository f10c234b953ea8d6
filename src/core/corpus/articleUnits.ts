/**
 * An article's clauses as the claim grouping lists them. Listing them reads
 * every sentence of every article (and spells out the lines of an article
 * that repeats one), so after a change to one article the others' lists are
 * taken as they were: an article's state is a new object whenever it
 * changes, and the list reads that state only.
 */

import { ClauseUnit } from '../claims/featureRecords';
import type { ArticleState } from './analyze';

export interface ArticleUnits {
  file: string;
  /** The clauses of two words or more, sentence by sentence, a repeated line's twin left out. */
  units: ClauseUnit[];
  /** A repeated line's first sentence, and the later sentences that repeat it, in order. */
  twins: Array<[number, number[]]>;
}

const kept = new WeakMap<ArticleState, ArticleUnits>();

/** The article's units; kept with its state when `keep` (an analysis kept for later changes). */
export function articleUnits(file: string, st: ArticleState, keep: boolean): ArticleUnits {
  const was = kept.get(st);
  // One state read under another name (a renamed article) lists its units again: a unit names its article.
  if (was && was.file === file) return was;
  const units: ClauseUnit[] = [];
  const twins = new Map<number, number[]>();
  const firstByText = new Map<string, number>();
  // Most articles repeat no line: no sentence of theirs can be a twin.
  const ss = st.sentences;
  const repeats = ss.anyDuplicate;
  for (let index = 0; index < ss.length; index++) {
    const key = repeats ? ss.text(index).replace(/\s+/g, ' ').trim() : '';
    const first = repeats ? firstByText.get(key) : undefined;
    if (first !== undefined && ss.duplicateOf(index) !== undefined) {
      const list = twins.get(first);
      if (list) list.push(index);
      else twins.set(first, [index]);
      continue;
    }
    if (repeats) firstByText.set(key, index);
    // A unit reads its features from the records when the grouping asks (the clustering keeps its own ids).
    for (let clause = 0; clause < st.features.clauseCount(index); clause++) if (st.features.clauseSize(index, clause) >= 2) units.push(new ClauseUnit(file, index, clause, st.features));
  }
  const out = { file, units, twins: [...twins] };
  if (keep) kept.set(st, out);
  return out;
}
