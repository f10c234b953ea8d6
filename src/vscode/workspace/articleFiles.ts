/**
 * Which file contents are articles, and why a file is not one: bytes from the disk
 * are decoded like the CLI does (UTF-8 with or without BOM, UTF-16 with BOM,
 * Windows-1256; NUL bytes mean binary), then judged by size and by script.
 * Also the record of skipped files behind the «too large» notice, which names each
 * file once per session and limit. Pure module: no vscode import (unit-tested).
 */
import { decodeArticle } from '../../core';
import { isMostlyArabic } from './arabicDetection';

/**
 * Upper bound of `isnad.files.maxFileSizeKB` whatever the settings say: the engine
 * analyses about 1.4 million characters a second (measured), and an analysis holds the
 * extension host, so a larger file would stall every extension for seconds.
 */
export const HARD_MAX_FILE_KB = 10_240;

export type SkipReason = 'binary' | 'tooLarge' | 'notArabic' | 'unreadable';

export type Verdict =
  | { article: true; text: string; encoding?: string }
  | { article: false; reason: SkipReason; detail?: string };

/** Bytes allowed by a `maxFileSizeKB` setting, clamped to [1 KB, HARD_MAX_FILE_KB]. */
export function maxBytesOf(maxFileSizeKB: number): number {
  const kb = Number.isFinite(maxFileSizeKB) ? Math.min(HARD_MAX_FILE_KB, Math.max(1, Math.floor(maxFileSizeKB))) : 1024;
  return kb * 1024;
}

/** UTF-8 length of `text`, counting stops once it exceeds `stopAbove`. */
export function utf8Length(text: string, stopAbove = Infinity): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
    if (n > stopAbove) return n;
  }
  return n;
}

/**
 * Would this text, saved as UTF-8, be larger than `maxBytes`? An open document is judged
 * like the file on disk, so opening a skipped file does not analyse it after all.
 * Cheap: a UTF-16 unit is 1 to 3 UTF-8 bytes, so only the band in between is counted.
 */
export function isTooLarge(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true;
  if (text.length * 3 <= maxBytes) return false;
  return utf8Length(text, maxBytes) > maxBytes;
}

/** An open document's text (or a decoded file): is it an article? */
export function judgeText(text: string, maxBytes: number): Verdict {
  if (isTooLarge(text, maxBytes)) return { article: false, reason: 'tooLarge' };
  // A binary file shown as text (VS Code can be asked to) has NULs: never an article.
  if (text.slice(0, 8192).includes('\u0000')) return { article: false, reason: 'binary' };
  if (!isMostlyArabic(text)) return { article: false, reason: 'notArabic' };
  return { article: true, text };
}

/** A file's bytes: decoded (see decodeArticle), then judged. */
export function judgeBytes(bytes: Uint8Array, maxBytes: number): Verdict {
  if (bytes.length > maxBytes) return { article: false, reason: 'tooLarge' };
  const decoded = decodeArticle(bytes);
  if ('error' in decoded) return { article: false, reason: 'binary', detail: decoded.error };
  const verdict = judgeText(decoded.text, maxBytes);
  return verdict.article ? { ...verdict, encoding: decoded.encoding } : verdict;
}

/**
 * Files that were not analysed and why, and which of the too-large ones the reviewer was
 * told about. Each file is announced at most once until the limit changes (`reset`).
 */
export class SkippedFiles {
  private readonly reasons = new Map<string, SkipReason>();
  private readonly announced = new Set<string>();
  private readonly waiting = new Set<string>();

  /** Records why `key` is not an article (undefined: it is one, or it is gone). */
  set(key: string, reason: SkipReason | undefined): void {
    if (reason === undefined) {
      this.reasons.delete(key);
      this.waiting.delete(key);
      return;
    }
    this.reasons.set(key, reason);
    if (reason === 'tooLarge' && !this.announced.has(key)) this.waiting.add(key);
    else this.waiting.delete(key);
  }

  reasonOf(key: string): SkipReason | undefined {
    return this.reasons.get(key);
  }

  /** Too-large files nobody was told about yet; they count as told from now on. */
  takeUnannounced(): string[] {
    const out = [...this.waiting].filter((k) => this.reasons.get(k) === 'tooLarge');
    for (const k of out) this.announced.add(k);
    this.waiting.clear();
    return out;
  }

  get pendingAnnouncements(): number {
    return this.waiting.size;
  }

  rename(oldKey: string, newKey: string): void {
    const reason = this.reasons.get(oldKey);
    this.set(oldKey, undefined);
    if (this.announced.delete(oldKey)) this.announced.add(newKey);
    if (reason) this.set(newKey, reason);
  }

  /** Forget the reasons (everything is read again); `limitChanged` also forgets what was announced. */
  reset(limitChanged: boolean): void {
    this.reasons.clear();
    this.waiting.clear();
    if (limitChanged) this.announced.clear();
  }

  entries(): Array<[string, SkipReason]> {
    return [...this.reasons];
  }
}
