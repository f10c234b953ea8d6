import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedCorpus } from '../../bench/corpus/seedCorpus';
import { Corpus } from '../../src/core/corpus/corpus';
import type { ClaimGroup, Mention, Sentence } from '../../src/core/types';

/**
 * The full analysis (mentions, sentences, claim groups) of the seeds and of a
 * small corpus generated from their sentences, against a snapshot taken before
 * the performance work. Performance changes must not move it.
 *
 * Grouping and the registry are still being tuned by others, so the snapshot
 * legitimately changes with their work: when a change is meant to alter the
 * results, review the diff and regenerate it deliberately with
 *   npx vitest -u test/unit/perf-equivalence.test.ts
 * (perf-reference.test.ts keeps checking the optimised code against the
 * straightforward reference in bench/reference/ whatever the snapshot says).
 */

const ROOT = resolve(__dirname, '../..');

const mention = (m: Mention): string => `${m.start}-${m.end} ${m.actorId} ${m.kind}${m.nested ? ' nested' : ''}${m.discovered ? ' discovered' : ''}`;
const sentence = (s: Sentence): string => {
  const a = s.attribution;
  const who = [a.speakerActorId, a.speakerText, a.outletActorId].map((x) => x ?? '').join('|');
  return `${s.start}-${s.end} [${s.actorIds.join(',')}] ${who}${s.duplicateOf !== undefined ? ` dup:${s.duplicateOf}` : ''}${s.isHeadline ? ' headline' : ''}`;
};
const group = (g: ClaimGroup): string => `${g.id} <- ${g.sentences.map((s) => s.sentenceId).join(' ')}`;

describe('analysis results do not change with performance work', () => {
  const articles = seedCorpus(ROOT, 40);
  const corpus = new Corpus();
  for (const a of articles) corpus.setArticle(a.file, a.text);

  it('mentions and sentences of every article', () => {
    const out: Record<string, { date: string | null; title: string; mentions: string[]; sentences: string[] }> = {};
    for (const f of corpus.files()) {
      const a = corpus.getArticle(f)!;
      out[f] = { date: a.date, title: a.title, mentions: a.mentions.map(mention), sentences: a.sentences.map(sentence) };
    }
    expect(out).toMatchSnapshot();
  });

  it('claim groups and single-source claims', () => {
    expect({ groups: corpus.claimGroups().map(group), single: corpus.singleSourceClaims().map(group) }).toMatchSnapshot();
  });
});
