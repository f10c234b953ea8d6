/**
 * Cross-article questions the views ask the engine, answered in one place so
 * the hover, the trees and the report agree (which claims count as recurring,
 * which mention stands for an article, dates of files).
 */
import type { ActorUsage, ClaimGroup, CorpusApi, Mention, MentionRef, SentenceRef } from '../../core';

/** A claim counts as recurring when enough distinct articles tell it. */
export function isRecurring(group: ClaimGroup, minSources: number): boolean {
  return new Set(group.files).size >= minSources;
}

export function dateOf(corpus: CorpusApi, file: string): string | null {
  return corpus.getArticle(file)?.date ?? null;
}

export function usageOf(corpus: CorpusApi, actorId: string): ActorUsage | undefined {
  return corpus.actorUsage().find((u) => u.actor.id === actorId);
}

/** Mentions of an actor grouped by file, files in the usage order (most recent first). */
export function mentionsByFile(corpus: CorpusApi, actorId: string): Map<string, Mention[]> {
  const byFile = new Map<string, Mention[]>();
  const usage = usageOf(corpus, actorId);
  for (const f of usage?.files ?? []) byFile.set(f, []);
  for (const ref of corpus.mentionsOf(actorId) as MentionRef[]) {
    const list = byFile.get(ref.file) ?? [];
    list.push(ref.mention);
    byFile.set(ref.file, list);
  }
  for (const [f, list] of byFile) {
    if (list.length === 0) byFile.delete(f);
    else list.sort((a, b) => a.start - b.start);
  }
  return byFile;
}

/** One sentence per other article of a claim group, most recent article first. */
export function otherArticleSentences(corpus: CorpusApi, group: ClaimGroup, exceptFile: string | undefined): SentenceRef[] {
  const seen = new Set<string>();
  const out: SentenceRef[] = [];
  const ordered = [...group.sentences].sort((a, b) => {
    const da = dateOf(corpus, a.file) ?? '';
    const db = dateOf(corpus, b.file) ?? '';
    return da !== db ? (da < db ? 1 : -1) : a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.start - b.start;
  });
  for (const s of ordered) {
    if (s.file === exceptFile || seen.has(s.file)) continue;
    seen.add(s.file);
    out.push(s);
  }
  return out;
}
