import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { addActorEntry, addAliasEntry, makeActorId, RegistryEditError } from '../../src/vscode/features/registry/registryEdit';

describe('registry edits', () => {
  it('creates the registry when there is none', () => {
    const text = addActorEntry(undefined, { id: 'eyal_zamir', type: 'person', name: 'إيال زامير', nameEn: 'Eyal Zamir', aliases: [] });
    expect(parse(text)).toEqual({ actors: [{ id: 'eyal_zamir', type: 'person', name: 'إيال زامير', nameEn: 'Eyal Zamir' }], aliases: {} });
  });

  it('keeps comments and replaces an entry with the same id', () => {
    const before = '{\n  // reviewers: add actors here\n  "actors": [\n    { "id": "x", "type": "place", "name": "مكان" }\n  ]\n}\n';
    const after = addActorEntry(before, { id: 'x', type: 'person', name: 'شخص' });
    expect(after).toContain('// reviewers: add actors here');
    expect(parse(after).actors).toEqual([{ id: 'x', type: 'person', name: 'شخص' }]);
    const added = addActorEntry(after, { id: 'y', type: 'media', name: 'قناة' });
    expect(parse(added).actors.map((a: { id: string }) => a.id)).toEqual(['x', 'y']);
  });

  it('adds an alias to the actor\'s own entry, or under "aliases" for a built-in actor, once', () => {
    const base = '{ "actors": [ { "id": "x", "type": "person", "name": "شخص" } ] }';
    const own = addAliasEntry(base, 'x', 'الشخص');
    expect(parse(own).actors[0].aliases).toEqual(['الشخص']);
    expect(addAliasEntry(own, 'x', 'الشخص')).toBe(own);
    const builtin = addAliasEntry(own, 'trump', 'ترمب');
    expect(parse(builtin).aliases).toEqual({ trump: ['ترمب'] });
    const twice = addAliasEntry(builtin, 'trump', 'دونالد ترمب');
    expect(parse(twice).aliases).toEqual({ trump: ['ترمب', 'دونالد ترمب'] });
    expect(addAliasEntry(twice, 'trump', 'ترمب')).toBe(twice);
  });

  it('refuses to edit a broken registry', () => {
    expect(() => addAliasEntry('{ "actors": [ ', 'x', 'y')).toThrow(RegistryEditError);
  });

  it('makes ids from English names, unique', () => {
    const taken = new Set(['eyal_zamir']);
    expect(makeActorId('Eyal Zamir', (id) => taken.has(id))).toBe('eyal_zamir_2');
    expect(makeActorId('Hakan Fidan', () => false)).toBe('hakan_fidan');
    expect(makeActorId('Élysée', () => false)).toBe('elysee');
    expect(makeActorId('', () => false)).toBe('actor_2');
    expect(makeActorId(undefined, (id) => id === 'actor_2')).toBe('actor_3');
  });
});
