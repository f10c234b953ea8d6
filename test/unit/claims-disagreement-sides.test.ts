import { describe, expect, it } from 'vitest';
import { disagreements } from '../../src/core/claims/disagreement';
import { comparePair } from '../../src/core/claims/contradiction';

/** A retelling of one side of a contradiction stands on that side (disagreement.ts SIDE_OVERLAP). */
describe('the sides of a contradiction', () => {
  const question = 'السعودية تخطط لبيع حصة من أرامكو في البورصة المحلية؟';
  const told = 'السعودية تخطط لبيع حصة من أرامكو في البورصة المحلية';
  const other = 'السعودية تخطط لبيع حصة من أرامكو في البورصة الأمريكية';

  it('the pair check finds the other slot between the close versions only', () => {
    expect(comparePair(told, other).contradicts).toBe(true);
    expect(comparePair(question, told).contradicts).toBe(false);
  });

  it('names the retelling of the contradicted version too', () => {
    const d = disagreements([
      { file: 'a.txt', text: 'هل تبيع السعودية حصة من أرامكو في البورصة المحلية قريبا؟' },
      { file: 'b.txt', text: told },
      { file: 'c.txt', text: other },
    ]);
    const c = d.find((x) => x.kind === 'contradiction');
    expect(c?.files.sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('a version that shares little with either side is named on neither', () => {
    const d = disagreements([
      { file: 'a.txt', text: 'أرامكو تعلن أرباحا قياسية في الربع الثالث' },
      { file: 'b.txt', text: told },
      { file: 'c.txt', text: other },
    ]);
    expect(d.find((x) => x.kind === 'contradiction')?.files.sort()).toEqual(['b.txt', 'c.txt']);
  });

  it('says which side each article stands on, in the order of the detail', () => {
    const d = disagreements([
      { file: 'a.txt', text: 'هل تبيع السعودية حصة من أرامكو في البورصة المحلية قريبا؟' },
      { file: 'b.txt', text: told },
      { file: 'c.txt', text: other },
    ]);
    const c = d.find((x) => x.kind === 'contradiction')!;
    const [first, second] = c.detail.split(' | ');
    expect(c.sides).toEqual([
      { says: first, files: ['a.txt', 'b.txt'] },
      { says: second, files: ['c.txt'] },
    ]);
  });
});

/** Numbers and dates: the articles that state the same values stand on one side. */
describe('the sides of facts', () => {
  const v = (file: string, n: number): { file: string; text: string } => ({ file, text: `قالت وزارة الصحة إن ${n} شخصا قتلوا في قصف على مدينة حلب يوم السبت` });

  it('groups the articles by the number they state', () => {
    const d = disagreements([v('a.txt', 20), v('b.txt', 25), v('c.txt', 25), v('d.txt', 20)]);
    const n = d.find((x) => x.kind === 'number')!;
    expect(n.detail).toBe('20 | 25');
    expect(n.sides).toEqual([
      { says: '20', files: ['a.txt', 'd.txt'] },
      { says: '25', files: ['b.txt', 'c.txt'] },
    ]);
  });

  it('every file of the disagreement stands on a side', () => {
    const d = disagreements([v('a.txt', 20), v('b.txt', 25), v('c.txt', 30)]);
    const n = d.find((x) => x.kind === 'number')!;
    expect(n.sides!.flatMap((x) => x.files).sort()).toEqual([...n.files].sort());
    expect(n.sides!.map((x) => x.says)).toEqual(['20', '25', '30']);
  });

  it('a contradiction the two sides cannot hold is a record of its own', () => {
    // Three versions, each contradicting the other two (the capital for its country reads as another
    // actor): «تواصل» and «توقف» fall on one side of the first record, so they get their own.
    const d = disagreements([
      { file: 'a.txt', text: 'كوريا الجنوبية تتوقف عن استيراد النفط الإيراني' },
      { file: 'b.txt', text: 'كوريا الجنوبية تواصل إستيراد نفط إيران' },
      { file: 'c.txt', text: 'سيؤول توقف استيراد نفط إيران' },
    ]);
    const opposed = (x: string, y: string): boolean =>
      d.some((r) => r.files.includes(x) && r.files.includes(y) && (!r.sides || r.sides.some((s) => s.files.includes(x) && !s.files.includes(y))));
    expect(opposed('a.txt', 'b.txt')).toBe(true);
    expect(opposed('b.txt', 'c.txt')).toBe(true);
    const own = d.find((r) => r.files.length === 2 && r.files.includes('b.txt') && r.files.includes('c.txt'));
    expect(own?.sides?.map((s) => s.files)).toEqual([['b.txt'], ['c.txt']]);
  });

  it('versions of one side make no record of their own', () => {
    const d = disagreements([
      { file: 'a.txt', text: 'الذهب يرتفع مع تراجع الدولار' },
      { file: 'b.txt', text: 'الذهب يهبط مع صعود الدولار' },
      { file: 'c.txt', text: 'هبوط الذهب مع صعود الدولار' },
    ]);
    expect(d.filter((r) => r.kind === 'contradiction')).toHaveLength(1);
  });
});
