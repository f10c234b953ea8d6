import { describe, expect, it } from 'vitest';
import { comparePair } from '../../src/core/claims/contradiction';

/** Another thing of the same kind in the same slot (contradictionLexicon.ts SLOT_KINDS). */
describe('another thing of the same kind in the same place', () => {
  it('a profession, a relative, a charge or a way of travel swapped for another is a contradiction', () => {
    const v = comparePair('الحكومة تفرض قيودا على أجور المطربين', 'قيود على أجور الملحنين تفرضها الحكومة');
    expect(v.contradicts).toBe(true);
    expect(v.kind).toBe('actor');
    expect(v.detail).toBe('المطربين | الملحنين');
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

describe('words of a kind with another common sense', () => {
  it('a way out is no director, a representative no actor, «ميت» of a place name no death', () => {
    expect(comparePair('المبعوث الأممي يبحث عن مخرج للأزمة السورية', 'ممثل الأمم المتحدة يبحث عن حل للأزمة السورية').features.actor).toBe(0);
    expect(comparePair('لجنة مؤلفة من عشرة أعضاء تدرس القانون', 'لجنة من عشرة ممثلين تدرس القانون').features.actor).toBe(0);
    expect(comparePair('انهيار عقار في ميت عقبة بالجيزة', 'مقتل 3 في انهيار عقار بالجيزة').features.antonym).toBe(0);
  });
  it('a rise after a fall of something else is a cause, not a contradiction', () => {
    expect(comparePair('ارتفاع أسعار النفط بعد انخفاض المخزونات الأمريكية', 'انخفاض المخزونات الأمريكية يرفع أسعار النفط').features.antonym).toBe(0);
  });
});
