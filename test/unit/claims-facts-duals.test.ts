import { describe, expect, it } from 'vitest';
import { factsDiffer, sentenceFacts } from '../../src/core/claims/facts';
import { comparePair } from '../../src/core/claims/contradiction';

/** Counted nouns in the dual state «2» (facts.ts, DUALS). */
describe('a dual is a number', () => {
  it('two people killed against five', () => {
    expect(factsDiffer('إيران: مقتل شخصين في اشتباكات عناصر الشرطة مع الصوفيين', 'إيران: مقتل 5 من أفراد الشرطة في اشتباكات مع صوفيين').number).toBe('2 | 5');
    expect(comparePair('إيران: مقتل شخصين في اشتباكات عناصر الشرطة مع الصوفيين', 'إيران: مقتل 5 من أفراد الشرطة في اشتباكات مع صوفيين').kind).toBe('number');
  });

  it('agrees with the figure 2, and «اليومين» with the article is a time, not a count', () => {
    expect(factsDiffer('مقتل شخصين في حادث سير', 'مقتل 2 في حادث سير').number).toBeUndefined();
    expect(sentenceFacts('ارتفاع أسعار النفط خلال اليومين الماضيين').numbers.size).toBe(0);
  });
});
