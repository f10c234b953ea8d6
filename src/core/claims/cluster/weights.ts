/**
 * Feature weights from a fixed background table, not from the corpus
 * (ClusterOptions.weights 'background'): a feature's weight is its rarity in
 * the training text's sentences (src/core/data/claims/stem-df.json, built by
 * `npm run build:claim-weights`), so it does not change when an article is
 * added, edited or deleted: the precondition for regrouping only the clauses a
 * change touches. Not the default: on the development pairs it keeps fewer
 * contradictions apart (see CONTRIBUTING, Quality).
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

import * as fs from 'node:fs';
import * as path from 'node:path';

/** The table's file, read on first use (not bundled: neither the extension nor the CLI weighs this way yet). */
export const WEIGHTS_FILE = 'stem-df.json';

interface Table {
  sentences: number;
  minCount: number;
  df: Record<string, number>;
}

const ACTOR_SHARE = 1 / 50;

let table: { n: number; df: Map<string, number> } | undefined;

function loaded(): { n: number; df: Map<string, number> } {
  if (!table) {
    // Beside the bundle (dist/, out/bench/: the build scripts copy it there), else in the sources.
    const files = [path.join(__dirname, WEIGHTS_FILE), path.join(__dirname, '..', '..', 'data', 'claims', WEIGHTS_FILE)];
    const file = files.find((f) => fs.existsSync(f));
    if (!file) throw new Error(`claim weights table not found (${WEIGHTS_FILE}, npm run build:claim-weights)`);
    const t = JSON.parse(fs.readFileSync(file, 'utf8')) as Table;
    table = { n: t.sentences, df: new Map(Object.entries(t.df)) };
  }
  return table;
}

/** A feature's weight (inverse document frequency in the background table). */
export function featureIdf(feature: string): number {
  const { n, df } = loaded();
  const d = feature.startsWith('@') ? n * ACTOR_SHARE : (df.get(feature) ?? 1);
  return Math.sqrt(Math.log(1 + n / d));
}
