import { describe, expect, it } from 'vitest';
import { stemSplits } from '../../src/eval/stemSplits';

describe('stem splits: forms of one word the stemmer keeps apart', () => {
  it('lists a word whose proclitic form lands elsewhere, and not one whose forms meet', () => {
    const counts = new Map([
      ['لبنان', 9], ['بلبنان', 2], // still split: «بلبنان» keeps «لبنان» whole
      ['قضيه', 5], ['بقضيه', 3], ['القضيه', 4], // meet since the ة rule
      ['نفطي', 2], ['نفط', 6], ['نفطيه', 1],
    ]);
    const splits = stemSplits(counts);
    expect(splits.map((s) => s.word)).toEqual(['لبنان']);
    expect(splits[0].forms.map((f) => f.form)).toEqual(['بلبنان']);
  });
  it('finds what the rules of before would split («النفطي» once lost its «ن»)', () => {
    const old = (w: string): string => (w.startsWith('ن') && w.length >= 4 ? w.slice(1) : w.replace(/ي$/, ''));
    const splits = stemSplits(new Map([['نفط', 6], ['نفطي', 2]]), old);
    expect(splits).toHaveLength(1);
    expect(splits[0].forms).toEqual([{ form: 'نفطي', stem: 'فطي' }]);
  });
});
