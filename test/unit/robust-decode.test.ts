/** Bytes of strange files -> text or a clear refusal (src/core/text/decode.ts). */
import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../src/core/text/decode';
import { cp1256 } from '../encodings';

const ARTICLE = 'قال الرئيس الأمريكي دونالد ترامب إن المحادثات مع إيران «مثمرة».\nوأضاف: "سنرى".';


const text = (d: ReturnType<typeof decodeArticle>): string => {
  if ('error' in d) throw new Error(d.error);
  return d.text;
};

describe('decodeArticle', () => {
  it('UTF-8 without and with a BOM (the BOM is not part of the text)', () => {
    expect(decodeArticle(Buffer.from(ARTICLE, 'utf8'))).toEqual({ text: ARTICLE, encoding: 'utf-8' });
    expect(decodeArticle(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE, 'utf8')]))).toEqual({ text: ARTICLE, encoding: 'utf-8-bom' });
  });

  it('UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeArticle(le)).toEqual({ text: ARTICLE, encoding: 'utf-16le' });
    expect(decodeArticle(be)).toEqual({ text: ARTICLE, encoding: 'utf-16be' });
  });

  it('UTF-16 without a BOM is refused as binary (NUL bytes), not read as mojibake', () => {
    expect(decodeArticle(Buffer.from(ARTICLE, 'utf16le'))).toEqual({ error: 'not a text file (binary content)' });
  });

  it('UTF-32 is refused by name (its BOM starts like UTF-16 LE)', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0, 0, 0x27, 0x06, 0, 0]);
    expect(decodeArticle(bytes)).toEqual({ error: expect.stringMatching(/UTF-32/) });
  });

  it('detects and decodes Windows-1256 Arabic', () => {
    const s = 'قال ترامب إن المحادثات مع إيران مثمرة، وأضاف: سنرى؟';
    expect(decodeArticle(cp1256(s))).toEqual({ text: s, encoding: 'windows-1256' });
  });

  it('keeps a UTF-8 article with a few broken bytes as UTF-8 (U+FFFD for them), not Windows-1256 mojibake', () => {
    const good = Buffer.from(ARTICLE.repeat(3), 'utf8');
    // A stray byte in the middle, and the file cut inside its last letter.
    const at = Buffer.byteLength('قال الرئيس ', 'utf8'); // between two letters
    const broken = Buffer.concat([good.subarray(0, at), Buffer.from([0xff]), good.subarray(at), Buffer.from('ب', 'utf8').subarray(0, 1)]);
    const d = decodeArticle(broken);
    expect(d).toMatchObject({ encoding: 'utf-8-lossy' });
    const t = text(d);
    expect(t).toContain('دونالد ترامب');
    expect(t.match(/\ufffd/g)).toHaveLength(2);
    expect(t.replace(/\ufffd/g, '')).toBe(ARTICLE.repeat(3));
  });

  it('refuses a binary file with a .txt name: NUL bytes, or many control bytes without NUL', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decodeArticle(png)).toEqual({ error: 'not a text file (binary content)' });
    let seed = 42;
    const noNul = Uint8Array.from({ length: 4096 }, () => 1 + ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 255));
    expect(noNul.includes(0)).toBe(false);
    expect(decodeArticle(noNul)).toEqual({ error: 'not a text file (binary content)' });
  });

  it('a stray control byte in a short text is still text', () => {
    expect(text(decodeArticle(Buffer.from('قال\u0001 ترامب', 'utf8')))).toBe('قال\u0001 ترامب');
  });

  it('empty, white space only and diacritics only are text', () => {
    expect(decodeArticle(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
    expect(decodeArticle(Buffer.from(' \t\r\n\u00a0\u3000\n', 'utf8'))).toEqual({ text: ' \t\r\n\u00a0\u3000\n', encoding: 'utf-8' });
    const marks = '\u064e\u064f\u0650\u0651\u0652\u0670ـــ';
    expect(decodeArticle(Buffer.from(marks, 'utf8'))).toEqual({ text: marks, encoding: 'utf-8' });
    expect(decodeArticle(Uint8Array.from([0xef, 0xbb, 0xbf]))).toEqual({ text: '', encoding: 'utf-8-bom' });
    expect(decodeArticle(Uint8Array.from([0xff, 0xfe]))).toEqual({ text: '', encoding: 'utf-16le' });
  });

  it('keeps a second BOM, emoji and astral characters intact', () => {
    const s = '\ufeffترامب 😀 𠀀 🇮🇷';
    expect(text(decodeArticle(Buffer.from(s, 'utf8')))).toBe(s.slice(1)); // a leading BOM is a BOM
    expect(text(decodeArticle(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')])))).toBe(s);
  });

  it('decodes a large file whole', () => {
    const big = Buffer.from(ARTICLE.repeat(20000), 'utf8'); // ~2.4 MB
    expect(text(decodeArticle(big)).length).toBe(ARTICLE.length * 20000);
  });
});

describe('decodeArticle by segments', () => {
  const UTF8_PART = 'قال الرئيس الأمريكي دونالد ترامب إن المحادثات مع إيران مثمرة.\n';
  const CP_PART = 'وأضاف وزير الخارجية الإيراني عباس عراقجي أن لبنان مهم.\n';

  it('a UTF-8 article with a Windows-1256 paragraph: each part in its encoding, a warning with the byte offset', () => {
    const head = Buffer.from(UTF8_PART, 'utf8');
    const bytes = Buffer.concat([head, cp1256(CP_PART), Buffer.from(UTF8_PART, 'utf8')]);
    const d = decodeArticle(bytes);
    expect(d).toMatchObject({ text: UTF8_PART + CP_PART + UTF8_PART, encoding: 'utf-8+windows-1256' });
    // The part runs from its first to its last byte that is not UTF-8 (the final «.\n» is ASCII, the same in both).
    expect('warnings' in d && d.warnings).toEqual([`bytes ${head.length}-${head.length + cp1256(CP_PART).length - 3} are not UTF-8 and are read as Windows-1256`]);
  });

  it('an Arabic text with a binary tail: cut where the binary starts, with a warning', () => {
    const textBytes = Buffer.from(UTF8_PART.repeat(3), 'utf8');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]);
    const d = decodeArticle(Buffer.concat([textBytes, png, Buffer.alloc(4096)]));
    if ('error' in d) throw new Error(d.error);
    // The PNG signature's first bytes («\x89PNG\r\n») come before its first control byte: they may stay.
    expect(d.text.startsWith(UTF8_PART.repeat(3))).toBe(true);
    expect(d.text.length).toBeLessThan(UTF8_PART.length * 3 + 16);
    expect(d.warnings?.[0]).toMatch(/^binary content from byte \d+ on \(\d+ bytes\) is not read$/);
    // A Windows-1256 article with a binary tail is still Windows-1256, not mojibake.
    const cp = decodeArticle(Buffer.concat([cp1256(CP_PART.repeat(3)), Buffer.alloc(2048)]));
    expect(cp).toMatchObject({ text: CP_PART.repeat(3), encoding: 'windows-1256' });
  });

  it('a stray NUL is not a binary tail', () => {
    const d = decodeArticle(Buffer.concat([Buffer.from(UTF8_PART.repeat(200), 'utf8'), Buffer.from([0]), Buffer.from(UTF8_PART, 'utf8')]));
    expect(d).toEqual({ text: UTF8_PART.repeat(200) + '\u0000' + UTF8_PART, encoding: 'utf-8' });
  });

  it('many broken parts: three named, the rest counted', () => {
    const parts: Buffer[] = [];
    for (let i = 0; i < 10; i++) parts.push(Buffer.from(UTF8_PART, 'utf8'), Buffer.from([0xff]));
    const d = decodeArticle(Buffer.concat(parts));
    expect(d).toMatchObject({ encoding: 'utf-8-lossy' });
    expect('warnings' in d && d.warnings).toHaveLength(4);
    expect('warnings' in d && d.warnings?.[3]).toBe('and 7 more parts that are not UTF-8');
  });
});
