/**
 * `isnad` as Unix tools behave: in a pipeline that closes early (EPIPE: quiet,
 * status 0), on a full disk (one line, non-zero), with unknown flags and
 * malformed values (usage, status 2), --help and --version on stdout, the
 * documented exit statuses, `skipped` in the JSON, file names that are not
 * UTF-8, and no control character from a file name reaching the terminal
 * raw, in any output format. Never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { articleFolder, buildCliBundle } from './cliBundle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../fuzz/oracle';
import { cp1256 } from '../encodings';
import { toPresentationForms } from '../presentationForms';

const root = path.join(__dirname, '../..');
const seeds = path.join(root, 'seeds');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-robust-cli-'));
const cli = path.join(tmp, 'cli.js');
const ARTICLE = 'قال الرئيس الأمريكي دونالد ترامب إن المحادثات مع إيران مثمرة.\nوأضاف أن لبنان مهم.';
const STACK = /\n\s+at .+[:(]\d+/;

function run(args: string[], opts: { stdout?: number } = {}): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60000, maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', opts.stdout ?? 'pipe', 'pipe'] });
  return { code: r.status, out: r.stdout ?? '', err: r.stderr };
}

const folder = (files: Array<[string | Buffer, string | Uint8Array]>): string => articleFolder(tmp, files);

beforeAll(async () => {
  await buildCliBundle(tmp);
}, 60000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('isnad in a pipeline', () => {
  it('a reader that stops early (| head -c 10): quiet, status 0, for JSON, CSV and text', () => {
    // Twenty copies of the seeds: far more than a pipe holds, so the writer meets the closed pipe.
    const dir = folder([]);
    for (let i = 0; i < 20; i++) for (const f of fs.readdirSync(seeds)) fs.copyFileSync(path.join(seeds, f), path.join(dir, `${i}-${f}`));
    for (const fmt of ['--json', '--csv mentions', '']) {
      const r = spawnSync('bash', ['-c', `"${process.execPath}" "${cli}" analyze "${dir}" ${fmt} | head -c 10 >/dev/null; echo "status=\${PIPESTATUS[0]}" >&2`], { encoding: 'utf8', timeout: 120000 });
      expect(r.stderr).toBe('status=0\n');
    }
  });

  it('a full disk (/dev/full): one line on stderr, status 1', () => {
    const full = fs.openSync('/dev/full', 'w');
    try {
      const r = run(['analyze', seeds, '--json'], { stdout: full });
      expect(r.code).toBe(1);
      expect(r.err).toBe('isnad: cannot write the output: ENOSPC (no space left on the device)\n');
    } finally {
      fs.closeSync(full);
    }
  });
});

describe('isnad: options and exit statuses', () => {
  it('--help and --version on stdout, status 0; the help states the line-number base and the statuses', () => {
    for (const args of [['--help'], ['-h'], ['analyze', '--help']]) {
      const r = run(args);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      expect(r.out).toMatch(/^isnad \d+\.\d+\.\d+/);
      expect(r.out).toMatch(/the JSON counts lines and columns from 0/);
      expect(r.out).toMatch(/text report and the CSV count lines from 1/);
      expect(r.out).toMatch(/Exit status:\n  0  done.*\n  1  a file or folder could not be read/);
      expect(r.out).toMatch(/\n  2  usage error/);
    }
    const v = run(['--version']);
    expect(v).toMatchObject({ code: 0, err: '' });
    expect(v.out).toBe(`isnad ${JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version}\n`);
  });

  it('unknown flags, malformed values, stray words: usage errors, status 2, nothing on stdout', () => {
    const cases: Array<[string[], RegExp]> = [
      [['analyze', seeds, '--jsno'], /unknown option --jsno \(did you mean --json\?\)/],
      [['analyze', seeds, '-j'], /unknown option -j/],
      [['analyze', seeds, '--min-sources', '2x'], /--min-sources takes a whole number/],
      [['analyze', seeds, '--min-sources', '1'], /--min-sources takes a whole number of at least 2/],
      [['analyze', seeds, '--min-sources=2.5'], /--min-sources takes a whole number/],
      [['analyze', seeds, '--min-sources'], /--min-sources needs a value/],
      [['analyze', seeds, '--json', '--json'], /--json is given twice/],
      [['analyze', seeds, '--json=yes'], /--json takes no value/],
      [['analyze', seeds, 'extra'], /one folder, not 2/],
      [['analyze'], /which folder\?/],
      [['analyse', seeds], /unknown command analyse/],
      [[], /which command\?/],
      [['--jsno'], /unknown option --jsno/],
    ];
    for (const [args, msg] of cases) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(msg);
      expect(r.err).toMatch(/usage: isnad analyze/);
    }
    // «--» ends the options: a folder may be named like one.
    const dir = folder([['a.txt', ARTICLE]]);
    const dashed = path.join(path.dirname(dir), '--json');
    fs.renameSync(dir, dashed);
    const r = run(['analyze', '--csv=mentions', '--', dashed]);
    expect(r.code).toBe(0);
    expect(parseCsv(r.out)[1][4]).toBe('trump');
  });

  it('status 0 when files are only skipped; 1 when one cannot be read; the JSON lists both with their reason', () => {
    const dir = folder([
      ['a.txt', ARTICLE],
      ['empty.txt', ''],
      ['english.txt', 'The talks were useful, the minister said.'],
      ['binary.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1])],
    ]);
    const ok = run(['analyze', dir, '--json']);
    expect(ok.code).toBe(0);
    const j = JSON.parse(ok.out);
    expect(j.articles.map((a: { file: string }) => a.file)).toEqual(['a.txt']);
    expect(j.skipped.map((s: { file: string; reason: string }) => [s.file, s.reason])).toEqual([
      ['binary.txt', 'not-text'],
      ['empty.txt', 'empty'],
      ['english.txt', 'not-arabic'],
    ]);
    fs.symlinkSync(path.join(dir, 'gone'), path.join(dir, 'dangling.txt'));
    const bad = run(['analyze', dir, '--json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out).skipped).toContainEqual({ file: 'dangling.txt', reason: 'unreadable', message: 'cannot read: ENOENT' });
    expect(bad.err).toContain('isnad: dangling.txt: cannot read: ENOENT');
  });

  it('an article copied from a PDF (presentation forms) is analysed like the same article in letters', () => {
    const dir = folder([
      ['letters.txt', ARTICLE],
      ['pdf.txt', toPresentationForms(ARTICLE)],
    ]);
    const r = run(['analyze', dir, '--json']);
    expect(r).toMatchObject({ code: 0, err: '' });
    const j = JSON.parse(r.out);
    const ids = (f: string): string[] => j.articles.find((a: { file: string }) => a.file === f).mentions.map((m: { actor: string }) => m.actor);
    expect(ids('pdf.txt')).toEqual(ids('letters.txt'));
    expect(ids('pdf.txt')).toEqual(expect.arrayContaining(['trump', 'iran', 'lebanon']));
  });

  it('actor file lists are sorted', () => {
    const j = JSON.parse(run(['analyze', seeds, '--json']).out);
    for (const a of j.actors) expect(a.articles).toEqual([...a.articles].sort());
  });
});

describe('isnad: names and text from the folder are escaped in every output', () => {
  // ESC (screen clear, terminal title), BEL, DEL, CSI (U+009B), a bidi override and an isolate.
  const HOSTILE = 'x\u001b[2J\u001b]0;pwned\u0007\u007f\u009b31m\u202e\u2066';
  const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

  it('CSV, JSON, the text report and messages carry no raw control or bidi character', () => {
    const dir = folder([
      [`${HOSTILE}.txt`, `${ARTICLE}\nقال ترامب إن ${HOSTILE} مهم.`],
      ['b.txt', ARTICLE],
      [`${HOSTILE}-en.txt`, 'english only'],
    ]);
    for (const args of [['--csv', 'mentions'], ['--csv', 'claims'], ['--json'], []]) {
      const r = run(['analyze', dir, ...args]);
      expect(r.code, args.join(' ')).toBe(0);
      // CSV rows end with CRLF; nothing else of the kind.
      expect(r.out.replace(/\r\n/g, '\n'), args.join(' ')).not.toMatch(RAW);
      expect(r.err).not.toMatch(RAW);
      expect(r.err).toContain('isnad: x\\x1b[2J\\x1b]0;pwned\\x07\\x7f\\x9b31m-en.txt: skipped, not Arabic text');
    }
    // JSON keeps the data exactly (\u escapes); CSV shows it visibly.
    const j = JSON.parse(run(['analyze', dir, '--json']).out);
    expect(j.articles.map((a: { file: string }) => a.file)).toContain(`${HOSTILE}.txt`);
    const csv = parseCsv(run(['analyze', dir, '--csv', 'mentions']).out);
    expect(csv.map((row) => row[0])).toContain('x\\x1b[2J\\x1b]0;pwned\\x07\\x7f\\x9b31m\\u202e\\u2066.txt');
  });

  it('a folder that cannot be read: the message shows its name escaped', () => {
    const r = run(['analyze', path.join(tmp, `nope-${HOSTILE}`)]);
    expect(r.code).toBe(1);
    expect(r.err).not.toMatch(RAW);
    expect(r.err).toMatch(/^isnad: cannot read folder .*nope-x\\x1b\[2J.*: ENOENT\n$/);
  });

  it('a file name that is not valid UTF-8 is read, and named with \\xNN for its odd bytes', () => {
    const name = Buffer.concat([Buffer.from('خبر-', 'utf8'), Buffer.from([0xe1, 0xff]), Buffer.from('.txt')]);
    const other = Buffer.concat([Buffer.from('خبر-', 'utf8'), Buffer.from([0xe1, 0xfe]), Buffer.from('.txt')]);
    const dir = folder([
      [name, ARTICLE],
      [other, cp1256('قال ترامب إن المحادثات مع إيران مثمرة.')],
    ]);
    const r = run(['analyze', dir, '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.articles.map((a: { file: string; mentions: unknown[] }) => [a.file, a.mentions.length])).toEqual([
      ['خبر-\\xe1\\xfe.txt', 2],
      ['خبر-\\xe1\\xff.txt', 3],
    ]);
  });

  it('an internal error (here: the file system failing in a way nobody expects) is one line and a hint, status 3', () => {
    const dir = folder([['a.txt', ARTICLE]]);
    const patch = path.join(tmp, 'failing-fs.js');
    fs.writeFileSync(patch, "require('fs').existsSync = () => { throw new RangeError('the disk said something strange'); };\n");
    const r = spawnSync(process.execPath, ['--require', patch, cli, 'analyze', dir, '--json'], { encoding: 'utf8', timeout: 60000 });
    expect(r.status).toBe(3);
    expect(r.stderr).toBe('isnad: internal error: RangeError: the disk said something strange\nisnad: this is a bug; please report it with the command you ran (ISNAD_DEBUG=1 shows where it happened)\n');
  });

  it('no stack trace, whatever the input: a registry nested 20,000 levels, a registry that is a folder', () => {
    const dir = folder([['a.txt', ARTICLE]]);
    fs.mkdirSync(path.join(dir, '.isnad'));
    fs.writeFileSync(path.join(dir, '.isnad', 'actors.json'), '{"actors":' + '['.repeat(20000));
    const r = run(['analyze', dir, '--json']);
    expect(r.err).not.toMatch(STACK);
    expect(r.err).toMatch(/actors\.json:1:\d+: error: nested more than 64 levels deep/);
    expect(JSON.parse(r.out).articles).toHaveLength(1);
    const f = run(['analyze', dir, '--registry', dir]);
    expect(f.err).not.toMatch(STACK);
    expect(f.err).toMatch(/skipped, not a regular file/);
  });
});
