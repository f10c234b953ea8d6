import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Registry } from '../../src/core/actors/registry';
import { builtinActors, builtinOffices } from '../../src/core/actors/builtin';
import type { Article } from '../corpus/generate';
import type { BenchRegistry } from '../corpus/registry';
import { cpus } from 'node:os';
import { aliasHits, ScanPool } from './parallelScan';
import { readFiles } from './readFiles';
import { now, summarize } from './stats';

/**
 * Every alias of the registry found in every file: the engine's name matcher
 * (fold, tokenise, trie scan: what findMentions starts with) against ripgrep
 * counting the same aliases as fixed strings in the same files on disk. Both
 * read the files from a temporary folder (the page cache holds them): the
 * engine is timed on one scanning thread (a worker thread reads the files
 * meanwhile: readFiles.ts) and on a pool of one worker per core, started and
 * warmed beforehand (parallelScan.ts), as rg uses every core; the ratio
 * compares the latter with rg. The engine's
 * figure with the texts already in memory is given as well. The engine matches more than rg (spelling variants, proclitics
 * «وترامب») and whole words only; rg counts raw substrings.
 */
export interface AliasSearchResult {
  aliases: number;
  files: number;
  /** One scanning thread (a worker reads the files meanwhile). */
  engineMs: number;
  engineInMemoryMs: number;
  /** As many scanning threads as cores, like rg. */
  engineThreads: number;
  engineParallelMs: number;
  engineHits: number;
  rgMs?: number;
  rgMatches?: number;
  rgVersion?: string;
  /** engineParallelMs / rgMs: both use every core. */
  ratio?: number;
  /** engineMs / rgMs. */
  singleThreadRatio?: number;
  note?: string;
}

const REPEATS = 3;
function median(xs: number[]): number {
  return summarize(xs).median;
}

export async function aliasSearch(articles: Article[], reg: BenchRegistry, script: string): Promise<AliasSearchResult> {
  const registry = new Registry(reg.actors ?? builtinActors(), reg.offices ?? builtinOffices);
  const dir = mkdtempSync(join(tmpdir(), 'isnad-bench-'));
  try {
    const paths = articles.map((a) => {
      const p = join(dir, 'corpus', a.file);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, a.text);
      return p;
    });
    const patterns = join(dir, 'aliases.txt');
    // rg reads one pattern a line: an alias with a line break in it cannot be searched.
    const aliases = [...new Set(reg.aliases.map((a) => a.trim()).filter((a) => a && !/[\r\n]/.test(a)))];
    writeFileSync(patterns, aliases.join('\n') + '\n');

    let engineHits = 0;
    const fromDisk: number[] = [];
    const inMemory: number[] = [];
    const parallel: number[] = [];
    const pool = new ScanPool(script, cpus().length, reg.actors, reg.offices);
    try {
      await pool.search(paths); // start-up and warm-up, as a long-lived search service would have done
      for (let r = 0; r < REPEATS; r++) {
        let t = now();
        engineHits = 0;
        for await (const text of readFiles(paths)) engineHits += aliasHits(registry, text);
        fromDisk.push(now() - t);
        t = now();
        for (const a of articles) aliasHits(registry, a.text);
        inMemory.push(now() - t);
        t = now();
        const hits = await pool.search(paths);
        parallel.push(now() - t);
        if (hits !== engineHits) throw new Error(`workers found ${hits} names, one thread ${engineHits}`);
      }
    } finally {
      await pool.close();
    }
    const result: AliasSearchResult = {
      aliases: aliases.length,
      files: articles.length,
      engineMs: median(fromDisk),
      engineInMemoryMs: median(inMemory),
      engineThreads: cpus().length,
      engineParallelMs: median(parallel),
      engineHits,
    };

    const version = spawnSync('rg', ['--version'], { encoding: 'utf8' });
    if (version.status !== 0) return { ...result, note: 'rg not found (apt-get install ripgrep)' };
    result.rgVersion = version.stdout.split('\n')[0];
    const rgTimes: number[] = [];
    for (let r = 0; r < REPEATS; r++) {
      const t = now();
      const out = spawnSync('rg', ['--count-matches', '--fixed-strings', '--no-messages', '--no-ignore', '--hidden', '-f', patterns, join(dir, 'corpus')], { encoding: 'utf8', maxBuffer: 1 << 28 });
      rgTimes.push(now() - t);
      result.rgMatches = out.stdout
        .split('\n')
        .filter(Boolean)
        .reduce((n, line) => n + Number(line.slice(line.lastIndexOf(':') + 1)), 0);
    }
    result.rgMs = median(rgTimes);
    result.ratio = result.engineParallelMs / result.rgMs;
    result.singleThreadRatio = result.engineMs / result.rgMs;
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
