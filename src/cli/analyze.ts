import { AnalysisCache, arabicShare, claimJson, Corpus, decodeArticle, MAX_ARTICLE_CHARS, onModelProblem, REGISTRY_MAX_BYTES, reportActor, reportArticle, reportCsvRows, reportJsonChunks, reportTextLines, releaseFeatureIndex, releaseWordTables, wholeText, type ArticleText, type Report } from '../core';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from './args';
import { readBounded, type SkipKind } from './files';
import { readArticles } from './read';
import { PreparedStore } from './preparedStore';
import { analyzeInWorkers, defaultThreads } from './workers';
import { collectGarbage, GarbageBudget, HeapBudget, memoryLine } from './memory';
import type { Messages, Output } from './output';
import { EXIT, usageError } from './status';

export { MAX_ARTICLE_BYTES } from './read';

export const ANALYZE_FLAGS = [
  { name: 'json' },
  { name: 'csv', value: true },
  { name: 'min-sources', value: true },
  { name: 'registry', value: true },
  { name: 'cache', value: true },
  { name: 'threads', value: true },
];

/** Below this much text to analyse (about 3,000 news articles), starting worker threads cost more than they saved in `npm run bench -- --cache` (unless --threads asks). */
const AUTO_THREADS_CHARS = 10_000_000;

/**
 * isnad analyze <folder> [--json | --csv mentions|claims] [--min-sources N] [--registry FILE] [--cache DIR] [--threads N]
 * Reads every .txt file under the folder (one article each). Files that are
 * empty, not text, not Arabic, too large or not regular files are skipped:
 * reported on stderr and in the JSON's `skipped`, not errors (status 0). A file
 * or folder that cannot be read is an error (status 1); the others are still analysed.
 */
export function analyze(args: string[], out: Output, say: Messages): number {
  const parsed = parseArgs(args, ANALYZE_FLAGS);
  if ('error' in parsed) return usageError(say, parsed.error);
  const { positionals, flags } = parsed;
  if (positionals.length !== 1) return usageError(say, positionals.length ? `one folder, not ${positionals.length}` : 'which folder?');
  const csvArg = flags.get('csv');
  if (csvArg !== undefined && csvArg !== 'mentions' && csvArg !== 'claims') return usageError(say, '--csv takes "mentions" or "claims"');
  const csv = csvArg as 'mentions' | 'claims' | undefined;
  const json = flags.has('json');
  if (json && csv) return usageError(say, 'choose one of --json and --csv');
  const ms = flags.get('min-sources');
  if (ms !== undefined && (typeof ms !== 'string' || !/^\d{1,6}$/.test(ms) || Number(ms) < 2)) return usageError(say, '--min-sources takes a whole number of at least 2');
  const minSources = ms === undefined ? undefined : Number(ms);
  // A missing or damaged name-tagger model: one line, and the registry-only analysis goes on.
  onModelProblem((message) => say.line(message));
  const regArg = flags.get('registry');
  const cacheArg = flags.get('cache');
  if (cacheArg !== undefined && (typeof cacheArg !== 'string' || !cacheArg)) return usageError(say, '--cache takes a folder');
  const threadsArg = flags.get('threads');
  if (threadsArg !== undefined && (typeof threadsArg !== 'string' || !/^\d{1,3}$/.test(threadsArg) || Number(threadsArg) < 1)) return usageError(say, '--threads takes a whole number of at least 1');
  const folder = path.resolve(positionals[0]);

  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch (e) {
    say.line(`isnad: cannot read folder ${folder}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
    return EXIT.unreadable;
  }
  if (!stat.isDirectory()) {
    say.line(`isnad: not a folder: ${folder}`);
    return EXIT.unreadable;
  }
  let errors = 0;
  const error = (msg: string): void => {
    errors++;
    say.line(msg);
  };
  const skipped: NonNullable<Report['skipped']> = [];
  const skip = (file: string, reason: SkipKind, message: string): void => {
    skipped.push({ file, reason, message });
    if (reason === 'unreadable') error(`isnad: ${file}: ${message}`);
    else say.line(`isnad: ${file}: ${message}`);
  };

  // Each article's analysis is looked up there first and written there after: the report is the same either way.
  const cache = typeof cacheArg === 'string' ? new AnalysisCache(path.resolve(cacheArg)) : undefined;
  const store = new PreparedStore(cache);
  // One analysis: nothing kept for a regrouping after a change.
  const corpus = new Corpus({ minSources, store, incremental: false });
  let workspaceRegistry: { text: string; file: string } | undefined;
  const regFile = typeof regArg === 'string' ? path.resolve(regArg) : path.join(folder, '.isnad', 'actors.json');
  if (regArg !== undefined || fs.existsSync(regFile)) {
    const reg = readBounded(regFile, REGISTRY_MAX_BYTES, 'registry');
    if ('bytes' in reg) {
      const decoded = decodeArticle(reg.bytes);
      if ('error' in decoded) error(`isnad: ${regFile}: ${decoded.error}`);
      else {
        workspaceRegistry = { text: decoded.text, file: regFile };
        for (const d of corpus.setWorkspaceRegistry(decoded.text, regFile)) {
          const line = `${d.file}:${d.line + 1}:${d.character + 1}: ${d.severity}: ${d.message}`;
          if (d.severity === 'warning') say.line(line);
          else error(line);
        }
      }
    } else error(`isnad: ${regFile}: ${'skip' in reg ? reg.reason : reg.error}`);
  }

  // Every file is read first (its messages wait): the articles to analyse are then known, for the worker threads.
  const found = readArticles(folder, error);
  const todo: Array<{ file: string; text: ArticleText }> = [];
  // Without a cache there is nothing to look up: the texts stay packed until analysed.
  for (const f of found) if ('text' in f && !(cache && store.fromCache(f.rel, wholeText(f.text), corpus.analysisRegistry(), f.text))) todo.push({ file: f.rel, text: f.text });
  const debug = (phase: string): void => {
    if (process.env.ISNAD_DEBUG) say.line(memoryLine(phase));
  };
  debug('articles read');
  const chars = todo.reduce((n, a) => n + a.text.length, 0);
  const threads = threadsArg !== undefined ? Number(threadsArg) : chars >= AUTO_THREADS_CHARS ? defaultThreads() : 1;
  // Workers run this same bundle; from the sources (tests run them so) there is none to start.
  if (threads > 1 && todo.length > 1 && __filename.endsWith('.js')) {
    const pool = analyzeInWorkers(todo, corpus.analysisRegistry(), { threads, script: __filename, registry: workspaceRegistry, here: (file, text) => corpus.analyzeApart(file, text) });
    for (const a of todo) {
      const state = pool.states.get(a.file);
      if (state) store.fromWorker(a.file, a.text, state);
    }
    if (process.env.ISNAD_DEBUG) say.line(`isnad: ${pool.workers} worker threads and the main thread analysed ${pool.states.size} of ${todo.length} articles${pool.problem ? `: ${pool.problem}` : ''}`);
  }

  debug('worker threads done');
  // At most about 64 MB of analysis garbage between collections (memory.ts says why the heap, not characters).
  const budget = new HeapBudget(64 * 1024 * 1024);
  for (const f of found) {
    if ('skip' in f) {
      skip(f.rel, f.skip, f.message);
      continue;
    }
    for (const w of f.warnings) say.line(`isnad: ${f.rel}: warning: ${w}`);
    const a = corpus.setArticle(f.rel, wholeText(f.text), typeof f.text === 'string' ? undefined : f.text);
    budget.check();
    if (a.truncated) say.line(`isnad: ${f.rel}: warning: ${f.text.length} characters, only the first ${MAX_ARTICLE_CHARS} are analysed`);
  }

  debug('articles analysed');
  if (cache?.stats.failed) say.line(`isnad: warning: could not write ${cache.stats.failed} entries of the cache in ${cache.dir}; the report is complete`);

  // What reading left behind goes before the claim grouping takes its working space,
  // and so do the tables that made reading faster (wordTables.ts): no article is analysed after this.
  releaseWordTables();
  releaseFeatureIndex();
  collectGarbage();
  // Claims are grouped before any entry is written, and the grouping's working space is
  // collected before the writing starts: grouped while the JSON was written (after the
  // articles' entries), it stood on their garbage (300 copies of one article: 595 -> 522 MB).
  // The mentions table reads no claim: the grouping is skipped.
  if (csv !== 'mentions') corpus.claimGroups();
  debug('claims grouped');
  collectGarbage();
  const each = function* <T, U>(items: () => Iterable<T>, entry: (item: T) => U): Generator<U> {
    for (const item of items()) {
      if (!out.open) return;
      yield entry(item);
    }
  };
  // The JSON and the text report alike: every entry (article, actor, claim) is built as it is written and
  // dropped after, so the report never exists whole beside the corpus (on 100 name-dense articles it was 250 MB).
  // Made one at a time as they are written: a name-dense article's discovered names are about half a MB as a list of entries.
  const actors = each(() => corpus.eachActorUsage(), (u) => reportActor(corpus, u));
  const claims = each(() => corpus.claimGroups(), claimJson);
  // Made one at a time as they are written: the corpus keeps them as two numbers each (about 1 MB per name-dense article as objects).
  const singleSourceClaims = each(() => corpus.eachSingleSourceClaim(), claimJson);
  if (json) {
    const articles = each(() => corpus.files(), (f) => reportArticle(corpus, f));
    // Each article's entry is a few MB of JSON text that waits in the old generation, three times over
    // (stringified, indented, joined for the write) and mostly two bytes a character, beside the objects it
    // was made from: collected every 16 million characters written (at 50 million, the claims of 300
    // retellings of one article peaked at 602 MB, 466 MB at 16 million, in the same CPU time).
    const written = new GarbageBudget(16_000_000);
    for (const chunk of reportJsonChunks({ articles, actors, claims, singleSourceClaims, skipped })) {
      if (!out.open) break;
      out.write(chunk);
      written.note(chunk.length);
    }
    out.write('\n');
  } else if (!csv) {
    // The text report line by line, its entries made as they are written, as the JSON is: built whole first,
    // it held every article's mentions as objects (the text shows none of them) and every string twice
    // (as made, and made safe for the terminal), then the whole text. Its first line counts the actors
    // (counted first by making each entry and dropping it) and the single-source claims.
    let actorCount = 0;
    for (const _ of corpus.eachActorUsage()) actorCount++;
    const files = corpus.files();
    const counts = { articles: files.length, actors: actorCount, claims: corpus.claimGroups().length, singleSourceClaims: corpus.singleSourceClaimCount() };
    const articles = each(
      () => files,
      (file) => {
        const a = corpus.getArticle(file)!;
        return { file, date: a.date, title: a.title, truncated: a.truncated };
      },
    );
    const written = new GarbageBudget(16_000_000);
    for (const line of reportTextLines({ counts, articles, actors, claims, singleSourceClaims })) {
      if (!out.open) break;
      out.write(line + '\n');
      written.note(line.length);
    }
  } else {
    // Row by row, as the JSON: only the table asked for is made (the mentions table reads no claims, the claims table no article).
    const articles = each(() => (csv === 'mentions' ? corpus.files() : []), (f) => reportArticle(corpus, f));
    const parts = { articles, actorNames: (id: string) => corpus.getActor(id), claims: csv === 'claims' ? claims : [], singleSourceClaims: csv === 'claims' ? singleSourceClaims : [] };
    const written = new GarbageBudget(16_000_000);
    for (const row of reportCsvRows(parts, csv, { safe: true })) {
      if (!out.open) break;
      out.write(row);
      written.note(row.length);
    }
  }
  out.flush();
  debug('report written');
  return errors ? EXIT.unreadable : EXIT.done;
}
