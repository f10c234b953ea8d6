import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Corpus } from '../../src/core/corpus/corpus';
import type { Mention } from '../../src/core/types';
import type { Article } from '../corpus/generate';
import { Random } from '../corpus/random';
import { now, sample, type Summary } from './stats';

/** Articles shown per actor hover (the `isnad.hover.maxArticles` default). */
const HOVER_MAX_ARTICLES = 5;

/**
 * A hover on an actor mention: the engine calls the actor hover makes
 * (src/vscode/features/hover/hoverProvider.ts, common/corpusQueries.ts), without the markdown:
 * the mention and sentence under the cursor, the actor's usage and mentions
 * grouped by file, the sentence around its first mention in each of a few
 * other files, and the claim groups of the actor and of the sentence.
 */
export function hover(corpus: Corpus, file: string, offset: number): number {
  const m = corpus.mentionAt(file, offset);
  const s = corpus.sentenceAt(file, offset);
  if (!m) return 0;
  const id = m.actorId;
  corpus.getActor(id);
  const usage = corpus.actorUsage().find((u) => u.actor.id === id);
  const byFile = new Map<string, Mention[]>();
  for (const f of usage?.files ?? []) byFile.set(f, []);
  for (const ref of corpus.mentionsOf(id)) byFile.get(ref.file)?.push(ref.mention);
  let shown = 0;
  for (const [f, list] of byFile) {
    if (f === file || !list.length) continue;
    corpus.sentenceAt(f, list[0].start);
    if (++shown >= HOVER_MAX_ARTICLES) break;
  }
  const claims = corpus.groupsOfActor(id).length;
  const sentenceClaims = s ? corpus.groupsOfSentence(file, s.id).length : 0;
  return claims + sentenceClaims + shown;
}

/** Hovers on mentions spread over the corpus (deterministic), caches warm as after the views have drawn. */
export function hovers(corpus: Corpus, articles: Article[], budgetMs: number): Summary {
  const r = new Random('hovers');
  const targets: Array<{ file: string; offset: number }> = [];
  while (targets.length < 500) {
    const a = articles[r.int(articles.length)];
    const ms = corpus.getArticle(a.file)?.mentions ?? [];
    if (!ms.length) continue;
    const m = ms[r.int(ms.length)];
    targets.push({ file: a.file, offset: m.start + r.int(Math.max(1, m.end - m.start)) });
  }
  corpus.actorUsage();
  corpus.claimGroups();
  return sample(
    (i) => {
      const t = now();
      hover(corpus, targets[i].file, targets[i].offset);
      return now() - t;
    },
    { min: 20, max: targets.length, budgetMs },
  );
}

/**
 * The claims tree redrawn after one article changed: the grouping is asked
 * for again (claimGroups + singleSourceClaims). Each round edits another
 * article (a sentence appended) before the timed refresh.
 */
export function treeRefreshes(corpus: Corpus, articles: Article[], budgetMs: number): Summary {
  const r = new Random('tree');
  return sample(
    () => {
      const a = articles[r.int(articles.length)];
      corpus.setArticle(a.file, a.text + '\nوقال مسؤول إن المحادثات ستستأنف الأسبوع المقبل.\n');
      const t = now();
      corpus.claimGroups();
      corpus.singleSourceClaims();
      const ms = now() - t;
      corpus.setArticle(a.file, a.text);
      return ms;
    },
    { min: 1, max: 30, budgetMs },
  );
}

/** Regrouping in the background as the editor does it: the longest the event loop waited, and how long until the claims were current. */
export interface BackgroundRegroup {
  /** Longest and 99th-percentile delay of the event loop while regrouping (ms). */
  maxPauseMs: number;
  p99PauseMs: number;
  /** From the change to claims that are current again (ms). */
  settledMs: number;
  rounds: number;
}

/**
 * The claims regrouped the way the extension does (backgroundGrouping: slices
 * of about 15 ms with the event loop free in between), after one article
 * changed: the event loop's delays measured by Node's own monitor.
 */
export async function backgroundRegroups(corpus: Corpus, articles: Article[], rounds: number): Promise<BackgroundRegroup> {
  const r = new Random('background');
  corpus.backgroundGrouping = true;
  const h = monitorEventLoopDelay({ resolution: 1 });
  let settledMs = 0;
  for (let k = 0; k < rounds; k++) {
    const a = articles[r.int(articles.length)];
    corpus.setArticle(a.file, a.text + '\nوقال مسؤول إن المحادثات ستستأنف الأسبوع المقبل.\n');
    const t = now();
    h.enable();
    await corpus.settleClaims();
    h.disable();
    settledMs = Math.max(settledMs, now() - t);
    corpus.setArticle(a.file, a.text);
  }
  corpus.backgroundGrouping = false;
  return { maxPauseMs: h.max / 1e6, p99PauseMs: h.percentile(99) / 1e6, settledMs, rounds };
}

/**
 * One article changed (a sentence appended), then the claims regrouped as the
 * extension does it (in the background, in slices): the time until they are
 * current again. The article stays changed, and the claims current, for the
 * measures after this one.
 */
export async function claimsCurrentAfterChange(corpus: Corpus, articles: Article[]): Promise<{ settledMs: number }> {
  const a = articles[new Random('changed').int(articles.length)];
  corpus.backgroundGrouping = true;
  corpus.setArticle(a.file, a.text + '\nوقال مسؤول إن المحادثات ستستأنف الأسبوع المقبل.\n');
  const t = now();
  await corpus.settleClaims();
  const settledMs = now() - t;
  corpus.backgroundGrouping = false;
  return { settledMs };
}
