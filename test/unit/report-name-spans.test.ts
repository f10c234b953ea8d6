import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/core/corpus/corpus';
import { buildReport } from '../../src/core/report/report';
import { formatReportCsv } from '../../src/core/report/csv';
import { score } from '../../src/eval/score';
import { testCorpus } from './helpers';

/** The report's mentions of a one-article corpus: [actor, text, kind, title text]. */
function reported(text: string, corpus: Corpus = testCorpus()): Array<[string, string, string, string | undefined]> {
  corpus.setArticle('a.txt', text);
  return buildReport(corpus).articles[0].mentions.filter((m) => !m.nested).map((m) => [m.actor, m.text, m.kind, m.title?.text]);
}

describe('a title with its holder’s name: one actor in the editor, the name’s own span in the report', () => {
  it('title before the name: the report gives the name, the title beside it; the editor keeps one mention', () => {
    const text = 'وقال وزير الخارجية الإيراني عباس عراقجي إن المحادثات جادة';
    const c = testCorpus();
    const editor = c.setArticle('a.txt', text).mentions;
    expect(editor.map((m) => [m.actorId, m.text, m.kind])).toEqual([['araghchi', 'وزير الخارجية الإيراني عباس عراقجي', 'title+name']]);
    const m = buildReport(c).articles[0].mentions[0];
    expect([m.actor, m.text, m.kind, m.title?.text]).toEqual(['araghchi', 'عباس عراقجي', 'title+name', 'وزير الخارجية الإيراني']);
    // Columns on the line: the name's and the title's own.
    expect(text.slice(m.start, m.end)).toBe('عباس عراقجي');
    expect(text.slice(m.title!.start, m.title!.end)).toBe('وزير الخارجية الإيراني');
  });
  it('across a comma, and the name before its title', () => {
    expect(reported('أجرى الرئيس المصري، عبد الفتاح السيسي اتصالا')).toEqual([['sisi', 'عبد الفتاح السيسي', 'title+name', 'الرئيس المصري']]);
  });
  it('on a later line of the article: columns are the line’s', () => {
    const text = 'عنوان الخبر\nأكد الرئيس المصري عبد الفتاح السيسي أن';
    const c = testCorpus();
    c.setArticle('a.txt', text);
    const m = buildReport(c).articles[0].mentions.find((x) => x.actor === 'sisi')!;
    expect(m.line).toBe(1);
    expect(text.split('\n')[1].slice(m.start, m.end)).toBe('عبد الفتاح السيسي');
    expect(text.split('\n')[1].slice(m.title!.start, m.title!.end)).toBe('الرئيس المصري');
  });
  it('newswire with the built-in registry: «الرئيس الاميركي جورج بوش» reports «جورج بوش»', () => {
    const c = new Corpus();
    c.setArticle('a.txt', 'وقد شدد الرئيس الاميركي جورج بوش ورئيس الوزراء البريطاني توني بلير مساء أمس على ضرورة الرد');
    const ms = buildReport(c).articles[0].mentions.filter((m) => !m.nested && m.kind === 'title+name');
    expect(ms.map((m) => [m.text, m.title?.text])).toEqual([
      ['جورج بوش', 'الرئيس الاميركي'],
      ['توني بلير', 'رئيس الوزراء البريطاني'],
    ]);
  });
  it('a bare title stays a mention of its holder, spanning the title', () => {
    expect(reported('2025-06-01\nقال الرئيس الأمريكي إن')).toEqual([['trump', 'الرئيس الأمريكي', 'title', undefined]]);
  });
  it('the CSV carries the title’s columns and text after the name’s', () => {
    const c = testCorpus();
    c.setArticle('a.txt', 'قال وزير الخارجية الإيراني عباس عراقجي');
    const rows = formatReportCsv(buildReport(c), 'mentions').trim().split('\r\n');
    expect(rows[0].endsWith('text,title_start,title_end,title_text')).toBe(true);
    expect(rows[1]).toContain(',عباس عراقجي,4,26,وزير الخارجية الإيراني');
  });
  it('the seeds scorer reads such a mention as the title and the name together (the gold’s one mention)', () => {
    const gold = {
      actors: [{ id: 'araghchi', name_ar: 'عباس عراقجي', aliases: [] }],
      mentions: { 'a.txt': [{ actor: 'araghchi', line: 0, start: 4, end: 38, text: 'وزير الخارجية الإيراني عباس عراقجي' }] },
      claims: [],
    };
    const actors = [{ id: 'araghchi', name: 'عباس عراقجي' }];
    const withTitle = score(gold, { mentions: { 'a.txt': [{ actor: 'araghchi', line: 0, start: 27, end: 38, title: { start: 4, end: 26 } }] }, actors, groups: [] });
    expect(withTitle.mentions.f1).toBe(1);
    // The name alone, without its title, is not the gold's mention.
    const bare = score(gold, { mentions: { 'a.txt': [{ actor: 'araghchi', line: 0, start: 27, end: 38 }] }, actors, groups: [] });
    expect(bare.mentions.f1).toBe(0);
  });
});

describe('proclitics before a name', () => {
  const texts = (line: string): string[] => new Corpus().setArticle('a.txt', line).mentions.filter((m) => !m.nested).map((m) => m.text);
  it('«لل» (a preposition on the article, its alef gone) stays with the name: the word is not cut inside the article', () => {
    expect(texts('في محاولة التوصل الى قرار للامم المتحدة يجيز استخدام القوة')).toContain('للامم المتحدة');
    expect(texts('بمساعدة إثيوبيا ، العدو اللدود للصومال .')).toContain('للصومال');
    expect(texts('وقال ان « للعراق خياراته المتعددة في الرد »')).toContain('للعراق');
  });
  it('a conjunction and a preposition before «ال», and a preposition alone, are still left out', () => {
    expect(texts('وصل الوفد بالعراق وللعراق حدود مع إيران')).toEqual(['العراق', 'للعراق', 'إيران']);
    expect(texts('في زيارة لإيران ولواشنطن')).toEqual(['إيران', 'واشنطن']);
  });
});

describe('a place named after the noun that says what kind of place it is', () => {
  const named = (line: string): Array<[string, string]> => new Corpus().setArticle('a.txt', line).mentions.filter((m) => !m.nested).map((m) => [m.actorId, m.text]);
  it('«دولة الإمارات», «إقليم دارفور», «مدينة مشهد»: the name is what follows the noun', () => {
    expect(named('بحث العلاقات الثنائية بين دولة الإمارات واليابان')).toContainEqual(['uae', 'الإمارات']);
    expect(named('رفض نشر قوة دولية في إقليم دارفور .')).toEqual([['darfur', 'دارفور']]);
    expect(named('ويقول ممثل الوزارة في مدينة مشهد إن المدينة يزورها الملايين')).toContainEqual(['mashhad', 'مشهد']);
    expect(named('وصل الوفد بمدينة القدس')).toEqual([['jerusalem', 'القدس']]);
  });
  it('an outlet is named by what follows «صحيفة» («صحيفة الحياة» -> «الحياة»), as newswire names it; «وكالة» stays', () => {
    expect(named('ونقلت صحيفة الحياة عن مصادر')).toEqual([['al_hayat', 'الحياة']]);
    expect(named('ونقلت وكالة الأنباء القطرية عن مصادر')).toEqual([['qna', 'وكالة الأنباء القطرية']]);
  });
});

describe('a place at the end of a person’s name', () => {
  const named = (line: string): string[] => new Corpus().setArticle('a.txt', line).mentions.filter((m) => !m.nested).map((m) => m.actorId);
  it('after «أبو», «بن», «عبد» a place the registry knows is part of the name («احمد أبو غزة», «إسماعيل بن الخليل»)', () => {
    expect(named('إلى خان يونس لدفنها بحسب ما قال احمد أبو غزة مدير التنسيق والارتباط')).not.toContain('gaza');
    expect(named('وأصل العرب هم بنو إسماعيل بن الخليل الذي عاشوا حول مكة')).not.toContain('hebron');
  });
  it('the same places elsewhere stay, and so does a place written with «أبو» («أبو ظبي»)', () => {
    expect(named('الإسرائيلي في عمليتي توغل في غزة ، في وقت واصل الطيران')).toContain('gaza');
    expect(named('وصل الوفد إلى الخليل أمس')).toContain('hebron');
    expect(named('وصل الوفد إلى أبو ظبي أمس')).toContain('abu_dhabi');
  });
});
