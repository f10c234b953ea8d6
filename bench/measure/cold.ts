import { Corpus, type CorpusOptions } from '../../src/core/corpus/corpus';
import type { Article } from '../corpus/generate';
import type { BenchRegistry } from '../corpus/registry';
import { now } from './stats';

/**
 * Cold analysis of a whole corpus as the extension does it when a folder
 * opens: every article through setArticle, then the actor view (actor
 * aggregation) and the claims view (claim grouping) asked for once.
 */
export interface ColdResult {
  perArticleMs: number;
  actorsMs: number;
  groupingMs: number;
  totalMs: number;
  counts: { articles: number; bytes: number; mentions: number; sentences: number; actors: number; discovered: number; groups: number; singleSource: number };
}

export function newCorpus(reg: BenchRegistry, cluster?: CorpusOptions['cluster']): Corpus {
  return new Corpus({ actors: reg.actors, offices: reg.offices, cluster });
}

export function coldAnalysis(articles: Article[], reg: BenchRegistry, cluster?: CorpusOptions['cluster']): { result: ColdResult; corpus: Corpus } {
  const corpus = newCorpus(reg, cluster);
  const t0 = now();
  for (const a of articles) corpus.setArticle(a.file, a.text);
  const t1 = now();
  const usage = corpus.actorUsage();
  const t2 = now();
  const groups = corpus.claimGroups();
  const single = corpus.singleSourceClaims();
  const t3 = now();
  let mentions = 0;
  let sentences = 0;
  let bytes = 0;
  for (const a of articles) {
    const an = corpus.getArticle(a.file)!;
    mentions += an.mentions.length;
    sentences += an.sentences.length;
    bytes += Buffer.byteLength(a.text);
  }
  return {
    corpus,
    result: {
      perArticleMs: t1 - t0,
      actorsMs: t2 - t1,
      groupingMs: t3 - t2,
      totalMs: t3 - t0,
      counts: {
        articles: articles.length,
        bytes,
        mentions,
        sentences,
        actors: usage.length,
        discovered: corpus.discoveredActors().length,
        groups: groups.length,
        singleSource: single.length,
      },
    },
  };
}

/** Run the engine over a small corpus first so the cold figures measure the algorithms, not the JIT. */
export function warmUp(articles: Article[], reg: BenchRegistry): void {
  const c = newCorpus(reg);
  for (const a of articles) c.setArticle(a.file, a.text);
  c.actorUsage();
  c.claimGroups();
  c.singleSourceClaims();
}
