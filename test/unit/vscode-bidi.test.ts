import { describe, expect, it } from 'vitest';
import { arabicSentence, FSI, hasArabic, isolateLatinRuns, LRI, ltr, PDI, RLI, stripBidiControls, treeText, treeTextWithFocus } from '../../src/vscode/common/bidi';

describe('bidi isolation', () => {
  it('wraps file names and numbers in LRI..PDI', () => {
    expect(ltr('001_69304f80c3eb9147.txt')).toBe(`${LRI}001_69304f80c3eb9147.txt${PDI}`);
  });

  it('isolates each Latin/digit run inside Arabic text, keeping joiners inside the run', () => {
    expect(isolateLatinRuns('قال لشبكة CNN إن')).toBe(`قال لشبكة ${LRI}CNN${PDI} إن`);
    expect(isolateLatinRuns('date 2026-02-02 كشفت')).toBe(`${LRI}date 2026-02-02${PDI} كشفت`);
    expect(isolateLatinRuns('لشبكة Fox News الأمريكية')).toBe(`لشبكة ${LRI}Fox News${PDI} الأمريكية`);
    expect(isolateLatinRuns('بنسبة 50% تقريبا')).toBe(`بنسبة ${LRI}50%${PDI} تقريبا`);
  });

  it('leaves Arabic-Indic digits alone', () => {
    expect(isolateLatinRuns('عام ٢٠٢٦')).toBe('عام ٢٠٢٦');
  });

  it('strips foreign bidi controls before isolating', () => {
    expect(stripBidiControls('a\u202Eb\u2066c\u2069\u200Fd')).toBe('abcd');
    expect(arabicSentence('نص\u2069 CNN')).toBe(`${RLI}نص ${LRI}CNN${PDI}${PDI}`);
  });

  it('wraps tree text in FSI..PDI', () => {
    expect(treeText('دونالد ترامب')).toBe(`${FSI}دونالد ترامب${PDI}`);
    expect(treeText('001.txt · 2026-02-07')).toBe(`${FSI}${LRI}001.txt${PDI} · ${LRI}2026-02-07${PDI}${PDI}`);
  });

  it('computes highlight ranges on the isolated label', () => {
    const text = 'قال CNN إن ترامب وصل';
    const start = text.indexOf('ترامب');
    const { label, highlights } = treeTextWithFocus(text, start, start + 5);
    expect(highlights).toHaveLength(1);
    const [from, to] = highlights[0];
    expect(label.slice(from, to)).toBe('ترامب');
    expect(label.startsWith(FSI) && label.endsWith(PDI)).toBe(true);
  });

  it('detects Arabic letters', () => {
    expect(hasArabic('abc')).toBe(false);
    expect(hasArabic('abc ب')).toBe(true);
  });
});
