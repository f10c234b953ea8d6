import { describe, expect, it } from 'vitest';
import { hasCircumstance, toldApart } from '../../src/core/claims/circumstance';
import { Corpus } from '../../src/core/corpus/corpus';
import { buildReport } from '../../src/core/report/report';

/** A claim told with its circumstance against one telling the circumstance only (src/core/claims/circumstance.ts), on headlines of the Arabic News Stance pairs (Khouja 2020). */
describe('an event and its circumstance', () => {
  it('reads the circumstance after an opener, with the event before it', () => {
    expect(hasCircumstance('المركزي المصري يخفض أسعار الفائدة مع انحسار التضخم')).toBe(true);
    expect(hasCircumstance('ارتفاع الدولار إثر التهديد بحرب تجارية صينية أميركية')).toBe(true);
    // An opener heading the headline frames it; a question names no event.
    expect(hasCircumstance('بعد الانهيار.. الليرة التركية تسجل ارتفاعا طفيفا')).toBe(false);
    expect(hasCircumstance('ما الموقف بعد الحرب الكلامية بين واشنطن و طهران')).toBe(false);
  });
  it('a version sharing only the circumstance tells another claim', () => {
    expect(toldApart('المركزي المصري يخفض أسعار الفائدة مع انحسار التضخم', 'تراجع التضخم في مصر')).toBe(true);
    expect(toldApart('الليرة التركية ترتفع بشكل غير مسبوق', 'سيارات تركيا للأعلى مع ارتفاع الليرة')).toBe(true);
    expect(toldApart('ارتفاع الدولار إثر التهديد بحرب تجارية صينية أميركية', 'توقف الحرب التجارية بين الصين وترامب')).toBe(true);
  });
  it('a retelling keeps the event: it stays', () => {
    expect(toldApart('هبوط حاد في أسعار النفط مع ارتفاع الدولار', 'هبوط حاد في أسعار النفط')).toBe(false);
    expect(toldApart('النفط يهبط بفعل مخاوف من زيادة إنتاج أوبك', 'إنتاج أوبك المرتفع يهبط بسعر النفط')).toBe(false);
    // The event's verb a word of reporting in one («حذرت») and its synonym's stem in the other.
    expect(toldApart('حذرت إسرائيل إيران بعد الغارات الجوية الواسعة التى شنتها على سوريا', 'إسرائيل تحذر إيران بعد غارات جوية واسعة في سوريا')).toBe(false);
    expect(toldApart('مقتل فلسطيني بقصف إسرائيلي على غزة قبيل احتجاجات مرتقبة', 'سقوط فلسطينى نتيجة القصف الإسرائيلي على غزة قبيل الاحتجاجات المرتقبة')).toBe(false);
  });
  it('in a corpus the version telling the circumstance leaves the group', () => {
    const corpus = new Corpus();
    ['المركزي المصري يخفض أسعار الفائدة مع انحسار التضخم', 'المركزي المصري يخفض الفائدة مع انحسار التضخم', 'تراجع التضخم في مصر'].forEach((t, i) => corpus.setArticle(`a${i}.txt`, t + '\n'));
    const claims = buildReport(corpus).claims;
    expect(claims.some((c) => c.sentences.some((s) => s.file === 'a0.txt') && c.sentences.some((s) => s.file === 'a1.txt'))).toBe(true);
    expect(claims.some((c) => c.sentences.some((s) => s.file === 'a2.txt'))).toBe(false);
  });
});
