import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/core/corpus/corpus';

/**
 * The built-in registry beyond the current office holders: heads of state and
 * government, foreign ministers and other actors of the 2000s and 2010s, their
 * spelling variants, and forms that must not match ordinary words.
 * The sentences are written for these tests.
 */

const corpus = new Corpus();
let n = 0;
/** Mentions of one text (not discovered, not nested in a title) as [actor, text, kind]; `date` heads the text as its date line. */
function found(text: string, date?: string): Array<[string, string, string]> {
  const a = corpus.setArticle(`r${n++}.txt`, date ? `${date}\n${text}` : text);
  return a.mentions.filter((m) => !m.discovered && !m.nested).map((m) => [m.actorId, m.text, m.kind]);
}
const ids = (text: string, date?: string): string[] => found(text, date).map(([id]) => id);

describe('built-in registry: checks', () => {
  it('passes scripts/check-registry.mjs', () => {
    const out = execFileSync(process.execPath, [resolve(__dirname, '../../scripts/check-registry.mjs')], { encoding: 'utf8' });
    expect(out).toContain('registry OK');
  });
});

describe('built-in registry: actors of earlier years', () => {
  it('resolves a bare title to the holder at the article date', () => {
    expect(ids('صرح الرئيس الأمريكي للصحفيين بأن الحرب ستطول.', '2004-03-10')).toEqual(['george_w_bush']);
    expect(ids('صرح الرئيس الأمريكي للصحفيين بأن الحرب ستطول.', '1998-03-10')).toEqual(['bill_clinton']);
    expect(ids('وقال رئيس الوزراء البريطاني أمام البرلمان إن القوات باقية.', '2003-04-02')).toEqual(['tony_blair']);
    expect(ids('وصل رئيس الوزراء الإسرائيلي إلى واشنطن.', '2007-05-01')).toEqual(['olmert', 'washington']);
    expect(ids('دعا الأمين العام للأمم المتحدة إلى التهدئة.', '2005-06-01')).toEqual(['kofi_annan']);
    expect(ids('دعا الأمين العام للأمم المتحدة إلى التهدئة.', '2012-06-01')).toEqual(['ban_ki_moon']);
    expect(ids('استقبل العاهل السعودي وفدا رسميا.', '2010-01-05')).toEqual(['king_abdullah_saudi']);
  });
  it('takes a title followed by the holder of that time as one mention', () => {
    expect(found('وقالت وزيرة الخارجية الأميركية كوندوليزا رايس إن الحل قريب.', '2007-02-01')).toEqual([
      ['condoleezza_rice', 'وزيرة الخارجية الأميركية كوندوليزا رايس', 'title+name'],
    ]);
    expect(found('وأكد الرئيس الفرنسي جاك شيراك دعم بلاده للمبادرة.', '2005-09-01')).toEqual([['chirac', 'الرئيس الفرنسي جاك شيراك', 'title+name']]);
    expect(found('التقى وزير الخارجية السعودي سعود الفيصل نظيره.', '2008-01-01')).toEqual([['saud_al_faisal', 'وزير الخارجية السعودي سعود الفيصل', 'title+name']]);
  });
  it('finds the transliteration variants of a name', () => {
    expect(ids('التقى أولمرت واولمرت وأولميرت')).toEqual(['olmert', 'olmert', 'olmert']);
    expect(ids('هاجم بيل كلنتون وهيلاري كلنتون')).toEqual(['bill_clinton', 'hillary_clinton']);
    expect(ids('وصف شافيز وتشافيز')).toEqual(['chavez', 'chavez']);
    expect(ids('زار برلسكوني وبرلوسكوني')).toEqual(['berlusconi', 'berlusconi']);
  });
  it('tells the two presidents Bush apart', () => {
    expect(ids('وقال بوش إن جورج بوش الأب نصحه')).toEqual(['george_w_bush', 'george_hw_bush']);
  });
  it('knows the Lebanese and Iraqi leaders of the period', () => {
    expect(ids('اغتيل رفيق الحريري وتولى فؤاد السنيورة الحكومة في عهد إميل لحود')).toEqual(['rafik_hariri', 'siniora', 'lahoud']);
    expect(ids('استقبل جلال طالباني إياد علاوي وهوشيار زيباري')).toEqual(['talabani', 'allawi', 'zebari']);
  });
});

describe('built-in registry: forms that are also ordinary words', () => {
  it('does not read «مالية» (financial) as the capital of the Maldives', () => {
    expect(ids('قدمت الدولة مساعدات مالية للمزارعين')).toEqual([]);
  });
  it('does not read «بأول» (at the first) as Powell', () => {
    expect(ids('قام الوفد بأول زيارة له')).toEqual([]);
    expect(ids('قال كولن باول')).toEqual(['colin_powell']);
  });
  it('does not read the adjective «طالباني» (of the Taliban) as Talabani', () => {
    expect(ids('اعتقل مقاتل طالباني في الجبال')).toEqual([]);
  });
  it('does not take a longer name that ends with a known one', () => {
    expect(ids('أعلن وزير المالية يوسف بطرس غالي الموازنة')).toEqual([]);
  });
  it('keeps a city inside a club name out of the city', () => {
    expect(ids('فاز ريال مدريد على دينامو كييف')).toEqual(['real_madrid', 'dynamo_kyiv']);
  });
  it('finds a newspaper whose name is quoted after its noun', () => {
    expect(ids('ونقلت صحيفة "الشرق الأوسط" عن مصدر')).toEqual(['asharq_al_awsat']);
  });
});
