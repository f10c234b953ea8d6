import { describe, expect, it } from 'vitest';
import { builtinActors, builtinOffices } from '../../src/core/actors/builtin';
import { findMentions } from '../../src/core/actors/mentions';
import { Registry } from '../../src/core/actors/registry';
import { lineEmissions } from '../../src/core/actors/tagger/emissions';
import { lineFeatures } from '../../src/core/actors/tagger/features';
import { emissions, getModel, rowBase, rowsOf } from '../../src/core/actors/tagger/model';
import { LABELS } from '../../src/core/actors/tagger/labels';
import { knownCodes } from '../../src/core/actors/tagger/tag';
import { LineIndex } from '../../src/core/text/lines';
import { normalizeWithMap } from '../../src/core/text/normalize';
import { tokenize } from '../../src/core/text/tokens';

/**
 * The engine's emission scores (word groups summed once per spelling, small
 * tables once per model) against the flat sum over every feature that
 * training uses: the same scores to the bit, on real lines with registry
 * names, titles, punctuation of every kind, Latin and digits, and one-word lines.
 */
const LINES = [
  'وقال الرئيس الأمريكي دونالد ترامب إن إيران تلقت الرسالة عبر سلطنة عمان .',
  'يبدد توفيق الحكيم في هذا الكتاب اشاعة ظالمة عنه وهو انه عدو للمرأة .',
  'وأضاف كاكبيرن أن الحكومة لم ترد على الرسالة، بحسب ما نقلت وكالة تسنيم (الإيرانية).',
  'وقال إسماعيل رضوان المتحدث باسم حركة "حماس" في غزة إن 25 شخصا أصيبوا في 2021 قرب معبر رفح.',
  'ذكرت وزارة الخارجية الإيرانية في بيان أن الوزير محمد جواد ظريف سيزور موسكو [الأسبوع المقبل] مع وفد من CNN.',
  'بغداد',
  'و',
];

describe('emission scores of the name tagger', () => {
  const model = getModel()!;
  const registry = new Registry(builtinActors(), builtinOffices);

  it('equal the flat sum over the training features, to the bit', () => {
    expect(model).toBeTruthy();
    let withCodes = 0;
    // Twice: the second pass reads the per-spelling sums the first one kept.
    for (const pass of [0, 1]) {
      for (const text of LINES) {
        const norm = normalizeWithMap(text);
        const tokens = tokenize(norm.text);
        const mentions = findMentions({ norm, tokens, lines: new LineIndex(text), registry, date: null });
        const known = knownCodes(norm, tokens, mentions, (id) => registry.get(id)?.type);
        if (pass === 0) withCodes += known.filter((k) => k > 0).length;
        const fast = lineEmissions(model, norm.text, tokens, known);
        const flat = emissions(model, lineFeatures(norm.text, tokens, known), tokens.length);
        expect(Array.from(fast)).toEqual(Array.from(flat));
      }
    }
    // The registry's codes were exercised (names and titles on these lines).
    expect(withCodes).toBeGreaterThan(4);
  });
});

describe('the row of a feature hash', () => {
  it('is the remainder of the hash by the rows, for every table size and hashes up to 2^32 - 1', () => {
    const hashes = [0, 1, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 0x9e3779b1, 0xdeadbeef];
    for (let k = 1; k < 2000; k++) hashes.push(Math.imul(k, 0x9e3779b1) >>> 0);
    for (let bits = 10; bits <= 24; bits++) {
      const rows = rowsOf(bits);
      // Multiples of the rows and their neighbours: where a rounded quotient would show.
      for (const q of [1, 2, 1000, Math.floor((2 ** 32 - 1) / rows)]) hashes.push(q * rows - 1, q * rows, q * rows + 1);
      for (const h of hashes) if (h >= 0 && h < 2 ** 32) expect(rowBase(h, rows)).toBe((h % rows) * LABELS);
    }
  });
});
