import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimLabel, claimPart, LABEL_MAX, speakerShortName } from '../../src/core/claims/label';
import { oneRowPerClaim, sentencePart } from '../../src/core/claims/rows';
import { Corpus } from '../../src/core/corpus/corpus';
import { buildReport } from '../../src/core/report/report';

const SEEDS = path.join(__dirname, '../../seeds');
function seedReport() {
  const corpus = new Corpus();
  for (const f of fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) corpus.setArticle(f, fs.readFileSync(path.join(SEEDS, f), 'utf8'));
  return buildReport(corpus);
}

describe('one claim, one row (the seed articles)', () => {
  const report = seedReport();

  it('no sentence (or part of one) stands in two recurring claims', () => {
    const seen = new Map<string, string>();
    for (const c of report.claims) {
      for (const s of c.sentences) {
        const key = `${s.file}:${s.line}:${s.start}:${s.end}`;
        expect(seen.get(key), `${key} in ${seen.get(key)} and ${c.id}`).toBeUndefined();
        seen.set(key, c.id);
      }
    }
  });

  it('«وكان وزير الخارجية الإيراني عباس عراقجي قد قال ...» is one row', () => {
    const rows = report.claims.filter((c) => c.sentences.some((s) => s.text.includes('عراقجي قد قال')));
    expect(rows).toHaveLength(1);
    expect(new Set(rows[0].sentences.map((s) => s.file)).size).toBe(3);
  });

  it('two parts of one sentence in two claims: each row names its own part, inside the sentence', () => {
    const parts = report.claims.flatMap((c) => c.sentences.map((s) => ({ ...s, claim: c.id })));
    const byLine = new Map<string, typeof parts>();
    for (const p of parts) byLine.set(`${p.file}:${p.line}`, [...(byLine.get(`${p.file}:${p.line}`) ?? []), p]);
    const shared = [...byLine.values()].filter((ps) => new Set(ps.map((p) => p.claim)).size > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const ps of shared) {
      const text = fs.readFileSync(path.join(SEEDS, ps[0].file), 'utf8').split('\n')[ps[0].line];
      for (const p of ps) expect(text.slice(p.start, p.end)).toBe(p.text);
    }
  });

  it('every claim has a label of at most about 50 characters', () => {
    for (const c of [...report.claims, ...report.singleSourceClaims]) {
      expect(c.label, c.text).toBeTruthy();
      expect(c.label!.length, c.label).toBeLessThanOrEqual(LABEL_MAX);
    }
  });
});

describe('oneRowPerClaim', () => {
  const units = [
    { file: 'a', index: 0, clause: 0 },
    { file: 'b', index: 0, clause: 0 },
    { file: 'c', index: 0, clause: 0 },
    { file: 'b', index: 1, clause: 0 },
  ];
  it('a clause in two groups stays in the closer one; a group left with one article is dropped', () => {
    const sim = (i: number, j: number): number => ((i === 0 && j === 1) || (i === 1 && j === 0) ? 0.9 : 0.4);
    expect(oneRowPerClaim([[0, 1], [0, 2]], units, sim)).toEqual([[0, 1]]);
  });
  it('groups that share most of their sentences, from two articles, become one', () => {
    expect(oneRowPerClaim([[0, 1, 2], [0, 1]], units, () => 0.5)).toEqual([[0, 1, 2]]);
  });
});

describe('labels: who claims what', () => {
  it('a named speaker by family name, the claim after its framing', () => {
    expect(speakerShortName('عباس عراقجي', 'person')).toBe('عراقجي');
    expect(speakerShortName('محمد بن سلمان', 'person')).toBe('بن سلمان');
    expect(speakerShortName('الولايات المتحدة', 'country')).toBe('الولايات المتحدة');
    // Seeds, 001 line 13: a quotation after a colon.
    expect(claimPart('وأضاف: “أرى إمكانية لإجراء محادثات جديدة إذا التزم فريق التفاوض الأمريكي بما اتفق عليه”')).toMatch(/^أرى إمكانية/);
    // Seeds, 002 line 13: reported speech after «أن».
    const label = claimLabel('وفي السياق ذاته، ذكر مسؤولون في البيت الأبيض أن ترامب لم يتخذ قرارًا نهائيًا بشأن توجيه ضربة عسكرية لإيران، مؤكدين أنه لا يزال منفتحًا على الحل الدبلوماسي.');
    expect(label.startsWith('ترامب لم يتخذ قرار')).toBe(true);
    expect(label.length).toBeLessThanOrEqual(LABEL_MAX);
    // Seeds, 000 line 8: the speaker named in the framing is not told twice.
    const araghchi = claimLabel('من جانبه، وصف وزير الخارجية الإيراني عباس عراقجي جهود "الدول الصديقة" بأنها مثمرة', 'عراقجي');
    expect(araghchi.startsWith('عراقجي: ')).toBe(true);
    expect(araghchi.indexOf('عراقجي', 1)).toBe(-1);
    expect(araghchi).toContain('مثمرة');
  });
  it('a sentence part is the span of its clauses', () => {
    const s = { start: 100, end: 130, text: 'الأمور تتحرك، ونحن نبذل جهدنا' };
    expect(sentencePart(s, [100, 114], new Set([1])).text).toBe('ونحن نبذل جهدنا');
    expect(sentencePart(s, [100, 114], new Set([0])).text).toBe('الأمور تتحرك');
    expect(sentencePart(s, [100, 114], new Set([0, 1])).text).toBe(s.text);
    expect(sentencePart(s, [], new Set([0])).text).toBe(s.text);
  });
});
