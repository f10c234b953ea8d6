import { describe, expect, it } from 'vitest';
import { comparePair } from '../../src/core/claims/contradiction';
import { splitLine } from '../../src/core/claims/sentences';
import { builtinActors, builtinOffices } from '../../src/core/actors/builtin';
import { Registry } from '../../src/core/actors/registry';
import { analyzeArticle } from '../../src/core/corpus/analyze';
import { Corpus } from '../../src/core/corpus/corpus';
import { buildReport } from '../../src/core/report/report';

/** Real headlines of the Arabic News Stance pairs (Khouja 2020) with a topic before «..». */
const split = (t: string): string[] => splitLine(t, 0, 0).map((s) => t.slice(s.start, s.end));

function outcome(a: string, b: string): { grouped: boolean; kinds: string[] } {
  const corpus = new Corpus();
  corpus.setArticle('a.txt', a + '\n');
  corpus.setArticle('b.txt', b + '\n');
  const claims = buildReport(corpus).claims.filter((c) => new Set(c.sentences.map((s) => s.file)).size === 2);
  const flags = claims.flatMap((c) => c.disagreements).filter((d) => d.files.includes('a.txt') && d.files.includes('b.txt'));
  return { grouped: claims.length > 0, kinds: flags.map((d) => d.kind) };
}

describe('a headline topic before «..»', () => {
  it('a short topic stays with the claim that follows it', () => {
    expect(split('مصر.. ارتفاع متواصل لاحتياطي النقد الأجنبي')).toEqual(['مصر.. ارتفاع متواصل لاحتياطي النقد الأجنبي']);
    expect(split('رغم تهديد تركيا.. توتال تسعى لتوسيع التنقيب قبالة قبرص')).toHaveLength(1);
  });

  it('a whole sentence before «..» still ends there, and so does a single full stop', () => {
    expect(split('أعلنت وزارة الخارجية المصرية اليوم في بيان رسمي ارتفاع احتياطي النقد الأجنبي خلال الربع الأخير.. وقال المتحدث إن الأرقام مشجعة')).toHaveLength(2);
    expect(split('مصر. ارتفاع متواصل لاحتياطي النقد الأجنبي')).toHaveLength(2);
    expect(split('تعرف على التفاصيل...')).toEqual(['تعرف على التفاصيل...']);
  });

  it('a paraphrase that moves the frame keeps its claim, unflagged', () => {
    const o = outcome('رغم تهديد تركيا.. توتال تسعى لتوسيع التنقيب قبالة قبرص', 'توتال تسعى لتوسيع بؤرة التنقيب قرب قبرص رغم تهديدات تركيا');
    expect(o.grouped).toBe(true);
    expect(o.kinds).toEqual([]);
  });

  it('the actors of the topic take part in the claim: swapped roles are flagged', () => {
    const o = outcome('طهران تتحدى واشنطن.. بإجراء ضد الدولار', 'واشنطن تتحدى طهران بإجراء ضد الريال');
    expect(!o.grouped || o.kinds.length > 0).toBe(true);
  });
});

describe('a contrary word after a preposition of time', () => {
  it('«بعد توقف» tells what came before the claim', () => {
    const v = comparePair('بعد توقف لـ3 عقود.. مغادرة أول ناقلة نفط عراقية', 'أول ناقلة نفط تغادر الأراضي العراقية');
    expect(v.features.contrast).toBe(0);
    expect(v.contradicts).toBe(false);
  });

  it('against the same word as the other version\'s predicate it is no word held by both', () => {
    // What one version tells as background the other states as the claim: stopped against resumed.
    const v = comparePair('توقف تصدير النفط العراقي من كركوك بعد ثلاثة عقود', 'بعد توقف لثلاثة عقود.. استئناف تصدير النفط العراقي من كركوك');
    expect(v.features.contrast).toBe(1);
    expect(v.contradicts).toBe(true);
  });

  it('the same word as the predicate still counts', () => {
    const v = comparePair('باكستان توافق على أول خدمة لإعادة التأمين الإسلامي', 'باكستان توقف إعادة التأمين الإسلامي');
    expect(v.features.contrast).toBe(1);
    expect(v.contradicts).toBe(true);
  });
});

describe('a headline joined by a run of dots after a longer first part', () => {
  const registry = new Registry(builtinActors(), builtinOffices);
  const clauses = (text: string): string[][] => analyzeArticle('a.txt', text + '\n', registry).features.sentence(0);

  it('is one sentence, its two parts two clauses', () => {
    const t = 'بعد وصول النفط لأعلى مستوى في 3 أسابيع .. أسعار النفط تستقر';
    expect(split(t)).toEqual([t]);
    expect(clauses(t)).toHaveLength(2);
    expect(split('محامي محمد مرسي: بعد عامين من المنع .. أسرة الرئيس المصري محمد مرسي تزوره')).toHaveLength(1);
  });

  it('so is one joined by «...» or «…», as scraped news writes it', () => {
    expect(split('اللادينيون في المغرب ... هل يشكلون ظاهرة؟')).toHaveLength(1);
    expect(split('بعد وصول النفط لأعلى مستوى في 3 أسابيع… أسعار النفط تستقر')).toHaveLength(1);
    expect(clauses('بعد وصول النفط لأعلى مستوى في 3 أسابيع… أسعار النفط تستقر')).toHaveLength(2);
  });

  it('a line longer than a headline, or with another break after the dots, is still cut there', () => {
    expect(split('أعلنت وزارة الخارجية المصرية اليوم في بيان رسمي ارتفاع احتياطي النقد الأجنبي خلال الربع الأخير.. وقال المتحدث إن الأرقام مشجعة')).toHaveLength(2);
    expect(split('بعد وصول النفط لأعلى مستوى في 3 أسابيع .. أسعار النفط تستقر. والذهب يتراجع')).toHaveLength(3);
  });

  it('the claim is the whole headline, and the verb after the dots is compared', () => {
    const corpus = new Corpus();
    corpus.setArticle('a.txt', 'بعد وصول النفط لأعلى مستوى في 3 أسابيع .. أسعار النفط تستقر\n');
    corpus.setArticle('b.txt', 'بعد وصول النفط لأعلى مستوى في 3 أسابيع .. أسعار النفط تزداد\n');
    const claims = buildReport(corpus).claims;
    expect(claims).toHaveLength(1);
    expect(claims[0].text).toBe('بعد وصول النفط لأعلى مستوى في 3 أسابيع .. أسعار النفط تستقر');
    expect(claims[0].disagreements.map((d) => d.kind)).toEqual(['contradiction']);
  });

  it('a headline whose news contradicts the other\'s is no longer grouped on the background they share', () => {
    const o = outcome('7 ملفات وراء الخلافات بين أنقرة وواشنطن.. تعرف عليها', 'صلح بين بين أنقرة و واشنطن');
    expect(!o.grouped || o.kinds.length > 0).toBe(true);
  });
});
