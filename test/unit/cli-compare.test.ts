import { describe, expect, it } from 'vitest';
import { compareMain } from '../../src/cli/compare';
import { compareSentences } from '../../src/core/claims/compare';

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = compareMain(args, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

/** `isnad compare`, on real headlines of the ANS development pairs. */
describe('isnad compare', () => {
  it('a paraphrase: same claim, no disagreement', () => {
    const r = compareSentences('الكويت تطرد السفير الفلبيني وتستدعي سفيرها من مانيلا للتشاور', 'طرد السفير الفلبيني من الكويت و استدعاء السفير الكويتى من مانيلا للتشاور');
    expect(r.sameClaim).toBe(true);
    expect(r.similarity).toBeGreaterThan(0.35);
    expect(r.disagreements).toEqual([]);
  });

  it('a contradiction: same claim, flagged with its kind', () => {
    const r = compareSentences('الدولار يرتفع لأعلى مستوى في 4 أشهر', 'الدولار يهبط لأدنى مستوى في ٤ أشهر');
    expect(r.sameClaim).toBe(true);
    expect(r.contradiction).toBeGreaterThan(0.6);
    expect(r.disagreements.map((d) => d.kind)).toContain('contradiction');
  });

  it('unrelated sentences: not the same claim', () => {
    const r = compareSentences('الدولار يرتفع لأعلى مستوى في 4 أشهر', 'مصر تعلن تكلفة خط الغاز القبرصي');
    expect(r.sameClaim).toBe(false);
    expect(r.similarity).toBeLessThan(0.35);
  });

  it('prints JSON with --json, text otherwise, and the usage for a wrong call', () => {
    const j = run(['29 قتيلا في هجوم على استعراض عسكري إيراني في الأهواز', '53 قتيلا في هجوم على استعراض عسكري إيراني في الأهواز', '--json']);
    expect(j.code).toBe(0);
    const parsed = JSON.parse(j.out);
    expect(parsed.sameClaim).toBe(true);
    expect(parsed.disagreements[0]).toMatchObject({ kind: 'number', files: ['A', 'B'] });
    const t = run(['29 قتيلا في هجوم على استعراض عسكري إيراني في الأهواز', '53 قتيلا في هجوم على استعراض عسكري إيراني في الأهواز']);
    expect(t.out).toContain('same claim: yes');
    expect(t.out).toContain('versions differ (number): 29 | 53');
    expect(run(['وحدها']).code).toBe(2);
    expect(run(['وحدها']).err).toContain('usage: isnad compare');
    // Control characters from the arguments never reach the terminal.
    expect(run(['الدولار يرتفع \u001b[31m 4', 'الدولار يهبط 5']).out).not.toContain('\u001b');
  });
});
