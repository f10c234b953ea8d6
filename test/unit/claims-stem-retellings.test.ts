import { describe, expect, it } from 'vitest';
import { compareSentences } from '../../src/core/claims/compare';

/**
 * Retellings in other words that meet only once the stemmer reads the word
 * forms right (news-stance paraphrase pairs): «تسيطر»/«بالسيطرة» (the «س» of
 * «السيطرة» is no future marker), «لوفاة»/«وفاة», «مستوياته»/«مستوى»,
 * «لليرة»/«الليرة».
 */
describe('reworded retellings that share a word in two forms', () => {
  const same = (a: string, b: string): void => {
    const r = compareSentences(a, b);
    expect(r.sameClaim, `${a} | ${b} (${r.similarity})`).toBe(true);
    expect(r.disagreements).toEqual([]);
  };
  it('«تسيطر» and «بالسيطرة»', () => {
    same('المرصد السوري: جماعة موالية لتنظيم الدولة الإسلامية تسيطر على بلدة جنوبي سوريا', 'قامت جماعة مناصرة لتنظيم الدولة بالسيطرة على جنوبي سوريا');
  });
  it('«لوفاة» and «وفاة»', () => {
    same('لقطات مصورة عن حادث الاعتداء الذي أدى لوفاة مصرية في بريطانيا', 'تقارير عن وفاة مصرية في بريطانيا إثر الإعتداء عليها');
  });
  it('«مستوياته» and «مستوى»', () => {
    same('الذهب يهبط لأدنى مستوياته في عام', 'هبوط الذهب لأقل مستوى له في عام');
  });
  it('«لليرة» and «الليرة»', () => {
    same('انحدار قياسي جديد لليرة التركية', 'الليرة التركية تنحدر مجدداً');
  });
});
