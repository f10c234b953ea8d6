import { describe, expect, it } from 'vitest';
import { comparePair } from '../../src/core/claims/contradiction';

/** Opposite acts of news wording (contradictionLexicon.ts): lists, front lines, prison terms. */
describe('opposite acts: lists, advances, releases', () => {
  it('a name put on a list against one taken off it', () => {
    const v = comparePair('إدراج رجل الأعمال اللبناني سمير حداد في قائمة العقوبات الأمريكية', 'شطب اسم رجل الأعمال اللبناني سمير حداد من قائمة العقوبات الأمريكية');
    expect(v.features.antonym).toBeGreaterThan(0);
    expect(v.contradicts).toBe(true);
  });

  it('troops advancing against troops withdrawing from the same town', () => {
    const v = comparePair('القوات الحكومية تتقدم في محيط مدينة درنة الليبية', 'القوات الحكومية تنسحب من محيط مدينة درنة الليبية');
    expect(v.features.antonym).toBeGreaterThan(0);
    expect(v.contradicts).toBe(true);
  });

  it('a release against a prison term', () => {
    const v = comparePair('محكمة أردنية تقضي بسجن صحفي عامين بتهمة التحريض', 'السلطات الأردنية تفرج عن الصحفي المتهم بالتحريض');
    expect(v.features.antonym).toBeGreaterThan(0);
    expect(v.contradicts).toBe(true);
  });

  it('a release after detention told in the past is one event', () => {
    const v = comparePair('شحنة أدوية احتجزتها السلطات في الميناء تصل إلى المستشفيات بعد عام', 'بعد عام: السلطات تفرج عن شحنة أدوية في الميناء');
    expect(v.features.antonym).toBe(0);
  });

  it('detention that goes on against a release', () => {
    // The release tells the prison term too: only «استمرار» is left to oppose it.
    const v = comparePair('استمرار حبس المدون المغربي بسبب مقال عن الفساد', 'الإفراج عن المدون المغربي بعد حبسه عاما بسبب مقال عن الفساد');
    expect(v.features.antonym).toBeGreaterThan(0);
    expect(v.contradicts).toBe(true);
  });

  it('a charge proven against an acquittal', () => {
    const v = comparePair('ثبوت تهمة الرشوة على وزير الزراعة السابق', 'براءة وزير الزراعة السابق من تهمة الرشوة');
    expect(v.features.antonym).toBeGreaterThan(0);
    expect(v.contradicts).toBe(true);
  });
});
