/**
 * The engine bounds its work on one article (src/core/articles/limits.ts):
 * only the first MAX_ARTICLE_CHARS characters are analysed and the analysis
 * says `truncated`. Checked here on a 5 MB and a 50 MB article: nothing past the bound is
 * analysed (their times are figures of `node scripts/bench.mjs --guards`).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysedLength, boundArticle, MAX_ARTICLE_CHARS } from '../../src/core/articles/limits';
import { Corpus } from '../../src/core/corpus/corpus';
import { checkArticle, splitsPair } from '../fuzz/oracle';

const seed = fs.readFileSync(path.join(__dirname, '../../seeds/000_088bf622a7312beb.txt'), 'utf8');
const oneLine = (chars: number): string => seed.replace(/\r?\n/g, ' ').repeat(Math.ceil(chars / seed.length)).slice(0, chars);

/** A digest of what an analysis found (a short string, so a failure prints readably). */
const found = (a: { mentions: unknown[]; sentences: unknown[] }): string => createHash('sha1').update(JSON.stringify([a.mentions, a.sentences])).digest('hex');
/** The analysis of the part of `text` within the bound, alone, under the same file name. */
const partOnly = (file: string, text: string) => new Corpus().setArticle(file, text.slice(0, analysedLength(text, MAX_ARTICLE_CHARS)));

describe('article size bound', () => {
  it('is documented and sane', () => {
    expect(MAX_ARTICLE_CHARS).toBe(100_000);
  });

  it('a 5 MB single-line article is analysed up to the bound only, flagged truncated, with valid offsets', () => {
    const c = new Corpus();
    const text = oneLine(5 * 1024 * 1024);
    const a = c.setArticle('big.txt', text);
    c.actorUsage();
    c.claimGroups();
    expect(a.truncated).toBe(true);
    expect(a.mentions.length).toBeGreaterThan(100);
    expect(a.mentions.every((m) => m.end <= MAX_ARTICLE_CHARS)).toBe(true);
    checkArticle(a, 'big.txt', text);
    // The same findings as the analysed part alone: nothing past it was read.
    expect(found(a)).toBe(found(partOnly('big.txt', text)));
  });

  it('a 50 MB single line, and 50 MB of short lines, are analysed up to the bound only', () => {
    const c = new Corpus();
    for (const text of ['ترامب '.repeat(9 * 1024 * 1024), 'قال ترامب إن إيران مهمة.\n'.repeat(2 * 1024 * 1024)]) {
      expect(text.length).toBeGreaterThanOrEqual(50 * 1024 * 1024);
      const a = c.setArticle('huge.txt', text);
      expect(a.truncated).toBe(true);
      expect(a.mentions.at(-1)!.end).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
      expect(found(a)).toBe(found(partOnly('huge.txt', text)));
    }
  });

  it('an article at the limit is not truncated; one character more is', () => {
    const c = new Corpus();
    const text = oneLine(MAX_ARTICLE_CHARS);
    expect(c.setArticle('a.txt', text).truncated).toBeUndefined();
    expect(c.setArticle('a.txt', text + 'x').truncated).toBe(true);
  });

  it('cuts after a line break or a space near the limit, never inside a word or a surrogate pair', () => {
    const words = 'ترامب '.repeat(30);
    expect(analysedLength(words, 100)).toBe(96); // after the 16th «ترامب »
    expect(analysedLength('ب'.repeat(50) + '\n' + 'ب'.repeat(100), 100)).toBe(100); // no break in the last tenth, no space: at the limit
    expect(analysedLength('ب'.repeat(95) + '\n' + 'ب'.repeat(100), 100)).toBe(96);
    expect(analysedLength('ب'.repeat(95) + '\r\n' + 'ب'.repeat(100), 100)).toBe(97);
    expect(analysedLength('ب'.repeat(96) + '\r\n' + 'ب'.repeat(100), 100)).toBe(98);
    expect(analysedLength('ب'.repeat(99) + '\r\n' + 'ب'.repeat(100), 100)).toBe(99); // never between CR and LF
    const emoji = '😀'.repeat(100); // 200 units, no space
    const n = analysedLength(emoji, 101);
    expect(n).toBe(100);
    expect(splitsPair(emoji, n)).toBe(false);
    expect(boundArticle('short', 100)).toEqual({ text: 'short', truncated: false });
  });

  it('the flag survives a rename, a workspace registry change and the derived views', () => {
    const c = new Corpus();
    const text = oneLine(MAX_ARTICLE_CHARS * 2);
    c.setArticle('a.txt', text);
    c.renameArticle('a.txt', 'b.txt');
    expect(c.getArticle('b.txt')!.truncated).toBe(true);
    c.setWorkspaceRegistry('{"actors": []}', '/w/.isnad/actors.json');
    expect(c.getArticle('b.txt')!.truncated).toBe(true);
    c.setWorkspaceRegistry('{"actors": []}', '/w/.isnad/actors.json');
    expect(c.getArticle('b.txt')!.mentions.every((m) => m.end <= MAX_ARTICLE_CHARS)).toBe(true);
  });
});
