// Bad files in a workspace: what the editor side decides about them (articleFiles.ts), and the
// bookkeeping behind the «too large» notice (each file announced once per session and limit).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HARD_MAX_FILE_KB, isTooLarge, judgeBytes, judgeText, maxBytesOf, SkippedFiles, utf8Length } from '../../src/vscode/workspace/articleFiles';
import { cp1256, utf16 } from '../encodings';

const seed = readFileSync(join(__dirname, '../../seeds/001_69304f80c3eb9147.txt'), 'utf8');
const LIMIT = maxBytesOf(1024);
const utf8 = (s: string) => new TextEncoder().encode(s);


describe('judgeBytes: a file on disk', () => {
  const article = 'قال الرئيس الأمريكي دونالد ترامب إن المحادثات مع إيران جيدة.\nوأضاف ترامب أن الاتفاق قريب.';

  it('decodes UTF-8 with and without BOM', () => {
    expect(judgeBytes(utf8(article), LIMIT)).toMatchObject({ article: true, text: article, encoding: 'utf-8' });
    expect(judgeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(article)]), LIMIT)).toMatchObject({ article: true, text: article, encoding: 'utf-8-bom' });
  });

  it('decodes UTF-16 LE and BE with BOM, and Windows-1256, to the same text', () => {
    expect(judgeBytes(utf16(article), LIMIT)).toMatchObject({ article: true, text: article, encoding: 'utf-16le' });
    expect(judgeBytes(utf16(article, { bigEndian: true }), LIMIT)).toMatchObject({ article: true, text: article, encoding: 'utf-16be' });
    expect(judgeBytes(cp1256(article), LIMIT)).toMatchObject({ article: true, text: article, encoding: 'windows-1256' });
  });

  it('keeps CRLF and CR line breaks as they are (the engine counts lines like VS Code)', () => {
    const crlf = article.replace(/\n/g, '\r\n');
    const cr = article.replace(/\n/g, '\r');
    expect(judgeBytes(utf8(crlf), LIMIT)).toMatchObject({ article: true, text: crlf });
    expect(judgeBytes(utf8(cr), LIMIT)).toMatchObject({ article: true, text: cr });
  });

  it('says a binary file named .txt is binary', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(judgeBytes(png, LIMIT)).toMatchObject({ article: false, reason: 'binary' });
    // Arabic text with a NUL in it: still not text.
    expect(judgeBytes(new Uint8Array([...utf8(article), 0, ...utf8(article)]), LIMIT)).toMatchObject({ article: false, reason: 'binary' });
  });

  it('leaves empty, blank, diacritics-only and random-byte files alone', () => {
    expect(judgeBytes(new Uint8Array(0), LIMIT)).toMatchObject({ article: false, reason: 'notArabic' });
    expect(judgeBytes(utf8(' \n\t\r\n  \u00a0\u200f'), LIMIT)).toMatchObject({ article: false, reason: 'notArabic' });
    expect(judgeBytes(utf8('\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640'.repeat(50)), LIMIT)).toMatchObject({ article: false, reason: 'notArabic' });
    const noise = new Uint8Array(4096);
    let x = 7;
    for (let i = 0; i < noise.length; i++) { x = (x * 1103515245 + 12345) >>> 0; noise[i] = 1 + (x >>> 24) % 255; }
    expect(judgeBytes(noise, LIMIT).article).toBe(false);
  });

  it('skips a file over the limit without decoding it', () => {
    const big = new Uint8Array(LIMIT + 1).fill(0x41);
    expect(judgeBytes(big, LIMIT)).toEqual({ article: false, reason: 'tooLarge' });
    expect(judgeBytes(utf8(seed), utf8(seed).length).article).toBe(true);
    expect(judgeBytes(utf8(seed), utf8(seed).length - 1)).toMatchObject({ reason: 'tooLarge' });
  });
});

describe('judgeText: an open document', () => {
  it('measures size like the file on disk (UTF-8 bytes), so opening a skipped file does not analyse it', () => {
    const bytes = utf8(seed).length;
    expect(isTooLarge(seed, bytes)).toBe(false);
    expect(isTooLarge(seed, bytes - 1)).toBe(true);
    expect(judgeText(seed, bytes - 1)).toMatchObject({ article: false, reason: 'tooLarge' });
    expect(judgeText(seed, bytes)).toMatchObject({ article: true });
  });

  it('counts UTF-8 bytes of every kind of character, emoji included', () => {
    for (const s of ['', 'abc', 'ترامب', '😀', 'a😀ب€', '\ud800x', 'x\udc00']) expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'));
    expect(utf8Length('ب'.repeat(1000), 10)).toBeLessThanOrEqual(12); // stops counting early
  });

  it('says NUL-ridden text is binary and English text is not an article', () => {
    expect(judgeText('\u0000\u0001ترامب ترامب ترامب', LIMIT)).toMatchObject({ reason: 'binary' });
    expect(judgeText('Release notes: fixed a crash.', LIMIT)).toMatchObject({ reason: 'notArabic' });
  });

  // Its speed at the limit is a figure of `node scripts/bench.mjs --guards`; here, the bounded scan.
  it('counts no further than the limit on a document far past it', () => {
    let text = '';
    while (utf8Length(text) < LIMIT) text += seed;
    const huge = text.repeat(3);
    // 4 bytes at most for the character that crosses the limit.
    expect(utf8Length(huge, LIMIT)).toBeLessThanOrEqual(LIMIT + 4);
    expect(utf8Length(huge)).toBeGreaterThan(2 * LIMIT);
    expect(judgeText(huge, LIMIT)).toMatchObject({ reason: 'tooLarge' });
    expect(judgeText(text.slice(0, text.length / 2), LIMIT)).toMatchObject({ article: true });
  });
});

describe('maxBytesOf', () => {
  it('clamps the setting to [1 KB, HARD_MAX_FILE_KB]', () => {
    expect(maxBytesOf(1024)).toBe(1024 * 1024);
    expect(maxBytesOf(0)).toBe(1024);
    expect(maxBytesOf(-5)).toBe(1024);
    expect(maxBytesOf(1e12)).toBe(HARD_MAX_FILE_KB * 1024);
    expect(maxBytesOf(Number.NaN)).toBe(1024 * 1024);
    expect(maxBytesOf(Infinity)).toBe(1024 * 1024);
  });
});

describe('SkippedFiles', () => {
  it('announces each too-large file once, however often it is skipped again', () => {
    const s = new SkippedFiles();
    s.set('a', 'tooLarge');
    s.set('b', 'tooLarge');
    s.set('c', 'binary');
    expect(s.takeUnannounced().sort()).toEqual(['a', 'b']);
    s.set('a', 'tooLarge');
    s.set('a', undefined);
    s.set('a', 'tooLarge'); // shrank, grew again
    expect(s.takeUnannounced()).toEqual([]);
    expect(s.reasonOf('a')).toBe('tooLarge');
    expect(s.reasonOf('c')).toBe('binary');
  });

  it('forgets a file that became an article before the notice', () => {
    const s = new SkippedFiles();
    s.set('a', 'tooLarge');
    s.set('a', undefined);
    expect(s.pendingAnnouncements).toBe(0);
    expect(s.takeUnannounced()).toEqual([]);
  });

  it('announces again after the limit changed, not after a plain refresh', () => {
    const s = new SkippedFiles();
    s.set('a', 'tooLarge');
    s.takeUnannounced();
    s.reset(false);
    s.set('a', 'tooLarge');
    expect(s.takeUnannounced()).toEqual([]);
    s.reset(true);
    s.set('a', 'tooLarge');
    expect(s.takeUnannounced()).toEqual(['a']);
  });

  it('follows renames', () => {
    const s = new SkippedFiles();
    s.set('a', 'tooLarge');
    s.takeUnannounced();
    s.rename('a', 'b');
    expect(s.reasonOf('a')).toBeUndefined();
    expect(s.reasonOf('b')).toBe('tooLarge');
    expect(s.takeUnannounced()).toEqual([]);
  });
});
