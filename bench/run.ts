import { join, resolve } from 'node:path';
import { CorpusGenerator, type Article } from './corpus/generate';
import { benchRegistry, type BenchRegistry } from './corpus/registry';
import { loadSources } from './data/sources';
import { activation } from './measure/activation';
import { aliasSearch } from './measure/aliasSearch';
import { runScanWorker } from './measure/parallelScan';
import { coldAnalysis, warmUp } from './measure/cold';
import { keystrokes } from './measure/keystroke';
import { memory } from './measure/memory';
import { now } from './measure/stats';
import { backgroundRegroups, claimsCurrentAfterChange, hovers, treeRefreshes } from './measure/views';

/**
 * One benchmark process (started by bench/main.ts, one per corpus size, so
 * each size starts with a fresh heap): builds the corpus, measures, and prints
 * each result as a line «RESULT {json}» as soon as it has it, so a run cut
 * short by its time limit still reports what it finished.
 *
 *   node --expose-gc run.js --size 10000 [--interactive] [--claim-weights corpus] [--data DIR] [--root DIR]
 *   node run.js --alias-search --size 10000 [--data DIR] [--root DIR]
 *   node run.js --activation --root DIR
 */

const LONG_ARTICLE_BYTES = 100_000;
const WARM_UP_ARTICLES = 300;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function emit(key: string, value: unknown): void {
  process.stdout.write(`RESULT ${JSON.stringify({ key, value })}\n`);
}

function log(msg: string): void {
  process.stderr.write(`  [${arg('size') ?? 'activation'}] ${msg}\n`);
}

function build(root: string, dataDir: string, size: number): { articles: Article[]; long: Article; reg: BenchRegistry; found: string[] } {
  const sources = loadSources(root, dataDir);
  const gen = new CorpusGenerator(sources);
  return { articles: gen.articles(size), long: gen.longArticle(LONG_ARTICLE_BYTES), reg: benchRegistry(root, sources.sentences), found: sources.found };
}

async function main(): Promise<void> {
  const root = resolve(arg('root') ?? process.cwd());
  if (process.argv.includes('--activation')) {
    emit('activation', activation(root) ?? null);
    return;
  }
  const size = Number(arg('size') ?? 1000);
  const budgetMs = Number(arg('budget-ms') ?? 20000);
  const dataDir = resolve(arg('data') ?? join(root, '../shared/data'));

  let t = now();
  const { articles, long, reg, found } = build(root, dataDir, size);
  emit('corpus', { size, sources: found, registry: reg.name, generateMs: now() - t });
  if (process.argv.includes('--alias-search')) {
    // Its own process: it needs no analysed corpus, so a slow engine cannot crowd it out.
    log('alias search (engine, rg)');
    emit('aliasSearch', await aliasSearch(articles, reg, __filename));
    return;
  }
  log(`corpus of ${articles.length} articles built; warming up`);
  warmUp(articles.slice(0, WARM_UP_ARTICLES), reg);

  t = now();
  // --claim-weights corpus: the grouping with the corpus's own weights and their threshold (the default is the background table, cluster/weights.ts).
  const cluster = arg('claim-weights') === 'corpus' ? { weights: 'corpus' as const } : undefined;
  const { result, corpus } = coldAnalysis(articles, reg, cluster);
  emit('cold', result);
  log(`cold analysis ${(now() - t).toFixed(0)} ms`);
  emit('memory', memory());
  if (size >= 1000) {
    log('one article changed: claims current again');
    emit('changed', await claimsCurrentAfterChange(corpus, articles));
  }

  if (!process.argv.includes('--interactive')) return;
  // Cheapest first: hovers while the views' caches are still warm from the cold
  // analysis; the tree refresh regroups every time, so it goes last (on a slow
  // engine the time limit cuts it short).
  log('hovers');
  emit('hover', hovers(corpus, articles, budgetMs / 2));
  corpus.setArticle(long.file, long.text);
  log('keystrokes');
  emit('keystroke', { articleBytes: Buffer.byteLength(long.text), ...keystrokes(corpus, long, budgetMs) });
  log('tree refreshes');
  emit('tree', treeRefreshes(corpus, articles, budgetMs * 2));
  log('regrouping in the background');
  emit('background', await backgroundRegroups(corpus, articles, 2));
}

// The alias search's workers run this same bundle.
if (!runScanWorker()) void main();
