import { Corpus } from '../../src/core/corpus/corpus';
import type { Offices } from '../../src/core/actors/roles';
import type { Actor } from '../../src/core/types';

/** A small registry written for the tests (not the built-in one), so each test says what it relies on. */
export const TEST_OFFICES: Offices = {
  president: { en: 'President', forms: ['الرئيس {adj}', 'رئيس {country}'] },
  vice_president: { en: 'Vice President', forms: ['نائب الرئيس {adj}'] },
  foreign_minister: { en: 'Foreign Minister', forms: ['وزير الخارجية {adj}', 'وزير خارجية {country}'] },
  prime_minister: { en: 'Prime Minister', forms: ['رئيس الوزراء {adj}', 'رئيس وزراء {country}'] },
};

const a = (x: Partial<Actor> & Pick<Actor, 'id' | 'type' | 'name'>): Actor => ({ nameEn: x.id, aliases: [], roles: [], source: 'builtin', ...x });

export const TEST_ACTORS: Actor[] = [
  a({ id: 'usa', type: 'country', name: 'الولايات المتحدة', aliases: ['أمريكا', 'أميركا'], adjectives: ['الأمريكي', 'الأميركي'] }),
  a({ id: 'egypt', type: 'country', name: 'مصر', adjectives: ['المصري'] }),
  a({ id: 'iran', type: 'country', name: 'إيران', adjectives: ['الإيراني'] }),
  a({ id: 'lebanon', type: 'country', name: 'لبنان', adjectives: ['اللبناني'] }),
  a({ id: 'tehran', type: 'place', name: 'طهران', capitalOf: 'iran' }),
  a({ id: 'white_house', type: 'organization', name: 'البيت الأبيض' }),
  a({ id: 'reuters', type: 'media', name: 'رويترز' }),
  a({ id: 'x_platform', type: 'media', name: 'إكس', aliases: ['منصة “إكس”', 'منصة إكس'] }),
  a({ id: 'biden', type: 'person', name: 'جو بايدن', aliases: ['بايدن'], roles: [{ office: 'president', country: 'usa', from: '2021-01-20', to: '2025-01-20' }] }),
  a({ id: 'trump', type: 'person', name: 'دونالد ترامب', aliases: ['ترامب', 'ترمب'], roles: [{ office: 'president', country: 'usa', from: '2025-01-20', to: null }] }),
  a({ id: 'vance', type: 'person', name: 'جيه دي فانس', roles: [{ office: 'vice_president', country: 'usa', from: '2025-01-20' }] }),
  a({ id: 'sisi', type: 'person', name: 'عبد الفتاح السيسي', aliases: ['السيسي'], roles: [{ office: 'president', country: 'egypt', from: 2014 }] }),
  a({ id: 'araghchi', type: 'person', name: 'عباس عراقجي', aliases: ['عراقجي'], roles: [{ office: 'foreign_minister', country: 'iran', from: '2024-08-21' }] }),
  a({ id: 'khamenei', type: 'person', name: 'علي خامنئي', aliases: ['خامنئي'], roles: [{ title: 'المرشد الأعلى', from: 1989 }] }),
];

export function testCorpus(): Corpus {
  return new Corpus({ actors: TEST_ACTORS, offices: TEST_OFFICES });
}

/** The mentions of one text as [actor, exact text] pairs. */
export function mentionsOf(text: string, corpus = testCorpus()): Array<[string, string]> {
  return corpus.setArticle('a.txt', text).mentions.map((m) => [m.actorId, m.text]);
}
