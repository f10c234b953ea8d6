import * as fs from 'node:fs';
import { terminalSafe } from '../core';

/**
 * Output that behaves in a pipeline. Writes go straight to the file
 * descriptor (no stream, so no asynchronous 'error' event to crash on):
 * - EPIPE (the reader went away: `| head`) stops all further output quietly,
 *   and the run ends with status 0, as Unix tools do;
 * - any other error (ENOSPC on a full disk, EIO) stops the output and is kept,
 *   for one line on stderr and a non-zero status;
 * - EAGAIN (a non-blocking pipe that is full) waits a moment and tries again.
 * Text is gathered into chunks of 64 KB, so a large report costs few system calls.
 */
export class Output {
  /** Set once the reader has gone (EPIPE): nothing more is written, and that is no error. */
  closed = false;
  /** The code of a write error other than EPIPE (ENOSPC...). */
  failed?: string;
  private pending: string[] = [];
  private size = 0;

  constructor(private readonly fd: number) {}

  /** True while writing still makes sense (a producer can stop early when false). */
  get open(): boolean {
    return !this.closed && this.failed === undefined;
  }

  write(s: string): void {
    if (!this.open) return;
    this.pending.push(s);
    this.size += s.length;
    if (this.size >= 65536) this.flush();
  }

  flush(): void {
    if (!this.pending.length) return;
    const buf = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.size = 0;
    let off = 0;
    while (off < buf.length && this.open) {
      try {
        off += fs.writeSync(this.fd, buf, off, buf.length - off);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
        if (code === 'EAGAIN') pause(5);
        else if (code === 'EPIPE') this.closed = true;
        else this.failed = code;
      }
    }
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function pause(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

const WRITE_ERRORS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EIO: 'input/output error',
  EBADF: 'the output is closed',
  EFBIG: 'the file is too large',
};

/** One line about a write error, for stderr. */
export function writeErrorLine(code: string): string {
  return `isnad: cannot write the output: ${code}${Object.hasOwn(WRITE_ERRORS, code) ? ` (${WRITE_ERRORS[code]})` : ''}`;
}

/**
 * Messages for the terminal (stderr), one line each: every line passes through
 * terminalSafe whole, so nothing in it (a file name, the text of a system
 * error about an unreadable folder) can move the cursor, retitle the terminal
 * or reorder the line.
 */
export class Messages {
  readonly out = new Output(2);
  line(msg: string): void {
    this.out.write(terminalSafe(msg) + '\n');
    this.out.flush();
  }
}
