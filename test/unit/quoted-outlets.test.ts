import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/core/corpus/corpus';

/**
 * An outlet named after a place, quoted whole (src/core/actors/quotedOutlets.ts):
 * sentences of ANERcorp's training text (CC BY-SA 4.0), where the gold tags the
 * quoted «الشرق الأوسط» as the newspaper.
 */
function actors(text: string): Array<[string, string]> {
  const c = new Corpus();
  c.setArticle('a.txt', text);
  return c.getArticle('a.txt')!.mentions.filter((m) => !m.nested).map((m) => [m.text, m.actorId]);
}

describe('a place quoted whole is the outlet named after it', () => {
  it('«« الشرق الأوسط »» is the newspaper', () => {
    expect(actors('وفي رسالة إلكترونية ارسلها لـ « الشرق الاوسط » امس ومعها صورتان')).toContainEqual(['الشرق الاوسط', 'asharq_al_awsat']);
    expect(actors('حماس في المجلس الشريعي قال ل ـ « الشرق الأوسط » أمس إنه لم يجر التوصل الى اتفاق')).toContainEqual(['الشرق الأوسط', 'asharq_al_awsat']);
    expect(actors('مبيعاتها لندن ـ دبي : « الشرق الأوسط » طرح في دبي')).toContainEqual(['الشرق الأوسط', 'asharq_al_awsat']);
  });
  it('unquoted, or quoted with more words, it is the region', () => {
    expect(actors('وتشهد منطقة الشرق الأوسط توترا كبيرا')).toContainEqual(['الشرق الأوسط', 'middle_east']);
    expect(actors('للعراق طرحت الولايات المتحدة مشروع " الشرق الاوسط الكبير " ، والآن')).toContainEqual(['الشرق الاوسط', 'middle_east']);
    // Only an opening quote, or one quote on one side.
    expect(actors('وقال « الشرق الأوسط تتغير بسرعة »')).toContainEqual(['الشرق الأوسط', 'middle_east']);
  });
  it('a place no outlet is named after stays the place', () => {
    expect(actors('وقال إن « بغداد » تنتظر الرد')).toContainEqual(['بغداد', 'baghdad']);
  });
});
