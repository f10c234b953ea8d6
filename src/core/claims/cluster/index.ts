/**
 * Grouping clauses from different articles that tell the same claim.
 *
 * Each unit (a clause of a sentence) is a bag of features (content stems,
 * actor ids) weighted by inverse document frequency in a fixed background
 * table of news text (weights.ts; or, as an option, over the corpus's units).
 * Candidate pairs come from an inverted index over the features that are not
 * too common, so the work grows with the corpus, not with its square; each
 * candidate pair is scored by cosine similarity, and each unit keeps only its
 * best match in every other article.
 *
 * Groups are built in two steps, neither of which can chain loose resemblances
 * into one group (plain threshold linkage does, on news text where every
 * sentence shares actors):
 * - Links: two units that are each other's best match in the other's article
 *   (mutual best matches) are linked, strongest first, and their groups merge
 *   only while the average similarity across the two groups stays at the
 *   threshold (average linkage). Two articles that already share several strong
 *   links are versions of one report, and between them a mutual best match
 *   links at a lower similarity: there a weaker resemblance is still the same
 *   claim, retold.
 * - Joins: an article may tell a claim twice (the lede, then the body), and a
 *   clause may tell a second claim. A unit whose best match in another article
 *   is in a group, and which is on average as close to that group as its
 *   members must be, joins it as a member without merging its own group into it.
 *
 * At 10,000 articles (150,000 units) there are tens of millions of candidate
 * pairs: the data lives in flat typed arrays, and every shortcut in this
 * folder (bounds that drop hopeless candidates, answers kept rather than
 * recomputed) is exact. Sums add in fixed orders, so the groups and the similarities are
 * the same to the last bit as those of the plain algorithm (ties and
 * thresholds depend on them; test/unit/cluster-speed.test.ts holds them).
 *
 * The steps, in the order clusterSteps runs them: vectors.ts (feature vectors,
 * rare and common parts), matches.ts (candidate search, best matches),
 * mutual.ts (mutual best matches, the edges), retellings.ts (retellings and
 * the weaker matches between them), order.ts (edges in link order), link.ts
 * with groups.ts (links, joins, assembly); steps.ts slices the work and
 * storage.ts holds the typed-array structures. After a change, with a memo
 * of the last grouping: memoVectors.ts (kept feature numbers), memo.ts (the
 * search of the changed articles' units), memoChain.ts (best matches to edges,
 * made again for the changed article pairs only), memoLink.ts (the links'
 * outcomes kept where their groups are as they were).
 */

export type { ClusterOptions, Unit } from './types';
import type { ClusterOptions, Unit } from './types';

/** The threshold that goes with background weights (tuned on the seeds and the development pairs, see weights.ts). */
export const BACKGROUND_THRESHOLD = 0.45;
/** The threshold that goes with the corpus's own weights (the default until background weights measured better). */
export const CORPUS_THRESHOLD = 0.35;

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { threshold: BACKGROUND_THRESHOLD, maxPostings: 400, weights: 'background' };

/** Options with the threshold that goes with their weights unless one is given. */
export function clusterOptions(given: Partial<ClusterOptions> = {}): ClusterOptions {
  const weights = given.weights ?? DEFAULT_CLUSTER_OPTIONS.weights;
  return { ...DEFAULT_CLUSTER_OPTIONS, ...given, weights, threshold: given.threshold ?? (weights === 'corpus' ? CORPUS_THRESHOLD : BACKGROUND_THRESHOLD) };
}

import { assemble, joins, link } from './link';
import { bestMatches, strongPairs, type BestMatches } from './matches';
import { pairsSince, remember, type Incremental } from './memo';
import { chainSince, edgesSince } from './memoChain';
import { finalGroups, type LinkPast } from './memoLink';
import { vectorizeSince } from './memoVectors';
import { mutualEdges, mutualFlags } from './mutual';
import { edgeOrder, inLinkOrder } from './order';
import { runToEnd } from './steps';
import type { KeptEdges, LinkEdges } from './storage';
import { RETELLING_FLOOR, fileKey, retellings, weakMatches, type Retold } from './retellings';
import { cosine, similaritySums, splitParts, vectorize, type Parts, type Space } from './vectors';

export { runToEnd } from './steps';
export { ClusterMemo, type Incremental } from './memo';

export interface Clustering {
  /** Groups of unit indexes (ascending), each with units from at least two files. */
  groups: number[][];
  /** Cosine similarity of two units. */
  similarity: (i: number, j: number) => number;
  /** For each of the given units, the sum of its similarities to the others, added in their order (similaritySums in vectors.ts), in steps. */
  similaritySums: (members: readonly number[]) => Generator<void, Float64Array, void>;
}

/**
 * The same computation as clusterUnits, in steps: each next() does a bounded
 * amount of work (about a millisecond or less at 10,000 articles); the
 * return value is the clustering. The units must not change until it is done.
 */
export function* clusterSteps(units: Unit[], opts: ClusterOptions = DEFAULT_CLUSTER_OPTIONS, inc?: Incremental): Generator<void, Clustering, void> {
  const weights = opts.weights ?? 'background';
  // Unchanged articles' features are not read again (memoVectors.ts): the same space.
  const s = (inc && weights === 'background' ? yield* vectorizeSince(inc.memo.features, inc.token, units) : undefined) ?? (yield* vectorize(units, weights));
  const parts = yield* splitParts(s, opts.maxPostings);
  const low = opts.threshold * RETELLING_FLOOR;
  // With a memo of the last grouping, only the changed articles' units are
  // searched, and only what touches them is made again (memo.ts, memoChain.ts, memoLink.ts).
  const since = inc ? yield* pairsSince(inc, units, s, parts, opts) : undefined;
  const last = inc?.memo.last;
  if (inc) inc.memo.lastSearch = since ? 'incremental' : 'full';
  let best: BestMatches;
  let mutual: Uint8Array;
  let retold: Retold;
  if (since && last) ({ best, flags: mutual, retold } = yield* chainSince(s, parts, last.chain, since.renumbering, since.fresh, opts.threshold, low));
  else ({ best, mutual, retold } = yield* matchesFromScratch(s, parts, opts, low));
  const floor = (i: number, j: number): number => (retold.has.has(fileKey(s, s.fileOf[i], s.fileOf[j])) ? low : opts.threshold);
  // Most similarities clear both floors, or neither: no need to look the article pair up.
  const [lowest, highest] = low < opts.threshold ? [low, opts.threshold] : [opts.threshold, low];
  const clearsFloor = (i: number, j: number, sim: number): boolean => (sim >= highest ? true : sim < lowest ? false : sim >= floor(i, j));
  // The edges with their similarities where the grouping is kept for the next one; bare in a one-off grouping.
  let edges: LinkEdges;
  let keptEdges: KeptEdges | undefined;
  let past: LinkPast | undefined;
  if (since && last) {
    const kept = yield* edgesSince(last.chain.edges, last.chain.link.merged, since.renumbering, s, best, mutual, clearsFloor);
    edges = keptEdges = kept.edges;
    // The last grouping's links are of use only where its groups' vectors are keyed alike (Space.keys).
    if (s.keys && last.s.keys) past = { ...kept, merged: last.chain.link.merged, finals: last.chain.link.finals, newOf: since.renumbering.newOf, fileNew: since.renumbering.fileNew };
  } else {
    const found = yield* mutualEdges(s, best, mutual, clearsFloor);
    const order = yield* edgeOrder(found);
    if (inc) edges = keptEdges = yield* inLinkOrder(found, order, true);
    else edges = yield* inLinkOrder(found, order, false);
  }
  const groups = yield* link(s, edges, clearsFloor, past);
  if (inc && keptEdges) remember(inc, units, s, opts, { best, flags: mutual, retold: retold.keys, files: s.files, edges: keptEdges, link: finalGroups(groups) });
  const joined = yield* joins(s, best, mutual, groups, opts.threshold);
  let dense: Float64Array | undefined; // scratch for similaritySums, made on first use
  return {
    groups: yield* assemble(s, groups, joined),
    similarity: (i, j) => cosine(s, i, j),
    similaritySums: (members) => similaritySums(s, members, (dense ??= new Float64Array(s.nf))),
  };
}

/** The best matches, their mutual flags and the retellings, from a search of every unit. */
function* matchesFromScratch(s: Space, parts: Parts, opts: ClusterOptions, low: number): Generator<void, { best: BestMatches; mutual: Uint8Array; retold: Retold }, void> {
  let best = yield* bestMatches(s, yield* strongPairs(s, parts, opts));
  let retold: Retold = { has: new Set(), keys: [] };
  let mutual = yield* mutualFlags(s, best, retold);
  retold = yield* retellings(s, best, mutual, opts.threshold);
  if (retold.keys.length > 0) {
    const weak = yield* weakMatches(s, parts, retold, low, opts.threshold);
    // What mutualFlags needs of the matches before the weak ones: their
    // units and similarities can go once the new matches are made.
    const prior = { best: { start: best.start, file: best.file }, flags: mutual };
    best = yield* bestMatches(s, weak, best);
    mutual = yield* mutualFlags(s, best, retold, prior);
  }
  return { best, mutual, retold };
}

/** Clusters units into claims (see the top of this file): clusterSteps, run to the end at once. */
export function clusterUnits(units: Unit[], opts: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): Clustering {
  return runToEnd(clusterSteps(units, opts));
}
