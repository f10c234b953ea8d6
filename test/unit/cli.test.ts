import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.join(__dirname, '../..');
const cli = path.join(root, 'dist/cli.js');
/** Folders this file creates, removed after it (also when a test fails). */
const made: string[] = [];
function tempFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-cli-'));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

function run(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('isnad analyze', () => {
  beforeAll(() => {
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
  }, 60000);

  it('prints the documented JSON shape for the seeds', () => {
    const r = run('analyze', path.join(root, 'seeds'), '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.articles).toHaveLength(5);
    const a = j.articles.find((x: { file: string }) => x.file === '001_69304f80c3eb9147.txt');
    expect(a.date).toBe('2026-02-07');
    expect(a.mentions[0]).toMatchObject({ actor: expect.any(String), line: expect.any(Number), start: expect.any(Number), end: expect.any(Number), text: expect.any(String) });
    const trump = j.actors.find((x: { id: string }) => x.id === 'trump');
    expect(trump).toMatchObject({ type: 'person', name: 'دونالد ترامب', nameEn: 'Donald Trump', discovered: false });
    expect(trump.articles).toHaveLength(5);
    expect(j.claims.length).toBeGreaterThan(3);
    for (const c of j.claims) {
      expect(new Set(c.sentences.map((s: { file: string }) => s.file)).size).toBeGreaterThanOrEqual(2);
      expect(c.origins.length).toBeGreaterThanOrEqual(1);
    }
    expect(j.singleSourceClaims.every((c: { sentences: { file: string }[] }) => new Set(c.sentences.map((s) => s.file)).size === 1)).toBe(true);
  });

  it('prints a readable report', () => {
    const r = run('analyze', path.join(root, 'seeds'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/== Actors/);
    expect(r.out).toMatch(/دونالد ترامب \(Donald Trump; person\)/);
    expect(r.out).toMatch(/== Recurring claims/);
  });

  it('reports a missing folder in one line and exits non-zero', () => {
    const r = run('analyze', '/nonexistent/folder');
    expect(r.code).not.toBe(0);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('reports a binary file and still analyses the others', () => {
    const dir = tempFolder();
    fs.copyFileSync(path.join(root, 'seeds/000_088bf622a7312beb.txt'), path.join(dir, 'a.txt'));
    fs.writeFileSync(path.join(dir, 'b.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    const r = run('analyze', dir, '--json');
    // Skipped, not an error: status 0, and listed in the JSON with its reason.
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/b\.txt: not a text file/);
    expect(JSON.parse(r.out).skipped).toEqual([{ file: 'b.txt', reason: 'not-text', message: 'not a text file (binary content)' }]);
    expect(JSON.parse(r.out).articles.map((x: { file: string }) => x.file)).toEqual(['a.txt']);
  });

  it('decodes Windows-1256 and UTF-16 articles', () => {
    const dir = tempFolder();
    // «قال ترامب» in Windows-1256, and the same in UTF-16 LE with a BOM.
    fs.writeFileSync(path.join(dir, 'cp1256.txt'), Buffer.from([0xe3, 0xc7, 0xe1, 0x20, 0xca, 0xd1, 0xc7, 0xe3, 0xc8]));
    fs.writeFileSync(path.join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('قال ترامب', 'utf16le')]));
    const r = run('analyze', dir, '--json');
    expect(r.err).toBe('');
    const j = JSON.parse(r.out);
    for (const a of j.articles) expect(a.mentions.map((m: { actor: string }) => m.actor)).toEqual(['trump']);
  });
});
