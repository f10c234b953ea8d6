import { describe, expect, it } from 'vitest';
import { comparePair } from '../../src/core/claims/contradiction';
import { countryOf } from '../../src/core/claims/countries';
import { normalize } from '../../src/core/text/normalize';

/** A country named by a word the tagger leaves out (an adjective, a nationality) is an actor in its place (contradiction.ts). */
describe('another country in the same place, by its adjective', () => {
  it('a plane of one country against a plane of another is a contradiction', () => {
    const v = comparePair('الإعلان عن سقوط طائرة تركية عائدة من الإمارات', 'الإعلان عن تحطم طائرة يمنية عائدة من الإمارات');
    expect(v.contradicts).toBe(true);
    expect(v.kind).toBe('actor');
    expect(v.detail).toBe('turkey | yemen');
    expect(comparePair('إضراب يشل أهم موانئ إسرائيل', 'إضراب يشل موانئ مصرية').contradicts).toBe(true);
  });

  it('a country of two words is read whole', () => {
    const v = comparePair('مناورات عسكرية مشتركة في كوريا الجنوبية', 'مناورات عسكرية مشتركة في اليابان');
    expect(v.contradicts).toBe(true);
    expect(v.detail).toBe('south_korea | japan');
  });

  it('one country by its name and by its adjective, or a country one version adds, is no swap', () => {
    expect(comparePair('إضراب يشل موانئ مصرية', 'إضراب يشل موانئ مصر').contradicts).toBe(false);
    expect(comparePair('تحالف السعودية والإمارات يرفض تقرير الأمم المتحدة', 'تحالف السعودية يرفض تقرير الأمم المتحدة').contradicts).toBe(false);
  });

  it('a word that reads first as a common word names no country', () => {
    for (const w of ['مالية', 'المالي', 'الصحراء', 'أفريقيا', 'سري']) expect(countryOf(normalize(w))).toBeUndefined();
    expect(countryOf(normalize('المصرية'))).toBe('@egypt');
    // «شركات مالية» (financial) is not Mali against Turkey.
    expect(comparePair('موديز تخفض تصنيف بنوك في تركيا', 'موديز تخفض تصنيف شركات مالية').features.actorAny).toBe(0);
  });

  it('«أمريكا اللاتينية» is a region, not the United States', () => {
    const latin = [{ id: 'latin_america', type: 'place' }];
    expect(comparePair('أول ظهور للفرقة في أمريكا اللاتينية', 'أول ظهور للفرقة في الولايات المتحدة', latin).features.actor).toBe(1);
  });
});

describe('words that only look like a country', () => {
  it('a name of two words is read once: «جنوب السودان» is not Sudan too', () => {
    const v = comparePair('اشتباكات عنيفة في جنوب السودان', 'اشتباكات عنيفة في السودان');
    expect(v.features.actor).toBe(1);
    expect(v.detail).toBe('south_sudan | sudan');
  });
  it('a capital written with «ال» is read with it only, and «ولايات» alone is no United States', () => {
    expect(countryOf(normalize('الرياض'))).toBe('@saudi_arabia');
    expect(countryOf(normalize('رياض'))).toBeUndefined();
    expect(countryOf(normalize('ولايات'))).toBeUndefined();
    expect(countryOf(normalize('الولايات'))).toBe('@usa');
    expect(comparePair('رياض سلامة ينفي اتهامات الاختلاس', 'حاكم مصرف لبنان ينفي اتهامات الاختلاس').features.actor).toBe(0);
    expect(comparePair('الجيش يستعيد السيطرة على ولايات في دارفور', 'الجيش السوداني يستعيد السيطرة على ولايات في دارفور').features.actor).toBe(0);
  });
});
