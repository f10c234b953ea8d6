import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type { ActivationResult } from './measure/activation';
import { table, type SizeResults } from './report';
import { check, type TargetCheck } from './targets';

/**
 * `npm run bench` (scripts/bench.mjs builds this and bench/run.ts, then runs
 * this): one process per corpus size, the interactive measures on the largest,
 * then one table on stdout and the figures as JSON in bench-results/.
 *
 *   --quick        100 and 1,000 articles only (fast iteration)
 *   --sizes a,b,c  other sizes
 *   --data DIR     the newswire data (default ../shared/data)
 *   --no-save      print only
 *   --claim-weights corpus       group claims with the corpus's own weights (not the default: the fixed background table)
 */

/** The whole run must end within ten minutes: sizes share what is left of this. */
const DEADLINE_MS = 9.5 * 60_000;
/** Time kept back for the processes after the current one. */
const RESERVE_PER_SIZE_MS = 20_000;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

interface Child {
  results: Record<string, unknown>;
  incomplete?: string;
  wallMs: number;
}

function runChild(script: string, args: string[], timeoutMs: number): Promise<Child> {
  return new Promise((done) => {
    const start = Date.now();
    const child = spawn(process.execPath, ['--expose-gc', script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    const results: Record<string, unknown> = {};
    let buffered = '';
    let incomplete: string | undefined;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        if (line.startsWith('RESULT ')) {
          const { key, value } = JSON.parse(line.slice(7)) as { key: string; value: unknown };
          results[key] = value;
        } else if (line.trim()) process.stderr.write(line + '\n');
      }
    });
    const timer = setTimeout(() => {
      incomplete = `stopped at its time limit (${Math.round(timeoutMs / 1000)} s); later measures missing`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (!incomplete && code !== 0) incomplete = `process failed (${signal ?? `exit ${code}`})`;
      done({ results, incomplete, wallMs: Date.now() - start });
    });
  });
}

function stamp(d: Date): string {
  return d.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
}

async function main(): Promise<void> {
  const started = Date.now();
  const root = resolve(arg('root') ?? process.cwd());
  const quick = process.argv.includes('--quick');
  // Set by scripts/bench.mjs --overlay: the figures are of a proposed change, not of the engine as it is.
  const overlay = process.env.ISNAD_BENCH_OVERLAY;
  const sizes = (arg('sizes') ?? (quick ? '100,1000' : '100,1000,10000')).split(',').map(Number);
  const script = join(__dirname, 'run.js');
  const common = ['--root', root, ...(arg('data') ? ['--data', resolve(arg('data')!)] : []), ...(arg('claim-weights') ? ['--claim-weights', arg('claim-weights')!] : [])];
  const machine = { cores: cpus().length, cpu: cpus()[0]?.model ?? '?', node: process.version, platform: `${process.platform} ${process.arch}`, memoryGB: Math.round(totalmem() / 2 ** 30) };
  // Other processes' load skews every figure: recorded with the results.
  const loadBefore = loadavg()[0];
  process.stderr.write(`Isnad benchmark: sizes ${sizes.join(', ')} on ${machine.cores} cores, Node ${machine.node}\n`);

  // The alias search needs no analysed corpus: measured first, in its own process.
  const largest = sizes[sizes.length - 1];
  const alias = await runChild(script, ['--alias-search', '--size', String(largest), ...common], 120_000);
  const runs: SizeResults[] = [];
  for (let i = 0; i < sizes.length; i++) {
    const interactive = i === sizes.length - 1;
    const left = DEADLINE_MS - (Date.now() - started) - RESERVE_PER_SIZE_MS * (sizes.length - 1 - i) - 15_000;
    const child = await runChild(script, ['--size', String(sizes[i]), ...(interactive ? ['--interactive'] : []), ...common], Math.max(30_000, left));
    runs.push({ size: sizes[i], ...(child.results as Partial<SizeResults>), incomplete: child.incomplete, wallMs: child.wallMs });
  }
  runs[runs.length - 1].aliasSearch = alias.results.aliasSearch as SizeResults['aliasSearch'];
  const act = await runChild(script, ['--activation', ...common], 60_000);
  const activation = act.results.activation as ActivationResult | null | undefined;

  const at = (n: number): SizeResults | undefined => runs.find((r) => r.size === n);
  const big = runs[runs.length - 1];
  const cold1k = at(1000)?.cold?.totalMs;
  const cold10k = at(10000)?.cold?.totalMs;
  const targets: Record<string, TargetCheck> = {
    cold: check({ name: 'cold analysis of 10,000 articles, claims grouped', value: cold10k, limit: 3000, unit: ' ms', op: '<' }),
    keystroke: check({ name: 'keystroke re-analysis in a 100 KB article', value: big.keystroke?.median, limit: 5, unit: ' ms', op: '<' }),
    hover: check({ name: 'hover', value: big.hover?.median, limit: 2, unit: ' ms', op: '<' }),
    tree: check({ name: 'tree refresh after one change', value: big.tree?.median, limit: 50, unit: ' ms', op: '<' }),
    changed: check({ name: 'one article changed: claims current again, 10,000 articles', value: at(10000)?.changed?.settledMs, limit: 100, unit: ' ms', op: '<=' }),
    memory: check({ name: 'RSS after gc, 10,000 articles', value: at(10000)?.memory?.rssMB, limit: 300, unit: ' MB', op: '<' }),
    growth: check({ name: 'cold total growth 1k -> 10k', value: cold1k && cold10k ? cold10k / cold1k : undefined, limit: 11, unit: 'x', op: '<=' }),
    aliasSearch: check({ name: 'alias search, engine / rg', value: big.aliasSearch?.ratio, limit: 2, unit: 'x', op: '<=' }),
    activation: check({ name: 'extension activation (bundle load and activate())', value: activation?.total.median, limit: 30, unit: ' ms', op: '<' }),
  };
  const corpus = runs.find((r) => r.corpus)?.corpus;
  const date = new Date();
  const header = [
    `Isnad benchmark ${date.toISOString()}: ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, ${machine.platform}${quick ? ', --quick' : ''}`,
    ...(overlay ? [`OVERLAY: src/core files replaced from ${overlay} (a proposed change, not the engine as committed)`] : []),
    `registry: ${corpus?.registry ?? '?'}; text from: ${corpus?.sources.join(', ') ?? '?'}${arg('claim-weights') === 'corpus' ? "; claims grouped with the corpus's own weights" : ''}`,
    `load average (1 min) before / after the run: ${loadBefore.toFixed(1)} / ${loadavg()[0].toFixed(1)}${loadavg()[0] > machine.cores ? ' (other processes competed for the cores: figures are pessimistic)' : ''}`,
  ];
  process.stdout.write(`\n${header.join('\n')}\n\n${table(runs, targets, activation)}\n`);

  if (!process.argv.includes('--no-save')) {
    const dir = join(root, 'bench-results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${stamp(date)}${quick ? '-quick' : ''}${overlay ? '-overlay' : ''}${arg('claim-weights') === 'corpus' ? '-corpus-weights' : ''}.json`);
    writeFileSync(file, JSON.stringify({ date: date.toISOString(), machine, overlay: overlay ?? null, claimWeights: arg('claim-weights') ?? 'background', load: { before: loadBefore, after: loadavg()[0] }, quick, sizes, registry: corpus?.registry, sources: corpus?.sources, runs, activation: activation ?? null, targets, wallMs: Date.now() - started }, null, 2) + '\n');
    process.stdout.write(`\nwritten: ${file}\n`);
  }
}

void main();
