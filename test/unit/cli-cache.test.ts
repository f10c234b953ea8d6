/**
 * `isnad analyze DIR --cache CACHEDIR`: the same bytes on stdout without the
 * cache, with a cold cache and a warm one, for every output format; a changed
 * article is analysed again; a damaged cache is rebuilt, never fatal.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFolder, buildCliBundle } from './cliBundle';

const root = path.join(__dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-cli-cache-'));
const cli = path.join(tmp, 'cli.js');

/** Run asynchronously: the test runner's own messages go on meanwhile. */
function run(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 180000, maxBuffer: 64 * 1024 * 1024 }, (e, out, err) => done({ code: e ? ((e as { code?: number }).code ?? null) : 0, out, err }));
  });
}

const seeds = (): Array<[string, string]> =>
  fs
    .readdirSync(path.join(root, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f, fs.readFileSync(path.join(root, 'seeds', f), 'utf8')]);

beforeAll(async () => {
  await buildCliBundle(tmp);
}, 60000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const entries = (dir: string): string[] => fs.readdirSync(dir).filter((f) => f.endsWith('.isc'));

describe('isnad analyze --cache', () => {
  it('prints the same bytes without the cache, cold and warm, in every format', async () => {
    const dir = articleFolder(tmp, seeds());
    for (const format of [['--json'], [], ['--csv', 'mentions'], ['--csv', 'claims']]) {
      const cache = fs.mkdtempSync(path.join(tmp, 'cache-'));
      const plain = await run('analyze', dir, ...format);
      expect(plain.code).toBe(0);
      expect(plain.out.length).toBeGreaterThan(1000);
      const cold = await run('analyze', dir, ...format, '--cache', cache);
      expect(entries(cache)).toHaveLength(5);
      const stamps = entries(cache).map((f) => fs.statSync(path.join(cache, f)).mtimeMs);
      const warm = await run('analyze', dir, ...format, `--cache=${cache}`);
      expect(cold.out).toBe(plain.out);
      expect(warm.out).toBe(plain.out);
      expect([cold.code, warm.code, cold.err, warm.err]).toEqual([0, 0, plain.err, plain.err]);
      // A warm run reads the entries and writes none.
      expect(entries(cache).map((f) => fs.statSync(path.join(cache, f)).mtimeMs)).toEqual(stamps);
    }
  }, 300000);

  it('a changed article is analysed again; a damaged entry is rebuilt; the output follows the text', async () => {
    const files = seeds();
    const dir = articleFolder(tmp, files);
    const cache = path.join(tmp, 'made-by-isnad', 'cache');
    await run('analyze', dir, '--json', '--cache', cache);
    const [name, text] = files[2];
    fs.writeFileSync(path.join(dir, name), text.replace(/ترامب/g, 'بايدن'));
    for (const f of entries(cache)) {
      const p = path.join(cache, f);
      const b = fs.readFileSync(p);
      if (f === entries(cache)[0]) fs.writeFileSync(p, b.subarray(0, b.length >> 1));
    }
    const warm = await run('analyze', dir, '--json', '--cache', cache);
    const plain = await run('analyze', dir, '--json');
    expect(warm.code).toBe(0);
    expect(warm.out).toBe(plain.out);
    expect(warm.out).toMatch(/"actor": "biden"/);
    expect((await run('analyze', dir, '--json', '--cache', cache)).out).toBe(plain.out);
  }, 180000);

  it('a cache that cannot be written is a warning, and the report is whole', async () => {
    const dir = articleFolder(tmp, seeds().slice(0, 2));
    const blocker = path.join(tmp, 'blocker');
    fs.writeFileSync(blocker, 'ليس مجلدا');
    const r = await run('analyze', dir, '--json', '--cache', path.join(blocker, 'cache'));
    expect(r.code).toBe(0);
    expect(r.out).toBe((await run('analyze', dir, '--json')).out);
    expect(r.err).toMatch(/warning: could not write 2 entries of the cache/);
    expect((await run('analyze', dir, '--cache')).code).toBe(2);
    expect((await run('--help')).out).toContain('--cache DIR');
  }, 120000);
});
