import { describe, expect, it } from 'vitest';
import { builtinActors, builtinOffices } from '../../src/core/actors/builtin';
import { findMentions } from '../../src/core/actors/mentions';
import { Registry } from '../../src/core/actors/registry';
import { lineEmissions } from '../../src/core/actors/tagger/emissions';
import { lineFeatures } from '../../src/core/actors/tagger/features';
import { emissions, getModel } from '../../src/core/actors/tagger/model';
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
