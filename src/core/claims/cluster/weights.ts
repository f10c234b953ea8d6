/**
 * Feature weights from a fixed background table, not from the corpus
 * (ClusterOptions.weights 'background'): a feature's weight is its rarity in
 * the training text's sentences (src/core/data/claims/stem-df.json, built by
 * `npm run build:claim-weights`), so it does not change when an article is
 * added, edited or deleted: the precondition for regrouping only the clauses a
 * change touches. The default since it measured better on the development
 * pairs than the corpus's own weights (see CONTRIBUTING, Quality): a corpus of
 * a few articles weighs every word they do not share as rare, and one of
 * thousands weighs a folder's topic words as common; the table weighs a word
 * as the language uses it.
 *
 * - A stem in the table: the square root of log(1 + N / df), N the table's
 *   sentences. The root flattens the spread: the training text is small
 *   (about 5,000 sentences), and with the plain logarithm one rare shared word
 *   outweighed the rest of a clause (seeds F1 78 at the 0.35 threshold, 88.7
 *   at 0.4).
 * - A stem the table lacks (seen in fewer than minCount sentences, or never):
 *   as rare as the table's rarest, df = 1.
 * - An actor («@iran»): the training text names actors in ways the features do
 *   not see (mentions, titles), so they take one weight, that of a feature in
 *   ACTOR_SHARE of the sentences: an actor says who, rarely what.
 */

// Bundled (about 70 KB of the engine's bundle, which loads on first use): the
// grouping cannot run without it, so it is not a file that can go missing or be damaged.
import stemDf from '../../data/claims/stem-df.json';

const ACTOR_SHARE = 1 / 50;

let table: { n: number; df: Map<string, number> } | undefined;

function loaded(): { n: number; df: Map<string, number> } {
  table ??= { n: stemDf.sentences, df: new Map(Object.entries(stemDf.df as Record<string, number>)) };
  return table;
}

/** A feature's weight (inverse document frequency in the background table). */
export function featureIdf(feature: string): number {
  const { n, df } = loaded();
  const d = feature.startsWith('@') ? n * ACTOR_SHARE : (df.get(feature) ?? 1);
  return Math.sqrt(Math.log(1 + n / d));
}
