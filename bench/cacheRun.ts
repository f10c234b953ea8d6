import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AnalysisCache } from '../src/core/cache/analysisCache';
import { Corpus } from '../src/core/corpus/corpus';
import { builtinActors } from '../src/core/actors/builtin';
import { CorpusGenerator } from './corpus/generate';
import { benchRegistry } from './corpus/registry';
import { loadSources } from './data/sources';
import { newCorpus } from './measure/cold';
import { now } from './measure/stats';

/**
 * `npm run bench -- --cache [--size N] [--rounds R] [--no-save]`: the persistent
 * cache and the worker threads.
 *
 * - Engine, in this process (bench registry, as the main bench): every article
 *   through setArticle with no cache, into an empty cache (analysis plus writing
 *   the entries), and from a full cache (the warm start), then the claim
 *   grouping of the warm corpus.
 * - CLI end to end (`isnad analyze DIR --json > /dev/null`, the built-in registry,
 *   the bundle of out/bench/cli.js): one thread, one thread per core, and a cold
 *   and a warm --cache, wall time and peak RSS of the process (GNU time when it is
 *   there); ripgrep over the same files for every alias form, when `rg` is there.
 *
 * Best of `rounds` for each figure (a busy machine disturbs every one).
 */
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const root = resolve(arg('root') ?? process.cwd());
const size = Number(arg('size') ?? 10_000);
const rounds = Number(arg('rounds') ?? 2);
const dataDir = resolve(arg('data') ?? join(root, '../shared/data'));
const cli = join(__dirname, 'cli.js');
const log = (m: string): void => void process.stderr.write(`  [cache ${size}] ${m}\n`);

const sources = loadSources(root, dataDir);
const articles = new CorpusGenerator(sources).articles(size);
const reg = benchRegistry(root, sources.sentences);
const work = mkdtempSync(join(tmpdir(), 'isnad-bench-cache-'));
const folder = join(work, 'articles');
mkdirSync(folder);
for (const a of articles) writeFileSync(join(folder, a.file.replace(/[\\/]/g, '_')), a.text);

function best<T extends { ms: number }>(f: () => T): T {
  let b: T | undefined;
  for (let r = 0; r < rounds; r++) {
    const x = f();
    if (!b || x.ms < b.ms) b = x;
  }
  return b!;
}

/** The bench's corpus (its registry) with a cache. */
const cachedCorpus = (store: AnalysisCache): Corpus => new Corpus({ actors: reg.actors, offices: reg.offices, store });

function engine(): Record<string, number> {
  const dir = join(work, 'engine-cache');
  const none = best(() => {
    const c = newCorpus(reg);
    const t = now();
    for (const a of articles) c.setArticle(a.file, a.text);
    return { ms: now() - t };
  });
  log(`engine: per-article analysis, no cache ${none.ms.toFixed(0)} ms`);
  const cold = best(() => {
    rmSync(dir, { recursive: true, force: true });
    const cache = new AnalysisCache(dir);
    const c = cachedCorpus(cache);
    const t = now();
    for (const a of articles) c.setArticle(a.file, a.text);
    return { ms: now() - t, written: cache.stats.written };
  });
  log(`engine: into an empty cache ${cold.ms.toFixed(0)} ms`);
  let bytes = 0;
  for (const f of readdirSync(dir)) bytes += statSync(join(dir, f)).size;
  const warm = best(() => {
    const cache = new AnalysisCache(dir);
    const c = cachedCorpus(cache);
    const t = now();
    for (const a of articles) c.setArticle(a.file, a.text);
    const t1 = now();
    c.claimGroups();
    c.singleSourceClaims();
    return { ms: t1 - t, groupingMs: now() - t1, hits: cache.stats.hits };
  });
  log(`engine: warm start ${warm.ms.toFixed(0)} ms (${warm.hits} hits), grouping ${warm.groupingMs.toFixed(0)} ms`);
  return { perArticleNoCacheMs: none.ms, perArticleIntoCacheMs: cold.ms, warmPerArticleMs: warm.ms, warmHits: warm.hits, warmGroupingMs: warm.groupingMs, cacheBytes: bytes, cacheBytesPerArticle: bytes / articles.length };
}

const gnuTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;

/** One CLI run: wall ms and peak RSS in MB (when GNU time is there). */
function cliRun(args: string[]): { ms: number; peakMb?: number; status: number | null } {
  const t = now();
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, 'analyze', folder, '--json', ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 256 * 1024 * 1024 })
    : spawnSync(process.execPath, [cli, 'analyze', folder, '--json', ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  const ms = now() - t;
  const kb = gnuTime ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { ms, status: r.status, ...(Number.isFinite(kb) ? { peakMb: kb / 1024 } : {}) };
}

function endToEnd(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  out.oneThread = best(() => cliRun(['--threads', '1']));
  log(`CLI one thread ${JSON.stringify(out.oneThread)}`);
  out.threads = availableParallelism();
  out.allCores = best(() => cliRun(['--threads', String(availableParallelism())]));
  log(`CLI ${availableParallelism()} threads ${JSON.stringify(out.allCores)}`);
  const cacheDir = join(work, 'cli-cache');
  out.coldCache = best(() => {
    rmSync(cacheDir, { recursive: true, force: true });
    return cliRun(['--cache', cacheDir]);
  });
  log(`CLI cold --cache ${JSON.stringify(out.coldCache)}`);
  out.warmCache = best(() => cliRun(['--cache', cacheDir]));
  log(`CLI warm --cache ${JSON.stringify(out.warmCache)}`);
  // ripgrep: every alias form of the bench registry, fixed strings, counted per file.
  const v = spawnSync('rg', ['--version'], { encoding: 'utf8' });
  if (v.status !== 0) out.rg = { note: 'rg not found: skipped' };
  else {
    const patterns = join(work, 'patterns.txt');
    const forms = [...new Set((reg.actors ?? builtinActors()).flatMap((a) => [a.name, ...a.aliases]).filter((x) => x && !x.includes('\n')))];
    writeFileSync(patterns, forms.join('\n') + '\n');
    out.rg = { version: v.stdout.split('\n')[0], forms: forms.length, ...best(() => {
      const t = now();
      spawnSync('rg', ['-c', '-F', '-f', patterns, folder], { stdio: 'ignore' });
      return { ms: now() - t };
    }) };
    log(`rg ${JSON.stringify(out.rg)}`);
  }
  return out;
}

const result = {
  date: new Date().toISOString(),
  node: process.version,
  cores: cpus().length,
  availableParallelism: availableParallelism(),
  loadavg: loadavg(),
  size,
  bytes: articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0),
  rounds,
  engine: engine(),
  cli: endToEnd(),
};
rmSync(work, { recursive: true, force: true });
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
if (!process.argv.includes('--no-save')) {
  const dir = join(root, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${result.date.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')}-cache.json`);
  writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  process.stderr.write(`saved ${file}\n`);
}
