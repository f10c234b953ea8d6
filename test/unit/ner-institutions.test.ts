import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/core/corpus/corpus';
import { institutionSpans, typeByHead } from '../../src/core/actors/tagger/institutions';
import { normalize } from '../../src/core/text/normalize';
import { normalizeWithMap } from '../../src/core/text/normalize';
import { tokenize } from '../../src/core/text/tokens';

/**
 * Organisations named by a head noun and its complements
 * (src/core/actors/tagger/institutions.ts), on news wording and on sentences of
 * Wojood's and ANERcorp's development documents (CC BY-SA 4.0).
 */

/** The names the rule reads on a line that the registry left free, as the line writes them. */
function named(line: string): string[] {
  const norm = normalizeWithMap(line);
  const tokens = tokenize(norm.text);
  return institutionSpans(tokens, norm.text, new Uint8Array(tokens.length)).map((s) => {
    const from = norm.toOrig[tokens[s.first].start + s.prefixLength];
    return line.slice(from, norm.toOrig[tokens[s.last - 1].end - 1] + 1);
  });
}

/** The organisations and media of a one-article corpus, by mention text. */
function organisations(text: string): string[] {
  const c = new Corpus();
  c.setArticle('a.txt', text);
  const type = (id: string): string | undefined => c.getActor(id)?.type;
  return c.getArticle('a.txt')!.mentions.filter((m) => !m.nested && (type(m.actorId) === 'organization' || type(m.actorId) === 'media')).map((m) => m.text);
}

/** The organisations and media of a one-article corpus: [text, type]. */
function organisationTypes(text: string): Array<[string, string]> {
  const c = new Corpus();
  c.setArticle('a.txt', text);
  return c.getArticle('a.txt')!.mentions.map((m): [string, string] => [m.text, c.getActor(m.actorId)?.type ?? '?']);
}

describe('a head noun and the definite noun it governs name an organisation', () => {
  it('takes the nisba adjectives, a complement with «ل» and a coordinated noun', () => {
    expect(named('وقال حزب العمال البريطاني في بيان إن الانتخابات ستجري في موعدها')).toEqual(['حزب العمال البريطاني']);
    expect(named('وأعلنت وزارة التربية والتعليم المصرية نتائج الامتحانات')).toEqual(['وزارة التربية والتعليم المصرية']);
    expect(named('وأعلن المرصد السوري لحقوق الإنسان عن مقتل عشرة أشخاص')).toEqual(['المرصد السوري لحقوق الإنسان']);
    expect(named('وقال المجلس الأعلى للقضاء في بيان إن التحقيق مستمر')).toEqual(['المجلس الأعلى للقضاء']);
    expect(named('تابع دراسته العليا بكلية الآداب والعلوم الإنسانية بفاس')).toEqual(['كلية الآداب والعلوم الإنسانية']);
    expect(named('وعقد مجلس الوزراء السعودي جلسته')).toEqual(['مجلس الوزراء السعودي']);
    expect(named('المحكمة العليا الإسرائيلية تقرر استمرار عمل الكسارات')).toEqual(['المحكمة العليا الإسرائيلية']);
  });
  it('reads a nationality of two words as one adjective («الاتحاد الجنوب أفريقي لكرة القدم»)', () => {
    expect(named('أن المفاوضات بين باريرا والاتحاد الجنوب أفريقي لكرة القدم انتهت بنجاح')).toEqual(['الاتحاد الجنوب أفريقي لكرة القدم']);
    expect(named('وأبدى الاتحاد الجنوب أفريقي رغبته في التعاقد مع باريرا')).toEqual(['الاتحاد الجنوب أفريقي']);
    expect(named('وصل الاتحاد الجنوب إلى')).toEqual([]);
  });
  it('leaves the proclitics out, and stops at punctuation and at words of the sentence', () => {
    expect(named('واتصل مسؤول بوزارة الخارجية الإيرانية ثم عاد')).toEqual(['وزارة الخارجية الإيرانية']);
    expect(named('قالت وزارة الصحة للصحفيين إن الوضع صعب')).toEqual(['وزارة الصحة']);
    expect(named('وقالت نقابة الصحفيين ، المصريين')).toEqual(['نقابة الصحفيين']);
  });
  it('reads no name where the words describe a body or a building', () => {
    // A definite head with a time word, a description of any body of its kind, or no adjective at all.
    expect(named('وقال المجلس العسكري إنه سيسلم السلطة')).toEqual([]);
    expect(named('وأكد الحزب الحاكم أن الانتخابات في موعدها')).toEqual([]);
    expect(named('وعقد المجلس اجتماعه الماضي')).toEqual([]);
    expect(named('تحذيرات جاءت بينما كثفت المنظمة الدولية تحركاتها')).toEqual([]);
    // A head that is also a common noun needs more than the noun it governs; an outlet's kind is no name.
    expect(named('ويوصي مجلس الإدارة بتأسيس برنامج')).toEqual([]);
    expect(named('وقالت هيئة التحكيم لجائزة نوبل')).toEqual([]);
    expect(named('ونقلت وكالة الأنباء الرسمية عن مصدر')).toEqual([]);
    // An adjective that agrees with no noun before it starts something else.
    expect(named('تحقيق خطط البنك التنموية الدولية')).toEqual([]);
    expect(named('بينما وقعت انفجارات قرب مبنى وزارة الخارجية')).toEqual([]);
    // A head before an indefinite word or a particle.
    expect(named('وقالت وزارة في بيان إن')).toEqual([]);
    expect(named('وأعلن حزب التي')).toEqual([]);
  });
  it('in the engine: the name the model found by halves is read whole, typed media after «وكالة الأنباء»', () => {
    expect(organisations('وأعلنت وزارة التربية والتعليم المصرية نتائج الامتحانات.')).toEqual(['وزارة التربية والتعليم المصرية']);
    expect(organisations('ونقلت وكالة الأنباء الفرنسية عن مسؤول قوله إن الوضع هادئ.')).toEqual(['وكالة الأنباء الفرنسية']);
    const c = new Corpus();
    c.setArticle('a.txt', 'ونقلت وكالة الأنباء الفرنسية عن مسؤول قوله إن الوضع هادئ.');
    expect(c.discoveredActors().find((a) => a.name === 'وكالة الأنباء الفرنسية')?.type).toBe('media');
    // A radio station by its head noun is an outlet (the model reads it as an organisation).
    expect(organisationTypes('وبرامج إذاعية منوعة تم إذاعتها على إذاعة صوت فلسطين بتاريخ ( 1 / 6 / 1996 )')).toContainEqual(['إذاعة صوت فلسطين', 'media']);
    // The registry's names stay as they are.
    expect(organisations('وأعلنت حركة حماس موافقتها على المقترح.')).toEqual(['حركة حماس']);
  });
});

describe('an organisation named after a place the registry knows', () => {
  it('holds the place, nested, with «تحرير» before it and the adjectives that agree with the head after it', () => {
    expect(organisationTypes('ووقعت الحكومة وحركة تحرير السودان اتفاقا للسلام.')).toEqual([
      ['حركة تحرير السودان', 'organization'],
      ['السودان', 'country'],
    ]);
    expect(organisationTypes('تخصصت بدراسة العزف على البيانو في جامعة بيونغ يانغ ، صارت سكرتيرة.')).toContainEqual(['جامعة بيونغ يانغ', 'organization']);
    expect(organisationTypes('تتحفظ قوات سورية الديمقراطية على آلاف المعتقلين.')).toContainEqual(['قوات سورية الديمقراطية', 'organization']);
    const c = new Corpus();
    c.setArticle('a.txt', 'ووقعت الحكومة وحركة تحرير السودان اتفاقا للسلام.');
    expect(c.getArticle('a.txt')!.mentions.map((m) => [m.text, !!m.nested])).toEqual([
      ['حركة تحرير السودان', false],
      ['السودان', true],
    ]);
  });
  it('leaves the place alone after other words, and after forces with no adjective of their name («قوات سورية»: Syrian forces)', () => {
    expect(organisationTypes('وتقدمت قوات سورية وروسية نحو المدينة.')).not.toContainEqual(['قوات سورية', 'organization']);
    expect(organisationTypes('وانتقدت الحركة في السودان الحكومة.')).toEqual([['السودان', 'country']]);
    expect(organisationTypes('وقال رئيس حركة فتح في السودان إن')).not.toContainEqual(['حركة فتح في السودان', 'organization']);
  });
});

describe('the type of an organisation the tagger found, by its head and the word before it', () => {
  const type = (t: string, head: string, before?: string): string => typeByHead(t, normalize(head), before === undefined ? undefined : normalize(before));
  it('an outlet by its head noun, a place after «مدينة», «بلدة»', () => {
    expect(type('organization', 'جريدة')).toBe('media');
    expect(type('organization', 'قناة', 'على')).toBe('media');
    expect(type('organization', 'بورصة', 'مدينة')).toBe('place');
    expect(type('organization', 'بوداي', 'بلدة')).toBe('place');
    // Other organisations and other types stay.
    expect(type('organization', 'بورصة', 'في')).toBe('organization');
    expect(type('organization', 'رويترز')).toBe('organization');
    expect(type('person', 'جريدة')).toBe('person');
  });
  it('in the engine', () => {
    expect(organisationTypes('وهو متصوف مشهور في مدينة بورصة ( في تركيا ) .')).toContainEqual(['بورصة', 'place']);
  });
});
