import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileNameText } from '../core';

/** A .txt file found under the folder: its path as bytes (read exactly as named) and its name for the report. */
export interface FoundFile {
  path: Buffer;
  /** Relative to the folder, with «/»; bytes that are not UTF-8 are shown as «\xNN». */
  rel: string;
}

const SLASH = Buffer.from('/');

/**
 * The .txt files under `dir`, sorted by their report name. Names are read as
 * bytes: a name that is not valid UTF-8 (copied from an old archive) is still
 * opened by its own bytes rather than reported missing.
 */
export function listTxt(dir: string, error: (msg: string) => void): FoundFile[] {
  const out: FoundFile[] = [];
  const walk = (d: Buffer, rel: string): void => {
    let entries: fs.Dirent<Buffer>[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true, encoding: 'buffer' });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      error(`isnad: cannot read folder ${rel || '.'}: ${code ?? (e as Error).message}`);
      return;
    }
    for (const e of entries) {
      const name = fileNameText(e.name);
      if (name.startsWith('.') || name === 'node_modules') continue;
      const p = Buffer.concat([d, SLASH, e.name]);
      const r = rel ? `${rel}/${name}` : name;
      // Symbolic links to folders are not followed (no loops); links to files are read.
      if (e.isDirectory()) walk(p, r);
      else if (name.toLowerCase().endsWith('.txt')) out.push({ path: p, rel: r });
    }
  };
  walk(Buffer.from(path.resolve(dir)), '');
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

/** Why a file was not analysed: a kind for programs, a phrase for people. */
export type SkipKind = 'empty' | 'not-text' | 'not-arabic' | 'too-large' | 'not-a-file' | 'unsupported-encoding' | 'unreadable';

/**
 * The bytes of a regular file of at most `max` bytes, or why not. Reads from
 * one descriptor, so a file that grows after the size check is still bounded;
 * never opens a FIFO (which would block) or a device (/dev/zero never ends).
 */
export function readBounded(file: fs.PathLike, max: number, limitName: string): { bytes: Buffer } | { skip: SkipKind; reason: string } | { error: string } {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    return { error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  if (!st.isFile()) return { skip: 'not-a-file', reason: 'skipped, not a regular file' };
  const over = (n: number): { skip: SkipKind; reason: string } => ({ skip: 'too-large', reason: `skipped, ${(n / 1048576).toFixed(1)} MB is over the ${max / 1048576} MB ${limitName} limit` });
  if (st.size > max) return over(st.size);
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
    if (n > max) return over(n);
    return { bytes: buf.subarray(0, n) };
  } catch (e) {
    return { error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
