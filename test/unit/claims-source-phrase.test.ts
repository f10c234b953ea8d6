import { describe, expect, it } from 'vitest';
import { sourcePhraseLength } from '../../src/core/claims/attribution';
import { SPEECH, UNNAMED_HEADS } from '../../src/core/claims/attributionWords';
import { normalize } from '../../src/core/text/normalize';
import { tokenize, type Token } from '../../src/core/text/tokens';

/**
 * The source phrases a clause leaves out («قال مسؤول أمريكي كبير», «بحسب مصادر
 * مطلعة»): the head is asked first and read without slicing the token unless
 * its second letter can start a head (attribution.ts, sourceHead). The answer
 * is the one of asking the cue first and slicing every token.
 */
const SOURCE_ONLY = new Set(['مسؤول', 'مصدر']);
/** Whether the token passes both gates of the reading before (cue, then head); its length is then the unnamed key's. */
function gates(tokens: Token[], i: number): boolean {
  const t = tokens[i].text;
  const prev = i > 0 ? tokens[i - 1].text : '';
  const cue = i === 0 || SPEECH.has(prev) || SPEECH.has(prev.slice(1)) || prev === 'عن' || prev === 'احد' || prev === 'احدي';
  if (!cue) return false;
  return SOURCE_ONLY.has(UNNAMED_HEADS.get(t) ?? UNNAMED_HEADS.get(t.slice(1)) ?? '') || t === 'احد' || t === 'احدي';
}

const SENTENCES = [
  'قال مسؤول أمريكي كبير إن المفاوضات مع إيران بلغت مرحلة حاسمة',
  'وقال مسؤولون إسرائيليون لموقع أكسيوس إن العملية ستستمر أسابيع',
  'بحسب مصادر مطلعة فإن الحكومة ستعلن التعديل الوزاري الأسبوع المقبل',
  'وأكدت مصادر دبلوماسية أن السفير سيعود إلى بلاده',
  'نقلت وكالة رويترز عن مسؤولين في وزارة الدفاع أن الصفقة أُلغيت',
  'قال أحد المسؤولين إن القرار نهائي',
  'وقال دبلوماسي غربي إن العقوبات لن ترفع قريبا',
  'التقى الوزير مع مسؤولين إيرانيين في العاصمة العمانية مسقط',
  'وصرح لمصدر مقرب من الحكومة بأن الاجتماع تأجل',
  'قال ومسؤولون في الحزب الحاكم يرفضون المقترح',
];

describe('source phrases are read as before, the head asked first', () => {
  it('a source after a verb of saying or «عن» is a source phrase; a head that is content is none', () => {
    const lengthAt = (s: string, word: string): number => {
      const toks = tokenize(normalize(s));
      return sourcePhraseLength(toks, toks.findIndex((t) => t.text === normalize(word)));
    };
    expect(lengthAt(SENTENCES[0], 'مسؤول')).toBeGreaterThan(1);
    expect(lengthAt(SENTENCES[2], 'مصادر')).toBeGreaterThan(1);
    expect(lengthAt(SENTENCES[4], 'مسؤولين')).toBeGreaterThan(0);
    expect(lengthAt(SENTENCES[6], 'دبلوماسي')).toBe(0);
    expect(lengthAt(SENTENCES[7], 'مسؤولين')).toBe(0);
  });

  it('every token of real sentences is a source phrase only where the reading that asked the cue first let it be', () => {
    let sources = 0;
    let passed = 0;
    for (const s of SENTENCES) {
      const toks = tokenize(normalize(s));
      for (let i = 0; i < toks.length; i++) {
        const n = sourcePhraseLength(toks, i);
        const pass = gates(toks, i);
        if (!pass) expect(n, `${s} @${i}`).toBe(0);
        if (pass) passed++;
        if (n) sources++;
      }
    }
    expect(sources).toBeGreaterThanOrEqual(5);
    expect(passed).toBeGreaterThanOrEqual(sources);
  });
});
