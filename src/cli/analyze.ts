import { arabicShare, buildReport, claimJson, Corpus, decodeArticle, formatReport, formatReportCsv, MAX_ARTICLE_CHARS, onModelProblem, REGISTRY_MAX_BYTES, reportActor, reportArticle, reportJsonChunks, type Report } from '../core';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from './args';
import { listTxt, readBounded, type SkipKind } from './files';
import { collectGarbage, GarbageBudget, HeapBudget } from './memory';
import type { Messages, Output } from './output';
import { EXIT, usageError } from './status';

/** Articles larger than this are skipped with a message (a scraped article is a few KB). */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export const ANALYZE_FLAGS = [
  { name: 'json' },
  { name: 'csv', value: true },
  { name: 'min-sources', value: true },
  { name: 'registry', value: true },
];

/**
 * isnad analyze <folder> [--json | --csv mentions|claims] [--min-sources N] [--registry FILE]
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

  const corpus = new Corpus({ minSources });
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

  // At most about 64 MB of analysis garbage between collections.
  const budget = new HeapBudget(64 * 1024 * 1024);
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
    budget.check();
    if (a.truncated) say.line(`isnad: ${rel}: warning: ${decoded.text.length} characters, only the first ${MAX_ARTICLE_CHARS} are analysed`);
  }

  // What reading left behind goes before the claim grouping takes its working space.
  collectGarbage();
  if (json) {
    // Every entry (article, actor, claim) is built as it is written and dropped after:
    // the report never exists whole beside the corpus (on 100 name-dense articles it was 250 MB).
    const each = function* <T, U>(items: () => T[], entry: (item: T) => U): Generator<U> {
      for (const item of items()) {
        if (!out.open) return;
        yield entry(item);
      }
    };
    const articles = each(() => corpus.files(), (f) => reportArticle(corpus, f));
    const actors = each(() => corpus.actorUsage(), (u) => reportActor(corpus, u));
    const claims = each(() => corpus.claimGroups(), claimJson);
    const singleSourceClaims = each(() => corpus.singleSourceClaims(), claimJson);
    // Each article's entry is a few MB of JSON text that waits in the old generation: collected every 100 MB or so.
    const written = new GarbageBudget(50_000_000);
    for (const chunk of reportJsonChunks({ articles, actors, claims, singleSourceClaims, skipped })) {
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
