/**
 * One claim, one row. The grouping lets a clause join a group besides its own
 * (an article may tell a claim twice, a clause may tell a second claim), so
 * one clause can stand in two groups, and one sentence in several: the
 * Recurring Claims view then shows one claim as two rows with different
 * counts. This settles the groups before they are shown:
 *
 * - groups that share most of their sentences, from two articles or more,
 *   tell one passage matched clause by clause: they become one;
 * - a clause still in several groups stays in the one it is closest to, and
 *   leaves the others; a sentence may stand in two groups only through two
 *   clauses, and each group's row then names its own part (sentencePart);
 * - groups left with one article are dropped.
 *
 * Linear in the groups' members (a map per unit and per sentence), plus the
 * similarities of the few sentences in several groups.
 */

import { runToEnd } from './cluster/steps';

/** Work (map operations, similarities) between two yields: well under a millisecond. */
const STEP_WORK = 4096;

export interface RowUnit {
  file: string;
  /** Sentence index in its article. */
  index: number;
  clause: number;
}

/** oneRowPerClaim, run to the end at once. */
export function oneRowPerClaim(groups: number[][], units: RowUnit[], similarity: (i: number, j: number) => number): number[][] {
  return runToEnd(oneRowPerClaimSteps(groups, units, similarity));
}

/**
 * Each member's sentence as a dense number: an article's sentences take the
 * numbers from its first one's to its last index's, in order of first use.
 * (Typed arrays indexed by these numbers replace maps and sets keyed by
 * sentence: at 10,000 articles this step ran at every regrouping over 100,000
 * members, where the maps cost most of it.)
 */
function sentenceNumbers(groups: number[][], units: RowUnit[]): { sentence: Int32Array; fileOf: Int32Array; sentenceFile: Int32Array; count: number } {
  const sentence = new Int32Array(units.length).fill(-1);
  const fileOf = new Int32Array(units.length);
  const fileNo = new Map<string, number>();
  const top: number[] = [];
  // Members of one article come in runs: the map is asked once a run.
  let lastFile: string | undefined;
  let f = -1;
  for (const g of groups) {
    for (const u of g) {
      const file = units[u].file;
      if (file !== lastFile) {
        lastFile = file;
        f = fileNo.get(file) ?? -1;
        if (f < 0) fileNo.set(file, (f = top.push(0) - 1));
      }
      fileOf[u] = f;
      if (units[u].index >= top[f]) top[f] = units[u].index + 1;
    }
  }
  const base = new Int32Array(top.length + 1);
  for (let k = 0; k < top.length; k++) base[k + 1] = base[k] + top[k];
  const sentenceFile = new Int32Array(base[top.length]);
  for (let k = 0; k < top.length; k++) sentenceFile.fill(k, base[k], base[k + 1]);
  for (const g of groups) for (const u of g) sentence[u] = base[fileOf[u]] + units[u].index;
  return { sentence, fileOf, sentenceFile, count: base[top.length] };
}

/** The same in steps of bounded work (the editor regroups in slices, steps.ts). */
export function* oneRowPerClaimSteps(groups: number[][], units: RowUnit[], similarity: (i: number, j: number) => number): Generator<void, number[][], void> {
  let work = 0;
  const tick = (n = 1): boolean => (work += n) >= STEP_WORK && ((work = 0), true);
  const parent = groups.map((_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k]];
    return k;
  };
  // Groups that share most of the smaller one's sentences, from two articles or
  // more, are the clauses of one retold passage matched part by part: one
  // claim. (One shared sentence is not enough: a long sentence often packs two
  // claims; nor is a shared clause, which chains claims on a large corpus.)
  const { sentence, fileOf, sentenceFile, count } = sentenceNumbers(groups, units);
  yield;
  // Each group's sentences, each once (first use marked with the group's number + 1).
  const seen = new Int32Array(count);
  const sentStart = new Int32Array(groups.length + 1);
  const inGroups = new Int32Array(count); // how many groups hold each sentence
  let total = 0;
  for (const g of groups) total += g.length;
  const sentOf = new Int32Array(total);
  for (let k = 0, at = 0; k < groups.length; k++) {
    for (const u of groups[k]) {
      const s = sentence[u];
      if (seen[s] === k + 1) continue;
      seen[s] = k + 1;
      sentOf[at++] = s;
      inGroups[s]++;
    }
    sentStart[k + 1] = at;
    if (tick(groups[k].length)) yield;
  }
  // The groups of every sentence in two or more, in ascending order.
  const groupStart = new Int32Array(count + 1);
  for (let s = 0; s < count; s++) groupStart[s + 1] = groupStart[s] + (inGroups[s] > 1 ? inGroups[s] : 0);
  const groupsOf = new Int32Array(groupStart[count]);
  const filledTo = groupStart.slice(0, count);
  for (let k = 0; k < groups.length; k++) for (let p = sentStart[k]; p < sentStart[k + 1]; p++) if (inGroups[sentOf[p]] > 1) groupsOf[filledTo[sentOf[p]]++] = k;
  yield;
  // Two groups -> the sentences both hold: how many, and whether from two articles.
  const shared = new Map<number, { sentences: number; file: number; files: number }>(); // k · groups + m (k < m)
  for (let s = 0; s < count; s++) {
    const from = groupStart[s];
    const to = groupStart[s + 1];
    if (to - from < 2) continue;
    const file = sentenceFile[s];
    for (let x = from; x < to; x++) {
      for (let y = x + 1; y < to; y++) {
        const pair = groupsOf[x] * groups.length + groupsOf[y];
        const e = shared.get(pair);
        if (!e) shared.set(pair, { sentences: 1, file, files: 1 });
        else {
          e.sentences++;
          if (e.files === 1 && e.file !== file) e.files = 2;
        }
      }
    }
    if (tick((to - from) * (to - from))) yield;
  }
  for (const [pair, e] of shared) {
    const k = Math.floor(pair / groups.length);
    const m = pair % groups.length;
    if (tick()) yield;
    if (e.files < 2 || 2 * e.sentences < Math.min(sentStart[k + 1] - sentStart[k], sentStart[m + 1] - sentStart[m])) continue;
    const a = find(k);
    const b = find(m);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  // A claim's root is its smallest group: the claims in the order of their roots, members ascending, each once.
  const size = new Int32Array(groups.length);
  for (let k = 0; k < groups.length; k++) size[find(k)]++;
  const merged = new Map<number, Set<number>>();
  for (let k = 0; k < groups.length; k++) {
    const r = find(k);
    if (size[r] === 1) continue;
    let s = merged.get(r);
    if (!s) merged.set(r, (s = new Set()));
    for (const u of groups[k]) s.add(u);
    if (tick(groups[k].length)) yield;
  }
  const lists: number[][] = [];
  for (let k = 0; k < groups.length; k++) {
    if (find(k) !== k) continue;
    // Most groups are a claim alone, their members ascending already (the clustering's order).
    const s = size[k] === 1 ? (ascending(groups[k]) ? undefined : new Set(groups[k])) : merged.get(k);
    lists.push(s ? [...s].sort((x, y) => x - y) : groups[k]);
    if (tick()) yield;
  }

  // A clause still in several groups (it joined one besides its own) stays in
  // the one it is closest to: average similarity to the members from other
  // articles; ties: the larger group.
  const inLists = new Int32Array(units.length);
  for (let k = 0; k < lists.length; k++) {
    for (const u of lists[k]) inLists[u]++;
    if (tick(lists[k].length)) yield;
  }
  const where = new Map<number, number[]>();
  for (let k = 0; k < lists.length; k++) {
    for (const u of lists[k]) {
      if (inLists[u] < 2) continue;
      const l = where.get(u);
      if (l) l.push(k);
      else where.set(u, [k]);
    }
    if (tick(lists[k].length)) yield;
  }
  const drop: Array<Set<number> | undefined> = [];
  for (const [u, ks] of where) {
    const fit = (k: number): number => {
      let sum = 0;
      let n = 0;
      for (const v of lists[k]) {
        if (units[v].file === units[u].file) continue;
        sum += similarity(u, v);
        n++;
      }
      return n ? sum / n : 0;
    };
    let keep = ks[0];
    let keepFit = fit(keep);
    for (const k of ks.slice(1)) {
      const f = fit(k);
      if (f > keepFit + 1e-12 || (Math.abs(f - keepFit) <= 1e-12 && lists[k].length > lists[keep].length)) {
        keep = k;
        keepFit = f;
      }
    }
    for (const k of ks) if (k !== keep) (drop[k] ??= new Set()).add(u);
    if (tick(16 * ks.reduce((n, k) => n + lists[k].length, 0))) yield;
  }
  const out: number[][] = [];
  for (let k = 0; k < lists.length; k++) {
    const g = lists[k];
    const d = drop[k];
    const kept = d ? g.filter((u) => !d.has(u)) : g.slice();
    // Two articles or more (fileOf numbers every member's article).
    let two = false;
    for (let x = 1; x < kept.length && !two; x++) two = fileOf[kept[x]] !== fileOf[kept[0]];
    if (two) out.push(kept);
    if (tick(g.length)) yield;
  }
  return out;
}

/** Strictly ascending (no member twice): such a group is its own list as it is. */
function ascending(g: readonly number[]): boolean {
  for (let x = 1; x < g.length; x++) if (g[x] <= g[x - 1]) return false;
  return true;
}

/**
 * The part of a sentence a group holds: the span from its first clause to the
 * end of its last, in the sentence's own text (offsets in the article), or the
 * whole sentence when the group holds every clause. So when two clauses of one
 * sentence recur differently, each row names its own part.
 */
export function sentencePart(
  sentence: { start: number; end: number; text: string },
  /** Where each clause starts in the article; empty for a sentence of one clause. */
  clauseStarts: readonly number[],
  clauses: ReadonlySet<number>,
): { start: number; end: number; text: string } {
  const n = Math.max(clauseStarts.length, 1);
  if (n === 1 || clauses.size >= n) return { start: sentence.start, end: sentence.end, text: sentence.text };
  let lo = n;
  let hi = -1;
  for (const c of clauses) {
    lo = Math.min(lo, c);
    hi = Math.max(hi, c);
  }
  const start = lo === 0 ? sentence.start : clauseStarts[lo];
  const end = hi + 1 < n ? clauseStarts[hi + 1] : sentence.end;
  let text = sentence.text.slice(start - sentence.start, end - sentence.start);
  // The clause ends before the comma or connective that opens the next one.
  const trimmed = text.replace(/[\s،,;؛:]+$/u, '');
  text = trimmed.length ? trimmed : text;
  return { start, end: start + text.length, text };
}
