import { resolve } from 'node:path';
import { describe, expect, it, vi, beforeAll, afterAll } from 'vitest';
import { setTaggerEnabled } from '../../src/core/actors/tagger';
import type { Article } from '../../bench/corpus/generate';
import { seedCorpus } from '../../bench/corpus/seedCorpus';
import type { Corpus } from '../../src/core/corpus/corpus';
import type { ClaimGroup, Mention, Sentence } from '../../src/core/types';

// These tests hold the engine to its results before the performance work without the learned name tagger (its names are tested in ner-*.test.ts).
beforeAll(() => setTaggerEnabled(false));
afterAll(() => setTaggerEnabled(true));

/**
 * Performance work must not change results. Two checks on the full analysis
 * (mentions, sentences, claim groups) of the seeds and of a small corpus
 * generated from their sentences:
 *
 * 1. The engine as it is, against the same engine run with the reference
 *    copies of the optimised modules (bench/reference/: the code before the
 *    performance work) swapped in. This holds whatever the grouping or the
 *    registry become.
 * 2. A snapshot of the results. Grouping and the registry are still being
 *    tuned by others, so it changes legitimately with their work: review the
 *    diff, then regenerate it deliberately with
 *      npx vitest -u test/unit/perf-equivalence.test.ts
 */

const ROOT = resolve(__dirname, '../..');

/** Each optimised module and its reference copy. */
const SWAPPED: Array<[string, string]> = [
  ['../../src/core/text/normalize', '../../bench/reference/normalize'],
  ['../../src/core/text/tokens', '../../bench/reference/tokens'],
  ['../../src/core/text/lines', '../../bench/reference/lines'],
  ['../../src/core/actors/phrases', '../../bench/reference/phrases'],
  ['../../src/core/actors/registry', '../../bench/reference/registry'],
  ['../../src/core/actors/mentions', '../../bench/reference/mentions'],
];

const mention = (m: Mention): string => `${m.start}-${m.end} ${m.actorId} ${m.kind}${m.nested ? ' nested' : ''}${m.discovered ? ' discovered' : ''}`;
const sentence = (s: Sentence): string => {
  const a = s.attribution;
  const who = [a.speakerActorId, a.speakerText, a.outletActorId].map((x) => x ?? '').join('|');
  return `${s.start}-${s.end} [${s.actorIds.join(',')}] ${who}${s.duplicateOf !== undefined ? ` dup:${s.duplicateOf}` : ''}${s.isHeadline ? ' headline' : ''}`;
};
const group = (g: ClaimGroup): string => `${g.id} <- ${g.sentences.map((s) => s.sentenceId).join(' ')}`;

interface Results {
  articles: Record<string, { date: string | null; title: string; mentions: string[]; sentences: string[] }>;
  groups: string[];
  single: string[];
}

function analyse(CorpusClass: typeof Corpus, articles: Article[]): Results {
  const corpus = new CorpusClass();
  for (const a of articles) corpus.setArticle(a.file, a.text);
  const out: Results = { articles: {}, groups: corpus.claimGroups().map(group), single: corpus.singleSourceClaims().map(group) };
  for (const f of corpus.files()) {
    const a = corpus.getArticle(f)!;
    out.articles[f] = { date: a.date, title: a.title, mentions: a.mentions.map(mention), sentences: a.sentences.map(sentence) };
  }
  return out;
}

async function loadCorpus(reference: boolean): Promise<typeof Corpus> {
  vi.resetModules();
  for (const [mod, ref] of SWAPPED) {
    if (reference) vi.doMock(mod, () => import(ref));
    else vi.doUnmock(mod);
  }
  // The modules were reset: the tagger this corpus uses is a fresh one, off like the file's.
  (await import('../../src/core/actors/tagger')).setTaggerEnabled(false);
  return (await import('../../src/core/corpus/corpus')).Corpus;
}

describe('analysis results do not change with performance work', async () => {
  const articles = seedCorpus(ROOT, 40);
  const reference = analyse(await loadCorpus(true), articles);
  const optimised = analyse(await loadCorpus(false), articles);

  it('the optimised modules give what the reference modules give', () => {
    expect(optimised.articles).toEqual(reference.articles);
    expect(optimised.groups).toEqual(reference.groups);
    expect(optimised.single).toEqual(reference.single);
  });

  it('mentions and sentences of every article (snapshot)', () => {
    expect(optimised.articles).toMatchSnapshot();
  });

  it('claim groups and single-source claims (snapshot)', () => {
    expect({ groups: optimised.groups, single: optimised.single }).toMatchSnapshot();
  });
});
