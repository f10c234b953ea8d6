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
});
