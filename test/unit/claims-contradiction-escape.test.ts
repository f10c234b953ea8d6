import { describe, expect, it } from 'vitest';
import { comparePair } from '../../src/core/claims/contradiction';

/** Opposites a version holds itself after «من», and opposite predicates learned from the news-stance training pairs. */
describe('what a version escaped from', () => {
  it('«نجاة ... من الموت» against «مقتل»: the opposite counts though both name the death', () => {
    const v = comparePair('مقتل عشرة عمال في انهيار منجم بالصين', 'نجاة عشرة عمال من القتل في انهيار منجم بالصين');
    expect(v.features.antonym).toBeGreaterThan(0);
    expect(v.contradicts).toBe(true);
    // The same pair the other way round.
    expect(comparePair('نجاة عشرة عمال من القتل في انهيار منجم بالصين', 'مقتل عشرة عمال في انهيار منجم بالصين').contradicts).toBe(true);
  });

  it('«سقوط» of people (falling, killed) against their escape', () => {
    const v = comparePair('هجوم بسكين ينتج عنه سقوط شرطيين في القدس', 'نجاة شرطيين من هجوم بسكين في القدس');
    expect(v.features.antonym).toBeGreaterThan(0);
    expect(v.contradicts).toBe(true);
  });

  it('an acquittal «من تهمة» against the charge', () => {
    const v = comparePair('محكمة تبرئ رجل أعمال من تهمة غسيل الأموال', 'اتهام رجل أعمال بغسيل الأموال');
    expect(v.contradicts).toBe(true);
  });

  it('a version that names the opposite elsewhere than after «من» is not an escape', () => {
    // Both tell the killing: no opposite stands alone.
    const v = comparePair('نجاة طفل ومقتل والديه في غارة على إدلب', 'مقتل والدي طفل في غارة على إدلب');
    expect(v.features.antonym).toBe(0);
  });
});

describe('opposite predicates learned from the training pairs', () => {
  it('to warn against to welcome or support', () => {
    expect(comparePair('الاتحاد الأوروبي يحذر من خطة الحكومة الإيطالية للموازنة', 'الاتحاد الأوروبي يرحب بخطة الحكومة الإيطالية للموازنة').contradicts).toBe(true);
  });

  it('to suspend against to go on', () => {
    expect(comparePair('شركة الطيران تعلق رحلاتها إلى بيروت', 'شركة الطيران تواصل رحلاتها إلى بيروت').contradicts).toBe(true);
  });

  it('a plot foiled against a blast', () => {
    expect(comparePair('إحباط هجوم إرهابي في العاصمة التونسية', 'تفجير إرهابي في العاصمة التونسية').contradicts).toBe(true);
  });
});

describe('words of direction one way in each version', () => {
  it('a record high against a fall, with no shared word of direction', () => {
    const v = comparePair('مبيعات السيارات الكهربائية في أوروبا تسجل أعلى مستوى منذ 2015', 'انخفاض الإقبال على شراء السيارات الكهربائية في أوروبا');
    expect(v.features.antonym).toBeGreaterThan(0);
    expect(v.contradicts).toBe(true);
  });

  it('a version with words of both directions is not one way', () => {
    // «ارتفاع الدولار» and «ينزل بالذهب»: the two versions tell one movement.
    const v = comparePair('ارتفاع الدولار ينزل بأسعار الفضة', 'انخفاض أسعار الفضة مع تعافي الدولار');
    expect(v.contradicts).toBe(false);
  });
});

describe('common opposites of news wording', () => {
  it('a deal signed against a deal annulled, joining against withdrawing', () => {
    expect(comparePair('توقيع اتفاقية للتعاون الجمركي بين المغرب وموريتانيا', 'فض اتفاقية التعاون الجمركي بين المغرب وموريتانيا').contradicts).toBe(true);
    expect(comparePair('قطر تنضم إلى منظمة الدول المصدرة للغاز', 'قطر تنسحب من منظمة الدول المصدرة للغاز').contradicts).toBe(true);
  });
});

describe('«تأجيل» and contrary wording', () => {
  it('«من أجل» is no contrary wording, though «تأجيل» (read as written) stems alike', () => {
    expect(comparePair('اتفاق أمريكي تركي على تجنب الصدام في منبج', 'اتفاق بين أمريكا وتركيا من أجل تجنب الصدام في منبج').features.contrast).toBe(0);
  });
});

describe('the first against another of a series', () => {
  it('the first round against the second', () => {
    const v = comparePair('انطلاق الجولة الأولى من مفاوضات جنيف بين الطرفين', 'الجولة الثانية لمفاوضات جنيف تنطلق');
    expect(v.features.antonym).toBeGreaterThan(0);
    expect(v.contradicts).toBe(true);
  });
});

describe('more words of direction', () => {
  it('a movement named first moves the thing after it, past a preposition, a word of price or of degree', () => {
    const v = comparePair('النفط يصعد مع تراجع المخزونات', 'انخفاض حاد في أسعار النفط مع وفرة المخزونات');
    expect(v.features.antonym).toBeGreaterThan(0);
    expect(v.contradicts).toBe(true);
    // Not a thing with a movement of its own right after it: «وتركيا ترتفع» is its own clause.
    expect(comparePair('الليرة التركية ترتفع وسوق الأسهم تهبط', 'سوق الأسهم تهبط والليرة التركية ترتفع').features.antonym).toBe(0);
  });

  it('a price that soars against one that slumps («يحلق» / «يتدنى»)', () => {
    const v = comparePair('سعر البيتكوين يحلق في تعاملات الأسبوع', 'سعر البيتكوين يتدنى في تعاملات الأسبوع');
    expect(v.features.antonym).toBeGreaterThan(0);
    expect(v.contradicts).toBe(true);
  });
  it('an opposite a version holds only as what its own word governs: absent from attending, resolving a dispute', () => {
    expect(comparePair('ترامب و زوجته من بين حضور حفل افتتاح السفارة الأمريكية في القدس', 'ترامب و زوجته يغيبان عن حضور حفل افتتاح السفارة الأمريكية في القدس').contradicts).toBe(true);
    expect(comparePair('اتفاق بين بومبيو وأوغلو على التعاون المثمر لحل الخلافات الحالية', 'خلاف بين بومبيو وأوغلو').contradicts).toBe(true);
    // Governed through a preposition it is no escape: «تربح بهبوط» gains by the fall.
    expect(comparePair('انحسار أزمة إيطاليا يهبط بأسعار الذهب', 'إيطاليا تربح بهبوط أسعار الذهب').features.antonym).toBe(0);
  });
  it('«اثنين» (two) is no word of praise («أثنى» stems alike)', () => {
    expect(comparePair('القبض على اثنين متهمين بتجارة الأعضاء البشرية في مصر', 'اتهام أشخاص في مصر بالتجارة بالأعضاء البشرية').features.antonym).toBe(0);
  });
  it('an opposite a version holds only after «بعد» is what came before: a release after prison against a prison term', () => {
    const v = comparePair('الإفراج عن الناشط الحقوقي بعد الحبس', 'تجديد حبس الناشط الحقوقي');
    expect(v.features.antonym).toBe(1);
    expect(v.contradicts).toBe(true);
    // Either version first.
    expect(comparePair('تجديد حبس الناشط الحقوقي', 'الإفراج عن الناشط الحقوقي بعد الحبس').contradicts).toBe(true);
    // Both released: the same claim, whatever came before.
    expect(comparePair('الإفراج عن الناشط الحقوقي بعد الحبس', 'إطلاق سراح الناشط الحقوقي').features.antonym).toBe(0);
  });
  it('a word of contrary wording the other version tells after «بعد» by a synonym is its background too', () => {
    // «توقف» and «إيقاف» are one class: «بعد إيقاف» is background, so «توقف» in the other version is its claim.
    const v = comparePair('توقف الرحلات الجوية بين البلدين', 'الرحلات الجوية بين البلدين تعود بعد إيقاف');
    expect(v.contradicts).toBe(true);
  });
});
