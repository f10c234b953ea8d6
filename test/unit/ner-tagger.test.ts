import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Corpus } from '../../src/core/corpus/corpus';
import { getModel, modelProblem, onModelProblem, parseModel, serializeModel, setModelFile } from '../../src/core/actors/tagger/model';
import { setTaggerThreshold, WEAK_CONFIDENCE } from '../../src/core/actors/tagger';
import { knownCodes, tagLine } from '../../src/core/actors/tagger/tag';
import { normalizeWithMap } from '../../src/core/text/normalize';
import { tokenize } from '../../src/core/text/tokens';

/**
 * The learned name tagger (src/core/actors/tagger) inside the engine, on real
 * newswire sentences: what it adds to the registry, how its names are linked
 * within an article and across articles, and what happens without a model.
 * The sentences are from ANERcorp's development documents (never trained on,
 * CC BY-SA 4.0) and news wording of the kind the issue quotes.
 */

/** Discovered actors of a folder of texts: name -> [type, mention texts by file]. */
function discovered(files: Record<string, string>): Map<string, { type: string; id: string; mentions: string[] }> {
  const c = new Corpus();
  for (const [f, t] of Object.entries(files)) c.setArticle(f, t);
  const out = new Map<string, { type: string; id: string; mentions: string[] }>();
  for (const a of c.discoveredActors()) out.set(a.name, { type: a.type, id: a.id, mentions: c.mentionsOf(a.id).map((r) => `${r.file}:${r.mention.text}`) });
  return out;
}

/** The tagger's confidence in «باتريك كاكبيرن» in a sentence (the registry finds nothing there). */
function confidenceOfName(sentence: string): number {
  const norm = normalizeWithMap(sentence);
  const tokens = tokenize(norm.text);
  const spans = tagLine(getModel()!, norm.text, tokens, knownCodes(norm, tokens, [], () => undefined));
  const name = spans.find((s) => tokens.slice(s.first, s.last).map((t) => t.text).join(' ') === 'باتريك كاكبيرن');
  expect(name?.type).toBe('person');
  return name!.confidence;
}

afterEach(() => {
  setModelFile(undefined);
  setTaggerThreshold(undefined);
});

describe('the name tagger on real sentences', () => {
  it('finds people the registry does not know, after a verb of saying and with a title after them', () => {
    const d = discovered({
      'a.txt': 'يبدد توفيق الحكيم في هذا الكتاب اشاعة ظالمة عنه وهو انه عدو للمرأة .\nوأضاف كاكبيرن أن الحكومة لم ترد على الرسالة .',
    });
    expect(d.get('توفيق الحكيم')?.type).toBe('person');
    expect(d.get('كاكبيرن')?.type).toBe('person');
  });

  it('leaves the conjunction out of a name it highlights («وترامب» -> «ترامب»)', () => {
    const c = new Corpus();
    const a = c.setArticle('a.txt', 'التقى الوزير برند جوتشولك وكاكبيرن في برلين أمس .\nوقال كاكبيرن إن اللقاء كان مثمرا .');
    const texts = a.mentions.filter((m) => m.discovered).map((m) => m.text);
    expect(texts).toContain('كاكبيرن');
    expect(texts.every((t) => !t.startsWith('وكاكبيرن'))).toBe(true);
  });
});

describe('the registry stays authoritative', () => {
  it('a known name keeps its registry actor and type; nothing is discovered on it', () => {
    const c = new Corpus();
    const a = c.setArticle('a.txt', 'وقال الرئيس الأمريكي دونالد ترامب إن إيران تلقت الرسالة عبر سلطنة عمان .');
    expect(a.mentions.map((m) => m.actorId)).toEqual(expect.arrayContaining(['trump', 'iran', 'oman']));
    expect(a.mentions.some((m) => m.discovered)).toBe(false);
    expect(c.discoveredActors()).toEqual([]);
  });
});

describe('one actor across mentions and articles', () => {
  it('a full name and its short forms with proclitics are one actor in the article', () => {
    const d = discovered({
      'a.txt': 'وقال إسماعيل رضوان المتحدث باسم الحركة إن الوفد سيزور القاهرة .\nوأضاف رضوان أن الحركة ترفض الشروط ، وقالت مصادر مقربة لرضوان إن الرد سيصل .',
    });
    const r = d.get('إسماعيل رضوان');
    expect(r?.type).toBe('person');
    expect(r?.mentions).toEqual(['a.txt:إسماعيل رضوان', 'a.txt:رضوان', 'a.txt:رضوان']);
  });

  it('the same discovered name in two articles is one actor with both articles', () => {
    const d = discovered({
      'a.txt': 'وقال إسماعيل رضوان المتحدث باسم الحركة إن الوفد سيزور القاهرة .',
      'b.txt': 'ونقلت صحيفة محلية عن إسماعيل رضوان قوله إن المفاوضات متوقفة .',
    });
    expect(d.get('إسماعيل رضوان')?.mentions).toEqual(['a.txt:إسماعيل رضوان', 'b.txt:إسماعيل رضوان']);
  });

  it('only persons are found by their last word alone', () => {
    const c = new Corpus();
    c.setArticle('a.txt', 'وقال برند جوتشولك رئيس اتحاد صناعة السيارات إن الانتاج تراجع .\nوأكد جوتشولك أن الشركات تواجه عاما صعبا .');
    const p = c.discoveredActors().find((a) => a.name === 'برند جوتشولك')!;
    expect(c.mentionsOf(p.id).map((r) => r.mention.text)).toEqual(['برند جوتشولك', 'جوتشولك']);
  });
});

describe('corpus-level consistency', () => {
  // The model is surer of the name after a verb of saying than between a title and a verb (about 0.8 and 0.4):
  // the threshold is set between the two, so the test holds for any retrained model that orders them so.
  const sure = 'قال باتريك كاكبيرن إن المدينة هادئة .';
  const unsure = 'كتب الصحفي باتريك كاكبيرن مقالا .';
  beforeEach(() => {
    const [a, b] = [sure, unsure].map(confidenceOfName);
    expect(a).toBeGreaterThan(b);
    expect(b).toBeGreaterThanOrEqual(WEAK_CONFIDENCE);
    setTaggerThreshold((a + b) / 2);
  });
  it('a name the tagger is unsure of is not shown on its own', () => {
    expect(discovered({ 'b.txt': unsure }).has('باتريك كاكبيرن')).toBe(false);
  });
  it('it is shown where another article confirms it, as the same actor', () => {
    expect(discovered({ 'a.txt': sure, 'b.txt': unsure }).get('باتريك كاكبيرن')?.mentions).toEqual(['a.txt:باتريك كاكبيرن', 'b.txt:باتريك كاكبيرن']);
  });
  it('unsure in two articles is still not enough', () => {
    expect(discovered({ 'b.txt': unsure, 'c.txt': unsure + ' ' }).has('باتريك كاكبيرن')).toBe(false);
  });
});

describe('the confidence threshold', () => {
  it('a threshold of 1 keeps every tagged name out; the registry still works', () => {
    setTaggerThreshold(1.01);
    const d = discovered({ 'a.txt': 'وأضاف كاكبيرن أن إيران لم ترد .' });
    expect(d.has('كاكبيرن')).toBe(false);
  });
});

describe('a missing or damaged model', () => {
  const text = 'وأضاف كاكبيرن أن إيران لم ترد على الرسالة .';
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-ner-'));
  // Whatever the tests did, the temporary folder goes (also when one fails).
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('a damaged file gives one clear message, and the registry-only engine keeps working', () => {
    const bad = path.join(tmp, 'bad.bin');
    const good = serializeModel(getModel()!);
    fs.writeFileSync(bad, good.subarray(0, good.length - 1000));
    setModelFile(bad);
    const messages: string[] = [];
    onModelProblem((m) => messages.push(m));
    const c = new Corpus();
    const a = c.setArticle('a.txt', text);
    c.setArticle('b.txt', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/damaged name-tagger model: size/);
    expect(modelProblem()).toBe(messages[0]);
    expect(a.mentions.map((m) => m.actorId)).toEqual(['iran']);
    expect(c.discoveredActors()).toEqual([]);
  });

  it('a missing file says so', () => {
    setModelFile(path.join(tmp, 'none.bin'));
    expect(getModel()).toBeNull();
    expect(modelProblem()).toMatch(/model not found/);
  });

  it('a file that is not a model is refused', () => {
    expect(() => parseModel(new TextEncoder().encode('{"not": "a model"} and more bytes than a header'))).toThrow(/not an Isnad model/);
  });

  it('the shipped model reads back what it was written as', () => {
    const m = getModel()!;
    const again = parseModel(serializeModel(m));
    expect(again.bits).toBe(m.bits);
    expect(again.weights).toEqual(m.weights);
    expect(fs.statSync(path.join(__dirname, '../../src/core/data/ner/isnad-ner.bin')).size).toBeLessThanOrEqual(2 * 1024 * 1024);
  });
});

describe('what "Promote Discovered Actor" writes', () => {
  it('a discovered person carries its type and its family name as an alias', () => {
    const c = new Corpus();
    c.setArticle('a.txt', 'وقال إسماعيل رضوان المتحدث باسم الحركة إن الوفد سيزور القاهرة .');
    const a = c.discoveredActors().find((x) => x.name === 'إسماعيل رضوان')!;
    expect(a.type).toBe('person');
    expect(a.aliases).toEqual(['رضوان']);
  });
});

describe('typing with the tagger on', () => {
  it('an edited article analysed from its previous lines equals a fresh analysis of the new text', async () => {
    const { analyzeArticle } = await import('../../src/core/corpus/analyze');
    const { newLineCache } = await import('../../src/core/corpus/lineParts');
    const { Registry } = await import('../../src/core/actors/registry');
    const { builtinActors, builtinOffices } = await import('../../src/core/actors/builtin');
    const reg = new Registry(builtinActors(), builtinOffices);
    const t = 'وقال إسماعيل رضوان المتحدث باسم الحركة إن الوفد سيزور القاهرة .\nوأضاف كاكبيرن أن وزارة الخارجية لم ترد .\nوقالت مصادر مقربة لرضوان إن الرد سيصل .';
    const cache = newLineCache();
    analyzeArticle('a.txt', t, reg, cache);
    for (const e of [t.replace('كاكبيرن', 'كاكبيرنز'), t.replace('وقال إسماعيل رضوان', 'وقال رضوان'), t]) {
      expect(analyzeArticle('a.txt', e, reg, cache)).toEqual(analyzeArticle('a.txt', e, reg));
    }
  });
});

describe('the command line with a damaged model', () => {
  it('says so in one line on stderr and reports the registry-only analysis', async () => {
    const { buildCliBundle } = await import('./cliBundle');
    const { spawnSync } = await import('node:child_process');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-cli-'));
    try {
      const cli = await buildCliBundle(dir, 'ISNADNER but not really a model');
      const articles = fs.mkdtempSync(path.join(dir, 'a-'));
      fs.writeFileSync(path.join(articles, 'a.txt'), 'وأضاف كاكبيرن أن إيران لم ترد على الرسالة .\nوقال كاكبيرن إن الرد تأخر .');
      fs.writeFileSync(path.join(articles, 'b.txt'), 'وقال كاكبيرن إن إيران تأخرت .');
      const r = spawnSync(process.execPath, [cli, 'analyze', articles, '--json'], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Isnad: damaged name-tagger model: .*registry and rules only\.$/)]);
      const report = JSON.parse(r.stdout);
      expect(report.actors.map((a: { id: string }) => a.id)).toEqual(['iran']);
    } finally {
      // Whatever the test did, its temporary folder goes.
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60000);
});
