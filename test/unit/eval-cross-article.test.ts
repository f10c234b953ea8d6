import { describe, expect, it } from 'vitest';
import type { AnsPair } from '../../src/eval/ans';
import { crossArticleCorpus, crossArticleFigures, reworded, scoreCrossArticle } from '../../src/eval/claims/crossArticle';
import { detokenize } from '../../src/eval/claims/filler';
import type { Report } from '../../src/core/report/report';

/**
 * The cross-article figure's gold and scoring (src/eval/claims/crossArticle.ts),
 * on news-stance style pairs: a headline, its paraphrase, a contradiction of the
 * paraphrase, and an unrelated headline; filler from newswire.
 */
const PAIRS: AnsPair[] = [
  { s1: 'الدولار في أعلى مستوى له منذ أسبوعين', s2: 'الدولار يصل لأعلى مستوى', stance: 'agree' },
  { s1: 'الدولار يصل لأعلى مستوى', s2: 'الدولار يهبط لأدنى مستوياته في أسبوعين', stance: 'disagree' },
  { s1: 'لبنان يبدأ التنقيب عن النفط والغاز', s2: 'بدء التنقيب عن نفط وغاز لبنان', stance: 'agree' },
  { s1: 'لبنان يبدأ التنقيب عن النفط والغاز', s2: 'اعترافات سليمان الحلبي تكشف أسرار مقتل كليبر في مصر', stance: 'other' },
];
const FILLER = [
  'أعلن اتحاد صناعة السيارات في ألمانيا أن المبيعات ارتفعت خلال الشهر الماضي.',
  'وقال المتحدث باسم الوزارة إن الاجتماع المقبل سيعقد في العاصمة الأردنية عمان.',
  'وأشارت التقارير إلى أن الأمطار الغزيرة تسببت في إغلاق عدد من الطرق الرئيسية.',
  'وافتتح المعرض الدولي للكتاب أبوابه أمام الزوار بمشاركة أكثر من مئتي دار نشر.',
  'وتوقع خبراء الأرصاد أن تشهد البلاد موجة حارة خلال الأيام القليلة المقبلة.',
  'وفاز الفريق المحلي على ضيفه بثلاثة أهداف مقابل هدف واحد في المباراة النهائية.',
  'وأكد رئيس البلدية أن أعمال الصيانة ستنتهي قبل بداية العام الدراسي الجديد.',
  'وشارك في المؤتمر عدد من الباحثين والأكاديميين من جامعات عربية وأوروبية.',
  'وذكرت الصحيفة أن الحكومة تدرس خطة جديدة لدعم المشاريع الصغيرة والمتوسطة.',
  'وأضاف أن الشركة تعتزم افتتاح فرع جديد في مدينة الإسكندرية العام المقبل.',
  'وتستمر فعاليات المهرجان الثقافي حتى نهاية الأسبوع الجاري في قاعة المدينة.',
  'وأوضح التقرير أن عدد السياح الأجانب زاد بنسبة كبيرة مقارنة بالعام الماضي.',
  'وقد شهدت الأسواق المحلية إقبالا واسعا من المواطنين على شراء مستلزمات العيد.',
  'ونظمت الجمعية حملة للتبرع بالدم في عدد من المستشفيات الحكومية.',
  'وكانت اللجنة قد أوصت بتعديل بعض مواد القانون قبل عرضه على البرلمان.',
  'وتعد هذه الزيارة الأولى من نوعها منذ توقيع اتفاقية التعاون بين البلدين.',
  'وأعلنت إدارة المطار عن تأخير عدد من الرحلات بسبب سوء الأحوال الجوية.',
  'وقال مدير المدرسة إن نتائج الطلاب هذا العام جاءت أفضل من المتوقع.',
  'وتضمن البرنامج عروضا فنية وموسيقية قدمتها فرق من عدة دول.',
  'وأشار البيان إلى أن المفاوضات ستستأنف الأسبوع المقبل في جنيف.',
];

describe('cross-article figure: gold from the news-stance pairs', () => {
  it('makes one article per distinct sentence, the sentence as lede or second paragraph, each filler sentence once', () => {
    const x = crossArticleCorpus(PAIRS, FILLER);
    expect(x.articles.size).toBe(6);
    const used: string[] = [];
    for (const [file, text] of x.articles) {
      const c = x.claimOf.get(file)!;
      const lines = text.trimEnd().split('\n');
      expect(lines[c.line]).toBe(c.text);
      for (const [i, l] of lines.entries()) if (i !== c.line) used.push(...l.split(/(?<=\.) /));
    }
    expect(new Set(used).size).toBe(used.length);
    // Deterministic: the same seed, the same folder.
    expect([...crossArticleCorpus(PAIRS, FILLER).articles]).toEqual([...x.articles]);
  });

  it('links agreeing sentences into one claim and their contradiction to the whole claim', () => {
    const x = crossArticleCorpus(PAIRS, FILLER);
    const comp = (t: string): number => [...x.claimOf.values()].find((c) => c.text === t)!.component;
    expect(comp('الدولار في أعلى مستوى له منذ أسبوعين')).toBe(comp('الدولار يصل لأعلى مستوى'));
    expect(comp('الدولار يهبط لأدنى مستوياته في أسبوعين')).not.toBe(comp('الدولار يصل لأعلى مستوى'));
    const [a, b] = [comp('الدولار في أعلى مستوى له منذ أسبوعين'), comp('الدولار يهبط لأدنى مستوياته في أسبوعين')];
    expect(x.contradict.has(a < b ? `${a}|${b}` : `${b}|${a}`)).toBe(true);
  });

  it('scores a grouped contradiction as unhandled unless flagged, and another claim grouped as a false positive', () => {
    const x = crossArticleCorpus(PAIRS, FILLER);
    const file = (t: string): string => [...x.claimOf].find(([, c]) => c.text === t)![0];
    const line = (f: string): number => x.claimOf.get(f)!.line;
    const up = file('الدولار يصل لأعلى مستوى');
    const down = file('الدولار يهبط لأدنى مستوياته في أسبوعين');
    const oil = file('لبنان يبدأ التنقيب عن النفط والغاز');
    const claim = (files: Array<[string, number]>, flaggedFiles: string[] = []) => ({
      sentences: files.map(([f, l]) => ({ file: f, line: l, start: 0, end: 1, text: '' })),
      disagreements: flaggedFiles.length ? [{ kind: 'contradiction', detail: '', files: flaggedFiles }] : [],
    });
    const report = (claims: unknown[]): Report => ({ claims } as unknown as Report);
    // The contradiction grouped, not flagged; the oil headline pulled in through a filler line.
    const f = scoreCrossArticle(x, report([claim([[up, line(up)], [down, line(down)], [oil, line(oil) === 0 ? 1 : 0]])]));
    expect(f.contradictions).toMatchObject({ total: 2, grouped: 1, flagged: 0, handled: 1 });
    expect(f.falsePositives).toBe(2);
    expect(f.fillerPulled).toBe(2);
    expect(f.same.found).toBe(0);
    // Flagged, it is handled; a group of filler alone (two articles' padding) is not scored.
    const other = file('اعترافات سليمان الحلبي تكشف أسرار مقتل كليبر في مصر');
    const filler = (f: string): number => (line(f) === 0 ? 1 : 0);
    const g = scoreCrossArticle(x, report([claim([[up, line(up)], [down, line(down)]], [up, down]), claim([[oil, filler(oil)], [other, filler(other)]])]));
    expect(g.contradictions.handled).toBe(2);
    expect(g.falsePositives).toBe(0);
    // With sides, a disagreement flags only the pairs it sets against each other: the two versions
    // on one side of it are not flagged against each other, and the contradiction is unhandled.
    const sided = (sides: string[][]) => ({ ...claim([[up, line(up)], [down, line(down)], [oil, filler(oil)]]), disagreements: [{ kind: 'contradiction', detail: '', files: sides.flat(), sides: sides.map((files) => ({ says: '', files })) }] });
    expect(scoreCrossArticle(x, report([sided([[up, down], [oil]])])).contradictions).toMatchObject({ grouped: 1, flagged: 0 });
    expect(scoreCrossArticle(x, report([sided([[up], [down, oil]])])).contradictions).toMatchObject({ grouped: 1, flagged: 1 });
  });

  it('runs the engine over the folder: the paraphrase pair found, the unrelated headline apart', () => {
    const f = crossArticleFigures(PAIRS, FILLER);
    expect(f.articles).toBe(6);
    expect(f.same.total).toBe(2);
    expect(f.same.found).toBe(2);
    expect(f.falsePositives).toBe(0);
    expect(f.contradictions.total).toBe(2);
  });

  it('tells reworded retellings from near-verbatim ones, and writes tokens back as running text', () => {
    expect(reworded('لبنان يبدأ التنقيب عن النفط والغاز', 'بدء التنقيب عن نفط وغاز لبنان')).toBe(true);
    expect(reworded('سوريا: سقوط 250 قتيلا بعد قصف الغوطة الشرقية', '250 قتيلا بعد قصف الغوطة الشرقية في سوريا')).toBe(false);
    expect(detokenize(['قال', '(', 'أ', 'ف', 'ب', ')', 'إن', 'الاجتماع', 'انتهى', '.'])).toBe('قال (أ ف ب) إن الاجتماع انتهى.');
  });
});
