import { onModelProblem } from '../core/actors/tagger/model';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REGISTRY_MAX_BYTES } from '../core/actors/workspace';
import { MAX_ARTICLE_CHARS } from '../core/articles/limits';
import { AnalysisCache } from '../core/cache/analysisCache';
import { Corpus } from '../core/corpus/corpus';
import { reportJsonChunks } from '../core/report/jsonStream';
import { buildReport, formatReport, formatReportCsv, reportArticle, type Report } from '../core/report/report';
import { decodeArticle } from '../core/text/decode';
import { arabicShare } from '../core/text/tokens';
import { parseArgs } from './args';
import { listTxt, readBounded, type SkipKind } from './files';
import { collectGarbage, GarbageBudget } from './memory';
import type { Messages, Output } from './output';
import { EXIT, usageError } from './status';

/** Articles larger than this are skipped with a message (a scraped article is a few KB). */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export const ANALYZE_FLAGS = [
  { name: 'json' },
  { name: 'csv', value: true },
  { name: 'min-sources', value: true },
  { name: 'registry', value: true },
  { name: 'cache', value: true },
];

/**
 * isnad analyze <folder> [--json | --csv mentions|claims] [--min-sources N] [--registry FILE] [--cache DIR]
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
  const corpus = new Corpus({ minSources, store: cache });
  const regFile = typeof regArg === 'string' ? path.resolve(regArg) : path.join(folder, '.isnad', 'actors.json');
  if (regArg !== undefined || fs.existsSync(regFile)) {
    const reg = readBounded(regFile, REGISTRY_MAX_BYTES, 'registry');
    if ('bytes' in reg) {
      const decoded = decodeArticle(reg.bytes);
      if ('error' in decoded) error(`isnad: ${regFile}: ${decoded.error}`);
      else {
        for (const d of corpus.setWorkspaceRegistry(decoded.text, regFile)) {
          const line = `${d.file}:${d.line + 1}:${d.character + 1}: ${d.severity}: ${d.message}`;
          if (d.severity === 'warning') say.line(line);
          else error(line);
        }
      }
    } else error(`isnad: ${regFile}: ${'skip' in reg ? reg.reason : reg.error}`);
  }

  // About 100 MB of analysis garbage between collections (an article's analysis allocates some 10 bytes per character).
  const budget = new GarbageBudget(10_000_000);
  for (const file of listTxt(folder, error)) {
    const rel = file.rel;
    const read = readBounded(file.path, MAX_ARTICLE_BYTES, 'article');
    if ('error' in read) {
      skip(rel, 'unreadable', read.error);
      continue;
    }
    if ('skip' in read) {
      skip(rel, read.skip, read.reason);
      continue;
    }
    const decoded = decodeArticle(read.bytes);
    if ('error' in decoded) {
      skip(rel, decoded.error.startsWith('UTF-32') ? 'unsupported-encoding' : 'not-text', decoded.error);
      continue;
    }
    if (!decoded.text.trim()) {
      skip(rel, 'empty', 'skipped, empty');
      continue;
    }
    if (arabicShare(decoded.text) < 0.3) {
      skip(rel, 'not-arabic', 'skipped, not Arabic text');
      continue;
    }
    for (const w of decoded.warnings ?? []) say.line(`isnad: ${rel}: warning: ${w}`);
    const a = corpus.setArticle(rel, decoded.text);
    budget.note(decoded.text.length);
    if (a.truncated) say.line(`isnad: ${rel}: warning: ${decoded.text.length} characters, only the first ${MAX_ARTICLE_CHARS} are analysed`);
  }

  if (cache?.stats.failed) say.line(`isnad: warning: could not write ${cache.stats.failed} entries of the cache in ${cache.dir}; the report is complete`);

  // What reading left behind goes before the claim grouping takes its working space.
  collectGarbage();
  if (json) {
    // Articles one by one: their entries are built as they are written.
    const report = { ...buildReport(corpus, { articles: false }), skipped };
    collectGarbage();
    const articles = (function* () {
      for (const f of corpus.files()) {
        if (!out.open) return;
        yield reportArticle(corpus, f);
      }
    })();
    // Each article's entry is a few MB of JSON text that waits in the old generation: collected every 100 MB or so.
    const written = new GarbageBudget(50_000_000);
    for (const chunk of reportJsonChunks({ articles, actors: report.actors, claims: report.claims, singleSourceClaims: report.singleSourceClaims, skipped })) {
      if (!out.open) break;
      out.write(chunk);
      written.note(chunk.length);
    }
    out.write('\n');
  } else {
    const report = buildReport(corpus);
    out.write(csv ? formatReportCsv(report, csv, { safe: true }) : formatReport(report));
  }
  out.flush();
  return errors ? EXIT.unreadable : EXIT.done;
}
