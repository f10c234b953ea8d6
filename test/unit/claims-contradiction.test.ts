import { describe, expect, it } from 'vitest';
import { comparePair } from '../../src/core/claims/contradiction';
import { Corpus } from '../../src/core/corpus/corpus';
import { buildReport } from '../../src/core/report/report';

/**
 * Contradictions between versions, on real headlines of the Arabic News Stance
 * development pairs (Khouja 2020): each pair as two one-line articles, analysed
 * as `isnad analyze` does. A contradiction must be kept apart, or grouped with
 * a disagreement of its kind that names both files; a paraphrase grouped and unflagged.
 */
function outcome(a: string, b: string): { grouped: boolean; kinds: string[]; sentences: string[] } {
  const corpus = new Corpus();
  corpus.setArticle('a.txt', a + '\n');
  corpus.setArticle('b.txt', b + '\n');
  const claims = buildReport(corpus).claims.filter((c) => new Set(c.sentences.map((s) => s.file)).size === 2);
  const flags = claims.flatMap((c) => c.disagreements).filter((d) => d.files.includes('a.txt') && d.files.includes('b.txt'));
  return { grouped: claims.length > 0, kinds: flags.map((d) => d.kind), sentences: flags.flatMap((d) => (d.sentences ?? []).map((s) => s.file)) };
}

describe('contradictions between two versions (real headlines)', () => {
  it('opposite predicates: contradiction, naming both sentences', () => {
    const o = outcome('دعى الرئيس التونسى للمساواة فى الميراث بين الرجل و المرأة', 'الرئيس التونسى يرفض المساواة فى الميراث بين الرجل و المرأة');
    expect(o.grouped).toBe(true);
    expect(o.kinds).toContain('contradiction');
    expect(o.sentences).toEqual(expect.arrayContaining(['a.txt', 'b.txt']));
    expect(comparePair('الدولار يرتفع لأعلى مستوى في 4 أشهر', 'الدولار يهبط لأدنى مستوى في ٤ أشهر').detail).toMatch(/\|/);
    // Two articles moving one market apart are two reports, kept apart (rivals.ts, PAIR_MARKETS): handled as well.
    expect(outcome('الدولار يرتفع لأعلى مستوى في 4 أشهر', 'الدولار يهبط لأدنى مستوى في ٤ أشهر').grouped).toBe(false);
  });

  it('a verb of failure added: contradiction', () => {
    const o = outcome('اتفاق لاجلاء مقاتلين ومدنيين من دوما في الغوطة الشرقية', 'فشل الاتفاق باجلاء مقاتلين و مدنيين من دوما في الغوطة الشرقية');
    expect(o.grouped).toBe(true);
    expect(o.kinds).toContain('contradiction');
  });

  it('denial against the claim: denial; a denial retold as a denial: no flag', () => {
    const o = outcome('مستشفى مصري ينفي التسبب في وفاة سائح بريطاني بسبب النفقات', 'مستشفى مصري يعلن تسببه في وفاة سائح بريطاني بسبب النفقات');
    expect(o.grouped).toBe(true);
    expect(o.kinds).toContain('denial');
    const same = outcome('مستشفى مصري ينفي التسبب في وفاة سائح بريطاني بسبب النفقات', 'نفى مستشفى مصري تسببه في وفاة سائح بريطاني بسبب دفع النفقات');
    expect(same.grouped).toBe(true);
    expect(same.kinds).toEqual([]);
  });

  it('«لا وجود لـ» denies what the other version reports', () => {
    const o = outcome('روايات الجنود الأمريكان: انتهاكات سجن أبو غريب في العراق تفوق التوقعات', 'جندي أمريكي سابق: لا وجود لانتهاكات بسجن أبو غريب في العراق');
    expect(!o.grouped || o.kinds.includes('denial')).toBe(true);
  });

  it('a negation one version adds: negation', () => {
    const v = comparePair('السماح للمرأة السعودية بقيادة السيارة لأول مرة في تاريخ المملكة الحديث', 'السعودية لا تسمح للمرأة بقيادة السيارة');
    expect(v.contradicts).toBe(true);
    expect(v.kind).toBe('negation');
  });

  it('another number: number', () => {
    const o = outcome('29 قتيلا في هجوم على استعراض عسكري إيراني في الأهواز وروحاني يتعهد برد ساحق', '53 قتيلا في هجوم على استعراض عسكري إيراني في الأهواز وروحاني يتعهد برد ساحق');
    expect(o.grouped).toBe(true);
    expect(o.kinds).toContain('number');
  });

  it('another year: date', () => {
    const o = outcome('فيلم باربي يؤجل عرضه لعام 2020', 'فيلم باربي يؤجل عرضه لعام 2030');
    expect(o.grouped).toBe(true);
    expect(o.kinds).toContain('date');
  });

  it('look-alike templates: another country or place in the same slot is never a silent merge', () => {
    for (const [a, b] of [
      ['اتهامات للسعودية بإخفاء الصحفي جمال خاشقجي والسعودية تنفي', 'اتهامات لتركيا بإخفاء الصحفي جمال خاشقجي'],
      ['الأمم المتحدة تحذر من نشوب حرب جديدة في غزة', 'الأمم المتحدة تحذر من نشوب حرب جديدة في سوريا'],
    ]) {
      const o = outcome(a, b);
      expect(!o.grouped || o.kinds.length > 0, `${a} / ${b}`).toBe(true);
    }
    const v = comparePair('الأمم المتحدة تحذر من نشوب حرب جديدة في غزة', 'الأمم المتحدة تحذر من نشوب حرب جديدة في سوريا', [{ id: 'gaza', type: 'place' }], [{ id: 'syria', type: 'country' }]);
    expect(v.kind).toBe('actor');
  });

  it('«غير» before what the other version states is a negation; a commodity in the same slot is another claim', () => {
    const neg = outcome('مصدر: بريطانيا مسؤولة عن قتل مدنيين بالموصل', 'بريطانيا غير مسؤولة عن قتل مدنيين بالموصل');
    expect(neg.grouped).toBe(true);
    expect(neg.kinds).toContain('negation');
    const slot = comparePair('أسعار الذهب تنخفض مع صعود الدولار', 'أسعار النفط تنخفض مع صعود الدولار');
    expect(slot.contradicts).toBe(true);
    expect(slot.kind).toBe('actor');
    expect(slot.detail).toBe('الذهب | النفط');
  });

  it('«بغير» before what the other version states is a negation («بغير الدولار» / «بالدولار»)', () => {
    const o = outcome('البنك المركزي يسمح بتسوية صفقات النفط بغير الدولار', 'البنك المركزي يسمح بتسوية صفقات النفط بالدولار');
    expect(o.grouped).toBe(true);
    expect(o.kinds).toContain('negation');
  });

  it('a service restored against cut off is a contradiction («عودة» / «انقطاع»)', () => {
    const v = comparePair('عودة التيار الكهربائي إلى أحياء بغداد بعد عطل في المحطة', 'أحياء بغداد تعاني من انقطاع التيار الكهربائي بسبب عطل في المحطة');
    expect(v.contradicts).toBe(true);
  });

  it('paraphrases stay unflagged', () => {
    for (const [a, b] of [
      ['الكويت تطرد السفير الفلبيني وتستدعي سفيرها من مانيلا للتشاور', 'طرد السفير الفلبيني من الكويت و استدعاء السفير الكويتى من مانيلا للتشاور'],
      ['اجتماع طارئ لمجلس الأمن لبحث هجوم دوما وروسيا تنفي وجود أدلة', 'اجتماع عاجل لمجلس الأمن بعد هجوم دوما و إعلان روسيا عدم وجود أدلة'],
      ['إسرائيل: لا تغيير في قواعد الاشتباك عند حدود غزة', 'إسرائيل تعلن أنه لا يوجد تغيير في قواعد الاشتباك عند حدود غزة'],
    ]) {
      const o = outcome(a, b);
      expect(o.grouped, a).toBe(true);
      expect(o.kinds, a).toEqual([]);
    }
  });

  it('contrary wording one headline adds, wherever it stands: contradiction', () => {
    const v = comparePair('مقتل 7 وإصابة 250 فى الاحتجاجات الفلسطينية على حدود غزة', 'احتجاجات فلسطينية على حدود غزة دون وقوع ضحايا');
    expect(v.contradicts).toBe(true);
    expect(v.kind).toBe('contradiction');
    expect(v.detail).toMatch(/دون/);
    const o = outcome('تراجع صادرات النفط الإيراني مع اقتراب العقوبات الأميركية', 'تواصل تصدير النفط الإيراني رغم العقوبات');
    expect(!o.grouped || o.kinds.length > 0).toBe(true);
  });

  it('a negation in one headline only, whatever it governs: negation', () => {
    const v = comparePair('تونس تقول إنه ليس لديها خطط لإعادة مشتبه بكونه حارس بن لادن إلى ألمانيا', 'تونس تعلن خطتها لإعادة مشتبه بكونه حارس بن لادن إلى ألمانيا');
    expect(v.contradicts).toBe(true);
    expect(v.kind).toBe('negation');
  });

  it('a verb swapped for its own noun, or «رغم» framing a retelling, is no contradiction', () => {
    for (const [a, b] of [
      ['كنيسة القيامة تغلق أبوابها احتجاجا على إجراءات ضريبية إسرائيلية', 'اغلاق أبواب كنيسة القيامة احتجاجا على إجراءات ضريبية إسرائيلية'],
      ['الرئيس الجزائري يقيل رئيس جهاز الأمن الوطني عبد الغني هامل', 'اقالة رئيس جهاز الأمن الوطني الجزائري عبد الغني هامل'],
      ['رغم الاحتجاج على سلوكه الجنسي، المغني الأمريكي آر كيلي يقيم حفلاً غنائياً', 'المغني الأمريكي آر كيلي يقيم حفلا وسط احتجاجات ضد سلوكه الجنسي'],
    ]) {
      const v = comparePair(a, b);
      expect(v.contradicts, `${a} | ${v.kind} ${v.detail}`).toBe(false);
    }
  });

  it('the check can fail: two unrelated headlines share nothing to contradict', () => {
    expect(comparePair('الدولار يرتفع لأعلى مستوى في 4 أشهر', 'مصر تعلن تكلفة خط الغاز القبرصي').contradicts).toBe(false);
  });
});
