import { describe, expect, it } from 'vitest';
import { procliticReadings } from '../../src/core/actors/phrases';
import { Corpus } from '../../src/core/corpus/corpus';
import { mentionsOf, testCorpus } from './helpers';

describe('proclitics', () => {
  it('reads و ف ب ك ل and ل+ال written لل', () => {
    const r = procliticReadings('وللبيت').map(([s]) => s);
    expect(r).toContain('للبيت');
    expect(r).toContain('البيت');
  });
});

describe('actor mentions', () => {
  it('finds names with proclitics and leaves the proclitic out of the highlight', () => {
    expect(mentionsOf('التقى وترامب لإيران وبطهران')).toEqual([
      ['trump', 'ترامب'],
      ['iran', 'إيران'],
      ['tehran', 'طهران'],
    ]);
  });
  it('matches at word boundaries only', () => {
    expect(mentionsOf('مصرف مصرفي مصريون')).toEqual([]);
    expect(mentionsOf('الإيراني الأمريكي')).toEqual([]);
  });
  it('matches spelling variants: hamza forms, diacritics, tatweel', () => {
    expect(mentionsOf('اعلن ترمب و ايران و طهـــران و إيرَان')).toEqual([
      ['trump', 'ترمب'],
      ['iran', 'ايران'],
      ['tehran', 'طهـــران'],
      ['iran', 'إيرَان'],
    ]);
  });
  it('takes a title directly followed by its holder as one mention, across a comma and ranks', () => {
    expect(mentionsOf('وقال وزير الخارجية الإيراني عباس عراقجي إن')).toEqual([['araghchi', 'وزير الخارجية الإيراني عباس عراقجي']]);
    expect(mentionsOf('أجرى الرئيس المصري، عبد الفتاح السيسي اتصالا')).toEqual([['sisi', 'الرئيس المصري، عبد الفتاح السيسي']]);
    expect(mentionsOf('قال المرشد الأعلى علي خامنئي')).toEqual([['khamenei', 'المرشد الأعلى علي خامنئي']]);
  });
  it('resolves a bare title to its holder at the article date', () => {
    const c = testCorpus();
    const old = c.setArticle('old.txt', '2023-05-01\nقال الرئيس الأمريكي إن').mentions;
    expect(old.map((m) => m.actorId)).toEqual(['biden']);
    const now = c.setArticle('new.txt', '2026-02-02\nقال الرئيس الأمريكي إن').mentions;
    expect(now.map((m) => m.actorId)).toEqual(['trump']);
  });
  it('merges a title with a former holder, and never gives a bare «former» title to the holder in office', () => {
    const c = testCorpus();
    const a = c.setArticle('a.txt', '2026-02-02\nقال الرئيس الأمريكي السابق جو بايدن إن. وانتقد الرئيس الأمريكي السابق القرار.');
    expect(a.mentions.map((m) => [m.actorId, m.text])).toEqual([['biden', 'الرئيس الأمريكي السابق جو بايدن']]);
  });
  it('lets the longest title win («نائب الرئيس الأمريكي» is not «الرئيس الأمريكي»)', () => {
    expect(mentionsOf('وصل نائب الرئيس الأمريكي جيه دي فانس')).toEqual([['vance', 'نائب الرئيس الأمريكي جيه دي فانس']]);
  });
  it('keeps a name inside someone else\'s title as a nested mention', () => {
    const ms = testCorpus().setArticle('a.txt', 'التقى رئيس مصر اليوم').mentions;
    expect(ms.map((m) => [m.actorId, m.text, !!m.nested])).toEqual([
      ['sisi', 'رئيس مصر', false],
      ['egypt', 'مصر', true],
    ]);
  });
  it('does not merge a title with a name behind a quote', () => {
    expect(mentionsOf('الرئيس الأمريكي "دونالد ترامب"').map(([id]) => id)).toEqual(['trump', 'trump']);
  });
  it('takes the closing quote of an alias that has quotes', () => {
    expect(mentionsOf('كتب على منصة “إكس” أن')).toEqual([['x_platform', 'منصة “إكس”']]);
    expect(mentionsOf('ونقلت "رويترز" عن')).toEqual([['reuters', 'رويترز']]);
  });
  it('leaves a family name the registry knows to the name tagger after another given name', () => {
    // «إيفانكا» is no given name of the registry's Trump: another person of the family, read whole by the tagger.
    const ms = testCorpus().setArticle('a.txt', 'وقالت سوزان ترامب في مقابلة مع الصحيفة إن الحملة بدأت مبكرا').mentions;
    expect(ms.filter((m) => m.actorId === 'trump')).toEqual([]);
    expect(ms.filter((m) => m.text.includes('ترامب')).map((m) => m.text)).toEqual(['سوزان ترامب']);
    // «عبد الرحمن» is a compound given name written as two words.
    expect(mentionsOf('وقال المتحدث عبد الرحمن ترامب إن المؤتمر سيعقد غدا').filter(([id]) => id === 'trump')).toEqual([]);
    // The person's own given name, a verb of saying or a title before the family name keep the registry's reading.
    expect(mentionsOf('وقال دونالد ترمب إن').map(([id]) => id)).toEqual(['trump']);
    expect(mentionsOf('وأكد ترامب أن بلاده لن تتراجع').map(([id]) => id)).toEqual(['trump']);
  });
  it('reads a body «التابع» to another as two mentions: the body and the one it belongs to', () => {
    const builtin = new Corpus();
    expect(mentionsOf('وقال إن أي اتفاق بشأن تطبيق قرار لمجلس الأمن التابع للأمم المتحدة ينبغي أن يأخذ تحفظاته بعين الاعتبار', builtin)).toEqual([
      ['unsc', 'مجلس الأمن'],
      ['un', 'للأمم المتحدة'],
    ]);
    // The commander's title names its holder; the corps in it is nested, and the guard after «التابع» a mention of its own.
    expect(mentionsOf('وقال قائد فيلق القدس التابع للحرس الثوري إن', builtin).map(([id]) => id)).toEqual(['qaani', 'quds_force', 'irgc']);
  });
  it('gives positions in UTF-16 columns on the right line, with CRLF', () => {
    const a = testCorpus().setArticle('a.txt', 'سطر أول\r\nقال ترامب 😀 وإيران');
    expect(a.mentions.map((m) => [m.line, m.character, m.endCharacter])).toEqual([
      [1, 4, 9],
      [1, 14, 19],
    ]);
  });
});

describe('discovery', () => {
  it('proposes an unknown name introduced by a title, and finds it again by its last word', () => {
    const c = testCorpus();
    const a = c.setArticle('a.txt', 'وقال المتحدث باسم البيت الأبيض أليكس فايفر إن الموقف لم يتغير. وأضاف فايفر أن واشنطن تراقب.');
    // People only: the name tagger also finds «البيت الأبيض» and «واشنطن», which the test registry lacks.
    const found = a.mentions.filter((m) => m.discovered && c.getActor(m.actorId)?.type === 'person');
    expect(found.map((m) => m.text)).toEqual(['أليكس فايفر', 'فايفر']);
    const actor = c.getActor(found[0].actorId)!;
    expect(actor.source).toBe('discovered');
    expect(c.discoveredActors().filter((x) => x.type === 'person').map((x) => x.name)).toEqual(['أليكس فايفر']);
  });
  it('does not take sources or common nouns for names', () => {
    const c = testCorpus();
    const a = c.setArticle('a.txt', 'وقال مسؤولون إيرانيون كبار إن المحادثات مستمرة. وقال المتحدث باسم الوزارة إن.');
    expect(a.mentions.filter((m) => m.discovered)).toEqual([]);
  });
});
