/** The streamed JSON report (jsonStream.ts) is the same text as formatReportJson, piece by piece. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/core/corpus/corpus';
import { reportJsonChunks } from '../../src/core/report/jsonStream';
import { buildReport, formatReportJson, reportArticle } from '../../src/core/report/report';

const seeds = path.join(__dirname, '../../seeds');

describe('streamed JSON report', () => {
  it('equals formatReportJson on the seeds and a hostile article, with articles given lazily', () => {
    const c = new Corpus();
    for (const f of fs.readdirSync(seeds).filter((x) => x.endsWith('.txt'))) c.setArticle(f, fs.readFileSync(path.join(seeds, f), 'utf8'));
    c.setArticle('x\u001b\u009b\u202e.txt', 'قال ترامب إن \u007f\u009b31m\u2066 إيران مهمة.\nوقال ترامب إن إيران مهمة جدا.');
    const skipped = [{ file: 'e\u0085.txt', reason: 'empty', message: 'skipped, empty' }];
    const whole = formatReportJson({ ...buildReport(c), skipped });
    const r = buildReport(c, { articles: false });
    const lazy = (function* () {
      for (const f of c.files()) yield reportArticle(c, f);
    })();
    const streamed = [...reportJsonChunks({ articles: lazy, actors: r.actors, claims: r.claims, singleSourceClaims: r.singleSourceClaims, skipped })].join('');
    expect(streamed).toBe(whole);
    expect(streamed).not.toMatch(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(JSON.parse(streamed).articles.map((a: { file: string }) => a.file)).toContain('x\u001b\u009b\u202e.txt');
  });

  it('empty lists and an empty report', () => {
    const r = { articles: [], actors: [], claims: [], singleSourceClaims: [], skipped: [] };
    expect([...reportJsonChunks(r)].join('')).toBe(formatReportJson(r));
  });
});
