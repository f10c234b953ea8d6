import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/core/corpus/corpus';

/**
 * Where an outlet's name starts and which outlet it is: an outlet named after a
 * place, quoted whole (src/core/actors/quotedOutlets.ts), and an outlet named after
 * the noun that says what kind of outlet it is (src/core/actors/mentions.ts), on
 * sentences of ANERcorp's training text (CC BY-SA 4.0) and news wording of the same kind.
 */
function actors(text: string): Array<[string, string]> {
  const c = new Corpus();
  c.setArticle('a.txt', text);
  return c.getArticle('a.txt')!.mentions.filter((m) => !m.nested).map((m) => [m.text, m.actorId]);
}

describe('a place quoted whole is the outlet named after it', () => {
  it('«« الشرق الأوسط »» is the newspaper', () => {
    expect(actors('وفي رسالة إلكترونية ارسلها لـ « الشرق الاوسط » امس ومعها صورتان')).toContainEqual(['الشرق الاوسط', 'asharq_al_awsat']);
    expect(actors('حماس في المجلس الشريعي قال ل ـ « الشرق الأوسط » أمس إنه لم يجر التوصل الى اتفاق')).toContainEqual(['الشرق الأوسط', 'asharq_al_awsat']);
    expect(actors('مبيعاتها لندن ـ دبي : « الشرق الأوسط » طرح في دبي')).toContainEqual(['الشرق الأوسط', 'asharq_al_awsat']);
  });
  it('unquoted, or quoted with more words, it is the region', () => {
    expect(actors('وتشهد منطقة الشرق الأوسط توترا كبيرا')).toContainEqual(['الشرق الأوسط', 'middle_east']);
    expect(actors('للعراق طرحت الولايات المتحدة مشروع " الشرق الاوسط الكبير " ، والآن')).toContainEqual(['الشرق الاوسط', 'middle_east']);
    // Only an opening quote, or one quote on one side.
    expect(actors('وقال « الشرق الأوسط تتغير بسرعة »')).toContainEqual(['الشرق الأوسط', 'middle_east']);
  });
  it('a place no outlet is named after stays the place', () => {
    expect(actors('وقال إن « بغداد » تنتظر الرد')).toContainEqual(['بغداد', 'baghdad']);
  });
});

describe('an outlet is named by what follows «صحيفة», «جريدة», «مجلة», «قناة»', () => {
  it('the mention is the name after the noun, with a proclitic on the noun too', () => {
    expect(actors('لكن المدير المسؤول عن جريدة الحياة لا يزال يعتقد أن التلفزيون أقوى')).toContainEqual(['الحياة', 'al_hayat']);
    expect(actors('ونقلت صحيفة " السفير " عن مصادر مطلعة أن الاجتماع تأجل')).toContainEqual(['السفير', 'as_safir']);
    expect(actors('وقالت قناة الجزيرة نقلا عن مصادر في الشرطة إن الانفجار وقع صباحا')).toContainEqual(['الجزيرة', 'al_jazeera']);
    expect(actors('وقال لصحيفة الحياة إن المفاوضات متعثرة')).toContainEqual(['الحياة', 'al_hayat']);
  });
  it('agencies keep «وكالة» («وكالة الأنباء القطرية»)', () => {
    expect(actors('ونقلت وكالة الأنباء القطرية عن الوزير قوله')).toContainEqual(['وكالة الأنباء القطرية', 'qna']);
  });
});

describe('a credit line names its agency by the nationality alone', () => {
  it('«( الفرنسية )» at the end of a report is Agence France-Presse', () => {
    expect(actors('دافع عن موقف الخرطوم إزاء قرار مجلس الأمن حول دارفور ( الفرنسية ) .')).toContainEqual(['الفرنسية', 'afp']);
    expect(actors('وأكد المتحدث أن العنف الدامي حصد المزيد من الضحايا العراقيين (الفرنسية)')).toContainEqual(['الفرنسية', 'afp']);
    expect(actors('وقال الوزير إن المحادثات ستستأنف الأسبوع المقبل (الألمانية)')).toContainEqual(['الألمانية', 'dpa']);
  });
  it('the word outside brackets, with other words, or a country the registry knows, is no agency', () => {
    expect(actors('وقالت الخارجية الفرنسية إن المحادثات ستستأنف').map(([, id]) => id)).not.toContain('afp');
    expect(actors('وصدر الكتاب باللغة ( الفرنسية والإنجليزية )').map(([, id]) => id)).not.toContain('afp');
    expect(actors('ووصل الوفد إلى الرياض ( السعودية ) أمس').map(([, id]) => id)).not.toContain('spa');
  });
});
