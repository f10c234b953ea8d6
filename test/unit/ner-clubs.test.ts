import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/core/corpus/corpus';

/**
 * Clubs named as a match's host or guest, and by a club's opening word
 * (src/core/actors/tagger/clubs.ts), on sentences of ANERcorp's training text
 * (CC BY-SA 4.0) and sports news wording of the same kind.
 */
function mentions(text: string): Array<[string, string]> {
  const c = new Corpus();
  c.setArticle('a.txt', text);
  return c.getArticle('a.txt')!.mentions.filter((m) => !m.nested).map((m): [string, string] => [m.text, c.getActor(m.actorId)?.type ?? '?']);
}

describe('the word after «ضيفه», «مضيفه» is a club', () => {
  it('one word, with or without the tagger', () => {
    expect(mentions('في مباراة مانشستر السابقة التي فاز فيها على ضيفه فولهام 1 / 5 يوم السبت')).toContainEqual(['فولهام', 'organization']);
    expect(mentions('من استهلال موسمه بلقب جديد بعد فوزه على مضيفه إسبانيول 1 - صفر مساء أمس')).toContainEqual(['إسبانيول', 'organization']);
  });
  it('the tagger\'s name of two words that starts there', () => {
    expect(mentions('ضرب ريال مدريد الاسباني بقوة عندما سحق ضيفه دينامو كييف 5 - 1')).toContainEqual(['دينامو كييف', 'organization']);
  });
  it('not a nationality («ضيفه البوروندي»), nor a hostess («مضيفة جوية»)', () => {
    const burundi = mentions('في غانا عام 2008 ، حيث فاز على ضيفه البوروندي 4 - 1 مساء السبت');
    expect(burundi.map(([t]) => t)).not.toContain('البوروندي');
    const hostess = mentions('وقد اتصلت بربارا أوسلت ، وهي مضيفة جوية على واحدة من الطائرات');
    expect(hostess.map(([t]) => t)).not.toContain('جوية');
  });
});

describe('a club\'s opening word does not end its name', () => {
  it('«أولمبيك» and the word after it are one club', () => {
    expect(mentions('أولمبيك مرسيليا يريد الفوز أمام ليل')).toContainEqual(['أولمبيك مرسيليا', 'organization']);
    expect(mentions('يسعى فريق أولمبيك الخميسات إلى تحقيق الفوز')).toContainEqual(['أولمبيك الخميسات', 'organization']);
  });
});
