import { describe, expect, it } from 'vitest';
import { discoveredId } from '../../src/core/actors/discovery';
import { DiscoveredIndex } from '../../src/core/corpus/discoveredIndex';
import { BY_TITLE, SURE, WEAK, discoveredRecords, type DiscoveredRecords, type NameFacts } from '../../src/core/corpus/discoveredRecords';

/**
 * The discovered names' index (discoveredIndex.ts) is a table of its own in
 * typed arrays, where a Map held each key: the same answers as a plain
 * reading of every article's records, through articles added, replaced and
 * removed, enough names for the table to double many times, and removals
 * that move names back along their probe runs.
 */
const FIRST = ['سامي', 'نادر', 'كريم', 'وليد', 'هشام'];
const FAMILY = ['برقاوي', 'قمصاني', 'الجبلي', 'ولايتي', 'الحسيني', 'العطار', 'النمري'];
/** The n-th name: a given name, a family name and a number of syllables, so that most never repeat. */
const nameOf = (n: number): string => `${FIRST[n % FIRST.length]} ${FAMILY[Math.floor(n / FIRST.length) % FAMILY.length]}${'تن'.repeat(1 + Math.floor(n / 35))}`;

/** An article naming the given names (one mention each), with their flags. */
function article(names: Array<{ n: number; flags: number }>): DiscoveredRecords {
  let text = '';
  const facts: NameFacts[] = names.map(({ n, flags }) => {
    const name = nameOf(n);
    const at = (text += 'وقال ').length;
    text += `${name}. `;
    return { key: name, text: name, at, byTitle: (flags & BY_TITLE) !== 0, ...(flags & SURE ? { sure: true } : {}), ...(flags & WEAK ? { weak: true } : {}) };
  });
  const first = Uint32Array.from(facts.map((_, d) => d).concat(facts.length));
  const spans = Int32Array.from(facts.flatMap((f) => [f.at, f.at + f.text.length, 0, f.at, 0, f.at + f.text.length]));
  return discoveredRecords(facts, first, spans, text);
}

/** What the index must say, read from every article's records. */
function expected(articles: Map<string, DiscoveredRecords>): { accepted: string[]; files: Map<string, string[]> } {
  const files = new Map<string, string[]>();
  const flags = new Map<string, number[]>();
  for (const [f, r] of articles)
    for (let d = 0; d < r.length; d++) {
      files.set(r.keys[d], [...(files.get(r.keys[d]) ?? []), f]);
      flags.set(r.keys[d], [...(flags.get(r.keys[d]) ?? []), r.flags[d]]);
    }
  const accepted = [...flags].filter(([, fl]) => fl.some((x) => x & (BY_TITLE | SURE)) || fl.filter((x) => !(x & WEAK)).length >= 2).map(([k]) => k);
  return { accepted: accepted.sort(), files };
}

describe('discovered names index', () => {
  it('answers as the records say, through additions, changes and removals', () => {
    const articles = new Map<string, DiscoveredRecords>();
    const index = new DiscoveredIndex((f) => articles.get(f));
    let seed = 7;
    const random = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), seed % n);
    const file = (): string => `خبر-${random(40)}.txt`;
    for (let step = 0; step < 300; step++) {
      const f = file();
      index.forget(f, articles.get(f));
      if (random(5) === 0) articles.delete(f);
      else {
        // Names from a wide range (most used once) and a narrow one (shared between articles).
        // (An article's records name each key once.)
        const ns = [...new Set(Array.from({ length: 1 + random(60) }, () => (random(3) ? random(3000) : random(20))))];
        const names = ns.map((n) => ({ n, flags: [0, 0, 0, BY_TITLE, SURE, WEAK][random(6)] }));
        articles.set(f, article(names));
        index.note(f, articles.get(f)!);
      }
      if (step % 25 !== 24) continue;
      const want = expected(articles);
      expect(index.acceptedKeys()).toEqual(want.accepted);
      for (const [key, fs] of want.files) {
        expect(new Set(index.filesOf(key).map(([g]) => g))).toEqual(new Set(fs));
        expect(index.isAccepted(key)).toBe(want.accepted.includes(key));
      }
      for (const key of want.accepted) expect(index.acceptedKey(discoveredId(key), step)).toBe(key);
      // A name no article uses any more is not found.
      expect(index.filesOf(nameOf(999_999))).toEqual([]);
    }
  });

  it('the actor is named as the first article by file name writes it', () => {
    const articles = new Map<string, DiscoveredRecords>();
    const index = new DiscoveredIndex((f) => articles.get(f));
    articles.set('ب.txt', article([{ n: 1, flags: 0 }]));
    index.note('ب.txt', articles.get('ب.txt')!);
    articles.set('أ.txt', article([{ n: 1, flags: BY_TITLE }]));
    index.note('أ.txt', articles.get('أ.txt')!);
    const actor = index.actor(nameOf(1));
    expect(actor.name).toBe(nameOf(1));
    expect(actor.id).toBe(discoveredId(nameOf(1)));
    expect(index.filesOf(nameOf(1)).map(([f]) => f).sort()).toEqual(['أ.txt', 'ب.txt']);
    index.forget('أ.txt', articles.get('أ.txt'));
    articles.delete('أ.txt');
    expect(index.isAccepted(nameOf(1))).toBe(false);
    expect(index.filesOf(nameOf(1)).map(([f]) => f)).toEqual(['ب.txt']);
  });
});
