// Candidate search and scoring over an inverted index (strong matches), and each unit's best match in every other article.

import type { ClusterOptions } from './types';
import { SLICE, UNIT_SLICE, filled, metered, sliced } from './steps';
import { BLOCK, Pairs } from './storage';
import type { Parts, Space } from './vectors';

/** The candidate search: an inverted index over the rare features, scratch space, and the pairs found so far. */
interface Search {
  s: Space;
  parts: Parts;
  threshold: number;
  postStart: Int32Array;
  postings: Int32Array;
  /** Dot products over rare features, by candidate, and the candidates with one. */
  acc: Float64Array;
  touched: Int32Array;
  /** The weights of the searching unit's common features by dense id, zero elsewhere, and by bin. */
  mine: Float64Array;
  mineByBin: Float64Array;
  pairs: Pairs;
}

/**
 * Pairs at the threshold. Similarity is symmetric (same shared features,
 * added in the same order, same norms): each pair is scored once, from its
 * lower unit, and offered to both units.
 *
 * Matches below the threshold only count between two retellings of one
 * report (the floor in clusterSteps, index.ts); elsewhere they are never edges, never joins, and
 * never decide mutuality (a unit's best match in an article is at least as
 * similar as any edge into that article). So the search keeps matches at the
 * threshold first, then adds the weaker ones only between the article pairs
 * that turn out to be retellings: the same best matches wherever they are
 * used, without scoring and storing millions of weak pairs.
 *
 * A pair's dot product adds its shared rare features, then its shared common
 * ones, both in ascending feature order (the weak matches in retellings.ts too, so both
 * score a pair alike, to the last bit; similarity() adds them all in one
 * order and may differ there).
 */
export function* strongMatches(s: Space, parts: Parts, opts: ClusterOptions): Generator<void, BestMatches, void> {
  return yield* bestMatches(s, yield* strongPairs(s, parts, opts));
}

/** The pairs at the threshold (strongMatches, before the best matches are taken from them). */
export function* strongPairs(s: Space, parts: Parts, opts: ClusterOptions): Generator<void, Pairs, void> {
  const { n } = s;
  const { cw } = parts;
  const { postStart, postings } = yield* rarePostings(s, parts);
  const search: Search = {
    s,
    parts,
    threshold: opts.threshold,
    postStart,
    postings,
    acc: new Float64Array(n),
    touched: new Int32Array(n),
    mine: new Float64Array(cw.length),
    mineByBin: new Float64Array(32),
    pairs: new Pairs(),
  };
  yield* metered(n, (from, budget) => searchFrom(search, from, budget));
  return search.pairs;
}

/**
 * Inverted index over the rare features: a unit's candidates are the units it
 * shares one of those with, and their dot products accumulate over the
 * postings, so the work is bounded by the unit's features times maxPostings.
 * Feature f's units, ascending: postings[postStart[f]] to postings[postStart[f + 1] - 1].
 */
export function* rarePostings(s: Space, parts: Parts, only?: Uint8Array): Generator<void, { postStart: Int32Array; postings: Int32Array }, void> {
  const { n, nf, df } = s;
  const { rare, rareStart, rareOf } = parts;
  const postStart = new Int32Array(nf + 1);
  // With `only`, the postings of the features it marks (the others are left empty).
  yield* sliced(nf, SLICE, (from, to) => {
    for (let f = from; f < to; f++) postStart[f + 1] = postStart[f] + (rare(f) && (!only || only[f]) ? df[f] : 0);
  });
  const postings = yield* filled(new Int32Array(postStart[nf]));
  const fill = postStart.slice(0, nf);
  yield* sliced(n, UNIT_SLICE, (from, to) => {
    if (only) {
      for (let i = from; i < to; i++) for (let k = rareStart[i]; k < rareStart[i + 1]; k++) if (only[rareOf[k]]) postings[fill[rareOf[k]]++] = i;
    } else for (let i = from; i < to; i++) for (let k = rareStart[i]; k < rareStart[i + 1]; k++) postings[fill[rareOf[k]]++] = i;
  });
  return { postStart, postings };
}

/** Scores the candidates of units from `from` on, for about `budget` work; returns the next unit. */
function searchFrom(search: Search, from: number, budget: number): number {
  const { postStart, postings, acc, touched, mine, mineByBin, pairs, threshold } = search;
  const { n, fileOf, w2, norms } = search.s;
  const { rareStart, rareOf, commonStart, commonOf, commonSum, commonBins, cw } = search.parts;
  let work = 0;
  let i = from;
  for (; i < n && work < budget; i++) {
    const fi = fileOf[i];
    let count = 0;
    work++;
    for (let k = rareStart[i]; k < rareStart[i + 1]; k++) {
      const f = rareOf[k];
      const w = w2[f];
      // Postings are in ascending unit order: walk down to i.
      let p = postStart[f + 1] - 1;
      for (; p >= postStart[f]; p--) {
        const j = postings[p];
        if (j <= i) break;
        if (fileOf[j] === fi) continue;
        if (acc[j] === 0) touched[count++] = j;
        acc[j] += w;
      }
      work += postStart[f + 1] - p;
    }
    if (count === 0) continue;
    // i's common features by dense id: a candidate's common part is then a
    // walk over its own common features. Adding zero for the ones i lacks
    // leaves the sum unchanged, bit for bit.
    for (let k = commonStart[i]; k < commonStart[i + 1]; k++) {
      mine[commonOf[k]] = cw[commonOf[k]];
      mineByBin[commonOf[k] & 31] += cw[commonOf[k]];
    }
    const ci = commonSum[i];
    const bi = commonBins[i];
    work += count;
    for (let t = 0; t < count; t++) {
      const j = touched[t];
      let dot = acc[j];
      acc[j] = 0;
      const denom = norms[i] * norms[j];
      // Even sharing every common feature of the one with fewer, j could not
      // reach the threshold: skip the walk. The margin dwarfs any rounding in
      // the sums, so no pair at the threshold is ever skipped.
      const need = threshold * denom;
      if ((dot + Math.min(ci, commonSum[j])) * (1 + 1e-9) < need) continue;
      // Nor sharing all of i's common features in the bins j has any in: a
      // tighter bound, from one word of j's, that spares most walks.
      let bound = dot;
      for (let m = bi & commonBins[j]; m !== 0; m &= m - 1) bound += mineByBin[31 - Math.clz32(m & -m)];
      if (bound * (1 + 1e-9) < need) continue;
      const end = commonStart[j + 1];
      work += end - commonStart[j];
      for (let k = commonStart[j]; k < end; k++) dot += mine[commonOf[k]];
      const sim = denom === 0 ? 0 : dot / denom;
      if (sim >= threshold) pairs.push(i, j, sim);
    }
    for (let k = commonStart[i]; k < commonStart[i + 1]; k++) mine[commonOf[k]] = 0;
    mineByBin.fill(0);
  }
  return i;
}

/**
 * Each unit's best match in every other article, from a set of scored pairs
 * (each offered to both its units) and the best matches found before: per
 * unit, its entries sorted by file id, so that the best match in a given file
 * is a binary search away. The best match is the most similar, and of equally
 * similar ones the lowest unit: a maximum, whatever the order the offers came in.
 */
export interface BestMatches {
  start: Int32Array;
  file: Int32Array;
  unit: Int32Array;
  sim: Float64Array;
}

/**
 * Where unit u's entry for file f stands, or would stand: the first of u's
 * entries (sorted by file) whose file is not below f. The caller checks that
 * it is within u's entries and of file f when it may not be.
 */
export function entryFor(m: Pick<BestMatches, 'start' | 'file'>, u: number, f: number): number {
  let lo = m.start[u];
  let hi = m.start[u + 1];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (m.file[mid] < f) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Counts the offers to each unit among pairs [start, end) of a block (at offStart[unit + 1]). */
function countOffers(offStart: Int32Array, as: Int32Array, bs: Int32Array, start: number, end: number): void {
  for (let p = start; p < end; p++) {
    offStart[as[p] + 1]++;
    offStart[bs[p] + 1]++;
  }
}

/** Files pairs [start, end) of a block as offers to both their units, at each unit's next free place (fill). */
function placeOffers(offers: { unit: Int32Array; sim: Float64Array }, fill: Int32Array, as: Int32Array, bs: Int32Array, sims: Float64Array, start: number, end: number): void {
  const { unit, sim } = offers;
  for (let p = start; p < end; p++) {
    const a = as[p];
    const b = bs[p];
    unit[fill[a]] = b;
    sim[fill[a]++] = sims[p];
    unit[fill[b]] = a;
    sim[fill[b]++] = sims[p];
  }
}

export function* bestMatches(s: Space, pairs: Pairs, prior?: BestMatches): Generator<void, BestMatches, void> {
  const { n, fileOf, files } = s;
  // The pairs' offers by unit (counting sort), a block of pairs per slice.
  const offStart = new Int32Array(n + 1);
  yield* sliced(pairs.size, BLOCK, (from, to) => pairs.each(from, to, (as, bs, _, start, end) => countOffers(offStart, as, bs, start, end)));
  yield* sliced(n, SLICE, (from, to) => {
    for (let u = from; u < to; u++) offStart[u + 1] += offStart[u];
  });
  const fill = offStart.slice(0, n);
  const offers = { unit: yield* filled(new Int32Array(offStart[n])), sim: yield* filled(new Float64Array(offStart[n])) };
  // A block placed is spent: it can go while the next ones are placed (between many retellings the pairs and their offers were both whole at once).
  yield* sliced(pairs.size, BLOCK, (from, to) => {
    pairs.each(from, to, (as, bs, sims, start, end) => placeOffers(offers, fill, as, bs, sims, start, end));
    pairs.dropBefore(to);
  });
  pairs.clear(); // spent: let the memory go before the result takes its own
  if (!prior) return yield* bestInPlace(s, offStart, offers);
  const { unit: offUnit, sim: offSim } = offers;
  // The result's exact size: each unit's distinct files among its offers and
  // prior matches. Between retellings most offers repeat a prior match (or
  // one another), and room for all of them would double the largest arrays
  // of the clustering; counting first costs one walk of the offers.
  const owner = new Int32Array(files).fill(-1);
  let size = 0;
  yield* metered(n, (from, budget) => {
    let u = from;
    for (let work = 0; u < n && work < budget; u++) {
      size += prior.start[u + 1] - prior.start[u];
      for (let k = prior.start[u]; k < prior.start[u + 1]; k++) owner[prior.file[k]] = u;
      for (let k = offStart[u]; k < offStart[u + 1]; k++) {
        const f = fileOf[offUnit[k]];
        if (owner[f] !== u) {
          owner[f] = u;
          size++;
        }
      }
      work += 4 + prior.start[u + 1] - prior.start[u] + offStart[u + 1] - offStart[u];
    }
    return u;
  });
  // No offer reaches an article a unit had no match in (copies of one article, where every
  // weak offer repeats a strong match's article): the prior matches are updated where they
  // stand, rather than copied whole beside themselves.
  if (size === prior.start[n]) return yield* priorUpdated(s, prior, offStart, offers);
  owner.fill(-1);
  const start = new Int32Array(n + 1);
  const { file, unit, sim } = yield* matchArrays(size);
  // Per file, the best offer seen for the current unit (owner says which unit the slot holds).
  const slotUnit = new Int32Array(files);
  const slotSim = new Float64Array(files);
  let out = 0;
  const offer = (u: number, j: number, s: number): void => {
    const f = fileOf[j];
    if (owner[f] !== u) {
      owner[f] = u;
      file[out++] = f;
    } else if (!(s > slotSim[f] || (s === slotSim[f] && j < slotUnit[f]))) return;
    slotUnit[f] = j;
    slotSim[f] = s;
  };
  yield* metered(n, (from, budget) => {
    let u = from;
    for (let work = 0; u < n && work < budget; u++) {
      const first = out;
      for (let k = prior.start[u]; k < prior.start[u + 1]; k++) offer(u, prior.unit[k], prior.sim[k]);
      for (let k = offStart[u]; k < offStart[u + 1]; k++) offer(u, offUnit[k], offSim[k]);
      file.subarray(first, out).sort();
      for (let k = first; k < out; k++) {
        unit[k] = slotUnit[file[k]];
        sim[k] = slotSim[file[k]];
      }
      start[u + 1] = out;
      work += 8 + 2 * (out - first) + offStart[u + 1] - offStart[u];
    }
    return u;
  });
  return { start, file, unit, sim };
}

/**
 * The first best matches, written over the offers themselves: a unit's best
 * matches are never more than its offers, and they are written once all of
 * its offers are read (and before any of the next unit's), so the offers'
 * arrays can hold the result and only the files need arrays of their own.
 * Between many retellings the offers and a result beside them were the
 * clustering's largest peak (300 copies of one article: 74 MB of offers
 * beside 99 MB of matches). When many offers repeat one article the result is
 * copied to its exact size, so that the spare room does not stay.
 */
function* bestInPlace(s: Space, offStart: Int32Array, offers: { unit: Int32Array; sim: Float64Array }): Generator<void, BestMatches, void> {
  const { n, fileOf, files } = s;
  const { unit, sim } = offers;
  const total = offStart[n];
  const file = new Int32Array(total);
  yield;
  const start = new Int32Array(n + 1);
  const owner = new Int32Array(files).fill(-1);
  const slotUnit = new Int32Array(files);
  const slotSim = new Float64Array(files);
  let out = 0;
  yield* metered(n, (from, budget) => {
    let u = from;
    for (let work = 0; u < n && work < budget; u++) {
      const first = out;
      for (let k = offStart[u]; k < offStart[u + 1]; k++) {
        const j = unit[k];
        const x = sim[k];
        const f = fileOf[j];
        if (owner[f] !== u) {
          owner[f] = u;
          file[out++] = f;
        } else if (!(x > slotSim[f] || (x === slotSim[f] && j < slotUnit[f]))) continue;
        slotUnit[f] = j;
        slotSim[f] = x;
      }
      file.subarray(first, out).sort();
      // Entries [first, out) are this unit's offers or earlier ones: all read by now.
      for (let k = first; k < out; k++) {
        unit[k] = slotUnit[file[k]];
        sim[k] = slotSim[file[k]];
      }
      start[u + 1] = out;
      work += 8 + 2 * (out - first) + offStart[u + 1] - offStart[u];
    }
    return u;
  });
  if (out >= 0.9 * total) return { start, file: file.subarray(0, out), unit: unit.subarray(0, out), sim: sim.subarray(0, out) };
  const exact = { start, file: file.slice(0, out), unit: new Int32Array(0), sim: new Float64Array(0) };
  yield;
  exact.unit = unit.slice(0, out);
  yield;
  exact.sim = sim.slice(0, out);
  return exact;
}

/** Prior best matches improved by offers that all fall in articles each unit has a match in already (the same maximum, in place). */
function* priorUpdated(s: Space, prior: BestMatches, offStart: Int32Array, offers: { unit: Int32Array; sim: Float64Array }): Generator<void, BestMatches, void> {
  const { n, fileOf } = s;
  yield* metered(n, (from, budget) => {
    let u = from;
    for (let work = 0; u < n && work < budget; u++) {
      for (let k = offStart[u]; k < offStart[u + 1]; k++) {
        const j = offers.unit[k];
        const x = offers.sim[k];
        const f = fileOf[j];
        // The unit's entry for that article (it has one: see the top).
        const lo = entryFor(prior, u, f);
        if (x > prior.sim[lo] || (x === prior.sim[lo] && j < prior.unit[lo])) {
          prior.unit[lo] = j;
          prior.sim[lo] = x;
        }
      }
      work += 4 + 8 * (offStart[u + 1] - offStart[u]);
    }
    return u;
  });
  return prior;
}

/**
 * The arrays of `size` best-match entries (article, unit, similarity). Each
 * large allocation in a step of its own (it can set off a garbage collection);
 * not prefilled: the callers write every entry in order.
 */
export function* matchArrays(size: number): Generator<void, { file: Int32Array; unit: Int32Array; sim: Float64Array }, void> {
  const file = new Int32Array(size);
  yield;
  const unit = new Int32Array(size);
  yield;
  const sim = new Float64Array(size);
  yield;
  return { file, unit, sim };
}
