import { describe, expect, it } from 'vitest';
import { comparePair } from '../../src/core/claims/contradiction';

/**
 * Signals of the pair check that paraphrases raised (ANS training and
 * development pairs, Khouja 2020): a circumstance added to a claim the other
 * version tells whole, a negation inside a condition, «لم ... منذ» of rarity.
 * Each beside a real contradiction the same rule must still catch.
 */
describe('contrary wording that adds a circumstance', () => {
  it('«رغم» added to a claim the other version tells whole is no contradiction', () => {
    const v = comparePair('أوبك تتمسك بقيود المعروض رغم صعود النفط', 'صعود بالنفط وتمسك اوبك بقيود المعروض');
    expect(v.features.contrast).toBe(0);
    expect(v.contradicts).toBe(false);
    const w = comparePair('ترحيب بظهور أشهر عارضات الأزياء الممتلئات في العالم من دون رتوش', 'ترحيب بأشهر عارضات الأزياء الممتلئات في العالم');
    expect(w.features.contrast).toBe(0);
    expect(w.contradicts).toBe(false);
  });

  it('«دون» against a version that states what it rules out still contradicts', () => {
    const v = comparePair('مقتل 20 شخصا على الأقل في غارة على حفل زفاف شمالي اليمن', 'غارة على حفل زفاف شمالى اليمن دون ضحايا');
    expect(v.features.contrast).toBe(1);
    expect(v.contradicts).toBe(true);
    // «رغم» with another predicate in its place: «آمنة» against «تهدد».
    const w = comparePair('حرب رسوم جمركية تهدد التجارة العالمية', 'التجارة العالمية آمنة رغم الرسوم الجمركية');
    expect(w.features.contrast).toBe(1);
  });

  it('a verb of contrary wording counts even when the rest is the same', () => {
    // «يستبعد» is the predicate: the other version adds nothing, and the claim is still turned.
    const v = comparePair('ناتو عربي هل ينجح ترامب في تشكيله', 'ترامب يستبعد فكرة تشكيل ناتو عربى');
    expect(v.features.contrast).toBe(1);
    expect(v.contradicts).toBe(true);
  });
});

describe('negations that do not deny the claim', () => {
  it('«تأجيل» one version adds is contrary wording; «من أجل», which stems alike, is not', () => {
    const v = comparePair('لقاء بين وزيري خارجية مصر والأردن لبحث الأوضاع في غزة', 'تأجيل لقاء وزيري خارجية مصر والأردن');
    expect(v.features.contrast).toBe(1);
    expect(v.contradicts).toBe(true);
    expect(comparePair('وزيرا خارجية مصر والأردن يلتقيان من أجل بحث الأوضاع في غزة', 'وزيرا خارجية مصر والأردن يلتقيان لبحث الأوضاع في غزة').features.contrast).toBe(0);
  });

  it('a withdrawal one version adds turns the claim', () => {
    const v = comparePair('المرشح المعارض ينسحب من منافسة الرئيس على رئاسة البلاد', 'تعرف على المرشح المعارض منافس الرئيس على رئاسة البلاد');
    expect(v.features.contrast).toBe(1);
    expect(v.contradicts).toBe(true);
  });

  it('a negation inside a condition («إذا لم») is not the claim negated', () => {
    const v = comparePair('ترامب يهدد كندا إذا لم تتفاهم معه', 'كندا تدخل دائرة تهديدات ترامب');
    expect(v.features.negationAny).toBe(0);
    expect(v.contradicts).toBe(false);
  });

  it('«لم ... منذ» tells a rarity', () => {
    const v = comparePair('مقتل 4 أشخاص إثر هطول أمطار غزيرة لم تجتح تونس منذ 20 عاما', 'مقتل 4 أشخاص بعد الأمطار الغزيرة التى ضربت تونس');
    expect(v.features.negationAny).toBe(0);
    expect(v.features.negation).toBe(0);
  });

  it('a plain negation one version adds still counts', () => {
    const v = comparePair('ترامب لم يهدد كندا بفرض رسوم جمركية', 'ترامب يهدد كندا بفرض رسوم جمركية');
    expect(v.features.negationAny).toBe(1);
    expect(v.contradicts).toBe(true);
    expect(v.kind).toBe('negation');
  });
});
