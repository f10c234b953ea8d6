/**
 * Worker threads in `isnad analyze`: the same bytes on stdout and stderr with
 * one thread and with several, with and without a cache and a workspace
 * registry; workers that cannot start, or that analyse with another registry,
 * leave the work to the main thread.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../src/core/corpus/corpus';
import { analyzeInWorkers } from '../../src/cli/workers';
import { encodeState } from '../../src/core/cache/stateCodec';
import { articleFolder, buildCliBundle } from './cliBundle';

const root = path.join(__dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-cli-threads-'));
const cli = path.join(tmp, 'cli.js');

/** Run asynchronously: the test runner's own messages go on meanwhile. */
function runWith(debug: string, args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 120000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ISNAD_DEBUG: debug } }, (e, out, err) =>
      done({ code: e ? ((e as { code?: number }).code ?? null) : 0, out, err }),
    );
  });
}
const run = (...args: string[]): ReturnType<typeof runWith> => runWith('', args);

/** Sixty articles: the seeds retold in other years and with other names, so they make several batches and recurring claims. */
function articles(): Array<[string, string]> {
  const seeds = fs.readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
  const names = ['ترامب', 'بايدن', 'السيسي', 'عراقجي'];
  const out: Array<[string, string]> = [];
  for (let i = 0; i < 12; i++) {
    for (const f of seeds) {
      const text = fs.readFileSync(path.join(root, 'seeds', f), 'utf8').replace(/2025/g, String(2010 + i)).replace(/ترامب/g, names[i % names.length]);
      out.push([`${String(i).padStart(2, '0')}-${f}`, text]);
    }
  }
  return out;
}

let dir: string;
beforeAll(async () => {
  await buildCliBundle(tmp);
  dir = articleFolder(tmp, [...articles(), ['english.txt', 'Not an Arabic article at all.']]);
}, 60000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('isnad analyze --threads', () => {
  it('prints the same bytes in one thread and in three, in JSON and text, with a cache cold and warm', async () => {
    const one = await run('analyze', dir, '--json', '--threads', '1');
    expect(one.code).toBe(0);
    expect(one.err).toContain('english.txt');
    const three = await run('analyze', dir, '--json', '--threads', '3');
    expect(three.out).toBe(one.out);
    expect(three.err).toBe(one.err);
    const cache = path.join(tmp, 'cache');
    expect((await run('analyze', dir, '--json', '--threads', '2', '--cache', cache)).out).toBe(one.out);
    expect(fs.readdirSync(cache).filter((f) => f.endsWith('.isc'))).toHaveLength(60);
    expect((await run('analyze', dir, '--json', '--threads', '2', '--cache', cache)).out).toBe(one.out);
  }, 240000);

  it('the workers really analyse (ISNAD_DEBUG says how many), and use the workspace registry', async () => {
    const reg = path.join(tmp, 'actors.json');
    fs.writeFileSync(reg, JSON.stringify({ actors: [{ id: 'cairo_office', type: 'organization', name: 'مكتب القاهرة الإقليمي', nameEn: 'Cairo office', aliases: ['الحوار الإقليمي'] }] }));
    const r = await runWith('1', ['analyze', dir, '--json', '--threads', '2', '--registry', reg]);
    expect(r.err).toMatch(/1 worker threads and the main thread analysed 60 of 60 articles\n/);
    expect(r.out).toBe((await run('analyze', dir, '--json', '--threads', '1', '--registry', reg)).out);
    expect((await run('analyze', dir, '--threads', '0')).code).toBe(2);
  }, 120000);
});

describe('worker pool: what it cannot do, the main thread does', () => {
  const batch = articles().slice(0, 20).map(([file, text]) => ({ file, text }));

  it('a worker analysing with another registry is not used', async () => {
    const corpus = new Corpus();
    const other = { text: JSON.stringify({ actors: [{ id: 'x_org', type: 'organization', name: 'منظمة التحرير الإقليمية', nameEn: 'X' }] }), file: '/w/.isnad/actors.json' };
    const r = analyzeInWorkers(batch, corpus.analysisRegistry(), { threads: 2, script: cli, registry: other });
    expect(r.states.size).toBe(0);
    expect(r.problem).toMatch(/another registry/);
    const same = analyzeInWorkers(batch, corpus.analysisRegistry(), { threads: 2, script: cli });
    expect(same.states.size).toBe(20);
  }, 60000);

  it('the main thread takes batches beside the workers, and its analyses are the corpus\'s own', async () => {
    const corpus = new Corpus();
    let here = 0;
    // Long enough for more batches than the worker takes at once (a batch is 64,000 characters).
    const long = batch.map(({ file, text }) => ({ file, text: `${text}\n`.repeat(Math.ceil(40_000 / text.length)) }));
    const r = analyzeInWorkers(long, corpus.analysisRegistry(), {
      threads: 2,
      script: cli,
      here: (file, text) => {
        here++;
        return corpus.analyzeApart(file, text);
      },
    });
    expect(r.workers).toBe(1);
    expect(r.states.size).toBe(20);
    expect(here).toBeGreaterThan(0);
    for (const { file, text } of long) {
      const fresh = new Corpus();
      expect(encodeState(r.states.get(file)!, text)).toBe(encodeState(fresh.analyzeApart(file, text), text));
    }
  }, 60000);

  it('workers that never answer: the pool gives up after its wait and returns nothing', async () => {
    const silent = path.join(tmp, 'silent.js');
    fs.writeFileSync(silent, 'throw new Error("cannot start");');
    // The answer says the pool gave up after the wait it was given (1.5 s, not the default 30 s).
    const r = analyzeInWorkers(batch, new Corpus().analysisRegistry(), { threads: 2, script: silent, stallMs: 1500 });
    expect(r.states.size).toBe(0);
    expect(r.problem).toMatch(/no answer from the worker threads in 2 s/);
    const missing = analyzeInWorkers(batch, new Corpus().analysisRegistry(), { threads: 2, script: path.join(tmp, 'nowhere.js'), stallMs: 1500 });
    expect(missing.states.size).toBe(0);
  }, 60000);
});
