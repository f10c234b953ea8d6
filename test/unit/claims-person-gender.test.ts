import { describe, expect, it } from 'vitest';
import { genderDiffers } from '../../src/core/claims/personGender';
import { Corpus } from '../../src/core/corpus/corpus';
import { buildReport } from '../../src/core/report/report';

/**
 * A person noun masculine in one version and feminine in the other is two people
 * (src/core/claims/personGender.ts), on headlines of the Arabic News Stance pairs (Khouja 2020).
 */
describe('two people of one template', () => {
  it('a named activist and an unnamed woman activist; best actor and best actress', () => {
    expect(genderDiffers('حبس الناشط السياسي المصري حازم عبدالعظيم احتياطيا بتهمة نشر أخبار كاذبة', 'الحكم على ناشطة مصرية بالسجن لسنتين لنشر أخبار كاذبة')).toBe(true);
    expect(genderDiffers('رجل يعتقل بتهمة سرقة جائزة أوسكار أفضل ممثل', 'رجل يعتقل بتهمة سرقة جائزة أوسكار أفضل ممثلة من فرانسيس مكدورماند')).toBe(true);
  });
  it('not one gender told twice, a plural of the same gender, nor an adjective agreeing with another noun', () => {
    expect(genderDiffers('مسؤول ياباني متهم بالتحرش بصحفية تعمل في محطة تلفزيونية', 'محطة تلفزيون تتهم مسؤولا يابانيا كبيرا بالتحرش بإحدى صحفياتها')).toBe(false);
    expect(genderDiffers('الرئيس التركي يلتقي نظيره الروسي', 'الدولار يهبط أمام العملات الرئيسية')).toBe(false);
    expect(genderDiffers('مصر: القبض على الناشط السياسي هيثم محمدين', 'قامت الشرطة المصرية بالقبض على الناشط هيثم محمدين')).toBe(false);
  });
  it('a final «ه» as written is a pronoun, not the feminine: his minister is not a woman minister', () => {
    expect(genderDiffers('الرئيس يقيل وزيره للمالية بعد الأزمة', 'الرئيس يقيل الوزير المسؤول عن المالية بعد الأزمة')).toBe(false);
    expect(genderDiffers('الرئيس يقيل الوزير المسؤول عن المالية', 'الرئيس يقيل الوزيرة المسؤولة عن المالية')).toBe(true);
  });
  it('the woman activist leaves the group of the named man', () => {
    const corpus = new Corpus();
    const texts = ['حبس الناشط السياسي المصري حازم عبدالعظيم احتياطيا بتهمة نشر أخبار كاذبة', 'مصر: حبس الناشط السياسي المصري حازم عبدالعظيم احتياطيا لقيامه بنشر أخبار كاذبة', 'الحكم على ناشطة مصرية بالسجن لسنتين لنشر أخبار كاذبة'];
    texts.forEach((t, i) => corpus.setArticle(`a${i}.txt`, t + '\n'));
    const claims = buildReport(corpus).claims;
    expect(claims.some((c) => c.sentences.some((s) => s.file === 'a2.txt'))).toBe(false);
    expect(claims.some((c) => new Set(c.sentences.map((s) => s.file)).size === 2)).toBe(true);
  });
});
