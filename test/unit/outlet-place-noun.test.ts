import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/core/corpus/corpus';

/**
 * An outlet whose one-word name is a place's common noun («الجزيرة»: the island,
 * the peninsula, the broadcaster; src/core/actors/quotedOutlets.ts), on sentences
 * of ANERcorp's training text (CC BY-SA 4.0) and news wording of the same kind.
 */
function ids(text: string): string[] {
  const c = new Corpus();
  c.setArticle('a.txt', text);
  return c.getArticle('a.txt')!.mentions.filter((m) => !m.nested).map((m) => m.actorId);
}

describe('«الجزيرة» is the place where the wording makes it one', () => {
  it('after a preposition of place or a word of direction, with «ك», before an adjective', () => {
    expect(ids('يتوجه مليون شخص فقط سنويا الى الجزيرة بينما يندر قدوم الاجانب .')).not.toContain('al_jazeera');
    expect(ids('التسوق لم يعد يشكل عامل جذب في الجزيرة وحظر الشواطىء المشتركة')).not.toContain('al_jazeera');
    expect(ids('وكان في شمال الجزيرة توجد مملكة الغساسنة بجنوب الشام')).not.toContain('al_jazeera');
    expect(ids('في تقديره ف » أمريكا مجتمعٌ كالجزيرة .')).not.toContain('al_jazeera');
    expect(ids('الذي يسكن في المنطقة الوسطى من الجزيرة الشمالية .')).not.toContain('al_jazeera');
  });
  it('the broadcaster stays the broadcaster', () => {
    expect(ids('وقال مراسل الجزيرة بواشنطن إن هذا القرار غير نافذ')).toContain('al_jazeera');
    expect(ids('الذي كان يقوم بتحليل الملتقى عبر قناة الجزيرة الرياضية على الهواء')).toContain('al_jazeera');
    expect(ids('دافع الوزير عن موقف الحكومة ( الجزيرة ) .')).toContain('al_jazeera');
  });
});
