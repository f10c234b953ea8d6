/**
 * What `isnad analyze` no longer keeps changes nothing it writes. Single-source
 * claims are kept as (article, sentence) pairs and made when read: the CLI
 * writes them one at a time (eachSingleSourceClaim), and empties the word
 * tables after its last article (releaseWordTables); its JSON is byte for byte
 * the report built whole from a corpus that kept both, on the seeds and on
 * long name-dense articles.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../src/core/corpus/corpus';
import { buildReport, claimJson, formatReport, formatReportJson } from '../../src/core/report/report';
import { formatReportCsv } from '../../src/core/report/csv';
import { writeCopies, writeDense } from '../../bench/memory/corpora';
import { buildCliBundle } from './cliBundle';

const root = path.join(__dirname, '../..');
const seeds = path.join(root, 'seeds');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-single-lazy-'));
let cli = '';
beforeAll(async () => {
  cli = await buildCliBundle(tmp);
}, 60000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function corpusOf(dir: string): Corpus {
  const c = new Corpus();
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) c.setArticle(f, fs.readFileSync(path.join(dir, f), 'utf8'));
  return c;
}

/** The CLI's JSON, and the report built whole from a corpus that kept its single-source claims as a list. */
function both(dir: string): { streamed: string; whole: string } {
  const streamed = execFileSync(process.execPath, [cli, 'analyze', dir, '--json', '--threads', '1'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const whole = formatReportJson({ ...buildReport(corpusOf(dir)), skipped: [] }) + '\n';
  return { streamed, whole };
}

describe('single-source claims made when read', () => {
  it('the CLI JSON on the seeds is the report built from the kept list', () => {
    const { streamed, whole } = both(seeds);
    expect(JSON.parse(streamed).singleSourceClaims.length).toBeGreaterThan(5);
    expect(streamed).toBe(whole);
  }, 120000);

  it('the CLI JSON on two long name-dense articles is the report built from the kept list', () => {
    const dir = path.join(tmp, 'dense');
    writeDense(dir, 2);
    const { streamed, whole } = both(dir);
    // Every sentence names someone new: hundreds of single-source claims per article.
    expect(JSON.parse(streamed).singleSourceClaims.length).toBeGreaterThan(500);
    expect(streamed).toBe(whole);
  }, 180000);

  it('the CLI JSON on retellings of one long article is the report built whole (claims grouped first, best matches kept in place)', () => {
    const dir = path.join(tmp, 'copies');
    writeCopies(dir, seeds, 6, 30_000);
    const { streamed, whole } = both(dir);
    // Every sentence of the article is told six times: a recurring claim each.
    expect(JSON.parse(streamed).claims.length).toBeGreaterThan(20);
    expect(new Set(JSON.parse(streamed).claims[0].sentences.map((x: { file: string }) => x.file)).size).toBe(6);
    expect(streamed).toBe(whole);
  }, 180000);

  it('one at a time or as a list: the same claims, in the same order; the one-at-a-time reading keeps none', () => {
    const lazy = corpusOf(seeds);
    const listed = corpusOf(seeds);
    const each = [...lazy.eachSingleSourceClaim()];
    expect(each.length).toBeGreaterThan(5);
    expect(each.map(claimJson)).toEqual(listed.singleSourceClaims().map(claimJson));
    // Not kept: a second reading makes new objects.
    expect([...lazy.eachSingleSourceClaim()][0]).not.toBe(each[0]);
    // Asked as a list, it is kept: the tree and a sentence's claims see the same objects.
    const list = lazy.singleSourceClaims();
    expect(lazy.singleSourceClaims()).toBe(list);
    const first = list[0];
    const ref = first.sentences[0];
    expect(lazy.groupsOfSentence(ref.file, ref.sentenceId)).toEqual([first]);
    expect(lazy.groupsOfSentence(ref.file, ref.sentenceId)[0]).toBe(first);
    expect([...lazy.eachSingleSourceClaim()][0]).toBe(first);
  }, 60000);

  it('a grouping that an edit made stale answers from the articles as it read them', () => {
    const c = corpusOf(seeds);
    const before = c.singleSourceClaims().map(claimJson);
    const fresh = corpusOf(seeds);
    fresh.claimGroups();
    const file = fresh.files()[0];
    fresh.backgroundGrouping = true;
    // The article is rewritten; until a new grouping lands, queries answer from the old one (without its sentences that no longer hold).
    fresh.setArticle(file, 'قال المتحدث باسم الخارجية الإيرانية إسماعيل بقائي إن المفاوضات ستستمر في مسقط.');
    const stale = [...fresh.eachSingleSourceClaim()].map(claimJson);
    expect(stale).toEqual(before.filter((g) => g.sentences.every((s) => s.file !== file)));
    fresh.dispose();
  }, 60000);
});

describe('the word tables emptied after the last article', () => {
  it('a table forgets, what it handed out stays, and an analysis after is the same', async () => {
    const { BoundedMap } = await import('../../src/core/text/boundedMap');
    const { releaseWordTables } = await import('../../src/core/corpus/wordTables');
    const t = new BoundedMap<string, string>(10);
    const kept = t.set('المفاوضات', 'فاوض');
    releaseWordTables();
    expect(t.get('المفاوضات')).toBeUndefined();
    expect(kept).toBe('فاوض');
    const before = formatReportJson(buildReport(corpusOf(seeds)));
    releaseWordTables();
    expect(formatReportJson(buildReport(corpusOf(seeds)))).toBe(before);
  }, 60000);
});

describe('actor entries made when read', () => {
  it('one at a time or as a list: the same entries in the same order, on name-dense articles, the seeds and names two articles share', () => {
    const dir = path.join(tmp, 'dense-actors');
    writeDense(dir, 2, 20_000);
    // A name the title introduces in one article and that another article uses again: one entry with two files.
    fs.writeFileSync(path.join(dir, 'shared-a.txt'), '2026-02-08\nقال المتحدث باسم الحكومة اللبنانية نادر القلموني إن الجلسة ستعقد في بيروت.\nوأكد القلموني أن المفاوضات مستمرة.');
    fs.writeFileSync(path.join(dir, 'shared-b.txt'), '2026-02-09\nوأضاف نادر القلموني أن الحكومة اللبنانية تدرس مقترحا جديدا.');
    for (const d of [dir, seeds]) {
      const lazy = corpusOf(d);
      const each = [...lazy.eachActorUsage()];
      const list = corpusOf(d).actorUsage();
      expect(each.length).toBeGreaterThan(d === seeds ? 20 : 200);
      expect(each).toEqual(list);
      if (d === seeds) continue;
      // Not kept: a second reading makes new entries for the discovered names.
      const discovered = each.findIndex((u) => u.actor.source === 'discovered');
      expect(discovered).toBeGreaterThanOrEqual(0);
      expect([...lazy.eachActorUsage()][discovered]).not.toBe(each[discovered]);
    }
    const shared = corpusOf(dir).actorUsage().find((u) => u.actor.name === 'نادر القلموني');
    expect(shared?.files).toEqual(['shared-b.txt', 'shared-a.txt']);
  }, 120000);
});

describe('the text report written line by line', () => {
  // Its entries are made as they are written (no article's mentions made at all): the same text as the report built whole.
  const text = (dir: string): { streamed: string; whole: string } => ({
    streamed: execFileSync(process.execPath, [cli, 'analyze', dir, '--threads', '1'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }),
    whole: formatReport(buildReport(corpusOf(dir))),
  });

  it('on the seeds', () => {
    const { streamed, whole } = text(seeds);
    expect(streamed).toContain('== Recurring claims\n1. ');
    expect(streamed).toBe(whole);
  }, 120000);

  it('on long name-dense articles, cut at the analysed length', () => {
    const dir = path.join(tmp, 'dense-text');
    writeDense(dir, 2);
    const { streamed, whole } = text(dir);
    expect(streamed).toContain('(truncated: only its beginning was analysed)');
    expect(streamed).toContain(', discovered): ');
    expect(streamed).toBe(whole);
  }, 180000);
});

describe('the CSV tables written row by row', () => {
  // Each row made as it is written, only the table asked for made at all (the mentions table groups no claim):
  // the same bytes as the table of the report built whole.
  const csv = (dir: string, table: 'mentions' | 'claims'): { streamed: string; whole: string } => ({
    streamed: execFileSync(process.execPath, [cli, 'analyze', dir, '--csv', table, '--threads', '1'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }),
    whole: formatReportCsv(buildReport(corpusOf(dir)), table, { safe: true }),
  });

  it('both tables, on the seeds and on retellings of one long article', () => {
    const dir = path.join(tmp, 'copies-csv');
    writeCopies(dir, seeds, 4, 20_000);
    for (const d of [seeds, dir]) {
      for (const table of ['mentions', 'claims'] as const) {
        const { streamed, whole } = csv(d, table);
        expect(streamed.split('\r\n').length).toBeGreaterThan(20);
        expect(streamed).toBe(whole);
      }
    }
  }, 180000);
});
