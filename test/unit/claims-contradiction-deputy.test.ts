import { describe, expect, it } from 'vitest';
import { comparePair } from '../../src/core/claims/contradiction';
import { addedDeputy } from '../../src/core/claims/deputy';
import { normalize } from '../../src/core/text/normalize';

const words = (s: string): string[] => normalize(s).match(/[\u0621-\u064a]+/g) ?? [];

/** A deputy against the office holder (deputy.ts): two people. */
describe('a deputy against the office holder', () => {
  it('flags the version that names the governor against the one that names his assistant', () => {
    const v = comparePair('اعتقال محافظ المركزي الإيراني', 'اعتقال مساعد محافظ البنك المركزي الإيراني');
    expect(v.contradicts).toBe(true);
    expect(v.kind).toBe('actor');
  });

  it('not when both versions name the deputy, nor when one names him elsewhere', () => {
    expect(addedDeputy(words('نائب الرئيس الأمريكي يزور القاهرة'), words('زيارة نائب الرئيس الأمريكي إلى مصر'))).toBeUndefined();
    expect(addedDeputy(words('الرئيس ونائبه يزوران القاهرة'), words('نائب الرئيس يزور القاهرة'))).toBeUndefined();
    expect(addedDeputy(words('وزير الخارجية يزور القاهرة'), words('وزير الخارجية في القاهرة'))).toBeUndefined();
  });
});
