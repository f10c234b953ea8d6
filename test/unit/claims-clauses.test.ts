import { describe, expect, it } from 'vitest';
import { builtinActors, builtinOffices } from '../../src/core/actors/builtin';
import { Registry } from '../../src/core/actors/registry';
import { analyzeArticle } from '../../src/core/corpus/analyze';

const registry = new Registry(builtinActors(), builtinOffices);
const clauses = (text: string): string[][] => analyzeArticle('a.txt', text + '\n', registry).features.sentence(0);

describe('clauses of a sentence for grouping', () => {
  it('opens a clause at an imperfect verb behind «و» after a comma (a second predicate)', () => {
    const c = clauses('ورغم التصعيد الظاهري، نقلت مصادر رسمية أن الرئيس الأمريكي لا يزال يفضل الحلول الدبلوماسية، ويسعى لاستكشاف مدى جدية الجانب الإيراني في استئناف المحادثات النووية.');
    expect(c).toHaveLength(2);
    expect(c[0]).toContain('حل');
    expect(c[1]).toContain('@iran');
    expect(c[1]).not.toContain('حل');
  });
  it('does not read a name that begins like a verb as a new clause («، ويتكوف»)', () => {
    const c = clauses('التقى وزير الخارجية الإيراني عباس عراقجي في مسقط مبعوثي الرئيس الأمريكي، ويتكوف وكوشنر، لبحث الملف النووي وتخفيف العقوبات.');
    expect(c).toHaveLength(1);
    expect(c[0]).toEqual(expect.arrayContaining(['@witkoff', '@araghchi']));
  });
  it('keeps a headline whole at «بعدما» and «مما»: the part that recurs is not all the claim', () => {
    expect(clauses('امرأة سودانية تواجه شبح الإعدام شنقا بعدما قتلت زوجها اثناء اغتصابه لها')).toHaveLength(1);
    expect(clauses('اشتباكات ضارية في العاصمة طرابلس مما أدى لفرار المئات من السجون')).toHaveLength(1);
    // A longer sentence still opens a clause there.
    const long = clauses('قالت مصادر محلية إن اشتباكات ضارية اندلعت في العاصمة طرابلس بين مجموعات مسلحة متنافسة طوال ليلة أمس مما أدى إلى فرار المئات من السجناء من سجن عين زارة');
    expect(long.length).toBeGreaterThan(1);
  });
  it('writes a feature once per clause, and again in the next clause that has it (each clause forgets the last)', () => {
    const c = clauses('أعلنت وزارة الصحة المصرية ارتفاع الإصابات وارتفاع الوفيات في القاهرة، حيث سجلت الوزارة ارتفاع الإصابات في الجيزة والإسكندرية.');
    expect(c).toHaveLength(2);
    for (const clause of c) expect(new Set(clause).size).toBe(clause.length);
    const shared = c[0].filter((f) => c[1].includes(f));
    expect(shared.length).toBeGreaterThan(0);
  });
});
