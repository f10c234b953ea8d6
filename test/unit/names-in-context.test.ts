/**
 * Names that the words around them decide: an organisation's short name that a
 * following adjective makes another body (actors/longerBody.ts), a family name
 * that starts with و (spanRules.ts wawIsName, discovery's wawFamilyName), the
 * given name «علي» that folds onto the preposition «على» (discovery's aliName),
 * and a full name made sure by its short form (corpus/analyze.ts).
 */
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/core/corpus/corpus';

function mentions(text: string, corpus = new Corpus()): Array<[string, string]> {
  const a = corpus.setArticle('a.txt', text.endsWith('\n') ? text : text + '\n');
  return a.mentions.map((m) => [m.discovered ? 'discovered' : m.actorId, m.text]);
}

describe("an organisation's short name before a word that makes it another body", () => {
  it('«مجلس الأمن القومي» is not the UN Security Council; «مجلس الأمن» and «مجلس الأمن الدولي» are', () => {
    const national = mentions('وأكد مجلس الأمن القومي الفلسطيني في بيان أن الاحتلال يتحمل المسؤولية.');
    expect(national.map(([id]) => id)).not.toContain('unsc');
    const iran = mentions('وقال أمين مجلس الأمن القومي الإيراني إن الرد سيكون حاسما.');
    expect(iran.map(([id]) => id)).not.toContain('unsc');
    expect(mentions('وطالب مجلس الأمن بوقف فوري لإطلاق النار في غزة.')).toContainEqual(['unsc', 'مجلس الأمن']);
    expect(mentions('وطالب مجلس الأمن الدولي بوقف فوري لإطلاق النار.').map(([id]) => id)).toContain('unsc');
    // A comma ends the name: what follows is no part of it.
    expect(mentions('ودعا مجلس الأمن، الوطني منه والدولي، إلى التهدئة.').map(([id]) => id)).toContain('unsc');
  });
});

describe('an outlet named after a common noun', () => {
  it('«الجزيرة» after «شبه» is a peninsula, not the channel; the channel is read as before', () => {
    expect(mentions('وزار الرئيس شبه الجزيرة الكورية الأسبوع الماضي.').map(([id]) => id)).not.toContain('al_jazeera');
    expect(mentions('وقالت الجزيرة إن القصف استمر طوال الليل.')).toContainEqual(['al_jazeera', 'الجزيرة']);
  });
});

describe('a name after a demonstrative', () => {
  it('«ذاك الرباط», «هذه الجزيرة» are common nouns; the city and the channel are read as before', () => {
    // ANERcorp development text: «the bond» between two hearts, not the city.
    const bond = mentions('وهو يتحدث عن الحب ، ذاك الرباط القدسي بين قلبين : قلب الرجل وقلب المرأة .');
    expect(bond.map(([, t]) => t)).not.toContain('الرباط');
    const city = mentions('ووصل الوزير إلى الرباط في زيارة رسمية.');
    expect(city.map(([, t]) => t)).toContain('الرباط');
    expect(mentions('وتقع هذه الجزيرة الصغيرة قبالة الساحل.').map(([id]) => id)).not.toContain('al_jazeera');
    expect(mentions('وبهذه الجزيرة الصغيرة ميناء قديم.').map(([id]) => id)).not.toContain('al_jazeera');
    expect(mentions('وقالت الجزيرة إن القصف استمر طوال الليل.')).toContainEqual(['al_jazeera', 'الجزيرة']);
  });
});

describe('a family name that starts with و', () => {
  it('keeps its و after a verb of saying and after a given name, and the full name is one actor with its short form', () => {
    const m = mentions(['قال علي ولايتي مستشار المرشد الإيراني للشؤون الدولية إن طهران لن تتفاوض.', 'وأضاف ولايتي أن بلاده مستعدة للحوار.'].join('\n'));
    const found = m.filter(([id]) => id === 'discovered').map(([, t]) => t);
    expect(found).toEqual(['علي ولايتي', 'ولايتي']);
    expect(found).not.toContain('لايتي');
  });

  it('after a compound given name («علي أكبر ولايتي»), whose second half is a comparative elsewhere', () => {
    const m = mentions(['وقال علي أكبر ولايتي مستشار المرشد الإيراني للشؤون الدولية إن طهران لن تتفاوض.', 'وأضاف ولايتي أن المفاوضات انتهت.'].join('\n'));
    const found = m.filter(([id]) => id === 'discovered').map(([, t]) => t);
    expect(found).toEqual(['علي أكبر ولايتي', 'ولايتي']);
    // The preposition before a comparative stays what it is.
    expect(mentions('وحصل الفريق على أكبر عدد من النقاط في الدوري.').filter(([id]) => id === 'discovered')).toEqual([]);
  });

  it('leaves the conjunction between two given names («محمد وعلي») and between two places', () => {
    const m = mentions('وقال محمد وعلي إنهما غادرا المدينة، فيما زار الوفد فلسطين ولبنان.');
    expect(m.map(([, t]) => t)).not.toContain('محمد وعلي');
    expect(m.map(([, t]) => t)).toContain('لبنان');
  });
});

describe('the given name «علي», which folds onto the preposition «على»', () => {
  it('opens a name after a title, even one that goes on behind a preposition («بوزارة»)', () => {
    const m = mentions('واعتبر وزير الدولة بوزارة الخارجية علي كرتي تصريحات رايس تهديدا مبطنا لبلاده.');
    expect(m).toContainEqual(['discovered', 'علي كرتي']);
  });

  it('stays the preposition in newswire that writes «على» as «علي»', () => {
    const m = mentions('وأكد علي ضرورة احترام الاتفاق، وشدد علي أهمية الحوار بين الطرفين.');
    expect(m.filter(([id]) => id === 'discovered')).toEqual([]);
  });
});
