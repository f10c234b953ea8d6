import { resolve } from 'node:path';
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { setTaggerEnabled } from '../../src/core/actors/tagger';
import { seedCorpus } from '../../bench/corpus/seedCorpus';
import * as refAnalyze from '../../bench/reference/analyze';
import * as refMentions from '../../bench/reference/mentions';
import * as refLines from '../../bench/reference/lines';
import * as refNormalize from '../../bench/reference/normalize';
import * as refRegistry from '../../bench/reference/registry';
import * as refTokens from '../../bench/reference/tokens';
import { builtinActors, builtinOffices } from '../../src/core/actors/builtin';
import { findMentions } from '../../src/core/actors/mentions';
import { Registry } from '../../src/core/actors/registry';
import { analyzeArticle, articleAnalysis } from '../../src/core/corpus/analyze';
import { newLineCache } from '../../src/core/corpus/lineParts';
import { discoveredList } from '../../src/core/corpus/discoveredRecords';
import { LineIndex } from '../../src/core/text/lines';
import { normalize, normalizeWithMap, toOriginalRange } from '../../src/core/text/normalize';
import { arabicShare, tokenize } from '../../src/core/text/tokens';
import { TEST_ACTORS, TEST_OFFICES } from './helpers';

// These tests hold the engine to its reference implementation without the learned name tagger (its names are tested in ner-*.test.ts).
beforeAll(() => setTaggerEnabled(false));
afterAll(() => setTaggerEnabled(true));

/**
 * The optimised text and mention code against the straightforward versions
 * kept in bench/reference/ (the engine before the performance work), on the
 * seeds, a corpus generated from their sentences, and texts made to hit edge
 * cases. Unlike the snapshot in perf-equivalence.test.ts, this holds whatever
 * the registry or the grouping become.
 */

const ROOT = resolve(__dirname, '../..');

const EDGE_TEXTS = [
  '',
  'a',
  '\n\r\n\r',
  'قالَ الرئيسُ الأمريكيُّ دونالد ترامب\u200f، إنّ «إيران» ستـــفاوض.\r\nوقال ترمب لـ"سي إن إن": نعم',
  'منصة “إكس” ومنصة إكس و"إكس" وللإيرانيين ولإيران وبإيران فإيران',
  'وزير الخارجية الإيراني عباس عراقجي، وعراقجي، ووزير خارجية إيران، ونائب الرئيس الأميركي جيه دي فانس',
  'الشيخ الدكتور عبد الفتاح السيسي ،، السيسي , , الرئيس المصري ،  عبد الفتاح السيسي',
  '٢٠٢٥ ۱۲ ABC abc Ünïcödé 😀 \u0640\u0640 ة ى أ إ آ ٱ ی ک گ پ چ ڤ ژ ۀ ە ھ',
  'nul\u0000in\u0000text\u0000',
  '\ufeff\u202bنص\u202c \u2066مع\u2069 علامات\u00ad اتجاه\u00a0ومسافات\u2009ضيقة',
  'علي خامنئيٌّ، المرشد الأعلى، وعلي لاريجاني، أمين المجلس الأعلى للأمن القومي',
  'الرئيس الأمريكي السابق جو بايدن، وقال الرئيس الأمريكي السابق إن الرئيس الأميركي الراحل لم يفعل',
];

function corpusTexts(): string[] {
  return [...EDGE_TEXTS, ...seedCorpus(ROOT, 40).map((a) => a.text)];
}

describe('text primitives match the reference', () => {
  const texts = corpusTexts();

  it('normalizeWithMap, normalize and toOriginalRange', () => {
    for (const t of texts) {
      const a = normalizeWithMap(t);
      const b = refNormalize.normalizeWithMap(t);
      expect(a.text).toBe(b.text);
      expect([...a.toOrig]).toEqual([...b.toOrig]);
      for (const line of t.split('\n')) expect(normalize(line)).toBe(refNormalize.normalize(line));
      for (let s = 0; s < a.text.length; s += 7) {
        const e = Math.min(a.text.length, s + 11);
        expect(toOriginalRange(a, s, e)).toEqual(refNormalize.toOriginalRange(b, s, e));
      }
    }
  });

  it('tokenize and arabicShare', () => {
    for (const t of texts) {
      const folded = refNormalize.normalize(t);
      expect(tokenize(folded)).toEqual(refTokens.tokenize(folded));
      expect(tokenize(folded, 3, Math.max(3, folded.length - 2))).toEqual(refTokens.tokenize(folded, 3, Math.max(3, folded.length - 2)));
      for (const line of t.split('\n')) expect(arabicShare(line)).toBe(refTokens.arabicShare(line));
    }
  });

  it('line index: starts, positions, offsets, line texts, ranges', () => {
    for (const t of texts) {
      const a = new LineIndex(t);
      const b = new refLines.LineIndex(t);
      expect([...a.starts]).toEqual([...b.starts]);
      expect(a.lineCount).toBe(b.lineCount);
      for (let l = 0; l < b.lineCount; l++) {
        expect(a.lineText(l)).toBe(b.lineText(l));
        expect(a.lineEnd(l)).toBe(b.lineEnd(l));
        expect(a.offset({ line: l, character: 3 })).toBe(b.offset({ line: l, character: 3 }));
      }
      for (let o = 0; o <= t.length; o += 5) {
        expect(a.position(o)).toEqual(b.position(o));
        expect(a.locate(o, Math.min(t.length, o + 9))).toEqual(b.locate(o, Math.min(t.length, o + 9)));
      }
    }
  });
});

describe('mentions match the reference', () => {
  const texts = corpusTexts();
  const registries: Array<[string, Registry, refRegistry.Registry]> = [
    ['test registry', new Registry(TEST_ACTORS, TEST_OFFICES), new refRegistry.Registry(TEST_ACTORS, TEST_OFFICES)],
    ['built-in registry', new Registry(builtinActors(), builtinOffices), new refRegistry.Registry(builtinActors(), builtinOffices)],
  ];

  for (const [name, reg, ref] of registries) {
    it(`phrase scans and mentions with the ${name}`, () => {
      for (const t of texts) {
        const norm = normalizeWithMap(t);
        const refNorm = refNormalize.normalizeWithMap(t);
        const tokens = tokenize(norm.text);
        const refToks = refTokens.tokenize(refNorm.text);
        expect(reg.names.scan(norm.text, tokens)).toEqual(ref.names.scan(refNorm.text, refToks));
        expect(reg.titles.scan(norm.text, tokens)).toEqual(ref.titles.scan(refNorm.text, refToks));
        for (const date of [null, '2020-06-01', '2026-02-07']) {
          const got = findMentions({ norm, tokens, lines: new LineIndex(t), registry: reg, date });
          const want = refMentions.findMentions({ norm: refNorm, tokens: refToks, lines: new refLines.LineIndex(t), registry: ref, date });
          expect(got).toEqual(want);
        }
      }
    });

    it(`registry lookups with the ${name}`, () => {
      for (const q of ['ترامب', 'إير', 'الرئيس', 'trump', 'x', '', 'عبد الفتاح']) expect(reg.search(q).map((a) => a.id)).toEqual(ref.search(q).map((a) => a.id));
      for (const id of [...ref.actors.keys()].slice(0, 200)) {
        expect(reg.rolesLabelsOf(id)).toEqual(ref.rolesLabelsOf(id));
        for (const phrase of [ref.actors.get(id)!.name, ...ref.actors.get(id)!.aliases]) expect(reg.names.has(phrase)).toBe(ref.names.has(phrase));
      }
      expect(reg.names.size).toBe(ref.names.size);
      expect(reg.titles.size).toBe(ref.titles.size);
    });
  }
});

describe('line-by-line article analysis matches the whole-text reference', () => {
  const texts = [...corpusTexts(), ...EDGE_TEXTS.map((t, i) => `${t}\n${EDGE_TEXTS[(i + 3) % EDGE_TEXTS.length]}\nقال دونالد ترامب إن إيران جادة.\r\n\nترامب`)];
  const reg = new Registry(builtinActors(), builtinOffices);

  // The discovered names as a list of names with their mentions, as the reference keeps them (the engine keeps flat records).
  const analyse = (t: string, cache?: ReturnType<typeof newLineCache>): unknown => {
    // The mentions and sentences too as the reference has them: objects in the analysis (the engine keeps flat records).
    const { mentions, sentences, ...st } = analyzeArticle('a.txt', t, reg, cache);
    return { ...st, analysis: articleAnalysis({ ...st, mentions, sentences }), features: st.features.all(), discovered: discoveredList(st.discovered) };
  };

  it('fresh analyses are the reference analyses', () => {
    for (const t of texts) expect(analyse(t)).toEqual(refAnalyze.analyzeArticle('a.txt', t, reg));
  });

  it('an edited article analysed from its previous lines is the reference analysis of the new text', () => {
    const seeds = seedCorpus(ROOT, 6).map((a) => a.text);
    for (const t of seeds) {
      const cache = newLineCache();
      analyse(t, cache);
      // Typing a letter, deleting a line break (two lines become one), a new date line, the text back.
      const at = t.indexOf('\n', t.length >> 1);
      const edits = [
        t.slice(0, at - 3) + 'ب' + t.slice(at - 3),
        t.slice(0, at) + ' ' + t.slice(at + 1),
        '2025-01-02\n' + t,
        `وقال جو بايدن إن ${t}`,
        // A discovered name comes with a line, is renamed by typing in it, and goes with its line.
        `${t}\nوقال المتحدث باسم البيت الأبيض سامي برقاوي إن المحادثات ستستمر.\nوأكد برقاوي أن الوفد سيعود، ونقل عن برقاوي قوله إن الموعد لم يحدد.`,
        `${t}\nوقال المتحدث باسم البيت الأبيض سامي برقاويز إن المحادثات ستستمر.\nوأكد برقاوي أن الوفد سيعود، ونقل عن برقاوي قوله إن الموعد لم يحدد.`,
        `${t}\nوأكد برقاوي أن الوفد سيعود، ونقل عن برقاوي قوله إن الموعد لم يحدد.`,
        t,
      ];
      for (const e of edits) expect(analyse(e, cache)).toEqual(refAnalyze.analyzeArticle('a.txt', e, reg));
    }
  });
});
