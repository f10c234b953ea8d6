import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileLabel } from '../../src/vscode/common/actorText';
import { isMostlyArabic } from '../../src/vscode/workspace/arabicDetection';
import { globMatch } from '../../src/vscode/workspace/globMatch';

const seeds = join(__dirname, '../../seeds');

describe('isMostlyArabic', () => {
  it('accepts every seed article, Latin boilerplate included', () => {
    for (const f of readdirSync(seeds).filter((n) => n.endsWith('.txt'))) {
      expect(isMostlyArabic(readFileSync(join(seeds, f), 'utf8')), f).toBe(true);
    }
  });

  it('leaves English, empty and nearly-empty files alone', () => {
    expect(isMostlyArabic('')).toBe(false);
    expect(isMostlyArabic('Release notes\n\nFixed a bug in the parser, see ترامب.')).toBe(false);
    expect(isMostlyArabic('ب')).toBe(false);
    expect(isMostlyArabic('12 - 02 - 2026\n\n')).toBe(false);
  });

  it('accepts a short Arabic edit', () => {
    expect(isMostlyArabic('قال نتنياهو.')).toBe(true);
  });
});

describe('globMatch', () => {
  it('matches VS Code style globs relative to the folder', () => {
    expect(globMatch('**/*.txt', '001.txt')).toBe(true);
    expect(globMatch('**/*.txt', 'a/b/001.txt')).toBe(true);
    expect(globMatch('**/*.txt', 'a/b/001.md')).toBe(false);
    expect(globMatch('*.txt', 'a/001.txt')).toBe(false);
    expect(globMatch('articles/**/*.{txt,text}', 'articles/2026/x.text')).toBe(true);
    expect(globMatch('articles/**/*.{txt,text}', 'other/x.txt')).toBe(false);
    expect(globMatch('news/00?.txt', 'news/001.txt')).toBe(true);
    expect(globMatch('news/[0-4]*.txt', 'news/5.txt')).toBe(false);
    expect(globMatch('news/[!0-4]*.txt', 'news/5.txt')).toBe(true);
  });

  it('treats regex characters in names literally', () => {
    expect(globMatch('a+b(1).txt', 'a+b(1).txt')).toBe(true);
    expect(globMatch('a.txt', 'abtxt')).toBe(false);
  });
});

describe('actor text', () => {
  it('names files of URI keys, untitled buffers and paths', () => {
    expect(fileLabel('file:///ws/seeds/001_69304f80c3eb9147.txt')).toBe('001_69304f80c3eb9147.txt');
    expect(fileLabel('file:///ws/%D8%AE%D8%A8%D8%B1.txt')).toBe('خبر.txt');
    expect(fileLabel('untitled:Untitled-1')).toBe('Untitled-1');
    expect(fileLabel('seeds/002.txt')).toBe('002.txt');
  });
});
