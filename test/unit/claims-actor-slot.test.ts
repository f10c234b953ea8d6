import { describe, expect, it } from 'vitest';
import { compareSentences } from '../../src/core/claims/compare';
import { Corpus } from '../../src/core/corpus/corpus';
import { buildReport } from '../../src/core/report/report';

/**
 * One template with another actor in the same slot is another claim (issue 10,
 * «look-alike claims merge»): Germany summoning the Iranian ambassador and
 * Germany summoning the Turkish one are two events, not one claim told twice
 * with a disagreement (src/core/claims/rivals.ts). Two holders of one office are
 * not such a swap (src/core/claims/versionActors.ts): an undated title resolves
 * to today's holder while its retelling names the holder of the time.
 */
function claims(articles: string[]) {
  const corpus = new Corpus();
  articles.forEach((text, i) => corpus.setArticle(`a${i}.txt`, text + '\n'));
  return buildReport(corpus).claims;
}
const together = (cs: ReturnType<typeof claims>, a: string, b: string): boolean =>
  cs.some((c) => c.sentences.some((s) => s.file === a) && c.sentences.some((s) => s.file === b));

describe('another actor in the same slot', () => {
  it('two articles of one template with another ambassador are two claims', () => {
    const cs = claims(['الخارجية الألمانية تستدعي السفير الإيراني في برلين', 'الخارجية الألمانية تستدعي السفير التركي في برلين']);
    expect(together(cs, 'a0.txt', 'a1.txt')).toBe(false);
  });

  it('a lone version with another place leaves the group of its look-alikes; the retellings stay one claim', () => {
    const cs = claims([
      'قوات النظام السوري تسيطر على بلدة كفرنبودة في ريف حماة الشمالي',
      'قوات النظام تسيطر على بلدة كفرنبودة بريف حماة الشمالي',
      'سيطرة قوات النظام السوري على بلدة كفرنبودة في ريف حماة',
      'قوات النظام السوري تسيطر على بلدة كفرنبودة في ريف إدلب',
    ]);
    expect(together(cs, 'a0.txt', 'a1.txt')).toBe(true);
    expect(together(cs, 'a0.txt', 'a2.txt')).toBe(true);
    expect(together(cs, 'a0.txt', 'a3.txt')).toBe(false);
  });

  it('the same template told of one actor by several articles still groups', () => {
    const cs = claims(['الخارجية الألمانية تستدعي السفير الإيراني في برلين', 'ألمانيا تستدعي السفير الإيراني لديها', 'استدعاء السفير الإيراني في برلين']);
    expect(together(cs, 'a0.txt', 'a1.txt')).toBe(true);
    expect(together(cs, 'a0.txt', 'a2.txt')).toBe(true);
  });

  it('two versions swapping actors the centre does not name leave it, the rest stays one claim', () => {
    const cs = claims([
      'هبوط لليرة التركية لمستوى جديد',
      'انخفاض جديد لليرة قبل اجتماع تركيا مع أمريكا',
      'انخفاض جديد لليرة قبل اجتماع تركيا مع روسيا',
      'الليرة التركية تهوي إلى مستويات جديدة',
      'الليرة التركية تعاود الهبوط بعد التهديد الجديد',
    ]);
    expect(together(cs, 'a1.txt', 'a2.txt')).toBe(false);
    expect(together(cs, 'a0.txt', 'a1.txt')).toBe(false);
    expect(together(cs, 'a0.txt', 'a2.txt')).toBe(false);
    expect(together(cs, 'a0.txt', 'a3.txt')).toBe(true);
  });

  it('of two members swapping actors, the one whose actor another article names too stays', () => {
    const cs = claims([
      'هبوط لليرة التركية لمستوى جديد',
      'انخفاض جديد لليرة قبل اجتماع تركيا مع أمريكا',
      'انخفاض جديد لليرة قبل اجتماع تركيا مع روسيا',
      'الليرة التركية تهوي إلى مستويات جديدة',
      'انخفاض جديد لليرة قبل اجتماع تركي أمريكي',
      'الليرة التركية تهبط لمستوى جديد',
    ]);
    expect(together(cs, 'a0.txt', 'a1.txt')).toBe(true);
    expect(together(cs, 'a1.txt', 'a4.txt')).toBe(true);
    expect(together(cs, 'a0.txt', 'a2.txt')).toBe(false);
    expect(together(cs, 'a1.txt', 'a2.txt')).toBe(false);
  });

  it('a swap of actors the pair check reads as a slot of words is two claims', () => {
    expect(together(claims(['الأمم المتحدة تدعو لإيقاف أعمال العنف في أراضي الغوطة الشرقية بسوريا', 'روسيا تدعو لإيقاف أعمال العنف في أراضي الغوطة الشرقية بسوريا']), 'a0.txt', 'a1.txt')).toBe(false);
    expect(together(claims(['الحكومة المصرية ترفع أسعار الوقود', 'أرامكو ترفع أسعار الوقود']), 'a0.txt', 'a1.txt')).toBe(false);
  });

  it('one actor raising and lowering a price is one claim with a disagreement, not two', () => {
    const cs = claims(['الحكومة المصرية ترفع أسعار الوقود', 'الحكومة المصرية تخفض أسعار الوقود']);
    expect(together(cs, 'a0.txt', 'a1.txt')).toBe(true);
  });

  it('a title and the name of a holder of that office are no swap', () => {
    const v = compareSentences('وزير الدفاع الإسرائيلي أفيغدور ليبرمان يدعو للتوسع في الاستيطان', 'وزير الدفاع الإسرائيلي يدعو للتوسع في الاستيطان');
    expect(v.disagreements.map((d) => d.kind)).not.toContain('actor');
  });
});
