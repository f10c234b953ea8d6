import { describe, expect, it } from 'vitest';
import { parseWorkspaceRegistry } from '../../src/core/actors/workspace';
import { mentionsOf, testCorpus } from './helpers';

const known = (id: string): boolean => id === 'trump';

describe('workspace registry', () => {
  it('adds actors and aliases, and overrides built-in ones', () => {
    const c = testCorpus();
    const diags = c.setWorkspaceRegistry(
      JSON.stringify({
        actors: [{ id: 'smith', type: 'person', name: 'جون سميث', aliases: ['سميث'] }],
        aliases: { trump: ['أبو إيفانكا'] },
      }),
      '/ws/.isnad/actors.json',
    );
    expect(diags).toEqual([]);
    expect(mentionsOf('قال سميث وأبو إيفانكا', c)).toEqual([
      ['smith', 'سميث'],
      ['trump', 'أبو إيفانكا'],
    ]);
  });
  it('reports JSON errors with their line and keeps the rest', () => {
    const r = parseWorkspaceRegistry('{\n  "actors": [\n    { "id": "x", "type": "person", "name": "زيد" },\n    { "id": 5 }\n  ],\n}', 'f.json', known);
    expect(r.actors.map((a) => a.id)).toEqual(['x']);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ file: 'f.json', line: 3, severity: 'error' });
  });
  it('reports invalid JSON at the right line', () => {
    const r = parseWorkspaceRegistry('{\n  "actors": [\n    { "id": "x" "type": "person" }\n  ]\n}', 'f.json', known);
    expect(r.diagnostics[0].line).toBe(2);
    expect(r.diagnostics[0].message).toMatch(/JSON syntax/);
  });
  it('rejects duplicate ids, wrong types, one-letter and stop-word aliases', () => {
    const text = JSON.stringify(
      {
        actors: [
          { id: 'a', type: 'person', name: 'أحمد', aliases: ['و', 'في', 'أحمد علي'] },
          { id: 'a', type: 'person', name: 'أحمد' },
          { id: 'b', type: 'planet', name: 'زحل' },
        ],
      },
      null,
      2,
    );
    const r = parseWorkspaceRegistry(text, 'f.json', known);
    expect(r.actors).toEqual([expect.objectContaining({ id: 'a', aliases: ['أحمد علي'] })]);
    const msgs = r.diagnostics.map((d) => d.message).join('\n');
    expect(msgs).toMatch(/too short/);
    expect(msgs).toMatch(/common word/);
    expect(msgs).toMatch(/duplicate id "a"/);
    expect(msgs).toMatch(/"type" must be one of/);
  });
  it('treats aliases with regular-expression characters as plain text', () => {
    const c = testCorpus();
    const diags = c.setWorkspaceRegistry(JSON.stringify({ actors: [{ id: 'r', type: 'organization', name: 'مجموعة س+', aliases: ['.*', '(a+)+$'] }] }), 'f.json');
    // «.*» has no letters: refused, so it cannot match everything; «(a+)+$» is the word "a", too short.
    expect(diags.map((d) => d.message).join('\n')).toMatch(/has no letters/);
    expect(mentionsOf('بيان مجموعة س+ اليوم وليس مجموعة ص', c).map(([id]) => id)).toEqual(['r']);
    expect(mentionsOf('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', c)).toEqual([]);
  });
  it('never lets a broken file stop the built-in registry', () => {
    const c = testCorpus();
    const diags = c.setWorkspaceRegistry('not json at all', 'f.json');
    expect(diags.length).toBeGreaterThan(0);
    expect(mentionsOf('قال ترامب', c)).toEqual([['trump', 'ترامب']]);
  });
});
