import type { Messages } from './output';

/** Exit statuses, as `isnad --help` documents them. */
export const EXIT = {
  /** Done; skipped files (empty, not text, not Arabic, too large, not regular) are reported, not errors. */
  done: 0,
  /** A file or folder could not be read, the registry has errors, or the output could not be written. */
  unreadable: 1,
  /** A usage error: unknown option, malformed value. */
  usage: 2,
  /** An internal error (a bug): one line and a hint, never a stack trace. */
  internal: 3,
} as const;

export const USAGE = 'usage: isnad analyze <folder> [--json | --csv mentions|claims] [--min-sources N] [--registry FILE]\n                     [--threads N] [--cache DIR]\n       isnad compare "SENTENCE A" "SENTENCE B" [--json]';

export function usageError(say: Messages, message: string): number {
  say.line(`isnad: ${message}`);
  for (const l of USAGE.split('\n')) say.line(l);
  say.line("Try 'isnad --help' for more.");
  return EXIT.usage;
}
