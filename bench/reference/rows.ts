/**
 * One row per claim (src/core/claims/rows.ts) as it was before its maps and
 * sets keyed by sentence became typed arrays: what the unit tests hold the
 * engine's version to.
 */

import { runToEnd } from '../../src/core/claims/cluster/steps';
import type { RowUnit } from '../../src/core/claims/rows';

/** Work (map operations, similarities) between two yields. */
const STEP_WORK = 4096;

export function oneRowPerClaim(groups: number[][], units: RowUnit[], similarity: (i: number, j: number) => number): number[][] {
  return runToEnd(oneRowPerClaimSteps(groups, units, similarity));
}

/** The same in steps of bounded work (the editor regroups in slices, steps.ts). */
function* oneRowPerClaimSteps(groups: number[][], units: RowUnit[], similarity: (i: number, j: number) => number): Generator<void, number[][], void> {
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
  // A sentence as one number, its article's number (in order of first use) and its index: keys made for
  // every member of every group at each regrouping, where spelled-out strings cost most of this step.
  const fileNo = new Map<string, number>();
  const SENTENCES = 2 ** 26;
  const sentenceKey = (u: number): number => {
    let f = fileNo.get(units[u].file);
    if (f === undefined) fileNo.set(units[u].file, (f = fileNo.size));
    return f * SENTENCES + units[u].index;
  };
  const sentencesOf: Array<Set<number>> = [];
  const bySentence = new Map<number, number[]>();
  for (let k = 0; k < groups.length; k++) {
    sentencesOf.push(new Set(groups[k].map(sentenceKey)));
    for (const key of sentencesOf[k]) {
      const l = bySentence.get(key);
      if (l) l.push(k);
      else bySentence.set(key, [k]);
    }
    if (tick(groups[k].length)) yield;
  }
  const shared = new Map<number, Set<number>>(); // k · groups + m (k < m) -> the sentences both hold
  for (const [key, ks] of bySentence) {
    for (let x = 0; x < ks.length; x++) {
      for (let y = x + 1; y < ks.length; y++) {
        const pair = Math.min(ks[x], ks[y]) * groups.length + Math.max(ks[x], ks[y]);
        let s = shared.get(pair);
        if (!s) shared.set(pair, (s = new Set()));
        s.add(key);
      }
    }
    if (tick(ks.length * ks.length)) yield;
  }
  for (const [pair, keys] of shared) {
    const k = Math.floor(pair / groups.length);
    const m = pair % groups.length;
    const files = new Set([...keys].map((key) => Math.floor(key / SENTENCES)));
    if (tick(keys.size)) yield;
    if (files.size < 2 || 2 * keys.size < Math.min(sentencesOf[k].size, sentencesOf[m].size)) continue;
    const a = find(k);
    const b = find(m);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  const merged = new Map<number, Set<number>>();
  for (let k = 0; k < groups.length; k++) {
    const r = find(k);
    let s = merged.get(r);
    if (!s) merged.set(r, (s = new Set()));
    for (const u of groups[k]) s.add(u);
    if (tick(groups[k].length)) yield;
  }
  const lists = [...merged.values()].map((s) => [...s].sort((a, b) => a - b));
  yield;

  // A clause still in several groups (it joined one besides its own) stays in
  // the one it is closest to: average similarity to the members from other
  // articles; ties: the larger group.
  const where = new Map<number, number[]>();
  for (let k = 0; k < lists.length; k++) {
    for (const u of lists[k]) {
      const l = where.get(u);
      if (l) l.push(k);
      else where.set(u, [k]);
    }
    if (tick(lists[k].length)) yield;
  }
  const drop = lists.map(() => new Set<number>());
  for (const [u, ks] of where) {
    if (ks.length < 2) continue;
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
    for (const k of ks) if (k !== keep) drop[k].add(u);
    if (tick(16 * ks.reduce((n, k) => n + lists[k].length, 0))) yield;
  }
  const out: number[][] = [];
  for (let k = 0; k < lists.length; k++) {
    const g = lists[k];
    const kept = drop[k].size ? g.filter((u) => !drop[k].has(u)) : g;
    if (new Set(kept.map((u) => units[u].file)).size >= 2) out.push(kept);
    if (tick(g.length)) yield;
  }
  return out;
}
