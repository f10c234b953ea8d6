/**
 * The workspace registry fuzzer: random JSON shapes in the registry's places,
 * keys named like built-in object properties, deep nesting, byte-order marks,
 * comments and cut-off text. Whatever the file says, reading it never throws,
 * every problem names a line of the file, the merged actors are well formed,
 * and an article is still analysed with them.
 */
import fc from 'fast-check';
import { Corpus } from '../../src/core/corpus/corpus';
import { TEST_ACTORS, TEST_OFFICES } from '../unit/helpers';

const PROPERTY_NAMES = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', 'prototype', 'length'];
const key = fc.oneof(fc.constantFrom(...PROPERTY_NAMES), fc.constantFrom('id', 'type', 'name', 'nameEn', 'aliases', 'roles', 'office', 'country', 'title', 'from', 'to', 'actors', '$schema', 'trump', 'iran', 'president'), fc.string({ maxLength: 6 }));
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('array'), tie('object')),
  leaf: fc.oneof(fc.constantFrom(...PROPERTY_NAMES), fc.constantFrom('person', 'country', 'planet', 'جون سميث', 'و', 'ترامب', '2024-13-45', '2024-02-29', '2025', ''), fc.string({ maxLength: 8 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null)),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
}));
const role = fc.record({ title: json.value, office: fc.oneof(fc.constantFrom(...PROPERTY_NAMES, 'president', 'foreign_minister'), json.value), country: fc.oneof(fc.constantFrom(...PROPERTY_NAMES, 'iran', 'usa'), json.value), from: fc.oneof(fc.constantFrom(2024, '2024-02-30', '2025-01-20', '9999-99-99', 1.5), json.value), to: fc.oneof(fc.constant(null), fc.constantFrom(2020, '2026-12-31'), json.value) }, { requiredKeys: [] });
const actor = fc.record(
  {
    id: fc.oneof(fc.constantFrom(...PROPERTY_NAMES, 'trump', 'iran', 'smith', 'x.y-z_1'), json.value),
    type: fc.oneof(fc.constantFrom('person', 'country', 'organization', 'media', 'place', 'planet'), json.value),
    name: fc.oneof(fc.constantFrom('جون سميث', 'سامي الحربي', 'أطلانطس', 'و', ''), json.value),
    aliases: fc.oneof(fc.array(fc.oneof(fc.constantFrom('سميث', 'أبو سامي', 'في', '.*'), json.value), { maxLength: 4 }), json.value),
    roles: fc.oneof(fc.array(role, { maxLength: 3 }), json.value),
    adjectives: json.value,
  },
  { requiredKeys: [] },
);
const registryShape = fc.record(
  {
    actors: fc.oneof(fc.array(fc.oneof(actor, json.value), { maxLength: 5 }), json.value),
    aliases: fc.oneof(fc.dictionary(key, fc.oneof(fc.array(fc.oneof(fc.constantFrom('أبو إيفانكا', 'ب'), json.value), { maxLength: 3 }), json.value), { maxKeys: 4 }), json.value),
    extra: json.value,
  },
  { requiredKeys: [] },
);
/** The registry as text: JSON of a shape, or deep nesting, with a BOM, a comment, or cut off anywhere. */
const registryText = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(registryShape, fc.constantFrom('', '\ufeff', '// note\n', '/* x */'), fc.option(fc.nat(), { nil: undefined }), fc.boolean()).map(([shape, lead, cut, pretty]) => {
    const t = lead + JSON.stringify(shape, null, pretty ? 2 : undefined);
    return cut === undefined ? t : t.slice(0, cut % (t.length + 1));
  }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('[', '{"a":', '{"actors":[', '[{"roles":['), fc.integer({ min: 1, max: 5000 }), fc.boolean()).map(([open, n, close]) => {
    const t = '{"actors":' + open.repeat(n);
    return close ? t + ']'.repeat(n) + '}' : t;
  }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

const ARTICLE = 'قال الرئيس الأمريكي دونالد ترامب إن سميث وأبو سامي التقيا في طهران.';
/** The built-in actors ARTICLE names. */
const BUILT_IN_NAMED = ['trump', 'usa', 'tehran'];

export const registryProperty = {
  name: 'registry: any JSON shape, property-name keys, deep nesting: no throw, problems at lines of the file, actors well formed',
  runs: { ci: 300, fuzz: 100000, ms: 0.3 },
  property: () => {
    const corpus = new Corpus({ actors: TEST_ACTORS, offices: TEST_OFFICES });
    corpus.setArticle('a.txt', ARTICLE);
    return fc.property(registryText, (text) => {
      const lines = text.split('\n').length;
      const diags = corpus.setWorkspaceRegistry(text, 'actors.json');
      for (const d of diags) {
        if (!(d.line >= 0 && d.line < lines && d.character >= 0)) throw new Error(`problem outside the file: ${JSON.stringify(d)}`);
        if (typeof d.message !== 'string' || !d.message) throw new Error('problem without a message');
      }
      for (const a of corpus.allActors()) {
        if (typeof a.id !== 'string' || typeof a.name !== 'string' || !Array.isArray(a.aliases) || !Array.isArray(a.roles)) throw new Error(`malformed actor ${JSON.stringify(a)}`);
        for (const al of a.aliases) if (typeof al !== 'string') throw new Error(`alias not a string in ${a.id}`);
      }
      const m = corpus.getArticle('a.txt')!.mentions;
      // The built-in actors the article names («ترامب», «الأمريكي», «طهران») still match, those the
      // file redefines (an actor «trump» named «جون سميث» is the user's, no longer Trump) aside.
      const actors = corpus.allActors();
      const intact = BUILT_IN_NAMED.filter((id) => actors.find((a) => a.id === id)?.name === TEST_ACTORS.find((a) => a.id === id)!.name);
      if (intact.length > 0 && !m.some((x) => intact.includes(x.actorId))) throw new Error(`the built-in actors stopped matching (${intact.join(', ')})`);
    });
  },
};
