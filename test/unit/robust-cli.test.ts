/**
 * `isnad analyze` on a folder of bad and strange files: every encoding it
 * reads, every file it must refuse (binary, too big, not a regular file) with
 * one line on stderr, hostile file names kept off the terminal, and CSV output.
 * The CLI is bundled into a temporary folder (not dist/, which other tests build).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { articleFolder, buildCliBundle } from './cliBundle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_CHARS } from '../../src/core/articles/limits';
import { parseCsv } from '../fuzz/oracle';
import { cp1256 } from '../encodings';

const root = path.join(__dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-robust-cli-'));
const cli = path.join(tmp, 'cli.js');
const ARTICLE = 'قال الرئيس الأمريكي دونالد ترامب إن المحادثات مع إيران مثمرة.\nوأضاف أن لبنان مهم.';

// A CLI that hangs (reads a FIFO, a device, a 50 MB line) is killed at the timeout and has no
// exit status, so the tests' exit-code checks fail: no wall-clock assertion is needed.
function run(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}


const folder = (files: Record<string, string | Uint8Array>): string => articleFolder(tmp, Object.entries(files));

beforeAll(async () => {
  await buildCliBundle(tmp);
}, 60000);
// Whatever the tests did, the temporary folder goes (also when one fails).
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('isnad analyze: strange files', () => {
  it('reads every encoding, refuses binary and oversized files with one line each, analyses the rest', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const utf8 = Buffer.from(ARTICLE, 'utf8');
    const dir = folder({
      'plain.txt': utf8,
      'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]),
      'utf16le.txt': le,
      'utf16be.txt': be,
      'cp1256.txt': cp1256('قال ترامب إن المحادثات مع إيران مثمرة.'),
      'lossy.txt': Buffer.concat([utf8, Buffer.from([0xff]), utf8, Buffer.from([0xd8])]),
      'crlf.txt': Buffer.from(ARTICLE.replace(/\n/g, '\r\n'), 'utf8'),
      'cr.txt': Buffer.from(ARTICLE.replace(/\n/g, '\r'), 'utf8'),
      'png.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'noise.txt': Buffer.from(Array.from({ length: 2048 }, (_, i) => 1 + ((i * 7919) % 255))),
      'utf32.txt': Buffer.from([0xff, 0xfe, 0, 0, 0x27, 0x06, 0, 0]),
      'empty.txt': '',
      'spaces.txt': ' \n\t\r\n   \u3000',
      'marks.txt': '\u064e\u064f\u0650\u0651\u0652ـــ',
      'english.txt': 'This is an English article about the weather.',
    });
    // 50 MB: a single line, and one written sparse (never read: the size check comes first).
    fs.writeFileSync(path.join(dir, 'line50.txt'), 'ترامب '.repeat(5 * 1024 * 1024));
    fs.writeFileSync(path.join(dir, 'sparse50.txt'), '');
    fs.truncateSync(path.join(dir, 'sparse50.txt'), 50 * 1024 * 1024);
    const r = run('analyze', dir, '--json');
    // Skipped files are reported, not errors: nothing here was unreadable.
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    const byFile = new Map<string, { mentions: Array<{ actor: string; line: number; start: number }> }>(j.articles.map((a: { file: string }) => [a.file, a]));
    // Empty and white-space-only files are not articles; diacritics alone have no letter: not Arabic text.
    expect([...byFile.keys()].sort()).toEqual(['bom.txt', 'cp1256.txt', 'cr.txt', 'crlf.txt', 'lossy.txt', 'plain.txt', 'utf16be.txt', 'utf16le.txt']);
    expect(j.skipped).toEqual([
      { file: 'empty.txt', reason: 'empty', message: 'skipped, empty' },
      { file: 'english.txt', reason: 'not-arabic', message: 'skipped, not Arabic text' },
      { file: 'line50.txt', reason: 'too-large', message: 'skipped, 55.0 MB is over the 5 MB article limit' },
      { file: 'marks.txt', reason: 'not-arabic', message: 'skipped, not Arabic text' },
      { file: 'noise.txt', reason: 'not-text', message: 'not a text file (binary content)' },
      { file: 'png.txt', reason: 'not-text', message: 'not a text file (binary content)' },
      { file: 'spaces.txt', reason: 'empty', message: 'skipped, empty' },
      { file: 'sparse50.txt', reason: 'too-large', message: 'skipped, 50.0 MB is over the 5 MB article limit' },
      { file: 'utf32.txt', reason: 'unsupported-encoding', message: 'UTF-32 is not supported: save the article as UTF-8' },
    ]);
    const mentions = (f: string): string[] => byFile.get(f)!.mentions.map((m) => `${m.actor}@${m.line}:${m.start}`);
    for (const f of ['bom.txt', 'utf16le.txt', 'utf16be.txt', 'crlf.txt', 'cr.txt']) expect(mentions(f)).toEqual(mentions('plain.txt'));
    expect(mentions('cp1256.txt')).toEqual(['trump@0:4', 'iran@0:26']);
    expect(mentions('lossy.txt').length).toBe(2 * mentions('plain.txt').length);
    const err = r.err.trim().split('\n');
    expect(err).toEqual(
      expect.arrayContaining([
        'isnad: empty.txt: skipped, empty',
        'isnad: english.txt: skipped, not Arabic text',
        `isnad: lossy.txt: warning: invalid UTF-8 at byte ${Buffer.byteLength(ARTICLE)} replaced with U+FFFD`,
        `isnad: lossy.txt: warning: invalid UTF-8 at byte ${2 * Buffer.byteLength(ARTICLE) + 1} replaced with U+FFFD`,
        'isnad: spaces.txt: skipped, empty',
        'isnad: marks.txt: skipped, not Arabic text',
        'isnad: line50.txt: skipped, 55.0 MB is over the 5 MB article limit',
        'isnad: noise.txt: not a text file (binary content)',
        'isnad: png.txt: not a text file (binary content)',
        'isnad: sparse50.txt: skipped, 50.0 MB is over the 5 MB article limit',
        'isnad: utf32.txt: UTF-32 is not supported: save the article as UTF-8',
      ]),
    );
    expect(err, r.err).toHaveLength(11);
  });

  it('an article over the engine limit is analysed in part, with a warning (exit code 0)', () => {
    const dir = folder({ 'long.txt': 'قال ترامب إن إيران مهمة '.repeat(Math.ceil((MAX_ARTICLE_CHARS * 3) / 24)), 'ok.txt': ARTICLE });
    const r = run('analyze', dir, '--json');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^isnad: long\.txt: warning: \d+ characters, only the first 100000 are analysed\n$/);
    const long = JSON.parse(r.out).articles.find((a: { file: string }) => a.file === 'long.txt');
    expect(long.truncated).toBe(true);
    expect(long.mentions.every((m: { end: number }) => m.end <= MAX_ARTICLE_CHARS)).toBe(true);
  });

  it('never blocks on a FIFO or reads a device named .txt', () => {
    const dir = folder({ 'ok.txt': ARTICLE });
    const fifo = spawnSync('mkfifo', [path.join(dir, 'fifo.txt')]);
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.txt'));
    const r = run('analyze', dir, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).articles.map((a: { file: string }) => a.file)).toEqual(['ok.txt']);
    if (fifo.status === 0) expect(r.err).toContain('isnad: fifo.txt: skipped, not a regular file');
    expect(r.err).toContain('isnad: zero.txt: skipped, not a regular file');
  });

  it('hostile file names: no control character reaches the terminal, in messages or in the report', () => {
    const dir = folder({
      'esc\u001b[2J\u001b]0;pwned\u0007.txt': 'english only',
      'new\nline.txt': ARTICLE,
      '\u202eevil.txt': ARTICLE,
    });
    const r = run('analyze', dir);
    expect(r.err).toContain('isnad: esc\\x1b[2J\\x1b]0;pwned\\x07.txt: skipped, not Arabic text');
    for (const s of [r.out, r.err]) {
      expect(s).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    }
    expect(r.out).toContain('new\\nline.txt');
  });

  it('--csv mentions|claims: RFC 4180, formula cells neutralised', () => {
    const dir = folder({
      '=HYPERLINK("evil.test").txt': ARTICLE,
      'b.txt': ARTICLE.replace('مثمرة', 'مثمرة جدا'),
      'c.txt': `${ARTICLE}\n=1+1 قال ترامب إن إيران وافقت على الاتفاق الجديد.`,
    });
    const m = run('analyze', dir, '--csv', 'mentions');
    expect(m.code).toBe(0);
    const rows = parseCsv(m.out);
    expect(rows[0]).toEqual(['file', 'line', 'start', 'end', 'actor', 'actor_name', 'actor_name_en', 'kind', 'nested', 'text', 'title_start', 'title_end', 'title_text']);
    expect(rows.slice(1).map((r) => r[0])).toContain('\'=HYPERLINK("evil.test").txt');
    const c = run('analyze', dir, '--csv', 'claims');
    expect(c.code).toBe(0);
    const cells = parseCsv(c.out).flat();
    expect(cells.some((x) => x.startsWith("'=1+1"))).toBe(true);
    expect(cells.every((x) => !/^[=+\-@]/.test(x))).toBe(true);
  });

  it('bad arguments', () => {
    const dir = folder({ 'a.txt': ARTICLE });
    expect(run('analyze', dir, '--csv', 'xlsx').code).toBe(2);
    expect(run('analyze', dir, '--csv', 'claims', '--json').code).toBe(2);
    expect(run('analyze', dir, '--registry').code).toBe(2);
    const missing = run('analyze', dir, '--registry', path.join(dir, 'nope.json'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/nope\.json: cannot read: ENOENT/);
    expect(run('analyze', dir, '--registry', dir).err).toMatch(/skipped, not a regular file/);
    expect(run('analyze', path.join(dir, 'a.txt')).code).toBe(1);
  });
});
