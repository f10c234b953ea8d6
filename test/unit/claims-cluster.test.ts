import { describe, expect, it } from 'vitest';
import { clusterUnits, DEFAULT_CLUSTER_OPTIONS, type Unit } from '../../src/core/claims/cluster';
import { testCorpus } from './helpers';

const unit = (file: string, index: number, features: string[]): Unit => ({ file, index, clause: 0, features });
const groupsOf = (units: Unit[]): string[][] =>
  clusterUnits(units).groups.map((g) => g.map((i) => `${units[i].file}:${units[i].index}`));

describe('clustering units into claims', () => {
  it('links mutual best matches from different articles, never two units of one article alone', () => {
    const units = [
      unit('a', 0, ['زار', 'رئيس', 'بغداد', '@iran']),
      unit('b', 0, ['زار', 'رئيس', 'بغداد', '@iran', 'رسمي']),
      unit('a', 1, ['نفط', 'سعر', 'ارتفع']),
      unit('a', 2, ['نفط', 'سعر', 'ارتفع', 'حاد']),
      unit('c', 0, ['امطار', 'سيول', 'شمال']),
    ];
    expect(groupsOf(units)).toEqual([['a:0', 'b:0']]);
  });

  it('does not chain two claims through a unit that resembles both (average linkage)', () => {
    // x ~ y and y ~ z, but x and z share nothing: z stays out of x's group.
    const units = [
      unit('a', 0, ['p', 'q', 'r', 's']),
      unit('b', 0, ['p', 'q', 'r', 's', 't', 'u', 'v', 'w']),
      unit('c', 0, ['t', 'u', 'v', 'w', 'z']),
    ];
    expect(groupsOf(units)).toEqual([['a:0', 'b:0']]);
  });

  it('lets an article that tells a claim twice join both tellings to the group', () => {
    const units = [
      unit('a', 0, ['زار', 'رئيس', 'بغداد', 'رسمي', '@iran']),
      unit('b', 0, ['زار', 'رئيس', 'بغداد', 'رسمي', '@iran', 'امس']),
      unit('b', 5, ['زار', 'رئيس', 'بغداد', '@iran', 'وفد', 'كبير']),
    ];
    expect(groupsOf(units)).toEqual([['a:0', 'b:0', 'b:5']]);
  });

  it('trusts a weaker match between two articles that retell one report', () => {
    const strong = (file: string): Unit[] => [
      unit(file, 0, ['s1', 's2', 's3', 's4']),
      unit(file, 1, ['t1', 't2', 't3', 't4']),
      unit(file, 2, ['u1', 'u2', 'u3', 'u4']),
    ];
    // The weak pair shares two of its five features on each side (cosine 0.4 at flat weights, below the threshold once idf weighs in).
    const weakA = unit('a', 9, ['w1', 'w2', 'a1', 'a2', 'a3']);
    const weakB = unit('b', 9, ['w1', 'w2', 'b1', 'b2', 'b3']);
    const retold = [...strong('a'), ...strong('b'), weakA, weakB];
    const sim = clusterUnits(retold).similarity(6, 7);
    expect(sim).toBeLessThan(DEFAULT_CLUSTER_OPTIONS.threshold);
    expect(groupsOf(retold)).toContainEqual(['a:9', 'b:9']);
    // The same pair between two articles that share nothing else stays apart.
    expect(groupsOf([weakA, weakB, unit('c', 0, ['x1', 'x2']), unit('d', 0, ['y1', 'y2'])])).toEqual([]);
  });

  it('gives the same groups whatever the order of the units', () => {
    const units = [
      unit('a', 0, ['زار', 'رئيس', 'بغداد', '@iran']),
      unit('b', 0, ['زار', 'رئيس', 'بغداد', '@iran', 'رسمي']),
      unit('c', 0, ['زار', 'رئيس', 'بغداد', 'رسمي']),
      unit('c', 1, ['نفط', 'سعر']),
    ];
    const sorted = (u: Unit[]): string[] => groupsOf(u).map((g) => [...g].sort().join(' ')).sort();
    expect(sorted([...units].reverse())).toEqual(sorted(units));
  });
});

describe('recurring claims in a corpus', () => {
  const corpus = testCorpus();
  corpus.setArticle(
    'a.txt',
    'استقبل الرئيس الأمريكي دونالد ترامب نظيره المصري عبد الفتاح السيسي في البيت الأبيض يوم الاثنين، حيث بحث الرئيسان وقف إطلاق النار في قطاع غزة وخطط إعادة إعمار القطاع.\n',
  );
  corpus.setArticle(
    'b.txt',
    'استقبل ترامب السيسي في البيت الأبيض الاثنين في زيارة رسمية.\nوناقش الرئيسان جهود وقف إطلاق النار في غزة وإعادة إعمار القطاع المدمر.\n',
  );
  corpus.setArticle('c.txt', 'أعلنت وزارة الصحة اللبنانية تسجيل إصابات جديدة بالكوليرا في بيروت.\n');
  const groups = corpus.claimGroups();

  it('puts a sentence that packs two claims into both groups', () => {
    expect(groups).toHaveLength(2);
    const a = corpus.getArticle('a.txt')!.sentences[0].id;
    for (const g of groups) expect(g.sentences.map((s) => s.sentenceId)).toContain(a);
    expect(groups.map((g) => g.files.sort())).toEqual([
      ['a.txt', 'b.txt'],
      ['a.txt', 'b.txt'],
    ]);
  });

  it('leaves an unrelated sentence out', () => {
    expect(groups.some((g) => g.files.includes('c.txt'))).toBe(false);
  });
});
