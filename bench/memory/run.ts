/**
 * `npm run bench -- --memory`: peak memory of `isnad analyze --json` on the
 * two corpora of corpora.ts (long name-dense articles; many retellings of one
 * 100 KB article), each in its own process with its output thrown away. Prints
 * a table and writes bench-results/<date-time>-memory.json.
 *   --dense N     name-dense articles (default 100; a list such as 100,400,800 runs each)
 *   --copies N    retellings (default 300; 0: none)
 *   --large       the large cases as well: 400 and 800 name-dense articles
 *   --limit S     stop a run after S seconds (default 600; the row says so)
 *   --root DIR    the repository (scripts/bench.mjs passes it)
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeCopies, writeDense } from './corpora';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : def;
}

const root = path.resolve(arg('root', path.join(__dirname, '../..')));
const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
const cli = path.join(root, 'dist/cli.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-bench-memory-'));

interface Row {
  corpus: string;
  articles: number;
  textMB: number;
  peakRssMB: number;
  seconds: number;
  status: number | null | 'time limit';
}

/** Runs the CLI's main in a child that reports its own peak RSS (no /usr/bin/time needed). */
// --threads N: passed to the CLI (by default it chooses: worker threads above 10 million characters, each with its own heap).
const threads = arg('threads', '');
// A run that takes longer is stopped (its peak is then not known): the large cases take minutes on a busy machine.
const limit = Number(arg('limit', '600'));

function measure(corpus: string, dir: string, articles: number, bytes: number): Row {
  const cliArgs = ['node', 'isnad', 'analyze', dir, '--json', ...(threads ? ['--threads', threads] : [])];
  const wrapper = `const m = require(${JSON.stringify(cli)}); const code = m.main(${JSON.stringify(cliArgs)}); process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n'); process.exitCode = code;`;
  const t = Date.now();
  const r = spawnSync(process.execPath, ['-e', wrapper], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: limit * 1000, killSignal: 'SIGKILL' });
  const kb = Number(/MAXRSS (\d+)/.exec(r.stderr ?? '')?.[1] ?? NaN);
  const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return { corpus, articles, textMB: bytes / 1048576, peakRssMB: kb / 1024, seconds: (Date.now() - t) / 1000, status: timedOut ? 'time limit' : r.status };
}

try {
  const dense = arg('dense', '100').split(',').map(Number);
  if (process.argv.includes('--large')) dense.push(400, 800);
  const copies = Number(arg('copies', '300'));
  const rows: Row[] = [];
  const copiesDir = path.join(tmp, 'copies');
  if (copies > 0) rows.push(measure(`${copies} retellings of one 100 KB article`, copiesDir, copies, writeCopies(copiesDir, path.join(root, 'seeds'), copies)));
  fs.rmSync(copiesDir, { recursive: true, force: true });
  for (const d of [...new Set(dense)].filter((x) => x > 0)) {
    const denseDir = path.join(tmp, 'dense');
    rows.push(measure(`${d} articles of 100,000 characters, each sentence naming someone new`, denseDir, d, writeDense(denseDir, d)));
    fs.rmSync(denseDir, { recursive: true, force: true });
  }
  const date = new Date();
  console.log(`Isnad memory benchmark ${date.toISOString()}: ${os.cpus().length} cores, Node ${process.version}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, load average ${os.loadavg()[0].toFixed(1)}, CLI threads: ${threads || 'its default'}`);
  console.log('| corpus | text | peak RSS (isnad analyze --json) | time | status |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.corpus} | ${r.textMB.toFixed(1)} MB | ${r.peakRssMB.toFixed(0)} MB | ${r.seconds.toFixed(1)} s | ${r.status} |`);
  if (!process.argv.includes('--no-save')) {
    const dir = path.join(root, 'bench-results');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${date.toISOString().replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')}-memory.json`);
    fs.writeFileSync(file, JSON.stringify({ date: date.toISOString(), node: process.version, cores: os.cpus().length, load: os.loadavg(), threads: threads || 'default', rows }, null, 2) + '\n');
    console.log(`figures: ${path.relative(root, file)}`);
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
