import { describe, expect, it } from 'vitest';
import { comparePair } from '../../src/core/claims/contradiction';

/** Another thing of the same kind in the same slot (contradictionLexicon.ts SLOT_KINDS). */
describe('another thing of the same kind in the same place', () => {
  it('a profession, a relative, a charge or a way of travel swapped for another is a contradiction', () => {
    const v = comparePair('الحكومة تفرض قيودا على أجور الممثلين', 'قيود على أجور الملحنين تفرضها الحكومة');
    expect(v.contradicts).toBe(true);
    expect(v.kind).toBe('actor');
    expect(v.detail).toBe('الممثلين | الملحنين');
    expect(comparePair('إضراب عمالي يشل القطارات في إيطاليا', 'إضراب العمال يشل المطارات في إيطاليا').contradicts).toBe(true);
    expect(comparePair('توقيف لاعب شهير بتهمة السرقة', 'توقيف لاعب شهير بتهمة التحرش').contradicts).toBe(true);
    expect(comparePair('أرامل المخرج الراحل يفتتحن مهرجان لندن', 'بنات المخرج الراحل يفتتحن مهرجان لندن').contradicts).toBe(true);
  });

  it('two words of one group, or a word of the kind one version adds, are no swap', () => {
    // «كاتب» and «روائي» are one group: a retelling says either.
    expect(comparePair('وفاة الروائي المصري الكبير', 'وفاة الكاتب المصري الكبير').features.actor).toBe(0);
    // Both versions name the trains; one adds the airports.
    expect(comparePair('إضراب يشل القطارات في فرنسا', 'إضراب يشل القطارات والمطارات في فرنسا').features.actor).toBe(0);
    // A word that covers the whole class («الفنان») against one of it is no swap.
    expect(comparePair('تكريم الفنان عادل إمام في القاهرة', 'تكريم الممثل عادل إمام في القاهرة').features.actor).toBe(0);
  });
});
