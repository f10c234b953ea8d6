import { describe, expect, it } from 'vitest';
import { comparePair } from '../../src/core/claims/contradiction';

/** Opposites of news wording added from the news-stance training pairs' misses, and a loss made good. */
describe('opposites of news wording', () => {
  it('a price that rises with «تزداد» against one that holds steady', () => {
    const v = comparePair('بعد وصول النفط لأعلى مستوى في 3 أسابيع .. أسعار النفط تستقر', 'بعد وصول النفط لأعلى مستوى في 3 أسابيع .. أسعار النفط تزداد');
    expect(v.features.antonym).toBeGreaterThan(0);
    expect(v.contradicts).toBe(true);
  });

  it('fears that fade against fears renewed', () => {
    expect(comparePair('تبدد المخاوف بشأن النفط', 'تجدد المخاوف يرفع أسعار النفط').contradicts).toBe(true);
  });

  it('voting that goes on against polls that close', () => {
    expect(comparePair('إستمرار التصويت في أول انتخابات يشهدها لبنان منذ 2010', 'إغلاق صناديق الانتخابات في أول انتخابات يشهدها لبنان منذ 2010').contradicts).toBe(true);
  });

  it('a release against enforced disappearance', () => {
    expect(comparePair('إخفاء وتعذيب مواطن مصري أمريكي بالقاهرة', 'الإفراج عن مواطن مصري أمريكي بالسجون المصرية').features.antonym).toBeGreaterThan(0);
  });

  it('support against an attack', () => {
    const v = comparePair('هجوم غربي شديد على نظام الأسد', 'تأييد لنظام الأسد من قبل الغرب');
    expect(v.features.antonym).toBeGreaterThan(0);
    expect(v.contradicts).toBe(true);
  });
});

describe('a loss made good', () => {
  it('is a rise, not a loss', () => {
    // «يعوض بعض خسائره» and «يرفع» tell one movement.
    expect(comparePair('النفط يعوض بعض خسائره بعد إعلان ترامب', 'إعلان ترامب يرفع النفط بنسب طفيفة').contradicts).toBe(false);
    expect(comparePair('الدولار يرتفع معوضا خسائر التعاملات المبكرة', 'ارتفاع لسعر الدولار يعوض خسائر التعاملات المبكرة').contradicts).toBe(false);
  });

  it('against losses inflicted', () => {
    expect(comparePair('تصريحات ترامب تعوض خسائر النفط الأخيرة', 'إعلان ترامب يلحق خسائر بالغة بأسعار النفط').contradicts).toBe(true);
  });
  it('«مجهولي الهوية» (unidentified) describes, it does not turn the claim', () => {
    expect(comparePair('مقتل 3 مسلحين مجهولي الهوية في هجوم على حاجز', 'مقتل 3 مسلحين في هجوم على حاجز').contradicts).toBe(false);
    // «مجهول» alone still turns it: the fate unknown against a death.
    expect(comparePair('مصير مجهول لثلاثة صيادين بعد غرق قاربهم', 'مقتل ثلاثة صيادين بعد غرق قاربهم').contradicts).toBe(true);
  });
});
