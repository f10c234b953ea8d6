import { describe, expect, it } from 'vitest';
import { PackedText, sameText } from '../../src/cli/packedText';
import { Corpus } from '../../src/core/corpus/corpus';

const ARTICLE = [
  'قال وزير الخارجية أحمد عطاف إن «الحوار هو السبيل الوحيد» لحل الأزمة.',
  'وأضاف المتحدث باسم الحكومة أن الاجتماع سيعقد في 12 مارس/آذار 2024، بحضور ممثلين عن 7 دول.',
  'ونقلت وكالة رويترز عن مسؤول لم تسمه قوله: "لا تغيير في الموقف".',
].join('\n');

describe('packed article text', () => {
  it('gives every slice the string gives, lone surrogates and all', () => {
    const texts = [ARTICLE, '', 'a\ud800b\udc00c«»', ARTICLE.repeat(400)];
    for (const t of texts) {
      const p = PackedText.keep(t);
      expect(typeof p).not.toBe('string');
      expect(p.length).toBe(t.length);
      expect(p.slice()).toBe(t);
      for (let k = 0; k < 300; k++) {
        const a = Math.floor(Math.random() * (t.length + 4)) - 2;
        const b = Math.floor(Math.random() * (t.length + 4)) - 2;
        expect(p.slice(a, b)).toBe(t.slice(a, b));
      }
      expect(sameText(p, t)).toBe(true);
      expect(sameText(p, t + ' ')).toBe(false);
    }
  });

  it('keeps the string of a text with more than 256 different code units', () => {
    const wide = ARTICLE + Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    expect(PackedText.keep(wide)).toBe(wide);
  });

  it('an article analysed with its text packed reads the same mentions, sentences and names', () => {
    const plain = new Corpus();
    const packed = new Corpus();
    const text = `${ARTICLE}\nوقال المتحدث باسم البيت الأبيض أليكس فايفر إن الرئيس سيزور المنطقة.`;
    const a = plain.setArticle('a.txt', text);
    const p = PackedText.keep(text);
    const b = packed.setArticle('a.txt', p.slice(), p);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(packed.allActors())).toBe(JSON.stringify(plain.allActors()));
  });
});
