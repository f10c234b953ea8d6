import { describe, expect, it } from 'vitest';
import { comparePair } from '../../src/core/claims/contradiction';

/** A commodity or currency in the same slot (contradiction.ts, SLOT_WORDS), on news-like headlines. */
describe('another commodity in the same slot', () => {
  it('between headline-sized versions that share a fifth of their words, as the headline signals ask', () => {
    // Two words shared of seven: below the 0.4 of another actor, above the headlines' 0.2.
    const v = comparePair('هل تملك ساعة فاخرة من الذهب الخالص؟', 'ساعة فاخرة من الفضة في المتاجر');
    expect(v.features.actor).toBe(1);
    expect(v.contradicts).toBe(true);
  });

  it('not between long versions that share little', () => {
    const long = 'قال وزير المالية في مؤتمر صحفي عقده في العاصمة اليوم إن الحكومة ستطرح سندات جديدة مقومة بالدولار الأمريكي لتمويل العجز في الموازنة العامة';
    const other = 'أسعار الذهب ترتفع في الأسواق المحلية مع إقبال المستثمرين على الملاذ الآمن';
    expect(comparePair(long, other).features.actor).toBe(0);
  });

  it('a platform in the same slot: the name tagger reads it as media, which the actor check leaves out', () => {
    const v = comparePair('مجموعة فرنسيين متهمين في قضية قرصنة أغنية على يوتيوب', 'اتهام فرنسيين بقرصنة أغنية على فيسبوك');
    expect(v.features.actor).toBe(1);
    expect(v.contradicts).toBe(true);
    expect(comparePair('نشر الفيديو على تويتر', 'نشر الفيديو على منصة تويتر').features.actor).toBe(0);
  });
});
