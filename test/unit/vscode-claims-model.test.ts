import { describe, expect, it } from 'vitest';
import { claimKey, filterClaims, findClaim, orderSentences, sortClaims, uniqueClaims } from '../../src/vscode/features/claims/claimsTreeModel';
import type { ClaimGroup } from '../../src/core/types';

function group(id: string, files: string[], origins: number, date: string | null, actorIds: string[] = []): ClaimGroup {
  return {
    id,
    text: id,
    label: id,
    sentences: [],
    files,
    actorIds,
    origins: Array.from({ length: origins }, (_, i) => ({ key: `o${i}`, label: `o${i}`, kind: 'outlet' as const, files, retellings: [] })),
    date,
    disagreements: [],
  };
}

const a = group('a', ['1', '2'], 1, '2026-02-07', ['trump']);
const b = group('b', ['1', '2', '3'], 3, '2026-02-01', ['witkoff']);
const c = group('c', ['2', '3'], 2, null, ['trump', 'witkoff']);
const d = group('d', ['3', '4'], 3, '2026-02-01');

describe('sortClaims', () => {
  it('by sources: most origins, then most articles, then latest, then id', () => {
    expect(sortClaims([a, b, c, d], 'sources').map((g) => g.id)).toEqual(['b', 'd', 'c', 'a']);
  });

  it('by date: latest first, undated last, ties by sources', () => {
    expect(sortClaims([c, d, a, b], 'date').map((g) => g.id)).toEqual(['a', 'b', 'd', 'c']);
  });
});

describe('filterClaims', () => {
  it('filters to an actor and/or an article', () => {
    expect(filterClaims([a, b, c, d], { actorId: 'trump' }).map((g) => g.id)).toEqual(['a', 'c']);
    expect(filterClaims([a, b, c, d], { file: '1' }).map((g) => g.id)).toEqual(['a', 'b']);
    expect(filterClaims([a, b, c, d], { actorId: 'witkoff', file: '3' }).map((g) => g.id)).toEqual(['b', 'c']);
    expect(filterClaims([a, b], {}).length).toBe(2);
  });
});

describe('orderSentences', () => {
  it('puts the most recent article first, then reading order', () => {
    const dates: Record<string, string | null> = { x: '2026-01-01', y: '2026-02-01', z: null };
    const s = [{ file: 'x', start: 5 }, { file: 'z', start: 0 }, { file: 'y', start: 9 }, { file: 'x', start: 1 }];
    expect(orderSentences(s, (f) => dates[f]).map((r) => `${r.file}${r.start}`)).toEqual(['y9', 'x1', 'x5', 'z0']);
  });
});

describe('claimKey', () => {
  const ref = (sentenceId: string) => ({ file: 'f', sentenceId, line: 0, character: 0, endLine: 0, endCharacter: 1, start: 0, end: 1, text: '' });
  it('tells apart groups that share the engine id (one sentence in two claims)', () => {
    const g1 = { id: 'claim:f#1', sentences: [ref('f#1'), ref('g#5')] };
    const g2 = { id: 'claim:f#1', sentences: [ref('f#1'), ref('h#9')] };
    expect(claimKey(g1)).not.toBe(claimKey(g2));
    expect(claimKey(g1)).toBe(claimKey({ ...g1 }));
    expect(findClaim([g1, g2], claimKey(g2))).toBe(g2);
    expect(findClaim([g1, g2], 'claim:f#1')).toBe(g1);
  });

  it('drops a group the engine returned twice', () => {
    const g1 = { id: 'claim:f#1', sentences: [ref('f#1'), ref('g#5')] };
    const again = { id: 'claim:f#1', sentences: [ref('f#1'), ref('g#5')] };
    const g2 = { id: 'claim:f#1', sentences: [ref('f#1'), ref('h#9')] };
    expect(uniqueClaims([g1, again, g2])).toEqual([g1, g2]);
  });
});
