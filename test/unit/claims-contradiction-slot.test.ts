import { describe, expect, it } from 'vitest';
import { comparePair } from '../../src/core/claims/contradiction';
import { slotFrame, slotSwap } from '../../src/core/claims/slotSwap';
import { normalize } from '../../src/core/text/normalize';

const words = (t: string) => slotFrame(normalize(t).match(/[\u0621-\u064a]+/g) ?? []);

/** Another word in the same slot of one frame (slotSwap.ts), on news-like headlines. */
describe('another word in the same slot', () => {
  it('the same frame with another object is a contradiction', () => {
    const v = comparePair('الحكومة تقرر تزويد المستشفيات بالأدوية', 'الحكومة تقرر تزويد المستشفيات بالسلاح');
    expect(v.features.slot).toBe(1);
    expect(v.contradicts).toBe(true);
    expect(v.detail).toBe('بالادويه | بالسلاح');
    const w = comparePair('مهرجان القاهرة يمنح جائزته الكبرى لفيلم وثائقي', 'مهرجان القاهرة يمنح جائزته الكبرى لفيلم كوميدي');
    expect(w.contradicts).toBe(true);
  });

  it('words moved around the frame are a retelling, not a swap', () => {
    expect(slotSwap(words('أعداد المهاجرين الراغبين في العودة تتضاعف'), words('تتضاعف أعداد المهاجرين الطامحين في العودة'))).toBeUndefined();
    expect(comparePair('الليرة التركية تواصل السقوط', 'تواصل انخفاض الليرة التركية').features.slot).toBe(0);
  });

  it('the predicate turned into its noun, another subject after it: a swap', () => {
    // «X تخسر ...» / «خسارة Y ...»: the verb moves behind the subject as its noun; the subject is the slot.
    const v = comparePair('شاكيرا تخسر معركة قضائية ضد شركة إنتاج في مدريد', 'خسارة بيونسيه لمعركتها القضائية ضد شركة إنتاج في مدريد');
    expect(v.features.slot).toBe(1);
    expect(v.contradicts).toBe(true);
    expect(v.detail).toBe('شاكيرا | بيونسيه');
  });

  it('a participle for the present verb keeps the frame', () => {
    const v = comparePair('مستثمر أوروبي مدمن على شراء أسهم جوجل', 'مستثمر أوروبي يدمن شراء سيارات فيراري');
    expect(v.features.slot).toBe(1);
    expect(v.detail).toBe('اسهم جوجل | سيارات فيراري');
  });

  it('a word moved with a verb or a modifier beside it is a rewording, not a swap', () => {
    expect(comparePair('الليرة التركية تواصل خسائرها أمام الدولار', 'الليرة التركية تخسر الكثير أمام الدولار').features.slot).toBe(0);
    expect(comparePair('بريطانيا تطالب بسلطات أوسع للمحققين في الهجمات الكيمياوية', 'بريطانيا تطالب بزيادة سلطات المحققين في الهجمات الكيمياوية').features.slot).toBe(0);
    expect(comparePair('الجذور التاريخية لموالد الأولياء والقديسين في مصر', 'تاريخ و أصل موالد الأولياء و القديسين في مصر').features.slot).toBe(0);
  });

  it('a verb swapped for another, a misspelling, words of one direction: no swap', () => {
    // Paraphrases reword the predicate: «يتلقى العلاج» / «يخضع للعلاج».
    expect(comparePair('وزير المالية يتلقى العلاج في مستشفى خاص', 'وزير المالية يخضع العلاج في مستشفى خاص').features.slot).toBe(0);
    expect(slotSwap(words('محكمة الاستئناف تنظر دعوى الشركة'), words('محمكة الاستئناف تنظر دعوى الشركة'))).toBeUndefined();
    expect(comparePair('عملات الأسواق الناشئة تهبط لأدنى مستوى', 'عملات الأسواق الناشئة تهبط لأقل مستوى').features.slot).toBe(0);
  });

  it('a word of number is another number in the slot, unless a figure stands beside it', () => {
    expect(comparePair('مظاهرة تجمع آلاف المحتجين أمام البرلمان الأردني', 'مظاهرة تجمع عشرات المحتجين أمام البرلمان الأردني').features.slot).toBe(1);
    // «1.5 مليار» is «1,500 مليون»: the figures are compared as numbers.
    expect(comparePair('خصص البنك الدولي 1.5 مليار دولار لإعادة الإعمار', 'خصص البنك الدولي ١٬٥٠٠ مليون دولار لإعادة الإعمار').features.slot).toBe(0);
  });

  it('a «و» typed apart from its word links the two words of a slot as the glued one does', () => {
    const v = comparePair('برات آلبيراق صهر أردوغان وزيراً للمالية و الخزانة', 'برات آلبيراق صهر أردوغان وزيراً للبيئة');
    expect(v.features.slot).toBe(1);
    expect(v.detail).toBe('للماليه الخزانه | للبيئه');
  });

  it('another unit of time is another slot; «عام» and «سنة» are one unit, «يوم الأربعاء» a date', () => {
    const v = comparePair('أكبر خسارة للشركات الأمريكية في يوم واحد', 'أكبر خسارة للشركات الأمريكية في عام واحد');
    expect(v.features.slot).toBe(1);
    expect(v.detail).toBe('يوم | عام');
    expect(comparePair('البنك المركزي يرفع الفائدة للمرة الثانية خلال عام', 'البنك المركزي يرفع الفائدة للمرة الثانية خلال سنة').features.slot).toBe(0);
    expect(comparePair('الأسلحة الكيمياوية يتم تفتيشها الأربعاء دائما', 'الأسلحة النووية يتم تفتيشها دائما يوم الأربعاء').detail).toBe('الكيمياويه | النوويه');
  });

  it('a word of two letters fills a slot as a longer one does', () => {
    const v = comparePair('الشرطة تضبط صيادا قتل ظبيا نادرا في المحمية', 'الشرطة تضبط صيادا قتل قط نادرا في المحمية');
    expect(v.features.slot).toBe(1);
    expect(v.detail).toBe('ظبيا | قط');
    expect(comparePair('أوروبا توقف واردات البن من عشرين مصنعا برازيليا', 'أوروبا توقف واردات اللحوم من عشرين مصنعا برازيليا').features.slot).toBe(1);
    // A name's «بن» dropped is no slot: nothing stands in its place.
    expect(comparePair('ولي العهد محمد بن سلمان يزور القاهرة الأسبوع المقبل', 'ولي العهد محمد سلمان يزور القاهرة الأسبوع المقبل').features.slot).toBe(0);
  });

  it('two places changed is not one slot', () => {
    expect(slotSwap(words('الحكومة تقرر تزويد المستشفيات بالأدوية'), words('الوزارة تقرر تزويد المدارس بالأدوية'))).toBeUndefined();
  });
});

/** A slot of two words against one or two (slotSwap.ts MAX_SPAN), on news-stance training headlines. */
describe('a slot of a name or a noun with its adjective', () => {
  it('another charge, another period, another era: a contradiction', () => {
    const v = comparePair('اعتذار للنجم مورغان فريمان بعد اتهامه بالتحرش الجنسي', 'اعتذار للنجم مورغان فريمان بعد اتهامه بالسرقة');
    expect(v.features.slot).toBe(1);
    expect(v.contradicts).toBe(true);
    // Named by the charge swapped for another of its kind (contradictionLexicon.ts SLOT_KINDS), an actor's place.
    expect(v.detail).toBe('بالتحرش | بالسرقه');
    expect(comparePair('الممثلة كلير فوي تكشف عن صراعها مع القلق النفسي منذ طفولتها', 'الممثلة كلير فوي تكشف عن صراعها مع السرطان منذ طفولتها').contradicts).toBe(true);
    expect(comparePair('بدء عصر السيارات الكهربائية', 'بدء عصر الطائرات المسيرة').features.slot).toBe(1);
  });

  it('two words apart, or a negation reworded, are not one slot', () => {
    // «كبير على لجان»: an adjective and another noun, not one thing.
    expect(slotSwap(words('إقبال كثيف على التصويت في اليوم الأول لانتخابات الرئاسة'), words('إقبال كبير على لجان التصويت في اليوم الأول لانتخابات الرئاسة'))).toBeUndefined();
    expect(comparePair('تونس تقول إنه ليس لديها خطط لإعادة مشتبه به إلى ألمانيا', 'تونس تنفي وجود خطط لإعادة مشتبه به إلى ألمانيا').features.slot).toBe(0);
  });

  it('three words against one is no slot', () => {
    expect(slotSwap(words('وزير الخارجية يزور العاصمة الفرنسية باريس غدا'), words('وزير الخارجية يزور برلين غدا'))).toBeUndefined();
  });

  it('three words against two at the end of the sentence, after a frame of three words, are a slot', () => {
    const v = comparePair('نقل المغني الشهير إلى المستشفى إثر جرعة مخدرات زائدة', 'نقل المغني الشهير إلى المستشفى إثر حادث سير');
    expect(v.features.slot).toBe(1);
    expect(v.contradicts).toBe(true);
    // Not at the start: a list of three countries against «ثلاث دول خليجية» is the same three.
    expect(slotSwap(words('السعودية والإمارات والكويت تدعم الأردن بمليار دولار'), words('ثلاث دول خليجية تدعم الأردن بمليار دولار'))).toBeUndefined();
  });
});

/** Headline signals between versions that share a fifth of their words (HEADLINE_OVERLAP). */
describe('headlines that share little', () => {
  it('«دون» against a version that tells the casualties, a fifth of the words shared', () => {
    const v = comparePair('مسيرات في الخرطوم دون وقوع إصابات', 'مستشفيات العاصمة تستقبل 12 مصابا من مسيرات الخرطوم الليلية');
    expect(v.features.overlap).toBeGreaterThanOrEqual(0.2);
    expect(v.features.overlap).toBeLessThan(0.3);
    expect(v.features.contrast).toBe(1);
    expect(v.contradicts).toBe(true);
  });

  it('two headlines that share almost nothing are not checked for headline signals', () => {
    const v = comparePair('مسيرات في الخرطوم دون وقوع إصابات', 'وزير الداخلية يزور مستشفى العاصمة ويتفقد المصابين');
    expect(v.features.contrast).toBe(0);
  });
});
