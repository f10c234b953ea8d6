import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Registry } from '../../src/core/actors/registry';
import { builtinActors, builtinOffices } from '../../src/core/actors/builtin';
import { normalizeWithMap } from '../../src/core/text/normalize';
import { tokenize } from '../../src/core/text/tokens';
import type { Article } from '../corpus/generate';
import type { BenchRegistry } from '../corpus/registry';
import { readFiles } from './readFiles';
import { now, summarize } from './stats';

/**
 * Every alias of the registry found in every file: the engine's name matcher
 * (fold, tokenise, trie scan: what findMentions starts with) against ripgrep
 * counting the same aliases as fixed strings in the same files on disk. Both
 * read the files from a temporary folder (the page cache holds them): the
 * engine has a worker thread read the files while it scans (readFiles.ts), as
 * a search over a workspace would, and rg uses both cores too; the engine's
 * figure with the texts already in memory is given as well. The engine matches more than rg (spelling variants, proclitics
 * «وترامب») and whole words only; rg counts raw substrings.
 */
export interface AliasSearchResult {
  aliases: number;
  files: number;
  engineMs: number;
  engineInMemoryMs: number;
  engineHits: number;
  rgMs?: number;
  rgMatches?: number;
  rgVersion?: string;
  ratio?: number;
  note?: string;
}

const REPEATS = 3;
function median(xs: number[]): number {
  return summarize(xs).median;
}

export async function aliasSearch(articles: Article[], reg: BenchRegistry): Promise<AliasSearchResult> {
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

    const scanOne = (text: string): number => {
      const norm = normalizeWithMap(text);
      return registry.names.scan(norm.text, tokenize(norm.text)).length;
    };
    let engineHits = 0;
    const fromDisk: number[] = [];
    const inMemory: number[] = [];
    for (let r = 0; r < REPEATS; r++) {
      let t = now();
      engineHits = 0;
      for await (const text of readFiles(paths)) engineHits += scanOne(text);
      fromDisk.push(now() - t);
      t = now();
      for (const a of articles) scanOne(a.text);
      inMemory.push(now() - t);
    }
    const result: AliasSearchResult = { aliases: aliases.length, files: articles.length, engineMs: median(fromDisk), engineInMemoryMs: median(inMemory), engineHits };

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
    result.ratio = result.engineMs / result.rgMs;
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
