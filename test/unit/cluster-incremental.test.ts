import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClusterMemo, clusterOptions, clusterSteps, clusterUnits, runToEnd, type ClusterOptions, type Unit } from '../../src/core/claims/cluster';
import { setTaggerEnabled } from '../../src/core/actors/tagger';
import { Corpus } from '../../src/core/corpus/corpus';
import { buildReport, formatReportJson } from '../../src/core/report/report';
import type { ClaimGroup } from '../../src/core/types';
import { seedCorpus } from '../../bench/corpus/seedCorpus';
import { synthUnits } from './synthUnits';
import { vectorize } from '../../src/core/claims/cluster/vectors';
import { vectorizeSince } from '../../src/core/claims/cluster/memoVectors';

/**
 * A regrouping after a change reuses the last grouping's scored pairs and
 * searches the changed articles' clauses only (claims/cluster/memo.ts). It
 * must give what a grouping from scratch of the corpus as it now is gives:
 * random edits, additions and deletions, each followed by both.
 */

const ROOT = resolve(__dirname, '../..');

function rng(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
}

/** A memo's kept best matches, flags, retellings, edges and the links' outcomes, as plain arrays. */
function chainOf(memo: ClusterMemo): unknown {
  const c = memo.last!.chain;
  const plain = (x: ArrayLike<number>): number[] => Array.from(x);
  return { start: plain(c.best.start), file: plain(c.best.file), unit: plain(c.best.unit), sim: plain(c.best.sim), flags: plain(c.flags), retold: c.retold, files: c.files, a: plain(c.edges.a), b: plain(c.edges.b), esim: plain(c.edges.sim), merged: plain(c.link.merged) };
}

describe('incremental clustering', () => {
  function edits(opts: ClusterOptions): Array<'full' | 'incremental' | undefined> {
    const rnd = rng(99);
    let units = synthUnits(120, 12);
    const memo = new ClusterMemo();
    // A file's token: its units as they are (a new array whenever the file changes).
    let tokens = new Map<string, unknown>();
    const token = (file: string): unknown => tokens.get(file);
    const retoken = (): void => {
      const next = new Map<string, unknown>();
      for (const u of units) if (!next.has(u.file)) next.set(u.file, tokens.get(u.file) ?? {});
      tokens = next;
    };
    retoken();
    const searches: Array<'full' | 'incremental' | undefined> = [];
    runToEnd(clusterSteps(units, opts, { memo, token }));
    for (let step = 0; step < 14; step++) {
      const files = [...new Set(units.map((u) => u.file))];
      const file = files[Math.floor(rnd() * files.length)];
      const kind = step % 3;
      if (kind === 0) {
        // Edit: drop a clause, retell another article's clause, add a word.
        const other = units[Math.floor(rnd() * units.length)];
        const own = units.filter((u) => u.file === file).slice(1);
        own.push({ file, index: own.length + 1, clause: 0, features: [...other.features, `new${step}`] });
        units = [...units.filter((u) => u.file !== file), ...own];
      } else if (kind === 1) {
        const name = `added-${step}.txt`;
        const source = units.filter((u) => u.file === file);
        units = [...units, ...source.map((u) => ({ ...u, file: name, features: u.features.filter(() => rnd() < 0.8) }))];
      } else units = units.filter((u) => u.file !== file);
      // Articles in name order, their units together, as the corpus lists them.
      units.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.index - b.index || a.clause - b.clause));
      tokens.delete(file);
      retoken();
      if (opts.weights !== 'corpus') {
        // The space made from the kept feature numbers is the one made from scratch (a probe memo: the real one is left as it is).
        const probe = new ClusterMemo();
        runToEnd(vectorizeSince(probe.features, token, units.filter((u) => u.file !== file)));
        // (With lasting keys for the features besides, Space.keys.)
        expect({ ...runToEnd(vectorizeSince(probe.features, token, units))!, keys: undefined }).toEqual(runToEnd(vectorize(units)));
      }
      const got = runToEnd(clusterSteps(units, opts, { memo, token }));
      searches.push(memo.lastSearch);
      const want = clusterUnits(units, opts);
      expect(got.groups).toEqual(want.groups);
      // What follows the pairs (memoChain.ts) too: the best matches, flags, retellings and edges in link order of a grouping from scratch.
      const cold = new ClusterMemo();
      runToEnd(clusterSteps(units, opts, { memo: cold, token }));
      if (memo.last && cold.last) expect(chainOf(memo)).toEqual(chainOf(cold));
      else expect(memo.last).toBe(cold.last);
      for (let i = 0; i + 1 < units.length; i += 7) expect(Object.is(got.similarity(i, i + 1), want.similarity(i, i + 1))).toBe(true);
    }
    return searches;
  }

  it('gives the groups of a clustering from scratch after each change', () => {
    const searches = edits(clusterOptions({ threshold: 0.35 }));
    expect(searches.filter((s) => s === 'incremental').length).toBeGreaterThan(10);
  });

  it('searches everything again when a change takes a feature across maxPostings', () => {
    const searches = edits(clusterOptions({ threshold: 0.35, maxPostings: 12 }));
    expect(searches).toContain('full');
    expect(searches).toContain('incremental');
  });

  it('never uses the memo with the corpus weights', () => {
    expect(new Set(edits(clusterOptions({ weights: 'corpus' })))).toEqual(new Set(['full']));
  });
});

describe('incremental claims of a corpus', () => {
  beforeAll(() => setTaggerEnabled(false));
  afterAll(() => setTaggerEnabled(true));

  const group = (g: ClaimGroup): string => `${g.id} ${g.text} <- ${g.sentences.map((s) => `${s.sentenceId}@${s.start}-${s.end}`).join(' ')} [${g.origins.map((o) => o.key).join(' ')}]`;
  const results = (c: Corpus): { groups: string[]; single: string[]; report: string } => ({
    groups: c.claimGroups().map(group),
    single: c.singleSourceClaims().map(group),
    report: formatReportJson(buildReport(c)),
  });

  it('gives the groups, single-source claims and report of a corpus analysed from scratch', () => {
    const pool = seedCorpus(ROOT, 30);
    const rnd = rng(7);
    const texts = new Map(pool.slice(0, pool.length - 6).map((a) => [a.file, a.text]));
    const spare = pool.slice(pool.length - 6);
    const live = new Corpus();
    for (const [f, t] of texts) live.setArticle(f, t);
    live.claimGroups();
    const memo = (live as unknown as { clusterMemo: ClusterMemo }).clusterMemo;
    let incremental = 0;
    for (let step = 0; step < 8; step++) {
      const files = [...texts.keys()];
      const file = files[Math.floor(rnd() * files.length)];
      if (step % 4 === 3 && spare.length) {
        const a = spare.pop()!;
        texts.set(a.file, a.text);
        live.setArticle(a.file, a.text);
      } else if (step % 4 === 2) {
        texts.delete(file);
        live.removeArticle(file);
      } else {
        // A line of another article appended (a retelling), or the first line dropped.
        const other = texts.get(files[Math.floor(rnd() * files.length)])!.split('\n').filter((l) => l.trim().length > 40);
        const lines = texts.get(file)!.split('\n');
        const text = step % 2 === 0 && other.length ? [...lines, other[Math.floor(rnd() * other.length)]].join('\n') : lines.slice(1).join('\n');
        texts.set(file, text);
        live.setArticle(file, text);
      }
      const got = results(live);
      if (memo.lastSearch === 'incremental') incremental++;
      const cold = new Corpus();
      for (const [f, t] of texts) cold.setArticle(f, t);
      const want = results(cold);
      expect(got.groups).toEqual(want.groups);
      expect(got.single).toEqual(want.single);
      expect(got.report).toEqual(want.report);
    }
    expect(incremental).toBeGreaterThan(4);
  });

  it('keeps the claim groups a change leaves alone as they were, not rebuilt (groupMemo.ts)', () => {
    const pool = seedCorpus(ROOT, 30);
    const live = new Corpus();
    for (const a of pool) live.setArticle(a.file, a.text);
    const before = live.claimGroups();
    // A line appended to one article that tells no claim of the others.
    const { file, text } = pool[0];
    live.setArticle(file, `${text}\nوأعلنت البلدية افتتاح حديقة عامة جديدة في وسط المدينة يوم الخميس المقبل.`);
    const after = new Set(live.claimGroups());
    const untouched = before.filter((g) => !g.files.includes(file));
    expect(untouched.length).toBeGreaterThan(10);
    const kept = untouched.filter((g) => after.has(g)).length;
    // Groups the change can reach (a neighbour's best match moved) may be rebuilt; most are not.
    expect(kept / untouched.length).toBeGreaterThan(0.6);
  });
});
