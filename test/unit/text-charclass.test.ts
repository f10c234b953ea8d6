import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinWords, LETTER_OR_NUMBER, SEPARATOR } from '../../src/core/text/charClass';

/** Characters that stress the classes: Arabic letters and marks, punctuation of several scripts, spaces, emoji, lone surrogates. */
const CHARS = [...'قال ترامب، «إيران» - 2025. ؟!…。\u06d4\u0640\u064b a1_@#$%^&*()[]{}<>|\\/\'"`~+=\t\n\r\u00a0\u2009\u200f\ufeff\u3000٣۴'].concat(['😀', '\ud83d', '\ude00', '𝔸', '\u{1f1f8}\u{1f1e6}']);
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }).map((a) => a.join(''));
const anyText = fc.oneof(text, fc.string({ unit: 'binary', maxLength: 30 }));

describe('character classes answer as the regular expressions they stand for', () => {
  it('joinWords is replace(/[\\s\\p{P}\\p{S}]+/gu, " ").trim()', () => {
    fc.assert(fc.property(anyText, (s) => {
        expect(joinWords(s)).toBe(s.replace(/[\s\p{P}\p{S}]+/gu, ' ').trim());
      }), { numRuns: 3000 });
    expect(joinWords('  «عاجل» :  ترامب،،إيران  ')).toBe('عاجل ترامب إيران');
  });

  it('LETTER_OR_NUMBER.any is /[\\p{L}\\p{N}]/u.test', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (s, x, y) => {
        const a = Math.min(x, y) % (s.length + 1);
        const b = Math.max(a, Math.max(x, y) % (s.length + 1));
        expect(LETTER_OR_NUMBER.any(s, a, b)).toBe(/[\p{L}\p{N}]/u.test(s.slice(a, b)));
      }),
      { numRuns: 3000 },
    );
  });

  it('a surrogate pair is one code point, a lone surrogate is neither class', () => {
    expect(SEPARATOR.at('😀x', 0)).toBe(2);
    expect(LETTER_OR_NUMBER.at('𝔸', 0)).toBe(2);
    expect(SEPARATOR.at('\ud83d', 0)).toBe(-1);
    expect(LETTER_OR_NUMBER.at('\ud83dx', 0)).toBe(-1);
  });
});
