import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/core/corpus/corpus';

/**
 * Places and names of the built-in registry (src/core/data/registry), on sentences
 * of ANERcorp's training text (CC BY-SA 4.0): world cities, the United Kingdom's
 * nations, historical names and common spellings; a party's nationality stays out of its name.
 */
function mentions(text: string): Array<[string, string]> {
  const c = new Corpus();
  c.setArticle('a.txt', text);
  return c.getArticle('a.txt')!.mentions.filter((m) => !m.nested).map((m): [string, string] => [m.text, m.actorId]);
}

describe('places of international news', () => {
  it('cities, states and the nations of the United Kingdom', () => {
    expect(mentions('أمّا الإبن الثاني ، فقد انتقل لولاية كاليفورنيا الأمريكية للعيش فيها')).toContainEqual(['كاليفورنيا', 'california']);
    expect(mentions('سير وولتر سكوت في تعامله مع تاريخ اسكتلندا .')).toContainEqual(['اسكتلندا', 'scotland']);
    expect(mentions('طلب نيستلروي الرحيل قبل نهائي بطولة كأس إنجلترا في الموسم الماضي')).toContainEqual(['إنجلترا', 'england']);
  });
  it('historical names and other spellings', () => {
    expect(mentions('قيل لا يعلم مكانه الآن . تعرضت الأندلس لمحن متوالية في القرن السادس')).toContainEqual(['الأندلس', 'andalusia']);
    expect(mentions('وللوصول إلى الخليج والعراق وأوربا افتتح خط سكة حديد')).toContainEqual(['أوربا', 'europe']);
  });
});

describe('a nationality after a party\'s name is no part of it', () => {
  it('«حزب الله اللبناني» names «حزب الله»', () => {
    expect(mentions('الصحيفة أن حركة حماس تستعد بمساعدة حزب الله اللبناني لمواجهة مع إسرائيل')).toContainEqual(['حزب الله', 'hezbollah']);
  });
});
