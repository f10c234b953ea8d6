#!/usr/bin/env node
/**
 * isnad: the command-line report.
 *   isnad analyze <folder> [--json | --csv mentions|claims] [--min-sources N] [--registry FILE]
 * Reads every .txt file under the folder (one article each). A file that
 * cannot be read gets one line on stderr and a non-zero exit; the others are
 * still analysed. Files over MAX_ARTICLE_BYTES, and anything that is not a
 * regular file (a FIFO or a device named .txt), are skipped with a message; the
 * engine analyses at most the first MAX_ARTICLE_CHARS characters of an article
 * and the CLI says so (a warning: the exit code stays 0).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_ARTICLE_CHARS } from '../core/articles/limits';
import { onModelProblem } from '../core/actors/tagger/model';
import { Corpus } from '../core/corpus/corpus';
import { buildReport, formatReport, formatReportCsv, formatReportJson, terminalSafe } from '../core/report/report';
import { decodeArticle } from '../core/text/decode';
import { arabicShare } from '../core/text/tokens';

const USAGE = 'usage: isnad analyze <folder> [--json | --csv mentions|claims] [--min-sources N] [--registry FILE]';
/** Articles larger than this are skipped with a message (a scraped article is a few KB). */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

function listTxt(dir: string, errors: string[]): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch (e) {
      errors.push(`isnad: cannot read folder ${terminalSafe(d)}: ${(e as Error).message}`);
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = path.join(d, e.name);
      // Symbolic links to folders are not followed (no loops); links to files are read.
      if (e.isDirectory()) walk(p);
      else if (e.name.toLowerCase().endsWith('.txt')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The bytes of a regular file of at most `max` bytes, or why not. Reads from
 * one descriptor, so a file that grows after the size check is still bounded;
 * never opens a FIFO (which would block) or a device (/dev/zero never ends).
 */
function readArticle(file: string, max: number): { bytes: Buffer } | { skip: string } | { error: string } {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    return { error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  if (!st.isFile()) return { skip: 'skipped, not a regular file' };
  if (st.size > max) return { skip: `skipped, ${(st.size / 1048576).toFixed(1)} MB is over the ${max / 1048576} MB article limit` };
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const buf = Buffer.alloc(Math.min(max + 1, st.size + 65536));
    let n = 0;
    for (;;) {
      if (n === buf.length) break;
      const r = fs.readSync(fd, buf, n, buf.length - n, null);
      if (r === 0) break;
      n += r;
    }
    if (n > max) return { skip: `skipped, over the ${max / 1048576} MB article limit` };
    return { bytes: buf.subarray(0, n) };
  } catch (e) {
    return { error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export function main(argv: string[]): number {
  const args = argv.slice(2);
  if (args[0] !== 'analyze' || !args[1] || args[1].startsWith('--')) {
    process.stderr.write(USAGE + '\n');
    return 2;
  }
  const folder = path.resolve(args[1]);
  // A missing or damaged name-tagger model: one line, and the registry-only analysis goes on.
  onModelProblem((message) => process.stderr.write(message + '\n'));
  const json = args.includes('--json');
  const csvIdx = args.indexOf('--csv');
  const csvArg = csvIdx >= 0 ? args[csvIdx + 1] : undefined;
  const csv = csvArg === 'mentions' || csvArg === 'claims' ? csvArg : undefined;
  if (csvIdx >= 0 && !csv) {
    process.stderr.write('isnad: --csv takes "mentions" or "claims"\n');
    return 2;
  }
  if (json && csv) {
    process.stderr.write('isnad: choose one of --json and --csv\n');
    return 2;
  }
  const msIdx = args.indexOf('--min-sources');
  const minSources = msIdx >= 0 ? Number(args[msIdx + 1]) : undefined;
  if (minSources !== undefined && !(minSources >= 2)) {
    process.stderr.write('isnad: --min-sources takes a number of at least 2\n');
    return 2;
  }
  const regIdx = args.indexOf('--registry');
  if (regIdx >= 0 && (!args[regIdx + 1] || args[regIdx + 1].startsWith('--'))) {
    process.stderr.write('isnad: --registry takes a file\n');
    return 2;
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch {
    process.stderr.write(`isnad: no such folder: ${terminalSafe(folder)}\n`);
    return 1;
  }
  if (!stat.isDirectory()) {
    process.stderr.write(`isnad: not a folder: ${terminalSafe(folder)}\n`);
    return 1;
  }
  const errors: string[] = [];
  // Warnings by index into errors (not by their text: a file name may say «: warning:»).
  const warnings = new Set<number>();
  const warn = (msg: string): void => {
    warnings.add(errors.length);
    errors.push(msg);
  };
  const corpus = new Corpus({ minSources });
  const regFile = regIdx >= 0 ? path.resolve(args[regIdx + 1]) : path.join(folder, '.isnad', 'actors.json');
  if (regIdx >= 0 || fs.existsSync(regFile)) {
    const reg = readArticle(regFile, MAX_ARTICLE_BYTES);
    if ('bytes' in reg) {
      const diags = corpus.setWorkspaceRegistry(reg.bytes.toString('utf8'), regFile);
      for (const d of diags) (d.severity === 'warning' ? warn : (m: string) => errors.push(m))(`${terminalSafe(d.file)}:${d.line + 1}:${d.character + 1}: ${d.severity}: ${terminalSafe(d.message)}`);
    } else errors.push(`isnad: ${terminalSafe(regFile)}: ${'skip' in reg ? reg.skip : reg.error}`);
  }
  for (const file of listTxt(folder, errors)) {
    const rel = path.relative(folder, file).split(path.sep).join('/');
    // A file name is text from the folder too: no control characters on the terminal.
    const shown = terminalSafe(rel);
    const read = readArticle(file, MAX_ARTICLE_BYTES);
    if (!('bytes' in read)) {
      errors.push(`isnad: ${shown}: ${'skip' in read ? read.skip : read.error}`);
      continue;
    }
    const decoded = decodeArticle(read.bytes);
    if ('error' in decoded) {
      errors.push(`isnad: ${shown}: ${decoded.error}`);
      continue;
    }
    if (decoded.text.trim() && arabicShare(decoded.text) < 0.3) {
      errors.push(`isnad: ${shown}: skipped, not Arabic text`);
      continue;
    }
    const a = corpus.setArticle(rel, decoded.text);
    if (a.truncated) warn(`isnad: ${shown}: warning: ${decoded.text.length} characters, only the first ${MAX_ARTICLE_CHARS} are analysed`);
    if (decoded.encoding === 'utf-8-lossy') warn(`isnad: ${shown}: warning: invalid UTF-8 bytes replaced with U+FFFD`);
  }
  const report = buildReport(corpus);
  process.stdout.write(json ? formatReportJson(report) + '\n' : csv ? formatReportCsv(report, csv) : formatReport(report));
  for (const e of errors) process.stderr.write(e + '\n');
  return errors.length > warnings.size ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv);
