/**
 * The engine bounds its work on one article (src/core/articles/limits.ts):
 * only the first MAX_ARTICLE_CHARS characters are analysed and the analysis
 * says `truncated`. Measured here: a 5 MB and a 50 MB single-line article.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysedLength, boundArticle, MAX_ARTICLE_CHARS } from '../../src/core/articles/limits';
import { Corpus } from '../../src/core/corpus/corpus';
import { checkArticle, splitsPair } from '../fuzz/oracle';

const seed = fs.readFileSync(path.join(__dirname, '../../seeds/000_088bf622a7312beb.txt'), 'utf8');
const oneLine = (chars: number): string => seed.replace(/\r?\n/g, ' ').repeat(Math.ceil(chars / seed.length)).slice(0, chars);

function timed<T>(f: () => T): [T, number] {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
}

describe('article size bound', () => {
  it('is documented and sane', () => {
    expect(MAX_ARTICLE_CHARS).toBe(100_000);
  });

  it('a 5 MB single-line article analyses in bounded time, flagged truncated, with valid offsets', () => {
    const c = new Corpus();
    const text = oneLine(5 * 1024 * 1024);
    const [a, ms] = timed(() => c.setArticle('big.txt', text));
    const [, derive] = timed(() => [c.actorUsage(), c.claimGroups()]);
    // Measured about 0.3 s (+0.1 s for claims) on one laptop core; the bound leaves room for slow CI.
    expect(ms + derive).toBeLessThan(8000);
    expect(a.truncated).toBe(true);
    expect(a.mentions.length).toBeGreaterThan(100);
    expect(a.mentions.every((m) => m.end <= MAX_ARTICLE_CHARS)).toBe(true);
    checkArticle(a, 'big.txt', text);
    console.log(`5 MB single line: analysed in ${ms.toFixed(0)} ms, claims and usage in ${derive.toFixed(0)} ms`);
  });

  it('a 50 MB single line, and 50 MB of short lines, take no longer than the bound', () => {
    const c = new Corpus();
    for (const text of ['ترامب '.repeat(9 * 1024 * 1024), 'قال ترامب إن إيران مهمة.\n'.repeat(2 * 1024 * 1024)]) {
      expect(text.length).toBeGreaterThanOrEqual(50 * 1024 * 1024);
      const [a, ms] = timed(() => c.setArticle('huge.txt', text));
      expect(a.truncated).toBe(true);
      expect(ms).toBeLessThan(8000);
      console.log(`${(text.length / 1048576).toFixed(0)} M characters: analysed in ${ms.toFixed(0)} ms`);
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
    const [, ms] = timed(() => c.setWorkspaceRegistry('{"actors": []}', '/w/.isnad/actors.json'));
    expect(ms).toBeLessThan(8000);
    expect(c.getArticle('b.txt')!.mentions.every((m) => m.end <= MAX_ARTICLE_CHARS)).toBe(true);
  });
});
