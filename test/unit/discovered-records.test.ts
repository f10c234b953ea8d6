import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedCorpus } from '../../bench/corpus/seedCorpus';
import { builtinActors, builtinOffices } from '../../src/core/actors/builtin';
import { Registry } from '../../src/core/actors/registry';
import { analyzeArticle } from '../../src/core/corpus/analyze';
import { Corpus } from '../../src/core/corpus/corpus';
import { BY_TITLE, discoveredList } from '../../src/core/corpus/discoveredRecords';
import { newLineCache } from '../../src/core/corpus/lineParts';

/**
 * Discovered names are kept as flat records (discoveredRecords.ts), searched
 * line by line, and while an article is edited only the lines a change of its
 * names can affect are searched again (discoveredSearch.ts). With the name
 * tagger on: an edited article analysed from its previous lines must be the
 * fresh analysis of its new text, whatever the edit does to its names.
 */
const ROOT = resolve(__dirname, '../..');
const reg = new Registry(builtinActors(), builtinOffices);
const fresh = (t: string): unknown => {
  const st = analyzeArticle('a.txt', t, reg);
  return { ...st, discovered: discoveredList(st.discovered) };
};

const INTRO = 'وقال المتحدث باسم البيت الأبيض سامي برقاوي إن المحادثات مع إيران ستستمر.';
const AGAIN = 'وأكد برقاوي أن الوفد الأمريكي سيعود إلى مسقط الأسبوع المقبل، وقال مسؤول لبرقاوي إن الموعد لم يحدد.';

describe('discovered names while an article is edited', () => {
  const seed = seedCorpus(ROOT, 1)[0].text;
  const base = `${seed}\n${INTRO}\n${AGAIN}`;
  // Each edit from the one before: a name comes, is renamed by typing in it, goes, and comes back.
  const edits = [
    base,
    base.replace('سامي برقاوي', 'سامي برقاويز'),
    base.replace('سامي برقاوي', 'سامي برقاويز').replace('وأكد برقاوي', 'وأكد برقاويز'),
    base.replace(`${INTRO}\n`, ''),
    base,
    base.replace('البيت الأبيض سامي برقاوي', 'البيت الأبيض نادر قمصاني'),
    `${INTRO}\n${base}`,
    seed,
    base,
  ];

  it('each edit analysed from the previous lines is the fresh analysis', () => {
    const cache = newLineCache();
    for (const e of edits) {
      const st = analyzeArticle('a.txt', e, reg, cache);
      expect({ ...st, discovered: discoveredList(st.discovered) }).toEqual(fresh(e));
    }
  });

  it('the name and its short forms are found, and go with the line that introduced them', () => {
    const names = (t: string): Array<[string, string[]]> =>
      discoveredList(analyzeArticle('a.txt', t, reg).discovered)
        .filter((d) => d.key.includes('برقاوي'))
        .map((d) => [d.key, d.mentions.map((m) => m.text)]);
    expect(names(base)).toEqual([['سامي برقاوي', ['سامي برقاوي', 'برقاوي', 'برقاوي']]]);
    // Without the line that introduces it, the full name is gone (the tagger may still take «برقاوي» alone for a name).
    expect(names(base.replace(`${INTRO}\n`, '')).map(([k]) => k)).not.toContain('سامي برقاوي');
  });
});

describe('discovered names across the corpus', () => {
  it('accepted by a title in one article; found in another that only uses the short form of a name it introduces too', () => {
    const c = new Corpus();
    c.setArticle('a.txt', `2026-02-07\n${INTRO}\n${AGAIN}`);
    c.setArticle('b.txt', `2026-02-08\nوقال المتحدث باسم البيت الأبيض سامي برقاوي إن واشنطن لن تتراجع.`);
    const a = c.getArticle('a.txt')!;
    const texts = a.mentions.filter((m) => m.discovered).map((m) => m.text);
    expect(texts).toEqual(['سامي برقاوي', 'برقاوي', 'برقاوي']);
    const id = a.mentions.find((m) => m.discovered)!.actorId;
    expect(c.getActor(id)).toMatchObject({ name: 'سامي برقاوي', type: 'person', source: 'discovered' });
    expect(c.mentionsOf(id).map((r) => r.file)).toEqual(['a.txt', 'a.txt', 'a.txt', 'b.txt']);
    expect(c.mentionsOf(id).map((r) => r.mention)).toEqual([...a.mentions.filter((m) => m.actorId === id), ...c.getArticle('b.txt')!.mentions.filter((m) => m.actorId === id)]);
    // Newest article first.
    expect(c.actorUsage().find((u) => u.actor.id === id)).toMatchObject({ files: ['b.txt', 'a.txt'], mentionCount: 4 });
    // One string for the name's key in both articles' records.
    const st = (f: string): { discovered: { keys: string[]; flags: Uint8Array } } => (c as unknown as { articles: Map<string, never> }).articles.get(f)!;
    const ka = st('a.txt').discovered.keys.find((k) => k.includes('برقاوي'))!;
    const kb = st('b.txt').discovered.keys.find((k) => k.includes('برقاوي'))!;
    expect(ka).toBe(kb);
    expect(st('a.txt').discovered.flags[st('a.txt').discovered.keys.indexOf(ka)] & BY_TITLE).toBe(BY_TITLE);
    // The first article goes: the name stays, from the second.
    c.removeArticle('a.txt');
    expect(c.mentionsOf(id).map((r) => r.file)).toEqual(['b.txt']);
    c.removeArticle('b.txt');
    expect(c.getActor(id)).toBeUndefined();
  });
});

describe('discovered names that claim the same words', () => {
  it('one word is one name’s: the longest name that stands, not its parts found as names of their own (ANERcorp training text)', () => {
    const c = new Corpus();
    c.setArticle(
      'a.txt',
      [
        'الذي وعد ملكه وجيشه والعالم بأنه سينتصر على الريفيين وسيشرب الشاي في بيت عبد الكريم الخطابي بأجدير وخاب ظنه لما أرغم جنوده على شرب البول بسبب الحصار المضروب على الجيش الاسباني ) أمام محمد بن عبد الكريم الخطابي تزعم وخطط لثورة الريف العظيمة .',
        'التي رفضها ( الأمير محمد بن عبد الكريم الخطابي ) .',
        'ف ( عبد الكريم الخطابي الاب ) كان زعيما سياسيا وقائدا عسكريا .',
      ].join('\n'),
    );
    const ms = c.getArticle('a.txt')!.mentions.filter((m) => !m.nested);
    // «محمد بن عبد الكريم» and «عبد الكريم الخطابي» were found inside «محمد بن عبد الكريم الخطابي» too, as other actors.
    for (const a of ms) for (const b of ms) if (a !== b) expect(a.start < b.end && b.start < a.end).toBe(false);
    expect(ms.filter((m) => m.discovered && m.text.includes('الخطابي')).map((m) => m.text)).toEqual([
      'عبد الكريم الخطابي',
      'محمد بن عبد الكريم الخطابي',
      'محمد بن عبد الكريم الخطابي',
      'عبد الكريم الخطابي الاب',
    ]);
  });
});
