import { describe, expect, it } from 'vitest';
import { compareSentences } from '../../src/core/claims/compare';

/**
 * Retellings that swap common news words (claims/synonyms.ts): each pair tells
 * one claim, so the engine groups it and flags no disagreement. Written for
 * these tests in the wording of news headlines and rumour checks, not taken
 * from the development pairs.
 */
const RETOLD: Array<[string, string]> = [
  ['تم العثور على جثة طفل في نهر النيل', 'انتشال جثة طفل غريق من مياه النيل'],
  ['تأجيل امتحانات الثانوية العامة إلى الشهر المقبل', 'إرجاء اختبارات الثانوية العامة للشهر القادم'],
  ['اندلاع حريق ضخم في مصنع للبلاستيك شمال القاهرة', 'نيران هائلة تلتهم مصنعا للبلاستيك في شمال القاهرة'],
  ['إصابة 12 شخصا في انفجار أسطوانة غاز بمطعم في عمان', 'انفجار أسطوانة غاز داخل مطعم بعمان يوقع 12 جريحا'],
  ['الإفراج عن الصحفي المعتقل بعد ثلاثة أشهر من احتجازه', 'إطلاق سراح الصحفي بعد احتجاز دام ثلاثة أشهر'],
  ['غرق قارب يقل مهاجرين قبالة السواحل الليبية', 'مصرع مهاجرين إثر غرق مركبهم قبالة ليبيا'],
  ['المحكمة تقضي بسجن الناشط خمس سنوات', 'الحكم على الناشط بالحبس خمسة أعوام'],
  ['اختطاف طفلين في الموصل على يد مسلحين', 'مسلحون يخطفون طفلين في الموصل'],
  ['الرئيس يصدر عفوا عن مئات السجناء', 'عفو رئاسي يشمل مئات المساجين'],
];

/** Look-alikes with another place, office or charge: apart, or grouped with a disagreement. */
const OTHER: Array<[string, string]> = [
  ['حريق في مصنع للبلاستيك شمال القاهرة', 'حريق في سوق شعبي جنوب القاهرة'],
  ['تأجيل امتحانات الثانوية العامة', 'تأجيل الانتخابات البرلمانية'],
  ['غرق قارب مهاجرين قبالة ليبيا', 'غرق سفينة شحن قبالة اليونان'],
  ['المحكمة تقضي بسجن الناشط خمس سنوات', 'المحكمة تبرئ الناشط من جميع التهم'],
  ['وزير الصحة يقدم استقالته', 'وزير التعليم يقدم استقالته'],
];

describe('retellings in other news words', () => {
  it.each(RETOLD)('groups «%s» with «%s», agreeing', (a, b) => {
    const r = compareSentences(a, b);
    expect(r.sameClaim).toBe(true);
    expect(r.disagreements).toEqual([]);
  });
  it.each(OTHER)('never passes «%s» and «%s» as one claim agreeing', (a, b) => {
    const r = compareSentences(a, b);
    expect(!r.sameClaim || r.disagreements.length > 0).toBe(true);
  });
});
