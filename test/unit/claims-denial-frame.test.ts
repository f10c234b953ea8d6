import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/core/corpus/corpus';
import { buildReport } from '../../src/core/report/report';

/**
 * An official denial shares few words with the rumour it denies: the words of
 * its frame («نفى المركز الإعلامي ... ما تداولته مواقع التواصل ... من أنباء حول»,
 * «لا صحة لما تردد عن», «عار عن الصحة», «شائعة») give no feature in a sentence
 * that denies (src/core/claims/denialFrame.ts), so the denial groups with the
 * rumour and is flagged. Each case: the rumour on two sites, the denial in a
 * third article, each with sentences of its own that must stay out.
 */
function outcome(rumour: string, retold: string, denial: string) {
  const corpus = new Corpus();
  corpus.setArticle('site1.txt', `${rumour}\nوتشهد المدن الكبرى ازدحاما مروريا خانقا مع بداية الأسبوع.\n`);
  corpus.setArticle('site2.txt', `${retold}\nوفاز الفريق المحلي على ضيفه بثلاثة أهداف مقابل هدف واحد.\n`);
  corpus.setArticle('official.txt', `${denial}\nوأكد البيان أن الجهات المختصة تتابع الأسواق بصورة يومية.\n`);
  const claims = buildReport(corpus).claims;
  const c = claims.find((x) => x.sentences.some((s) => s.file === 'official.txt'));
  const flagged = (c?.disagreements ?? []).filter((d) => d.files.includes('official.txt') && d.files.some((f) => f.startsWith('site')));
  return { group: c, kinds: flagged.map((d) => d.kind), lines: c?.sentences.map((s) => `${s.file}:${s.line}`) ?? [] };
}

describe('a denial worded in its own frame groups with the rumour and is flagged', () => {
  it('«نفى المركز الإعلامي ... ما تداولته بعض المواقع ... من أنباء حول ...»', () => {
    const o = outcome(
      'الحكومة ترفع أسعار تذاكر مترو الأنفاق اعتبارا من الشهر المقبل',
      'زيادة أسعار تذاكر مترو الأنفاق بداية من الشهر المقبل',
      'نفى المركز الإعلامي لمجلس الوزراء ما تداولته بعض المواقع الإلكترونية وصفحات التواصل الاجتماعي من أنباء حول رفع أسعار تذاكر مترو الأنفاق',
    );
    expect(o.group).toBeDefined();
    expect(o.kinds).toContain('denial');
    // The articles' other sentences stay out of the claim.
    expect(o.lines.every((l) => l.endsWith(':0'))).toBe(true);
  });

  it('«لا صحة لما تردد عن ...»', () => {
    const o = outcome(
      'وزارة التربية تلغي امتحانات نهاية العام الدراسي',
      'إلغاء امتحانات نهاية العام الدراسي بقرار من وزارة التربية',
      'لا صحة لما تردد عن إلغاء امتحانات نهاية العام الدراسي',
    );
    expect(o.group).toBeDefined();
    expect(o.kinds).toContain('denial');
  });

  it('«... عار عن الصحة»', () => {
    const o = outcome('وفاة الفنان عادل إمام بعد صراع مع المرض', 'رحيل الفنان عادل إمام بعد صراع طويل مع المرض', 'خبر وفاة الفنان عادل إمام عار عن الصحة');
    expect(o.group).toBeDefined();
    expect(o.kinds).toContain('denial');
  });

  it('«... عارية من الصحة» and «ملفقة», other wordings of the same denial', () => {
    for (const denial of ['الوزارة: الأنباء المتداولة عن القبض على مدير مكتب الوزير عارية من الصحة', 'الوزارة: خبر القبض على مدير مكتب الوزير بتهمة الرشوة ملفق']) {
      const o = outcome('القبض على مدير مكتب الوزير بتهمة الرشوة', 'السلطات تقبض على مدير مكتب الوزير في قضية رشوة', denial);
      expect(o.group).toBeDefined();
      expect(o.kinds).toContain('denial');
    }
  });

  it('«شائعة»: grouped and flagged as a denial', () => {
    const o = outcome('الحكومة تقرر خفض وزن رغيف الخبز المدعم', 'قرار حكومي بخفض وزن رغيف الخبز المدعم', 'مصدر بوزارة التموين: خفض وزن رغيف الخبز المدعم مجرد شائعة');
    expect(o.group).toBeDefined();
    expect(o.kinds).toContain('denial');
  });

  it('a rumour told as one («تداولت مواقع التواصل الاجتماعي أن ...») drops its frame: its retellings join the claim of the denial, flagged', () => {
    const corpus = new Corpus();
    corpus.setArticle('rumour.txt', 'تأجيل امتحانات الثانوية العامة\nتداولت مواقع التواصل الاجتماعي أن وزارة التربية والتعليم المصرية قررت تأجيل امتحانات الثانوية العامة إلى شهر يوليو المقبل.\n');
    corpus.setArticle('rumour2.txt', 'أنباء عن تأجيل الامتحانات\nوانتشرت على مواقع التواصل الاجتماعي أنباء عن قرار وزارة التربية والتعليم المصرية تأجيل امتحانات الثانوية العامة حتى يوليو المقبل.\n');
    corpus.setArticle('official.txt', 'التعليم: لا تأجيل للامتحانات\nنفت وزارة التربية والتعليم المصرية صحة ما تداولته مواقع التواصل الاجتماعي عن تأجيل امتحانات الثانوية العامة إلى شهر يوليو المقبل، مؤكدة أن الامتحانات ستعقد في موعدها.\n');
    const claims = buildReport(corpus).claims;
    // The rumours' sentences, their frame left out, are the claim the denial answers: one group with it.
    const denied = claims.find((c) => c.sentences.some((s) => s.file === 'official.txt'));
    const members = denied?.sentences.map((s) => `${s.file}:${s.line}`) ?? [];
    expect(members).toContain('rumour.txt:1');
    expect(members).toContain('rumour2.txt:1');
    const flags = (denied?.disagreements ?? []).filter((d) => d.files.includes('official.txt') && d.files.some((f) => f.startsWith('rumour')));
    expect(flags.length).toBeGreaterThan(0);
  });

  it('outside a denial the same words are content: a story about social media sites is not stripped', () => {
    const corpus = new Corpus();
    corpus.setArticle('a.txt', 'حجب مواقع التواصل الاجتماعي في البلاد خلال فترة الامتحانات\n');
    corpus.setArticle('b.txt', 'السلطات تحجب مواقع التواصل الاجتماعي أثناء الامتحانات\n');
    expect(buildReport(corpus).claims).toHaveLength(1);
  });
});
