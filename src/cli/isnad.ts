#!/usr/bin/env node
/**
 * isnad: the command-line report.
 *   isnad analyze <folder> [--json] [--min-sources N]
 * Reads every .txt file under the folder (one article each). A file that
 * cannot be read gets one line on stderr and a non-zero exit; the others are
 * still analysed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../core/corpus/corpus';
import { buildReport, formatReport } from '../core/report/report';
import { decodeArticle } from '../core/text/decode';
import { arabicShare } from '../core/text/tokens';

const USAGE = 'usage: isnad analyze <folder> [--json] [--min-sources N] [--registry FILE]';
/** Articles larger than this are skipped with a message (a scraped article is a few KB). */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

function listTxt(dir: string, errors: string[]): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch (e) {
      errors.push(`isnad: cannot read folder ${d}: ${(e as Error).message}`);
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.toLowerCase().endsWith('.txt')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

export function main(argv: string[]): number {
  const args = argv.slice(2);
  if (args[0] !== 'analyze' || !args[1] || args[1].startsWith('--')) {
    process.stderr.write(USAGE + '\n');
    return 2;
  }
  const folder = path.resolve(args[1]);
  const json = args.includes('--json');
  const msIdx = args.indexOf('--min-sources');
  const minSources = msIdx >= 0 ? Number(args[msIdx + 1]) : undefined;
  if (minSources !== undefined && !(minSources >= 2)) {
    process.stderr.write('isnad: --min-sources takes a number of at least 2\n');
    return 2;
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch {
    process.stderr.write(`isnad: no such folder: ${folder}\n`);
    return 1;
  }
  if (!stat.isDirectory()) {
    process.stderr.write(`isnad: not a folder: ${folder}\n`);
    return 1;
  }
  const errors: string[] = [];
  const corpus = new Corpus({ minSources });
  const regIdx = args.indexOf('--registry');
  const regFile = regIdx >= 0 ? path.resolve(args[regIdx + 1] ?? '') : path.join(folder, '.isnad', 'actors.json');
  if (fs.existsSync(regFile)) {
    const diags = corpus.setWorkspaceRegistry(fs.readFileSync(regFile, 'utf8'), regFile);
    for (const d of diags) errors.push(`${d.file}:${d.line + 1}:${d.character + 1}: ${d.severity}: ${d.message}`);
  }
  for (const file of listTxt(folder, errors)) {
    const rel = path.relative(folder, file).split(path.sep).join('/');
    let bytes: Buffer;
    try {
      const size = fs.statSync(file).size;
      if (size > MAX_ARTICLE_BYTES) {
        errors.push(`isnad: ${rel}: skipped, ${(size / 1048576).toFixed(1)} MB is over the ${MAX_ARTICLE_BYTES / 1048576} MB article limit`);
        continue;
      }
      bytes = fs.readFileSync(file);
    } catch (e) {
      errors.push(`isnad: ${rel}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      continue;
    }
    const decoded = decodeArticle(bytes);
    if ('error' in decoded) {
      errors.push(`isnad: ${rel}: ${decoded.error}`);
      continue;
    }
    if (decoded.text.trim() && arabicShare(decoded.text) < 0.3) {
      errors.push(`isnad: ${rel}: skipped, not Arabic text`);
      continue;
    }
    corpus.setArticle(rel, decoded.text);
  }
  const report = buildReport(corpus);
  process.stdout.write(json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
  for (const e of errors) process.stderr.write(e + '\n');
  return errors.some((e) => !e.includes(': warning:')) ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv);
