import { describe, expect, it } from 'vitest';
import { findDate } from '../../src/core/articles/dates';
import { splitLine } from '../../src/core/claims/sentences';
import { normalize } from '../../src/core/text/normalize';
import { testCorpus } from './helpers';

describe('dates', () => {
  it('reads the forms Arabic news sites print', () => {
    expect(findDate('07 - 02 - 2026')).toBe('2026-02-07');
    expect(findDate(' date 2026-02-02 كشفت')).toBe('2026-02-02');
    expect(findDate(normalize('الأحد 2 شباط 2026'))).toBe('2026-02-02');
    expect(findDate(normalize('نشر في ١٥ مارس ٢٠٢٥'))).toBe('2025-03-15');
    expect(findDate('31/04/2026')).toBeNull();
  });
});

describe('articles', () => {
  const text = ['recent', 'عاجـــــل', '', '07 - 02 - 2026', 'ترامب يلتقي السيسي', ' ترامب يلتقي السيسي', 'google-playkhamsat', 'وقال ترامب إن اللقاء مثمر.'].join('\n');
  const a = testCorpus().setArticle('a.txt', text);
  it('finds the date, the headline and the boilerplate lines', () => {
    expect(a.date).toBe('2026-02-07');
    expect(a.title).toBe('ترامب يلتقي السيسي');
    expect(a.boilerplateLines).toEqual([0, 1, 3, 6]);
  });
  it('marks a repeated line as a duplicate of the first', () => {
    expect(a.duplicateLines).toEqual({ 5: 4 });
  });
  it('finds no mentions in boilerplate lines', () => {
    expect(a.mentions.every((m) => m.line >= 4)).toBe(true);
  });
});

describe('sentences', () => {
  const split = (t: string): string[] => splitLine(t, 0, 0).map((s) => t.slice(s.start, s.end));
  it('splits at . ؟ ! … followed by space or the end of the line', () => {
    expect(split('قال إنه سيزور القاهرة. هل يفعل؟ نعم! ربما…')).toEqual(['قال إنه سيزور القاهرة.', 'هل يفعل؟', 'نعم!', 'ربما…']);
  });
  it('keeps closing quotes with the sentence they close', () => {
    expect(split('وقال: “الأمور تتحرك”. ثم غادر.')).toEqual(['وقال: “الأمور تتحرك”.', 'ثم غادر.']);
  });
  it('does not split decimals or initials', () => {
    expect(split('ارتفع 2.5 بالمئة في U.S. اليوم.')).toEqual(['ارتفع 2.5 بالمئة في U.S. اليوم.']);
  });
});

describe('attribution', () => {
  it('finds the speaker and the outlet of a claim', () => {
    const c = testCorpus();
    const a = c.setArticle('a.txt', 'وقال عباس عراقجي لوكالة رويترز إن المحادثات مثمرة. وبحسب مسؤول أمريكي كبير، فإن الاجتماع قريب. وأشار التقرير إلى أن ترامب لم يقرر.');
    const [s1, s2, s3] = a.sentences;
    expect(s1.attribution).toMatchObject({ speakerActorId: 'araghchi', outletActorId: 'reuters' });
    expect(s2.attribution.speakerText).toBe('مسؤول امريك');
    expect(s3.attribution.outletActorId).toBe('reuters');
  });
});

describe('date lines written in words', () => {
  it('treats «26 يناير 2024» and «الأحد، 2 شباط 2026 - 10:30» lines as date lines, not sentences', () => {
    const a = testCorpus().setArticle('a.txt', ['26 يناير 2024', 'ترامب يلتقي السيسي', 'الأحد، 2 شباط 2026 - 10:30', 'وقال ترامب إن اللقاء مثمر.'].join('\n'));
    expect(a.date).toBe('2024-01-26');
    expect(a.boilerplateLines).toEqual([0, 2]);
    expect(a.sentences.map((s) => s.line)).toEqual([1, 3]);
  });
  it('keeps a sentence that only starts with a date', () => {
    const a = testCorpus().setArticle('a.txt', '26 يناير 2024 قال ترامب إن اللقاء مثمر.');
    expect(a.sentences).toHaveLength(1);
    expect(a.sentences[0].text).toBe('قال ترامب إن اللقاء مثمر.');
  });
});
