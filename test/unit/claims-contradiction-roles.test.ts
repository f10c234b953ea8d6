import { describe, expect, it } from 'vitest';
import { comparePair } from '../../src/core/claims/contradiction';

/** The subjects of one verb trading places (roleSwap.ts), on news-like headlines. */
describe('who does what to whom', () => {
  it('the same verb with subject and object swapped is a contradiction', () => {
    const v = comparePair('الأردن يعلن تكلفة خط الكهرباء إلى العراق', 'العراق يعلن تكلفة خط الكهرباء الأردني');
    expect(v.features.roles).toBe(1);
    expect(v.contradicts).toBe(true);
    expect(v.detail).toBe('الاردن | العراق');
    // A particle skipped before the verb is no part of the subject named.
    expect(comparePair('مصر قد تطمئن إثيوبيا بشأن السد', 'إثيوبيا تطمئن مصر بشأن السد').detail).toBe('مصر | اثيوبيا');
    // The verb in another person («تحذر» / «يحذر»), a particle before it («قد»).
    expect(comparePair('ألمانيا تحذر ترامب من حرب تجارية', 'ترامب يحذر ألمانيا من حرب تجارية').contradicts).toBe(true);
    expect(comparePair('اليابان قد تقاضي شركات كورية', 'كوريا قد تقاضي شركات يابانية').features.roles).toBe(1);
  });

  it('a capital stands for its country, «الولايات المتحدة» for «أمريكا»', () => {
    expect(comparePair('موسكو تعاقب لندن بطرد دبلوماسيين', 'بريطانيا تعاقب روسيا بطرد دبلوماسيين').features.roles).toBe(1);
    expect(comparePair('الصين تتحدى الولايات المتحدة بإجراءات جديدة', 'أمريكا تتحدى الصين بإجراءات جديدة').features.roles).toBe(1);
  });

  it('a verb of two parties, a partner after «مع», or two verbs read the same either way', () => {
    expect(comparePair('بوتين يلتقي ماكرون في باريس', 'ماكرون يلتقي بوتين في باريس').features.roles).toBe(0);
    expect(comparePair('الحكومة الأردنية تعمل مع صندوق النقد على شريحة جديدة', 'صندوق النقد يعمل مع الحكومة الأردنية على شريحة جديدة').features.roles).toBe(0);
    expect(comparePair('إسرائيل تتهم إيران بقصف الجولان', 'إيران تقصف الجولان وإسرائيل تطلق صفارات الإنذار').features.roles).toBe(0);
  });

  it('the same subject, or the other actor only in one version, is no swap', () => {
    expect(comparePair('كندا تشتكي أميركا بسبب الرسوم', 'كندا تشتكي الولايات المتحدة بسبب الرسوم').features.roles).toBe(0);
    expect(comparePair('مصر تعلن تكلفة خط الغاز', 'قبرص تعلن تكلفة خط الغاز').features.roles).toBe(0);
  });

  it('a capital the registry knows, even one that opens with «و» («واشنطن»)', () => {
    expect(comparePair('واشنطن تلاحق مصارف عراقية جديدة', 'العراق تلاحق مصارف أميركية').features.roles).toBe(1);
  });
});

/** Two countries trading the words they qualify (roleSwap.ts, pairingSwap). */
describe('whose is what', () => {
  it('the goods of one country against the goods of the other, both named in each', () => {
    const v = comparePair('رسوم جمركية جديدة على السلع التركية في أميركا', 'تركيا تفرض رسوما جمركية على السلع الأميركية');
    expect(v.features.roles).toBe(1);
    expect(v.contradicts).toBe(true);
    expect(comparePair('اقتصاد تركيا في مهب الهجمات الأميركية', 'الاقتصاد الأميركي تحت سوط الهجمات التركية').features.roles).toBe(1);
  });

  it('a subject and its verb against the noun of the verb and another country', () => {
    expect(comparePair('قبرص تعلن تكلفة خط الغاز لمصر', 'إعلان مصري عن تكلفة الغاز القبرصي').features.roles).toBe(1);
  });

  it('countries joined by «و», counterparts, and the same pairing told twice are no swap', () => {
    expect(comparePair('طائرات سورية وروسية تشن أعنف غارات على إدلب منذ أسابيع', 'غارة عنيفة شنتها طائرات روسية و سورية على إدلب').features.roles).toBe(0);
    expect(comparePair('وزير الخارجية الأميركي يلتقي نظيره التركي', 'وزير الخارجية التركي يلتقي نظيره الأميركي').features.roles).toBe(0);
    expect(comparePair('الليرة التركية تهبط أمام الدولار الأميركي', 'هبوط الليرة التركية مقابل الدولار الأمريكي').features.roles).toBe(0);
  });

  it('two countries trading the roles prepositions give them, a name of two words read whole', () => {
    const v = comparePair('طلب خاص من الولايات المتحدة لكوريا الجنوبية', 'طلب خاص من كوريا الجنوبية للولايات المتحدة');
    expect(v.features.roles).toBe(1);
    expect(v.contradicts).toBe(true);
    expect(comparePair('رحلات من مصر إلى لبنان', 'رحلات من لبنان إلى مصر').features.roles).toBe(1);
    // The same roles in another order, and «لبنان», whose «ل» is its own, are no swap.
    expect(comparePair('رحلات من مصر إلى لبنان', 'رحلات إلى لبنان من مصر').features.roles).toBe(0);
    expect(comparePair('مساعدات من مصر لبنان', 'مساعدات من لبنان إلى مصر').features.roles).toBe(0);
  });

  it('a subject of a few words named by its country trades places with another country', () => {
    const v = comparePair('رئيس الوزراء الإثيوبي يطمئن مصر بشأن سد النهضة', 'مصر تطمئن أثيوبيا حول سد النهضة');
    expect(v.features.roles).toBe(1);
    expect(v.contradicts).toBe(true);
    expect(comparePair('إجراءات صينية جديدة تتحدى أميركا', 'أميركا تتحدى الصين في إجراءات جديدة').features.roles).toBe(1);
    // A movement told from the other end, and a noun that is no country, are no swap.
    expect(comparePair('التلويح الأميركي يهوي بالليرة التركية لمستوى قياسي', 'الليرة التركية تتهاوى إثر التلويح الأميركي').features.roles).toBe(0);
    expect(comparePair('وزارة الأثار المصرية تعلن اكتشاف قرية تعود إلى العصر الحجري الحديث', 'اكتشاف تعلنه وزارة الآثار المصرية عن وجود قرية تعود إلى العصر الحجري الحديث').features.roles).toBe(0);
  });
});
