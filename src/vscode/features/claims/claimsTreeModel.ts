/**
 * Ordering and filtering of claim groups for the Recurring claims view. Pure
 * module (no vscode import) so the choices are unit-tested.
 */
import type { ClaimGroup } from '../../../core';
import type { ClaimSort } from '../../common/settings';

export type { ClaimSort };

export interface ClaimFilter {
  /** Only groups this actor takes part in. */
  actorId?: string;
  /** Only groups told by this article (corpus file key). */
  file?: string;
}

/** Number of independent origins; a group always has at least one source. */
export function originCount(group: ClaimGroup): number {
  return Math.max(1, group.origins.length);
}

/**
 * By sources: most independent origins first, then most articles, then latest.
 * By date: latest article date first (undated last), then most sources.
 * The group id breaks ties so the order never flickers between refreshes.
 */
export function sortClaims(groups: readonly ClaimGroup[], by: ClaimSort): ClaimGroup[] {
  const date = (g: ClaimGroup) => g.date ?? '';
  const bySources = (a: ClaimGroup, b: ClaimGroup) =>
    originCount(b) - originCount(a) || b.files.length - a.files.length;
  const byDate = (a: ClaimGroup, b: ClaimGroup) => (date(a) < date(b) ? 1 : date(a) > date(b) ? -1 : 0);
  return [...groups].sort((a, b) => {
    const primary = by === 'sources' ? bySources(a, b) || byDate(a, b) : byDate(a, b) || bySources(a, b);
    return primary || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

export function filterClaims(groups: readonly ClaimGroup[], filter: ClaimFilter): ClaimGroup[] {
  return groups.filter((g) =>
    (!filter.actorId || g.actorIds.includes(filter.actorId)) &&
    (!filter.file || g.files.includes(filter.file)));
}

/** A group's sentences, most recent article first, then in reading order. */
export function orderSentences<T extends { file: string; start: number }>(sentences: readonly T[], dateOf: (file: string) => string | null): T[] {
  return [...sentences].sort((a, b) => {
    const da = dateOf(a.file) ?? '';
    const db = dateOf(b.file) ?? '';
    if (da !== db) return da < db ? 1 : -1;
    if (a.file !== b.file) return a.file < b.file ? -1 : 1;
    return a.start - b.start;
  });
}

/**
 * A key that tells claim groups apart. The engine's group id is the id of the group's
 * first sentence, and one long sentence can belong to two groups (it carries two
 * claims), so ids can repeat; tree items and command links need a unique key.
 */
export function claimKey(group: Pick<ClaimGroup, 'id' | 'sentences'>): string {
  let h = 0x811c9dc5;
  for (const s of group.sentences) {
    for (let i = 0; i < s.sentenceId.length; i++) {
      h ^= s.sentenceId.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 10;
  }
  return `${group.id}~${(h >>> 0).toString(36)}`;
}

/** Finds a group by its key, or by the engine's id (first match) for callers that only know that. */
export function findClaim<T extends Pick<ClaimGroup, 'id' | 'sentences'>>(groups: readonly T[], keyOrId: string): T | undefined {
  return groups.find((g) => claimKey(g) === keyOrId) ?? groups.find((g) => g.id === keyOrId);
}

/**
 * Drops repeated groups (same engine id and same sentences): the engine can return one
 * group twice, and a tree must not hold two items with one id.
 */
export function uniqueClaims<T extends Pick<ClaimGroup, 'id' | 'sentences'>>(groups: readonly T[]): T[] {
  const seen = new Set<string>();
  return groups.filter((g) => {
    const key = claimKey(g);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
