import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { setTaggerEnabled } from '../../src/core/actors/tagger';
import { testCorpus } from './helpers';

// These tests hold discovery's rules without the learned name tagger (its names are tested in ner-*.test.ts).
beforeAll(() => setTaggerEnabled(false));
afterAll(() => setTaggerEnabled(true));

/**
 * Discovery of unknown names (src/core/actors/discovery.ts): what is a name after
 * a title or a verb of saying, and what is not. The sentences are written for these
 * tests; none of the people exist in the test registry.
 */

/** The discovered names of one text, as written the first time. */
function discovered(text: string): string[] {
  const c = testCorpus();
  c.setArticle('a.txt', text);
  return c.discoveredActors().map((a) => a.name);
}

describe('discovery: names it takes', () => {
  it('takes a name after a title that names a ministry with coordinated portfolios', () => {
    expect(discovered('وقال وزير الزراعة والثروة السمكية سالم الحارثي إن المحصول وفير.')).toEqual(['سالم الحارثي']);
  });
  it('takes a family name with the article when the name starts with a given name', () => {
    expect(discovered('وأكد حاتم الزعبي، رئيس بلدية المدينة، أن العمل مستمر. وقال وزير الصحة نادر الكبيسي إن المستشفى جاهز.')).toEqual(['نادر الكبيسي']);
  });
  it('takes a long Gulf name with «بن» and «آل»', () => {
    expect(discovered('وحضر سعادة الشيخ فهد بن ناصر آل عمران حفل الافتتاح.')).toEqual(['فهد بن ناصر آل عمران']);
  });
  it('takes a name after an honorific only when it starts with a given name', () => {
    expect(discovered('وحضر معالي خالد سليم الرواس الحفل.')).toEqual(['خالد سليم الرواس']);
    expect(discovered('وكان صاحب السمو الملكي في مقدمة المستقبلين.')).toEqual([]);
  });
  it('skips the one-word name of an institution inside a title', () => {
    expect(discovered('وقال رئيس شركة زينكو جون ماركهام إن الأرباح زادت.')).toEqual(['جون ماركهام']);
  });
});

describe('discovery: words it does not take for names', () => {
  it('stops a name before the verb or noun that follows it', () => {
    expect(discovered('وأجرى وزير الخارجية الكندي بيتر لانغ محادثات مع نظيره.')).toEqual(['بيتر لانغ']);
    expect(discovered('وعقد وزير الدفاع مارك هيلر مؤتمرا صحافيا أمس.')).toEqual(['مارك هيلر']);
  });
  it('does not run a name into the next one joined by «و»', () => {
    expect(discovered('والتقى وزير الداخلية كارل فينتر والسفير روبرت دانس.')).toEqual(['كارل فينتر']);
  });
  it('does not take the rest of a title or a spokesman phrase for a name', () => {
    expect(discovered('وقال ناطق باسم الحركة إن المفاوضات متوقفة.')).toEqual([]);
    expect(discovered('وأشار النائب الأول لرئيس مجلس الوزراء إلى الاتفاق.')).toEqual([]);
    expect(discovered('وتلقى النائب الأول اتصالا هاتفيا من نظيره.')).toEqual([]);
  });
  it('does not take a phrase with tanween or a preposition for a name', () => {
    expect(discovered('وكانت مبادرة الملك والشعب رفضاً قاطعاً للاحتلال.')).toEqual([]);
    expect(discovered('وكتب وزير التموين لاستيراد دقيق من الخارج.')).toEqual([]);
  });
  it('does not open a name on a pronoun suffix written apart (text with split clitics, NewsFANE)', () => {
    // The tagger finds «عبد الرحمن ديناري» (off here); discovery must not take «ها» into it.
    expect(discovered('و اعتبر المتحدث باسم ها عبد الرحمن ديناري ان هذه المحاولة فاشلة')).toEqual([]);
    expect(discovered('و ابدى نائب وزير خارجية ها استعداد ها لحوار مع الدول المجاورة')).toEqual([]);
  });
  it('does not keep half a name that runs into a known one', () => {
    // «أحمد بن» before «دونالد ترامب» is not a name of its own.
    expect(discovered('وقال الشيخ أحمد بن دونالد ترامب إن')).toEqual([]);
  });
});
