import { describe, expect, it } from 'vitest';
import { periodsDiffer, periodsOf } from '../../src/core/claims/period';

/** The period a market report measures its level against (src/core/claims/period.ts), on headlines of the Arabic News Stance pairs (Khouja 2020). */
describe('the period of a high or a low', () => {
  it('a number in digits or in words before a unit of time, after «في» or «منذ»', () => {
    expect(periodsOf('النفط يقفز لأعلى مستوياته في 6 أسابيع')).toEqual([42]);
    expect(periodsOf('الأعلى في ٦ أسابيع: قفزة في أسعار النفط')).toEqual([42]);
    expect(periodsOf('الذهب لأعلى مستوى منذ خمسة أشهر')).toEqual([150]);
    expect(periodsOf('الذهب يهبط لأدنى مستوياته في عام')).toEqual([365]);
  });
  it('a date or «هذا العام» is no period', () => {
    expect(periodsOf('الدولار يسجل أعلى مستوى هذا العام')).toEqual([]);
    expect(periodsOf('أعلى معدل للبطالة منذ عام 2015')).toEqual([]);
  });
  it('two reports of levels of another period differ; one period told two ways does not', () => {
    expect(periodsDiffer('النفط يقفز لأعلى مستوياته في 6 أسابيع', 'النفط يقفز لأعلى مستوى في 3 أسابيع')).toBe(true);
    expect(periodsDiffer('أسعار الذهب تسجل أدنى مستوياتها في 6 أشهر', 'الذهب إلى أدنى مستوى في 5 أشهر')).toBe(true);
    expect(periodsDiffer('أسعار الذهب تسجل أدنى مستوياتها في 6 أشهر', 'تسجيل أدنى مستوى لأسعار الذهب في ستة أشهر')).toBe(false);
    expect(periodsDiffer('الذهب يرتفع لأعلى مستوى في 12 أسبوعا', 'الذهب في أعلى مستوياته في ثلاثة أشهر')).toBe(false);
    expect(periodsDiffer('الذهب يهبط لأدنى مستوياته في عام', 'أسعار الذهب تهبط لأدنى مستوى')).toBe(false);
  });
});
