import { describe, expect, it } from 'vitest';
import { comparePair } from '../../src/core/claims/contradiction';
import { directionOf } from '../../src/core/claims/direction';
import { escapedFrom, lexiconStem } from '../../src/core/claims/contradictionWords';
import { normalize } from '../../src/core/text/normalize';

/** Opposite acts of news wording (contradictionLexicon.ts), on news-stance training headlines. */
describe('opposite acts', () => {
  it('an official kept in office against one replaced or dismissed', () => {
    const v = comparePair('بقاء رئيس الأركان السوداني فى منصبه', 'السودان: استبدال رئيس الأركان ضمن تغييرات في قيادات الجيش');
    expect(v.features.antonym).toBeGreaterThan(0);
    expect(v.contradicts).toBe(true);
    expect(comparePair('استمرار رئيس جهاز الأمن الوطني الجزائري في منصبه', 'الرئيس الجزائري يقيل رئيس جهاز الأمن الوطني').contradicts).toBe(true);
  });

  it('an arrest against a release', () => {
    const v = comparePair('السلطات الإيرانية تلقي القبض على مسؤول لترخيصه لحفل راقص', 'السلطات الإيرانية تخلي سبيل المسؤول عن ترخيص الحفل الراقص');
    expect(v.contradicts).toBe(true);
    expect(v.kind).toBe('contradiction');
  });

  it('the same act told twice is no opposite', () => {
    expect(comparePair('الرئيس الجزائري يقيل رئيس جهاز الأمن الوطني', 'إقالة رئيس جهاز الأمن الوطني الجزائري').features.antonym).toBe(0);
  });

  it('a word of two letters with an opposite counts whichever version comes first', () => {
    // «فض» is too short for a content word, but it is the predicate.
    const a = 'فض اتفاق الشراكة بين الشركتين الإماراتية والنمساوية';
    const b = 'توقيع اتفاق الشراكة بين الشركتين الإماراتية والنمساوية';
    expect(comparePair(b, a).features.antonym).toBeGreaterThan(0);
    expect(comparePair(a, b).features.antonym).toBeGreaterThan(0);
    expect(comparePair(a, b).contradicts).toBe(true);
  });

  it('a stop word with an opposite counts too, whichever version comes first', () => {
    // «حذرت» is a verb of saying (a stop word), and here the predicate.
    const warned = 'حذرت الأمم المتحدة من تصاعد القتال جنوب غربي سوريا';
    const supports = 'الأمم المتحدة تدعم تصاعد الاشتباكات جنوب غربي سوريا';
    expect(comparePair(warned, supports).detail).toBe('حذرت | تدعم');
    expect(comparePair(supports, warned).detail).toBe('تدعم | حذرت');
  });

  it('the top against the bottom, the largest against the smallest', () => {
    expect(comparePair('أغلى 10 مدن للوافدين في العالم .. آسيا في الصدارة', 'آسيا في مؤخرة أغلى 10 مدن للوافدين في العالم').contradicts).toBe(true);
    expect(comparePair('قناة السويس تحقق أكبر عائدات في تاريخها', 'تحقيق قناة السويس لأقل عائدات لها في التاريخ').features.antonym).toBeGreaterThan(0);
  });

  it('a sale against a rent, an apology against insistence, an expulsion against work that goes on', () => {
    expect(comparePair('الممثلة تبيع منزلها عبر موقع للعقارات', 'الممثلة تؤجر منزلها عبر موقع للعقارات').features.antonym).toBeGreaterThan(0);
    expect(comparePair('فرنسا تعتذر للمعارض عن ترحيله', 'فرنسا تصر على ترحيل المعارض').contradicts).toBe(true);
    expect(comparePair('الكويت تطرد السفير الفلبيني', 'السفير الفلبيني في الكويت يواصل عمله').features.antonym).toBeGreaterThan(0);
    expect(comparePair('الشرطة تعتقل فتاة نشرت مقاطع راقصة', 'الشرطة تفرج عن الفتاة صاحبة المقاطع الراقصة').contradicts).toBe(true);
  });

  it('fighting flared against a truce, a market open against a ban, a death against a killing', () => {
    expect(comparePair('القاهرة تشعل الأوضاع بين الفصائل', 'القاهرة تعلن هدنة بين الفصائل').contradicts).toBe(true);
    expect(comparePair('الرئيس يريد حظر السيارات الألمانية', 'الرئيس: الأسواق مفتوحة أمام السيارات الألمانية').features.antonym).toBeGreaterThan(0);
    expect(comparePair('وفاة المخرج التشيكي ميلوش فورمان', 'مقتل المخرج التشيكي ميلوش فورمان').contradicts).toBe(true);
    expect(comparePair('مسلحو المعارضة يغادرون ثلاث بلدات', 'تقدم مسلحي المعارضة في ثلاث بلدات').contradicts).toBe(true);
  });

  it('ties cut against ties restored, absence against presence, a freeze against a rule in force', () => {
    expect(comparePair('عودة العلاقات الدبلوماسية بين تونس وإيران', 'تونس تقطع علاقاتها الدبلوماسية مع إيران').contradicts).toBe(true);
    expect(comparePair('الرئيس وزوجته يغيبان عن حفل افتتاح المتحف', 'الرئيس وزوجته في مقدمة حضور حفل افتتاح المتحف').features.antonym).toBeGreaterThan(0);
    expect(comparePair('الحكومة تجمد قرار رفع أسعار الخبز', 'سريان قرار رفع أسعار الخبز').contradicts).toBe(true);
  });

  it('a call against a warning, a price steady against a price moving', () => {
    expect(comparePair('ألمانيا تدعو إيطاليا إلى الانضمام للاتفاق', 'ألمانيا تحذر إيطاليا من الانضمام للاتفاق').contradicts).toBe(true);
    expect(comparePair('الذهب يستقر قبيل اجتماع الفيدرالي', 'الذهب يرتفع قبيل اجتماع الفيدرالي').contradicts).toBe(true);
  });

  it('reserves rising against reserves running out', () => {
    expect(comparePair('احتياطي الغاز الطبيعي في الجزائر يرتفع', 'احتياطي الغاز الطبيعي في الجزائر ينفد قريبا').features.antonym).toBeGreaterThan(0);
  });

  it('a market that holds steady against one that moves', () => {
    expect(comparePair('الذهب مستقر..  برغم تجدد التوترات التجارية', 'الذهب يهبط في ظل توترات تجارية عالمية').contradicts).toBe(true);
    expect(comparePair('أسعار النفط تستقر قرب أعلى مستوياتها بسبب التوتر في سوريا', 'التوتر في سوريا يهوي بأسعار النفط').contradicts).toBe(true);
    expect(comparePair('الذهب مستقر مع مخاوف بشأن الحماية الأميركية', 'مخاوف الحماية الأميركية تهوي بالذهب').kind).toBe('contradiction');
  });

  it('a trial against an acquittal, also after «و»', () => {
    expect(comparePair('براءة هشام جنينة من التهم المنسوبة له', 'مصر: إحالة هشام جنينة رئيس الجهاز المركزي للمحاسبات السابق للمحاكمة العسكرية').features.antonym).toBeGreaterThan(0);
    const v = comparePair('براءة عصام الزامل فى السعودية', 'عصام الزامل: حائز على عدة جوائز ويحاكم في السعودية');
    expect(v.contradicts).toBe(true);
    expect(v.detail).toBe('براءه | ويحاكم');
  });

  it('resigning against being dismissed, not a resignation told twice', () => {
    expect(comparePair('استقالة السياسي المصري خالد علي من حزبه إثر اتهامه بالتحرش الجنسي', 'إقالة السياسي المصري خالد علي من حزبه إثر اتهامه بالتحرش').contradicts).toBe(true);
    expect(comparePair('استقالة رئيس الوزراء الأردنى بعد الاحتجاجات الكبيرة', 'رئيس الوزراء الأردني يستقيل عقب احتجاجات واسعة').contradicts).toBe(false);
    // «يقيل» stems as «قيل» (it was said): a report that something was said is no dismissal.
    expect(comparePair('أعلنت الحكومة استقالة وزير المالية بعد أزمة الموازنة', 'قيل إن وزير المالية باق في منصبه بعد أزمة الموازنة').contradicts).toBe(false);
  });

  it('shares that pass a level against shares that fall', () => {
    expect(comparePair('أسهم المملكة تتخطى آخر مستوى لها منذ ٣٢ شهرا', 'أسهم المملكة تهوي خلال ٣٢ شهرا').contradicts).toBe(true);
  });
  it('a crisis solved against one that goes on, not a solution told twice', () => {
    expect(comparePair('حل أزمة عشيرة الغفران مع قطر', 'عشيرة الغفران تشكو قطر إلى مجلس حقوق الإنسان').contradicts).toBe(true);
    expect(comparePair('سد النهضة الإثيوبي قد يشعل أول حرب على المياه في العالم', 'حل أزمة مياه سد النهضة').features.antonym).toBeGreaterThan(0);
    // The complaint told with the solution it led to is no opposite of the solution.
    expect(comparePair('حل أزمة عشيرة الغفران مع قطر بعد شكوى إلى مجلس حقوق الإنسان', 'حل أزمة عشيرة الغفران مع قطر').features.antonym).toBe(0);
  });
  it('before against after, a passing against a killing, a market opened against one barred', () => {
    expect(comparePair('طائرات للخطوط الإيرانية بعد العقوبات', 'خمس طائرات للخطوط الإيرانية قبيل العقوبات').contradicts).toBe(true);
    expect(comparePair('ريم بنا: رحيل فنانة فلسطينية جابت أغانيها الأرض', 'مقتل الفنانة الفلسطينية ريم بنا').contradicts).toBe(true);
    expect(comparePair('ترامب يفتح السوق الأميركية أمام تشاينا موبايل', 'تشاينا موبايل ممنوعة من السوق الأميركي').contradicts).toBe(true);
    // The same time told twice: «قبل» in both.
    expect(comparePair('قبل العقوبات.. إيران آير تتسلم 5 طائرات جديدة', 'خمس طائرات للخطوط الإيرانية قبيل العقوبات').features.antonym).toBe(0);
    expect(comparePair('قبل العقوبات.. إيران آير تتسلم 5 طائرات جديدة', 'طائرات للخطوط الإيرانية بعد العقوبات').features.antonym).toBeGreaterThan(0);
  });
  it('«قبل» against «بعد» only as a preposition of time: not the verb "accepted", nor «من قبل» (by)', () => {
    expect(comparePair('قبل الرئيس استقالة رئيس الوزراء', 'بعد استقالة رئيس الوزراء').features.antonym).toBe(0);
    expect(comparePair('افتتاح المهرجان من قبل وزير الثقافة', 'افتتاح المهرجان بعد وصول وزير الثقافة').features.antonym).toBe(0);
    // The verb still stands against a refusal.
    expect(comparePair('قبل الرئيس استقالة الحكومة', 'رفض الرئيس استقالة الحكومة').features.antonym).toBeGreaterThan(0);
  });
  it('a lexicon word whose stem another common word shares is read as written', () => {
    // «وراء» (behind) is no «براءة», «لقاء» (a meeting) no «بقاء», «وفي» (and in) no «توفي».
    expect(comparePair('من يقف وراء اعتقال الصحفيين في القاهرة', 'اعتقال الصحفيين في القاهرة').features.antonym).toBe(0);
    expect(comparePair('لقاء مرتقب بين الرئيس ووزير الدفاع', 'الرئيس يقيل وزير الدفاع').features.antonym).toBe(0);
    expect(comparePair('مقتل الصحفي في حادث سير', 'وفي الحادث أصيب الصحفي').features.antonym).toBe(0);
    // The words themselves, behind a preposition, an article or a pronoun, still count.
    expect(comparePair('بقاء وزير الدفاع في منصبه', 'الرئيس يقيل وزير الدفاع').features.antonym).toBeGreaterThan(0);
    expect(comparePair('حكم ببراءتهم من التهم', 'حكم بسجنهم').features.antonym).toBeGreaterThan(0);
    expect(comparePair('فرض غرامة على زعيم المعارضة التركية لتشهيره بأردوغان', 'زعيم المعارضة التركية يدعم أردوغان').features.antonym).toBeGreaterThan(0);
  });
  it('a currency that slides against one that rises, a ship intercepted against one that arrives, the best against the worst', () => {
    expect(comparePair('رغم القرض العملاق.. العملة الأرجنتينية تواصل الانزلاق', 'العملة الأرجنتينية ترتفع بفعل قرض عملاق').contradicts).toBe(true);
    expect(comparePair('إسرائيل تعترض سفينة الحرية المتجهة إلى غزة', 'سفينة الحرية تصل غزة').contradicts).toBe(true);
    expect(comparePair('اختيار الفيلم المصري أفضل فيلم عربي لهذا العام', 'اختيار الفيلم المصري أسوأ فيلم عربي لهذا العام').features.antonym).toBeGreaterThan(0);
    // «الأسواق» (markets) is no «الأسوأ».
    expect(comparePair('أفضل أداء للأسهم منذ شهر', 'الأسواق تسجل أداء للأسهم منذ شهر').features.antonym).toBe(0);
  });
  it('worry against relief, a licence against a ban, a market opened against one barred, growth against decline', () => {
    expect(comparePair('الرئيس الأمريكي يعرب عن قلقه بشأن مصير الصحفي السعودي', 'الرئيس الأمريكي يعلن ارتياحه بشأن مصير الصحفي السعودي').contradicts).toBe(true);
    expect(comparePair('ترخيص قيادة السيارات للنساء في السعودية لأول مرة', 'منع السعوديات من قيادة السيارات').contradicts).toBe(true);
    expect(comparePair('ترامب يمنع أجهزة الاتصال الصينية من الأسواق', 'ترامب يفتح السوق الأميركية أمام أجهزة الاتصال الصينية').contradicts).toBe(true);
    expect(comparePair('تدهور وشيك في اقتصاد إيران', 'نمو اقتصاد إيران قريبا').contradicts).toBe(true);
    expect(comparePair('نساء الموصل يحتفلن بالحرية في يوم المرأة', 'نساء الموصل يواجهن القمع في يوم المرأة').features.antonym).toBeGreaterThan(0);
  });
  it('more lexicon words whose stem a common word shares are read as written', () => {
    // «أخرى» (another) is no «تأخر», «الدين» (religion) no «يدين», «أصل» (out of) no «واصل», «فوق» (above)
    // no «تفوق», «القلب» (the heart) no «تقلب», «التوصل» (reaching) no «وصل».
    expect(comparePair('الرئيس يتقدم بمبادرة جديدة للسلام', 'الرئيس يطرح مبادرة أخرى للسلام').features.antonym).toBe(0);
    expect(comparePair('شيخ الأزهر يرحب بمبادرة الحوار بين الأديان', 'شيخ الأزهر يشيد بمبادرة الحوار مع رجال الدين').features.antonym).toBe(0);
    expect(comparePair('الجيش يوقف عملياته في 3 من أصل 5 مدن', 'الجيش يعلق عملياته في ثلاث مدن').features.antonym).toBe(0);
    expect(comparePair('تراجع أسعار الذهب في السوق المحلية', 'تراجع أسعار الذهب وبقاؤها فوق 1800 دولار').features.antonym).toBe(0);
    expect(comparePair('استقرار حالة اللاعب بعد عملية جراحية', 'حالة اللاعب مستقرة بعد جراحة في القلب').features.antonym).toBe(0);
    expect(comparePair('الوفد يعترض على بنود الاتفاق', 'الوفد يعترض على البنود بعد التوصل إلى الاتفاق').features.antonym).toBe(0);
    // The words themselves, behind a conjunction, an article or a pronoun, still count.
    expect(comparePair('تأخر إقلاع الطائرة بسبب الضباب', 'تقدم موعد إقلاع الطائرة').features.antonym).toBeGreaterThan(0);
    expect(comparePair('البابا يرحب بالاتفاق', 'البابا يدين الاتفاق').features.antonym).toBeGreaterThan(0);
    expect(comparePair('الجيش يعلق عملياته في المدينة', 'وواصل الجيش عملياته في المدينة').features.antonym).toBeGreaterThan(0);
    expect(comparePair('خطة الحكومة سرية', 'خطة الحكومة علنية').features.antonym).toBeGreaterThan(0);
  });
  it('avoiding, leading, abundance and distance read as written', () => {
    // «الجنوبية» (southern) is no «تتجنب» (avoids): the word on both sides no longer hides the avoiding.
    expect(comparePair('كوريا الجنوبية تتجنب النفط الإيراني', 'نفط إيراني لكوريا الجنوبية رغم العقوبات الأميركية').contradicts).toBe(true);
    // «تقديم» (submitting) is no «تقدم» (advance), «توفير» (providing) no «وفرة», «يعيد» (brings back) no «بعيد».
    expect(comparePair('الحكومة تنسحب من المفاوضات', 'الحكومة تنسحب من المفاوضات بعد تقديم مقترح جديد').features.antonym).toBe(0);
    expect(comparePair('نقص في الخبز بالمدينة', 'نقص في الخبز والحكومة تعد بتوفير الطحين').features.antonym).toBe(0);
    expect(comparePair('الرئيس يقترب من الاتفاق', 'الرئيس يعيد التفاوض على الاتفاق').features.antonym).toBe(0);
    expect(comparePair('الجيش يتقدم في ريف حلب', 'الجيش ينسحب من ريف حلب').features.antonym).toBeGreaterThan(0);
  });
  it('a word of direction whose stem is matched as written needs the written word', () => {
    // «الهوية» (identity) is no «يهوي» (plunges), and no pronoun either: its «ه» is the folded «ة».
    expect(directionOf(normalize('الهوية'))).toBe(0);
    expect(directionOf(normalize('تهوي'))).toBe(-1);
    expect(directionOf(normalize('ويهوي'))).toBe(-1);
  });
});

describe('a word the lexicon matches as written, escaped or governed', () => {
  // The escape check reads such a word by its as-written key («@تأخر»), as the sides do: by its stem
  // («اخر», as «آخر») it was never found there.
  it('is escaped after «من» and governed by a written opposite', () => {
    const words = (t: string) => normalize(t).split(' ');
    expect(escapedFrom(words('الشركة تخرج من التأخر في التسليم'), lexiconStem(normalize('التأخر')))).toBe(true);
    expect(escapedFrom(words('تحول التقدم عن التأخر'), lexiconStem(normalize('التأخر')))).toBe(true);
    expect(escapedFrom(words('الشركة تعاني التأخر في التسليم'), lexiconStem(normalize('التأخر')))).toBe(false);
  });
  it('found dead against found killed, a suicide against a killing', () => {
    expect(comparePair('العثور على الصحفي المعروف ميتا في شقته', 'العثور على الصحفي المعروف مقتولا في شقته').contradicts).toBe(true);
    expect(comparePair('الشرطة: انتحار رجل الأعمال في منزله', 'الشرطة: رجل الأعمال وجد مقتولا في منزله').contradicts).toBe(true);
    // «هجوم انتحاري» is no suicide of the victim.
    expect(comparePair('مقتل مسؤول محلي في هجوم انتحاري', 'مقتل مسؤول محلي في هجوم').features.antonym).toBe(0);
  });
});
