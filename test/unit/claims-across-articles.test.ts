import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/core/corpus/corpus';
import { buildReport, type ReportClaim } from '../../src/core/report/report';

/**
 * Retellings and contradictions across whole articles, as `isnad analyze`
 * reads a folder: an agency report (sentences of the seed articles) retold by
 * two outlets in other words, and one outlet that denies it; a rumour retold
 * on two sites and the ministry's denial of it («نفت وزارة ... صحة ما تداولته
 * مواقع التواصل عن ...»). Each article also tells things of its own, which
 * must stay out of the claim.
 */
const ARTICLES: Record<string, string> = {
  'agency.txt': [
    'واشنطن تبلغ طهران انفتاحها على التفاوض',
    'كشف مسؤول أمريكي كبير، الأحد، أن إدارة الرئيس دونالد ترامب أبلغت طهران عبر قنوات متعددة انفتاحها على التفاوض لإبرام اتفاق جديد.',
    'وتأتي هذه التحركات بالتزامن مع أوامر أصدرها ترامب بحشد عسكري واسع في منطقة الخليج.',
    'وارتفعت أسعار النفط في الأسواق العالمية بنسبة 2 في المئة مع تصاعد التوتر في المنطقة.',
  ].join('\n'),
  'outlet1.txt': [
    'ترامب منفتح على اتفاق مع إيران',
    'أبلغت إدارة ترامب إيران عبر قنوات متعددة بأنها منفتحة على عقد اجتماع للتفاوض على اتفاق، وفق ما صرح به مسؤول أمريكي كبير.',
    'وزار رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني طهران يوم السبت والتقى علي لاريجاني.',
  ].join('\n'),
  'outlet2.txt': [
    'مصادر: واشنطن مستعدة للتفاوض مع طهران',
    'ونقل موقع أكسيوس عن مسؤول أمريكي رفيع قوله إن إدارة ترامب أبلغت طهران، عبر عدة قنوات اتصال، استعدادها للدخول في مفاوضات للتوصل إلى اتفاق جديد.',
    'وأوضح الموقع أن هذه الجهود الدبلوماسية تأتي بالتوازي مع تعزيز عسكري أمريكي واسع في المنطقة بأوامر من ترامب.',
  ].join('\n'),
  'denial.txt': [
    'طهران تنفي تلقي رسائل أمريكية',
    'نفت وزارة الخارجية الإيرانية صحة ما تداولته وسائل الإعلام عن أن إدارة ترامب أبلغت طهران عبر قنوات متعددة انفتاحها على التفاوض لإبرام اتفاق جديد.',
    'وقال المتحدث باسم الوزارة إن بلاده لن تتفاوض تحت التهديد.',
  ].join('\n'),
  'rumour.txt': [
    'تأجيل امتحانات الثانوية العامة',
    'تداولت مواقع التواصل الاجتماعي أن وزارة التربية والتعليم المصرية قررت تأجيل امتحانات الثانوية العامة إلى شهر يوليو المقبل.',
  ].join('\n'),
  'rumour2.txt': [
    'أنباء عن تأجيل الامتحانات',
    'وانتشرت على مواقع التواصل الاجتماعي أنباء عن قرار وزارة التربية والتعليم المصرية تأجيل امتحانات الثانوية العامة حتى يوليو المقبل.',
  ].join('\n'),
  'official.txt': [
    'التعليم: لا تأجيل للامتحانات',
    'نفت وزارة التربية والتعليم المصرية صحة ما تداولته مواقع التواصل الاجتماعي عن تأجيل امتحانات الثانوية العامة إلى شهر يوليو المقبل، مؤكدة أن الامتحانات ستعقد في موعدها.',
  ].join('\n'),
};

function report(files: string[] = Object.keys(ARTICLES)): ReportClaim[] {
  const corpus = new Corpus();
  for (const f of files) corpus.setArticle(f, ARTICLES[f] + '\n');
  return buildReport(corpus).claims;
}

/** The claim that holds a sentence of `file` containing `words`. */
function claimWith(claims: ReportClaim[], file: string, words: string): ReportClaim | undefined {
  return claims.find((c) => c.sentences.some((s) => s.file === file && s.text.includes(words)));
}

describe('a report retold across articles, and contradicted', () => {
  const claims = report();
  const told = claimWith(claims, 'agency.txt', 'أبلغت طهران عبر قنوات متعددة');

  it('the retellings in other words are one claim', () => {
    expect(told).toBeDefined();
    const files = new Set(told!.sentences.map((s) => s.file));
    for (const f of ['agency.txt', 'outlet1.txt', 'outlet2.txt']) expect(files.has(f)).toBe(true);
  });

  it('the outlet that denies it stays beside it as a denial naming both files, never as one more source agreeing', () => {
    const denied = claimWith(claims, 'denial.txt', 'نفت وزارة الخارجية الإيرانية');
    if (denied === told) {
      const d = told!.disagreements.find((x) => x.kind === 'denial');
      expect(d).toBeDefined();
      expect(d!.files).toContain('denial.txt');
      expect(d!.files).toContain('agency.txt');
      expect(d!.sentences?.map((s) => s.file)).toContain('denial.txt');
    } else {
      // Kept apart is handled too; then it is not in the claim at all.
      expect(told!.sentences.some((s) => s.file === 'denial.txt')).toBe(false);
    }
    // The three agreeing versions among themselves: no disagreement.
    expect(report(['agency.txt', 'outlet1.txt', 'outlet2.txt']).flatMap((c) => c.disagreements)).toEqual([]);
  });

  it('nothing unrelated joins: the oil prices, the Qatari visit, the refusal to negotiate', () => {
    const texts = told!.sentences.map((s) => s.text).join('\n');
    for (const other of ['أسعار النفط', 'رئيس الوزراء القطري', 'لن تتفاوض تحت التهديد', 'امتحانات']) expect(texts).not.toContain(other);
    // No sentence stands in two claims.
    const seen = new Set<string>();
    for (const c of claims) for (const s of c.sentences) {
      const key = `${s.file}:${s.line}:${s.start}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });
});

describe('a rumour and its official denial', () => {
  const claims = report(['rumour.txt', 'rumour2.txt', 'official.txt', 'agency.txt']);
  const rumour = claimWith(claims, 'rumour.txt', 'قررت تأجيل امتحانات');

  it('the rumour retold on two sites is one claim, and the ministry denying it is flagged as a denial naming both sides', () => {
    expect(rumour).toBeDefined();
    expect(rumour!.sentences.some((s) => s.file === 'rumour2.txt')).toBe(true);
    const d = rumour!.disagreements.find((x) => x.kind === 'denial');
    expect(d).toBeDefined();
    expect(d!.files).toEqual(expect.arrayContaining(['official.txt', 'rumour.txt']));
    expect(d!.detail).toMatch(/نفت/);
  });

  it('the denial is not told as the rumour: the report names who disagrees, and the unrelated agency report stays out', () => {
    expect(rumour!.sentences.some((s) => s.file === 'agency.txt')).toBe(false);
    // The headlines («لا تأجيل للامتحانات» against «تأجيل امتحانات الثانوية العامة») are flagged too, when grouped.
    const headline = claimWith(claims, 'official.txt', 'لا تأجيل');
    if (headline && headline.sentences.some((s) => s.file !== 'official.txt')) {
      expect(headline.disagreements.map((x) => x.kind)).toEqual(expect.arrayContaining(['negation']));
    }
  });
});
