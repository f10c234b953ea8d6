/**
 * The workspace registry as hostile or unlucky input: ids, alias keys and
 * offices named like built-in object properties, deep nesting, a byte-order
 * mark, roles with dates that do not exist, a start after its end, an unknown
 * country or office. Each bad entry is reported at its own line and skipped;
 * the rest of the file applies.
 */
import { describe, expect, it } from 'vitest';
import { parseWorkspaceRegistry, boundProblem } from '../../src/core/actors/workspace';
import { nestingTooDeep } from '../../src/core/actors/jsonDepth';
import { mentionsOf, testCorpus } from './helpers';

const PROPERTY_NAMES = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];
const SMITH = { id: 'smith', type: 'person', name: 'جون سميث', aliases: ['سميث'] };

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length - 1;
}

describe('workspace registry: keys named like object properties', () => {
  for (const name of PROPERTY_NAMES) {
    it(`«${name}» as an actor id, an alias key and an office is a name, nothing more`, () => {
      const c = testCorpus();
      const text = JSON.stringify(
        {
          actors: [
            { id: name, type: 'person', name: 'سامي الحربي', aliases: ['الحربي'] },
            { id: 'ali', type: 'person', name: 'علي الموسوي', roles: [{ office: name, country: 'iran' }] },
            SMITH,
          ],
          aliases: { [name]: ['أبو سامي'], trump: ['أبو إيفانكا'] },
        },
        null,
        2,
      );
      const diags = c.setWorkspaceRegistry(text, 'actors.json');
      // The unknown office is reported on its own line; the actor stays, without the role.
      expect(diags.map((d) => [d.line, d.message])).toEqual([[lineOf(text, `"office": "${name}"`), `unknown office "${name}"; the role is ignored`]]);
      expect(mentionsOf('قال الحربي إن سميث التقى أبو سامي، وقال أبو إيفانكا وعلي الموسوي', c).map(([id]) => id)).toEqual([name, 'smith', name, 'trump', 'ali']);
    });
  }

  it('a "__proto__" key inside an actor does not change what the entry says', () => {
    const text = '{ "actors": [ { "__proto__": { "id": "ghost", "type": "person", "name": "شبح" }, "id": "smith", "type": "person", "name": "جون سميث" } ] }';
    const r = parseWorkspaceRegistry(text, 'f.json', () => false);
    expect(r.actors.map((a) => a.id)).toEqual(['smith']);
    const only = parseWorkspaceRegistry('{ "actors": [ { "__proto__": { "id": "ghost", "type": "person", "name": "شبح" } } ] }', 'f.json', () => false);
    expect(only.actors).toEqual([]);
    expect(only.diagnostics[0].message).toMatch(/needs an "id"/);
  });

  it('an alias key naming an unknown id, even «toString», is reported there and the others apply', () => {
    const text = '{\n  "aliases": {\n    "toString": ["أبو سامي"],\n    "trump": ["أبو إيفانكا"]\n  }\n}';
    const c = testCorpus();
    const diags = c.setWorkspaceRegistry(text, 'f.json');
    expect(diags).toMatchObject([{ line: 2, message: 'unknown actor id "toString"' }]);
    expect(mentionsOf('وقال أبو إيفانكا', c)).toEqual([['trump', 'أبو إيفانكا']]);
  });
});

describe('workspace registry: shape and size', () => {
  it('a file nested thousands of levels deep is one problem, not a stack overflow', () => {
    for (const open of ['[', '{"a":']) {
      const text = '{"actors": ' + open.repeat(20000);
      const c = testCorpus();
      const diags = c.setWorkspaceRegistry(text, 'f.json');
      expect(diags).toHaveLength(1);
      expect(diags[0].message).toMatch(/nested more than 64 levels/);
      expect(mentionsOf('قال ترامب', c)).toEqual([['trump', 'ترامب']]);
    }
  });

  it('counts depth as the parser does: brackets in strings and comments do not nest', () => {
    expect(nestingTooDeep('{"a": "' + '['.repeat(500) + '"} // ' + '{'.repeat(500), 64)).toBeUndefined();
    expect(nestingTooDeep('/* ' + '['.repeat(500) + ' */ []', 64)).toBeUndefined();
    expect(nestingTooDeep('['.repeat(65), 64)).toBe(64);
  });

  it('a byte-order mark is accepted, and columns stay those of the editor', () => {
    const text = '\ufeff' + JSON.stringify({ actors: [SMITH, { id: 'bad', type: 'planet', name: 'زحل' }] });
    const r = parseWorkspaceRegistry(text, 'f.json', () => false);
    expect(r.actors.map((a) => a.id)).toEqual(['smith']);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ line: 0, character: text.indexOf('"planet"'), message: expect.stringMatching(/"type" must be one of/) });
  });
});

describe('workspace registry: roles that cannot match are reported', () => {
  const text = JSON.stringify(
    {
      actors: [
        {
          id: 'hamid',
          type: 'person',
          name: 'حميد الزيدي',
          roles: [
            { title: 'المتحدث باسم الحكومة', from: '2024-13-45' },
            { title: 'وزير النقل', from: '2023-02-30' },
            { title: 'وزير الزراعة', from: '2025-03-01', to: '2024-01-01' },
            { office: 'foreign_minister', country: 'atlantis' },
            { office: 'foreign_minister', country: 'egypt', from: 2020.5 },
            { title: 'رئيس البلدية', from: [2020] },
            { office: 'foreign_minister', country: 'egypt', from: '2024-02-29', to: null },
          ],
        },
        { id: 'atlantis2', type: 'country', name: 'أطلانطس', adjectives: ['الأطلنطي'] },
        { id: 'zayd', type: 'person', name: 'زيد الأطلنطي', roles: [{ office: 'president', country: 'atlantis2', from: 2024 }] },
      ],
    },
    null,
    2,
  );
  const r = parseWorkspaceRegistry(text, 'f.json', (id) => ['egypt', 'iran', 'usa'].includes(id), {
    isOffice: (id) => ['president', 'foreign_minister'].includes(id),
    isCountry: (id) => ['egypt', 'iran', 'usa'].includes(id),
  });

  it('each at its own line, the good role and the other actors kept', () => {
    const problems = r.diagnostics.map((d) => [d.line, d.message]);
    expect(problems).toEqual([
      [lineOf(text, '"2024-13-45"'), 'role "from": "2024-13-45" is not a date that exists; the role is ignored'],
      [lineOf(text, '"2023-02-30"'), 'role "from": "2023-02-30" is not a date that exists; the role is ignored'],
      [lineOf(text, '"2025-03-01"'), 'role starts (2025-03-01) after it ends (2024-01-01); the role is ignored'],
      [lineOf(text, '"atlantis"'), 'unknown country "atlantis" (a country id such as "iran"); the role is ignored'],
      [lineOf(text, '2020.5'), 'role "from": 2020.5 is not a year; the role is ignored'],
      [lineOf(text, '"from": ['), 'role "from": must be a year (2020) or a date ("2020-01-31"); the role is ignored'],
    ]);
    expect(r.actors.find((a) => a.id === 'hamid')?.roles).toEqual([{ office: 'foreign_minister', country: 'egypt', from: '2024-02-29', to: null }]);
    // A country the file defines is known to its own roles.
    expect(r.actors.find((a) => a.id === 'zayd')?.roles).toEqual([{ office: 'president', country: 'atlantis2', from: 2024 }]);
  });

  it('dates are checked against the calendar', () => {
    expect(boundProblem('2024-02-29')).toBeUndefined();
    expect(boundProblem('2023-02-29')).toMatch(/not a date that exists/);
    expect(boundProblem('2000-02-29')).toBeUndefined();
    expect(boundProblem('1900-02-29')).toMatch(/not a date that exists/);
    expect(boundProblem('2024-04-31')).toMatch(/not a date that exists/);
    expect(boundProblem('2024-00')).toMatch(/not a date that exists/);
    expect(boundProblem(2024)).toBeUndefined();
    expect(boundProblem(-5)).toMatch(/not a year/);
    expect(boundProblem('2024')).toBeUndefined();
    expect(boundProblem('24-01-01')).toMatch(/not a year/);
  });

  it('in the corpus, the kept role still resolves a title to its holder', () => {
    const c = testCorpus();
    const diags = c.setWorkspaceRegistry(text, 'f.json');
    expect(diags.length).toBe(6);
    expect(mentionsOf('2025-05-01\nقال وزير الخارجية المصري إن المحادثات مستمرة', c).filter(([id]) => id === 'hamid')).toEqual([['hamid', 'وزير الخارجية المصري']]);
  });
});
