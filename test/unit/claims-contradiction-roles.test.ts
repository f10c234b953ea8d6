import { describe, expect, it } from 'vitest';
import { comparePair } from '../../src/core/claims/contradiction';

/** The subjects of one verb trading places (roleSwap.ts), on news-like headlines. */
describe('who does what to whom', () => {
  it('the same verb with subject and object swapped is a contradiction', () => {
    const v = comparePair('الأردن يعلن تكلفة خط الكهرباء إلى العراق', 'العراق يعلن تكلفة خط الكهرباء الأردني');
    expect(v.features.roles).toBe(1);
    expect(v.contradicts).toBe(true);
    expect(v.detail).toBe('الاردن | العراق');
    // The verb in another person («تحذر» / «يحذر»), a particle before it («قد»).
    expect(comparePair('ألمانيا تحذر ترامب من حرب تجارية', 'ترامب يحذر ألمانيا من حرب تجارية').contradicts).toBe(true);
    expect(comparePair('اليابان قد تقاضي شركات كورية', 'كوريا قد تقاضي شركات يابانية').features.roles).toBe(1);
  });

  it('a capital stands for its country, «الولايات المتحدة» for «أمريكا»', () => {
    expect(comparePair('موسكو تعاقب لندن بطرد دبلوماسيين', 'بريطانيا تعاقب روسيا بطرد دبلوماسيين').features.roles).toBe(1);
    expect(comparePair('الصين تتحدى الولايات المتحدة بإجراءات جديدة', 'أمريكا تتحدى الصين بإجراءات جديدة').features.roles).toBe(1);
  });

  it('a verb of two parties, a partner after «مع», or two verbs read the same either way', () => {
    expect(comparePair('بوتين يلتقي ماكرون في باريس', 'ماكرون يلتقي بوتين في باريس').features.roles).toBe(0);
    expect(comparePair('الحكومة الأردنية تعمل مع صندوق النقد على شريحة جديدة', 'صندوق النقد يعمل مع الحكومة الأردنية على شريحة جديدة').features.roles).toBe(0);
    expect(comparePair('إسرائيل تتهم إيران بقصف الجولان', 'إيران تقصف الجولان وإسرائيل تطلق صفارات الإنذار').features.roles).toBe(0);
  });

  it('the same subject, or the other actor only in one version, is no swap', () => {
    expect(comparePair('كندا تشتكي أميركا بسبب الرسوم', 'كندا تشتكي الولايات المتحدة بسبب الرسوم').features.roles).toBe(0);
    expect(comparePair('مصر تعلن تكلفة خط الغاز', 'قبرص تعلن تكلفة خط الغاز').features.roles).toBe(0);
  });
});
