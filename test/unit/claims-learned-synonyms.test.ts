import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinActors, builtinOffices } from '../../src/core/actors/builtin';
import { Registry } from '../../src/core/actors/registry';
import { compareSentences } from '../../src/core/claims/compare';
import { lex } from '../../src/core/claims/contradictionWords';
import { stemFeature } from '../../src/core/claims/features';
import { claimSynonym, handSynonym } from '../../src/core/claims/synonyms';
import learned from '../../src/core/data/claims/learned-synonyms.json';
import { normalize } from '../../src/core/text/normalize';
import { learnedSynonymsText, variantOf } from '../../src/eval/claims/learnSynonyms';

/**
 * The claim synonyms and stem variants learned from the paraphrase pairs of
 * the Arabic News Stance training side (src/eval/claims/learnSynonyms.ts),
 * on real headlines of that data.
 */
const root = join(__dirname, '..', '..');
const train = join(root, '..', 'shared', 'data', 'ans', 'train.csv');
const registry = new Registry(builtinActors(), builtinOffices);
const feature = (w: string): string => stemFeature(registry, normalize(w));

describe('claim synonyms learned from paraphrases', () => {
  it.skipIf(!existsSync(train))('ships the list the builder learns from the training pairs, byte for byte', () => {
    expect(learnedSynonymsText(train)).toBe(readFileSync(join(root, 'src', 'core', 'data', 'claims', 'learned-synonyms.json'), 'utf8'));
  });

  it('folds forms of one root the light stemmer keeps apart onto one feature', () => {
    // «يستقيل» / «استقالة», «تعتقل» / «المعتقلات», «الاستخبارات» / «المخابرات», «يتبادلان» / «متبادلة».
    for (const [a, b] of [
      ['يستقيل', 'استقالة'],
      ['تعتقل', 'المعتقلات'],
      ['الاستخبارات', 'المخابرات'],
      ['يتبادلان', 'متبادلة'],
    ]) {
      expect(feature(a)).not.toBe('');
      expect(feature(a)).toBe(feature(b));
    }
  });

  it('learns a word two headlines swap, after the hand groups', () => {
    // «السيستاني يدعو إلى ...» / «دعى السيستاني ...»: the perfect as headlines spell it meets the hand group of «يطالب», «يدعو».
    expect(feature('دعى')).toBe(feature('يطالب'));
    expect(feature('دعى')).toBe(feature('يدعو'));
    // The hand groups still apply first: «هبوط» stands for the group of «انخفاض».
    expect(feature('هبوط')).toBe(feature('انخفاض'));
  });

  it('never folds a word onto its opposite, and keeps words that only look alike apart', () => {
    const map = learned.map as Record<string, string>;
    for (const [from, to] of Object.entries(map)) expect(lex().ANTONYMS.get(from)?.has(to) ?? false).toBe(false);
    // «إعدام» (execution) is not «عدم» (absence), «ناقلة» not «أدنى».
    expect(feature('إعدام')).not.toBe(feature('عدم'));
    expect(feature('ناقلة')).not.toBe(feature('أدنى'));
    expect(variantOf('الاستخبارات', 'المخابرات')).toBe(true);
    expect(variantOf('يستفيد', 'يفقد')).toBe(false);
    // A stem no list holds stands for itself.
    expect(claimSynonym('قمح')).toBe('قمح');
    expect(handSynonym(claimSynonym('قمح'))).toBe('قمح');
  });

  it('groups a paraphrase told with another form of its verb', () => {
    const v = compareSentences('أسماء جديدة ضمن قائمة النساء المعتقلات في السعودية', 'السعودية تعتقل المزيد من النساء');
    expect(v.sameClaim).toBe(true);
    expect(v.disagreements).toEqual([]);
    const w = compareSentences('رئيس الوزراء الأردني يستقيل عقب احتجاجات واسعة', 'استقالة رئيس الوزراء الأردنى بعد الاحتجاجات الكبيرة');
    expect(w.sameClaim).toBe(true);
    expect(w.disagreements).toEqual([]);
  });
});
