/**
 * Strange article text through the engine (built-in registry): every result
 * must stay inside the document, on whole code points, with lines right
 * (checkArticle in test/fuzz/oracle.ts), and names must still be found through
 * diacritics, tatweel, Persian letters, bidi and zero-width characters.
 */
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/core/corpus/corpus';
import { checkArticle, checkCorpus, splitsPair } from '../fuzz/oracle';

const corpus = new Corpus();
function analyse(text: string, file = 'a.txt') {
  const a = corpus.setArticle(file, text);
  checkArticle(a, file, text);
  return a;
}
const found = (text: string): Array<[string, string, number, number, number]> =>
  analyse(text).mentions.map((m) => [m.actorId, m.text, m.line, m.character, m.endCharacter]);

describe('engine on strange input', () => {
  it('empty, white space only, diacritics only, tatweel only', () => {
    for (const t of ['', ' ', '\n\n\n', '\r\n\r\n', '\r\r', ' \t\u00a0\u3000\u2009', '\u064e\u064f\u0650\u0651\u0652\u064b\u064c\u064d', 'ــــــــ', '\ufeff', '\u200f\u200e\u202b\u202c']) {
      const a = analyse(t);
      expect(a.mentions).toEqual([]);
      expect(a.sentences).toEqual([]);
      expect(a.title).toBe('');
    }
    expect(corpus.claimGroups()).toEqual([]);
  });

  it('CRLF and CR line endings: lines and characters right', () => {
    expect(found('ترامب\r\nإيران\rلبنان\nمصر')).toEqual([
      ['trump', 'ترامب', 0, 0, 5],
      ['iran', 'إيران', 1, 0, 5],
      ['lebanon', 'لبنان', 2, 0, 5],
      ['egypt', 'مصر', 3, 0, 3],
    ]);
    const crlf = 'عنوان الخبر عن إيران\r\n\r\nقال ترامب إن المحادثات مع إيران مثمرة. وأضاف أن لبنان مهم.\r\n';
    const a = analyse(crlf);
    expect(a.lineCount).toBe(4);
    const trump = a.mentions.find((m) => m.actorId === 'trump')!;
    expect([trump.line, trump.character, crlf.slice(trump.start, trump.end)]).toEqual([2, 4, 'ترامب']);
    expect(a.sentences.map((s) => [s.line, s.text])).toEqual([
      [0, 'عنوان الخبر عن إيران'],
      [2, 'قال ترامب إن المحادثات مع إيران مثمرة.'],
      [2, 'وأضاف أن لبنان مهم.'],
    ]);
    // The same article with CR only and with LF only: same lines and columns.
    for (const nl of ['\r', '\n']) {
      const b = analyse(crlf.replace(/\r\n/g, nl));
      expect(b.mentions.map((m) => [m.actorId, m.line, m.character])).toEqual(a.mentions.map((m) => [m.actorId, m.line, m.character]));
    }
  });

  it('Persian/Urdu letter forms, hamza forms and diacritics fold onto the registry spelling', () => {
    expect(found('قال ترامب إن ایران و آمریکا تتفاوضان')).toEqual([
      ['trump', 'ترامب', 0, 4, 9],
      ['iran', 'ایران', 0, 13, 18],
      ['usa', 'آمریکا', 0, 21, 27],
    ]);
    expect(found('قال تَرَامْب إِيرَان')).toEqual([
      ['trump', 'تَرَامْب', 0, 4, 12],
      ['iran', 'إِيرَان', 0, 13, 20],
    ]);
  });

  it('tatweel runs, ZWJ/ZWNJ, bidi marks inside a name: found, and the highlight covers the whole word', () => {
    expect(found('قال ترامــــــــــب إن')).toEqual([['trump', 'ترامــــــــــب', 0, 4, 19]]);
    expect(found('قال تر\u200dامب و ترا\u200cمب و ت\u200fرامب إن')).toEqual([
      ['trump', 'تر\u200dامب', 0, 4, 10],
      ['trump', 'ترا\u200cمب', 0, 13, 19],
      ['trump', 'ت\u200fرامب', 0, 22, 28],
    ]);
    // Embeddings and isolates around a name stay outside the mention.
    expect(found('قال \u202bترامب\u202c إن \u2067إيران\u2069')).toEqual([
      ['trump', 'ترامب', 0, 5, 10],
      ['iran', 'إيران', 0, 16, 21],
    ]);
  });

  it('emoji and astral characters: no highlight or sentence splits a surrogate pair', () => {
    const t = '🇮🇷إيران🇮🇷 قال ترامب😀 إن 𠀀البيت الأبيض👍🏽. 👨‍👩‍👧 مصر\ud83d ولبنان\ude00.';
    const a = analyse(t);
    expect(a.mentions.map((m) => m.actorId)).toEqual(['iran', 'trump', 'white_house', 'egypt', 'lebanon']);
    for (const r of [...a.mentions, ...a.sentences]) expect(splitsPair(t, r.start) || splitsPair(t, r.end)).toBe(false);
  });

  it('mixed Arabic and Latin on one line', () => {
    const a = analyse('قال Donald Trump (ترامب) لـ CNN إن Iran/إيران 2026 ready.');
    expect(a.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['ترامب', 'إيران']));
  });

  it('thousands of mentions on one line', () => {
    const line = 'قال ترامب إن إيران ولبنان ومصر '.repeat(3000);
    const a = analyse(line);
    expect(a.mentions.length).toBe(12000);
    expect(corpus.actorUsage().find((u) => u.actor.id === 'trump')?.mentionCount).toBe(3000);
  });

  it('very long words: 100,000 letters without a space, a name glued to it, a 20,000-letter name-like word', () => {
    const long = 'ب'.repeat(100_000);
    let a = analyse(`قال ترامب ${long}ترامب ${long}`);
    expect(a.mentions.map((m) => m.text)).toEqual(['ترامب']);
    expect(a.truncated).toBe(true);
    a = analyse(`قال ترامب ${'ترامب'.repeat(4000)} إن`);
    expect(a.mentions.map((m) => m.text)).toEqual(['ترامب']);
  });

  it('a corpus of strange articles keeps its cross-article invariants', () => {
    const c = new Corpus();
    const texts = new Map([
      ['a.txt', '\ufeff7 فبراير 2026\r\nقال ترامب إن المحادثات مع إيران مثمرة.\r\nوأضاف أن 😀 لبنان مهم.'],
      ['b.txt', 'قال ترامــب إن المحادثات مع ایران مثمرة.\rوأضاف أن لبنان مهم\u200f.'],
      ['c.txt', '\u202eقال ترامب إن المحادثات مع إيران مثمرة\u202c.\n\n\n'],
      ['d.txt', ''],
    ]);
    for (const [f, t] of texts) c.setArticle(f, t);
    checkCorpus(c, texts);
    expect(c.claimGroups().length).toBeGreaterThan(0);
  });
});
