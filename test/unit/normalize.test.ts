import { describe, expect, it } from 'vitest';
import { normalize, normalizeWithMap, toOriginalRange } from '../../src/core/text/normalize';
import { LineIndex } from '../../src/core/text/lines';
import { tokenize } from '../../src/core/text/tokens';

describe('normalize', () => {
  it('folds alef, alef maqsura and teh marbuta like CAMeL Tools', () => {
    expect(normalize('أإآٱ')).toBe('اااا');
    expect(normalize('مستشفى')).toBe('مستشفي');
    expect(normalize('غزة')).toBe('غزه');
  });
  it('drops diacritics, superscript alef and tatweel', () => {
    expect(normalize('عاجـــل')).toBe('عاجل');
    expect(normalize('قرارًا نهائيًا')).toBe('قرارا نهائيا');
    expect(normalize('سلطنة عُمان')).toBe('سلطنه عمان');
    expect(normalize('هٰذا')).toBe('هذا');
  });
  it('folds Persian and Urdu letters and Arabic-Indic digits', () => {
    expect(normalize('ی ک گ پ چ ڤ')).toBe('ي ك ك ب ج ف');
    expect(normalize('٢٠٢٦ ۱۲')).toBe('2026 12');
  });
  it('ignores bidi controls and zero-width characters', () => {
    expect(normalize('\u200Fترامب\u200C\u2067x\u2069\uFEFF')).toBe('ترامبx');
  });
  it('maps folded ranges back onto the original letters, diacritics included', () => {
    const text = 'قال الرئيسُ ترامبَ\u200F: نعم';
    const n = normalizeWithMap(text);
    const at = n.text.indexOf('ترامب');
    const r = toOriginalRange(n, at, at + 5);
    expect(text.slice(r.start, r.end)).toBe('ترامبَ');
  });
  it('keeps surrogate pairs whole', () => {
    const text = 'ترامب 😀 إيران';
    const n = normalizeWithMap(text);
    expect(n.text).toBe('ترامب 😀 ايران');
    const at = n.text.indexOf('ايران');
    const r = toOriginalRange(n, at, at + 5);
    expect(text.slice(r.start, r.end)).toBe('إيران');
  });
});

describe('tokens and lines', () => {
  it('splits Arabic and Latin runs and skips punctuation', () => {
    expect(tokenize(normalize('قال لـ"أكسيوس" CNN: نعم')).map((t) => t.text)).toEqual(['قال', 'ل', 'اكسيوس', 'cnn', 'نعم']);
  });
  it('counts lines at LF, CRLF and CR, in UTF-16 columns', () => {
    const li = new LineIndex('أ\r\nب\rج\nد');
    expect(li.lineCount).toBe(4);
    expect(li.position(3)).toEqual({ line: 1, character: 0 });
    expect(li.lineText(1)).toBe('ب');
    expect(li.offset({ line: 3, character: 0 })).toBe(7);
  });
});
