import { describe, expect, it } from 'vitest';
import { discoveredId } from '../../src/core/actors/discovery';
import { discoveredIdOrder } from '../../src/core/corpus/actorUsage';

describe('discovered ids in the usage order', () => {
  it('compare as their numbers exactly as the ids compare under localeCompare', () => {
    // Arabic names of every length, so the ids' hashes have from one to seven base-36 digits.
    const words = ['أليكس', 'البرتني', 'مارك', 'السكموي', 'وزارة الخارجية', 'حزب', 'ي', 'بن', 'كريم الريداي'];
    const keys = new Set<string>();
    for (let i = 0; i < 4000; i++) keys.add(`${words[i % words.length]} ${words[(i * 7) % words.length]}${i}`);
    for (let i = 0; i < 40; i++) keys.add(String.fromCharCode(0x628 + (i % 20)).repeat(1 + (i % 3)));
    const list = [...keys];
    const byIds = [...list].sort((a, b) => discoveredId(a).localeCompare(discoveredId(b)) || (a < b ? -1 : 1));
    const byNumbers = [...list].sort((a, b) => discoveredIdOrder(a) - discoveredIdOrder(b) || (a < b ? -1 : 1));
    expect(byNumbers).toEqual(byIds);
    const lengths = new Set(list.map((k) => discoveredId(k).length));
    expect(lengths.size).toBeGreaterThan(2);
  });
});
