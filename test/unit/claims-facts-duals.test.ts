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

/** Numbers in words of two parts, and hundreds in one word (facts.ts). */
describe('a number told in words', () => {
  it('«مائة وخمسين» is 150, «خمسة وعشرين» 25, «ثلاثمائة» 300', () => {
    expect([...sentenceFacts('تطوير تاريخي لسكك مصر بعد التوقف مائة وخمسين عاما').numbers]).toEqual(['150']);
    expect(factsDiffer('مقتل خمسة وعشرين شخصا في انفجار', 'مقتل 25 شخصا في انفجار').number).toBeUndefined();
    expect(factsDiffer('ثلاثمائة قتيل في الفيضانات', '300 قتيل في الفيضانات').number).toBeUndefined();
    expect([...sentenceFacts('منحة بمئتين وخمسين ألف دولار').numbers]).toEqual(['250000']);
  });

  it('a number of three parts: «مائة وخمسة وعشرين» is 125, not 105 and 20', () => {
    expect([...sentenceFacts('مقتل مائة وخمسة وعشرين شخصا في الهجوم').numbers]).toEqual(['125']);
    expect(factsDiffer('مقتل مائة وخمسة وعشرين شخصا في الهجوم', 'مقتل 125 شخصا في الهجوم').number).toBeUndefined();
    expect([...sentenceFacts('غرامة بمئتين وثلاثة وأربعين ألف دولار').numbers]).toEqual(['243000']);
  });

  it('two numbers joined by «و» that make no number stay two', () => {
    expect([...sentenceFacts('عقوبة بين خمسة وعشرة أعوام').numbers]).toEqual(['5', '10']);
  });
});
