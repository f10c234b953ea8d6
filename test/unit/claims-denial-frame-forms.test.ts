import { describe, expect, it } from 'vitest';
import { denialFrame } from '../../src/core/claims/denialFrame';
import { normalize } from '../../src/core/text/normalize';
import { tokenize } from '../../src/core/text/tokens';

/**
 * The words of a denial's frame are known behind the proclitics a token glues
 * on («و», «ف», «ب», «ل»; «لل», «وب», «ول»; «لل» for «ال»), each form looked up
 * as written (denialFrame.ts, gluedForms): the same words as stripping the
 * proclitic and looking the rest up, no more.
 */
function frameOf(sentence: string) {
  const folded = normalize(sentence);
  return denialFrame(tokenize(folded), folded);
}

describe('a denial frame reads its words behind proclitics', () => {
  const denial = frameOf('نفت وزارة الصحة ما تداولته المواقع من أنباء عن نقص الأدوية');

  it('a denial is read from a cue behind a proclitic («وشائعات», «وبالشائعات» is not one)', () => {
    expect(frameOf('وشائعات عن رفع أسعار الخبز في المحافظات')).toBeDefined();
    expect(frameOf('للشائعات أثر على أسعار الخبز في المحافظات')?.isFrame(normalize('الأخبار'))).toBe(true);
    expect(frameOf('ارتفاع أسعار الخبز في المحافظات')).toBeUndefined();
  });

  it('one-letter proclitics before a word of three letters or more', () => {
    expect(denial).toBeDefined();
    for (const w of ['وعار', 'فعار', 'بخبر', 'لخبر', 'ومواقع']) expect(denial!.isFrame(normalize(w))).toBe(true);
  });

  it('two-letter proclitics before a word, and «لل» for «ال»', () => {
    for (const w of ['ولخبر', 'وبخبر', 'للخبر', 'للاجتماعي', 'للمواقع']) expect(denial!.isFrame(normalize(w))).toBe(true);
  });

  it('no other word: a proclitic not stripped, or a word too short behind one', () => {
    for (const w of ['كخبر', 'الخبر', 'ولاجتماعي', 'وزارة', 'نقص', 'اجتماعي']) expect(denial!.isFrame(normalize(w))).toBe(false);
  });
});
