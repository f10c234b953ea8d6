#!/usr/bin/env node
/**
 * isnad: the command-line report. This file holds the entry point only:
 * the options (args.ts), the `compare` command (compare.ts), output that behaves in a pipeline (output.ts), file
 * listing and bounded reading (files.ts), exit statuses (status.ts) and the
 * `analyze` command (analyze.ts).
 */
import { version } from '../../package.json';
import { analyze } from './analyze';
import { compareMain } from './compare';
import { Messages, Output, writeErrorLine } from './output';
import { EXIT, USAGE, usageError } from './status';
import { runAnalyzeWorker } from './worker';

export { MAX_ARTICLE_BYTES } from './analyze';

const HELP = `isnad ${version}: named actors, cross-references and recurring claims in a folder of Arabic news articles.

${USAGE}
       isnad --help | --version

analyze reads every .txt file under <folder> (one article each; UTF-8, UTF-16 with BOM
or Windows-1256) and the folder's .isnad/actors.json, and prints a report.
  --json             the report as JSON
  --csv TABLE        one table as CSV: mentions, or claims
  --min-sources N    articles that must tell a claim for it to recur (default 2)
  --registry FILE    the actors file to use instead of <folder>/.isnad/actors.json
  --threads N        analyse the articles in N threads (default: one per core, for
                     folders of over 10 million characters); the report is the same
  --cache DIR        keep each article's analysis in DIR (created if need be) and reuse it
                     next time for the articles whose text has not changed; the report is
                     the same with or without it. An entry made by another version of isnad,
                     its model or another registry, or a damaged one, is not used and is
                     rewritten.
  -h, --help         this help
  -V, --version      the version

compare prints the engine's verdict on two sentences: their similarity, whether they tell
the same claim, and where they disagree (numbers, dates, negation, denial, another actor).
  --json             the verdict as JSON

Line numbers: the text report and the CSV count lines from 1, as editors show them;
the JSON counts lines and columns from 0 (columns in UTF-16 code units, end exclusive).

Files that are empty, not text, not Arabic, too large (over 5 MB) or not regular files
are skipped: one line each on stderr, and listed in the JSON's "skipped" with the reason.

Exit status:
  0  done (skipped files are reported, not errors; warnings too)
  1  a file or folder could not be read, the actors file has errors,
     or the output could not be written (a full disk)
  2  usage error (an unknown option, a malformed value)
  3  internal error
A reader that stops early (isnad analyze DIR --json | head) ends the run quietly, status 0.
`;

export function main(argv: string[], out = new Output(1), say = new Messages()): number {
  const args = argv.slice(2);
  const status = run(args, out, say);
  out.flush();
  if (out.failed) {
    say.line(writeErrorLine(out.failed));
    return status === EXIT.usage ? status : EXIT.unreadable;
  }
  return status;
}

function run(args: string[], out: Output, say: Messages): number {
  const cmd = args[0];
  if (cmd === '--help' || cmd === '-h' || cmd === 'help' || (cmd === 'analyze' && (args.includes('--help') || args.includes('-h')))) {
    out.write(HELP);
    return EXIT.done;
  }
  if (cmd === '--version' || cmd === '-V') {
    out.write(`isnad ${version}\n`);
    return EXIT.done;
  }
  if (cmd === 'analyze') return analyze(args.slice(1), out, say);
  if (cmd === 'compare') return compareMain(args.slice(1), (t) => out.write(t), (t) => say.line(t.replace(/\n$/, '')));
  return usageError(say, cmd === undefined ? 'which command?' : cmd.startsWith('-') ? `unknown option ${cmd}` : `unknown command ${cmd}`);
}

/**
 * The last resort: whatever escapes (a bug, a stack overflow, an unexpected
 * system error) ends the run with one line and a hint, never a stack trace.
 */
export function lastResort(e: unknown, say = new Messages()): number {
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  say.line(`isnad: internal error: ${msg.split('\n')[0].slice(0, 300)}`);
  say.line('isnad: this is a bug; please report it with the command you ran (ISNAD_DEBUG=1 shows where it happened)');
  if (process.env.ISNAD_DEBUG && e instanceof Error && e.stack) process.stderr.write(e.stack + '\n');
  return EXIT.internal;
}

// The same bundle runs the analysis worker threads (worker.ts): those return here.
if (!runAnalyzeWorker() && require.main === module) {
  process.on('uncaughtException', (e) => {
    process.exitCode = lastResort(e);
  });
  process.on('unhandledRejection', (e) => {
    process.exitCode = lastResort(e);
  });
  try {
    process.exitCode = main(process.argv);
  } catch (e) {
    process.exitCode = lastResort(e);
  }
}
