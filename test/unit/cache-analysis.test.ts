/**
 * The persistent cache of article analyses: an analysis read back is the one
 * the engine makes (field for field and in the same key order, so reports are
 * byte for byte the same); a warm start analyses nothing; a changed article is
 * analysed alone; a truncated, damaged, old-version, foreign or other-registry
 * entry is never used and never fatal, and is rewritten.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Registry } from '../../src/core/actors/registry';
import { AnalysisCache, type AnalysisCacheOptions } from '../../src/core/cache/analysisCache';
import { decodeState, encodeState } from '../../src/core/cache/stateCodec';
import type { AnalysisStore } from '../../src/core/cache/store';
import type { ArticleState } from '../../src/core/corpus/analyze';
import { Corpus } from '../../src/core/corpus/corpus';
import { discoveredList } from '../../src/core/corpus/discoveredRecords';
import { buildReport } from '../../src/core/report/report';

const seedsDir = path.join(__dirname, '../../seeds');
const SEEDS: Array<[string, string]> = fs
  .readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => [f, fs.readFileSync(path.join(seedsDir, f), 'utf8')]);
// Short articles that retell the seeds' claims, so claims recur across more files.
const EXTRA: Array<[string, string]> = [
  ['extra-1.txt', 'طهران - 12 يونيو 2025\nقال وزير الخارجية الإيراني عباس عراقجي إن بلاده لن تتخلى عن حقها في التخصيب.\nوأضاف عراقجي لوكالة رويترز أن المحادثات مع الولايات المتحدة متوقفة.'],
  ['extra-2.txt', 'القاهرة - 13 يونيو 2025\nأكد عراقجي أن إيران لن تتخلى عن حقها في تخصيب اليورانيوم.\nوقال الرئيس المصري عبد الفتاح السيسي إن الحوار هو الطريق الوحيد.'],
];
const ARTICLES = [...SEEDS, ...EXTRA];
// Names no registry holds, found by the rules and the tagger (the seeds' actors are all known).
const NAMES: [string, string] = [
  'names.txt',
  'غزة - 3 مارس 2024\nوقال إسماعيل رضوان المتحدث باسم الحركة إن المفاوضات لم تصل إلى نتيجة.\nوأضاف رضوان أن الوفد سيعود إلى القاهرة، فيما قال الكاتب باتريك كاكبيرن إن الهدنة بعيدة.',
];

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-cache-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let dirs = 0;
const newDir = (): string => path.join(tmp, `c${dirs++}`);

/** Keeps every analysis the corpus makes, to compare with what the cache gives back. */
class Recorder implements AnalysisStore {
  readonly states = new Map<string, ArticleState>();
  get(): undefined {
    return undefined;
  }
  put(file: string, _text: string, _r: Registry, state: ArticleState): void {
    this.states.set(file, state);
  }
}

function reportOf(corpus: Corpus): string {
  return JSON.stringify(buildReport(corpus));
}

function load(articles: Array<[string, string]>, cache?: AnalysisCache, registry?: string): Corpus {
  const corpus = new Corpus({ store: cache });
  if (registry !== undefined) corpus.setWorkspaceRegistry(registry, '/ws/.isnad/actors.json');
  for (const [f, t] of articles) corpus.setArticle(f, t);
  return corpus;
}

const fresh = reportOf(load(ARTICLES));

function cold(options?: AnalysisCacheOptions): AnalysisCache {
  const cache = new AnalysisCache(newDir(), options);
  load(ARTICLES, cache);
  expect(cache.stats).toMatchObject({ hits: 0, written: ARTICLES.length, failed: 0 });
  return cache;
}

/** A second start on the same folder with a new cache object: the stats of that start, and its report. */
function warm(dir: string, articles = ARTICLES, options?: AnalysisCacheOptions, registry?: string): { cache: AnalysisCache; report: string } {
  const cache = new AnalysisCache(dir, options);
  return { cache, report: reportOf(load(articles, cache, registry)) };
}

const entryOf = (dir: string, file: string): string => {
  const c = new AnalysisCache(dir) as unknown as { entryPath(f: string): string };
  return c.entryPath(file);
};

describe('cache: the encoded analysis', () => {
  it('decodes to the same state, in the same key order, and is smaller than plain JSON', () => {
    const rec = new Recorder();
    const corpus = new Corpus({ store: rec });
    for (const [f, t] of ARTICLES) corpus.setArticle(f, t);
    for (const [f, t] of ARTICLES) {
      const state = rec.states.get(f)!;
      expect(state.mentions.length, f).toBeGreaterThan(0);
      const encoded = encodeState(state, t);
      const back = decodeState(encoded, f, t);
      expect(back).toEqual(state);
      expect(JSON.stringify(back)).toBe(JSON.stringify(state));
      // Sentences of one chain still share their origin object.
      expect(new Set(back.origins).size).toBe(new Set(state.origins).size);
      expect(encoded.length).toBeLessThan(JSON.stringify(state).length);
      // The discovered names' flat records come back with the same mentions.
      expect(discoveredList(back.discovered)).toEqual(discoveredList(state.discovered));
    }
  });

  it('round-trips the names no list holds (flat records) with their mentions', () => {
    const rec = new Recorder();
    const [f, t] = NAMES;
    new Corpus({ store: rec }).setArticle(f, t);
    const state = rec.states.get(f)!;
    expect(state.discovered.length).toBeGreaterThan(0);
    const back = decodeState(encodeState(state, t), f, t);
    expect(discoveredList(back.discovered)).toEqual(discoveredList(state.discovered));
    expect(back).toEqual(state);
  });

  it('refuses discovered records that do not fit together or the text', () => {
    const rec = new Recorder();
    const [f, t] = NAMES;
    new Corpus({ store: rec }).setArticle(f, t);
    const raw = JSON.parse(encodeState(rec.states.get(f)!, t));
    const broken = [
      (d: Record<string, number[]>) => d.first.pop(),
      (d: Record<string, number[]>) => (d.spans[0] = t.length + 1),
      (d: Record<string, number[]>) => d.flags.push(0),
      (d: Record<string, number[]>) => d.spans.pop(),
      // A name's text is its place in the article: inside the text, its end after its start, two numbers a name.
      (d: Record<string, number[]>) => (d.textSpans[1] = t.length + 1),
      (d: Record<string, number[]>) => (d.textSpans[1] = d.textSpans[0] - 1),
      (d: Record<string, number[]>) => d.textSpans.pop(),
    ];
    for (const damage of broken) {
      const copy = structuredClone(raw);
      damage(copy.discovered);
      expect(() => decodeState(JSON.stringify(copy), f, t)).toThrow(/cached analysis/);
    }
  });

  it('refuses an analysis of another file, or of a shorter text', () => {
    const rec = new Recorder();
    new Corpus({ store: rec }).setArticle(SEEDS[0][0], SEEDS[0][1]);
    const encoded = encodeState(rec.states.get(SEEDS[0][0])!, SEEDS[0][1]);
    expect(() => decodeState(encoded, 'other.txt', SEEDS[0][1])).toThrow();
    expect(() => decodeState(encoded, SEEDS[0][0], SEEDS[0][1].slice(0, 40))).toThrow();
    expect(() => decodeState('{"analysis":null}', SEEDS[0][0], SEEDS[0][1])).toThrow();
  });
});

describe('cache: warm starts', () => {
  it('a warm start analyses nothing and reports the same as a fresh analysis', () => {
    const dir = cold().dir;
    const w = warm(dir);
    expect(w.cache.stats).toMatchObject({ hits: ARTICLES.length, misses: 0, rejected: 0, written: 0 });
    expect(w.report).toBe(fresh);
  });

  it('a changed article is analysed alone, and its entry replaced', () => {
    const dir = cold().dir;
    const changed: Array<[string, string]> = ARTICLES.map(([f, t]) => [f, f === 'extra-2.txt' ? t.replace('الحوار', 'التفاوض') : t]);
    const w = warm(dir, changed);
    expect(w.cache.stats).toMatchObject({ hits: ARTICLES.length - 1, rejected: 1, written: 1 });
    expect(w.report).toBe(reportOf(load(changed)));
    expect(w.report).not.toBe(fresh);
    expect(warm(dir, changed).cache.stats).toMatchObject({ hits: ARTICLES.length, rejected: 0 });
  });

  it('a new article is a miss, the others hits', () => {
    const dir = cold().dir;
    const more: Array<[string, string]> = [...ARTICLES, ['extra-3.txt', 'قالت وكالة رويترز إن ترامب سيزور القاهرة الأسبوع المقبل.']];
    const w = warm(dir, more);
    expect(w.cache.stats).toMatchObject({ hits: ARTICLES.length, misses: 1, written: 1 });
    expect(w.report).toBe(reportOf(load(more)));
  });
});

describe('cache: entries that must not be trusted', () => {
  const target = SEEDS[1][0];

  function rejectedOnce(dir: string): void {
    const w = warm(dir);
    expect(w.cache.stats).toMatchObject({ hits: ARTICLES.length - 1, rejected: 1, written: 1 });
    expect(w.report).toBe(fresh);
    // Rewritten: the next start uses it.
    expect(warm(dir).cache.stats).toMatchObject({ hits: ARTICLES.length, rejected: 0 });
  }

  it('a truncated entry (at several lengths, down to empty)', () => {
    for (const keep of [0, 5, 40, 0.5, -1]) {
      const dir = cold().dir;
      const file = entryOf(dir, target);
      const bytes = fs.readFileSync(file);
      const n = keep < 0 ? bytes.length + keep : keep < 1 ? Math.floor(bytes.length * keep) : keep;
      fs.writeFileSync(file, bytes.subarray(0, n));
      rejectedOnce(dir);
    }
  });

  it('flipped bytes in the header, the analysis and the checksum', () => {
    for (const where of [3, 20, 0.5, -3]) {
      const dir = cold().dir;
      const file = entryOf(dir, target);
      const bytes = fs.readFileSync(file);
      const at = where < 0 ? bytes.length + where : where < 1 ? Math.floor(bytes.length * where) : where;
      bytes[at] ^= 0x5a;
      fs.writeFileSync(file, bytes);
      rejectedOnce(dir);
    }
  });

  it('an entry of another article put in its place (a whole, valid entry)', () => {
    const dir = cold().dir;
    fs.copyFileSync(entryOf(dir, SEEDS[2][0]), entryOf(dir, target));
    rejectedOnce(dir);
  });

  it('a folder full of foreign files, and a folder where an entry is a folder', () => {
    const dir = cold().dir;
    fs.rmSync(entryOf(dir, target));
    fs.mkdirSync(entryOf(dir, target));
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'ليس من الذاكرة');
    const w = warm(dir);
    expect(w.report).toBe(fresh);
    expect(w.cache.stats.hits).toBe(ARTICLES.length - 1);
    // The entry cannot be written over a folder: counted, not thrown.
    expect(w.cache.stats.failed).toBe(1);
  });

  it('entries of another engine version or model are all analysed again', () => {
    const dir = cold({ engine: 'old', model: 'm1' }).dir;
    expect(warm(dir, ARTICLES, { engine: 'old', model: 'm1' }).cache.stats.hits).toBe(ARTICLES.length);
    const w = warm(dir, ARTICLES, { engine: 'new', model: 'm1' });
    expect(w.cache.stats).toMatchObject({ hits: 0, rejected: ARTICLES.length, written: ARTICLES.length });
    expect(w.report).toBe(fresh);
    const m = warm(dir, ARTICLES, { engine: 'new', model: 'm2' });
    expect(m.cache.stats).toMatchObject({ hits: 0, rejected: ARTICLES.length });
  });

  it('entries made with another registry are not used: a new actor shows at once', () => {
    const dir = cold().dir;
    const registry = JSON.stringify({ actors: [{ id: 'tasnim_x', type: 'media', name: 'وكالة الحوار', nameEn: 'Hiwar' }] });
    const w = warm(dir, ARTICLES, undefined, registry);
    expect(w.cache.stats).toMatchObject({ hits: 0, rejected: ARTICLES.length });
    expect(w.report).toBe(reportOf(load(ARTICLES, undefined, registry)));
    // And the other way round: back to the built-in registry, the rewritten entries are not used either.
    expect(warm(dir).cache.stats).toMatchObject({ hits: 0, rejected: ARTICLES.length });
  });

  it('a cache folder that cannot be made costs nothing but the cache', () => {
    const blocker = path.join(tmp, 'a-file');
    fs.writeFileSync(blocker, 'x');
    const cache = new AnalysisCache(path.join(blocker, 'cache'));
    expect(reportOf(load(ARTICLES, cache))).toBe(fresh);
    expect(cache.stats).toMatchObject({ hits: 0, written: 0, failed: ARTICLES.length });
  });
});

describe('cache: background writes (the editor)', () => {
  it('writes nothing while the analysis runs, everything by flush, and a later analysis of an article wins', async () => {
    const dir = newDir();
    const cache = new AnalysisCache(dir, { write: 'background' });
    const corpus = load(ARTICLES, cache);
    expect(fs.existsSync(dir)).toBe(false);
    corpus.setArticle(EXTRA[0][0], EXTRA[0][1] + '\nوقال ترامب إن الاتفاق قريب.');
    await cache.flush();
    expect(cache.stats.written).toBe(ARTICLES.length);
    const changed: Array<[string, string]> = ARTICLES.map(([f, t]) => [f, f === EXTRA[0][0] ? t + '\nوقال ترامب إن الاتفاق قريب.' : t]);
    const w = warm(dir, changed);
    expect(w.cache.stats).toMatchObject({ hits: ARTICLES.length, rejected: 0 });
    expect(w.report).toBe(reportOf(load(changed)));
  });
});

describe('cache: pruning (the workspace storage must not only grow)', () => {
  it('removes the entries of articles that are gone and stale temporary files, keeps the rest and anything newer than the call', async () => {
    const cache = cold();
    const dir = cache.dir;
    const old = (Date.now() - 2 * 3_600_000) / 1000;
    for (const name of fs.readdirSync(dir)) fs.utimesSync(path.join(dir, name), old, old);
    const staleTmp = path.join(dir, 'x.isc.1.0.tmp');
    const freshTmp = path.join(dir, 'y.isc.1.1.tmp');
    fs.writeFileSync(staleTmp, 'half');
    fs.utimesSync(staleTmp, old, old);
    fs.writeFileSync(freshTmp, 'under way');
    const gone = ARTICLES[ARTICLES.length - 1][0];
    const kept = ARTICLES.slice(0, -1).map(([f]) => f);
    // An entry written after the call started (a new article) is not the prune's to remove, whatever its name.
    const newcomer = entryOf(dir, 'new.txt');
    fs.writeFileSync(newcomer, 'x');
    fs.utimesSync(newcomer, Date.now() / 1000 + 60, Date.now() / 1000 + 60);

    expect(await cache.prune(kept)).toBe(1);
    expect(cache.stats.removed).toBe(1);
    expect(fs.existsSync(entryOf(dir, gone))).toBe(false);
    for (const f of kept) expect(fs.existsSync(entryOf(dir, f)), f).toBe(true);
    expect(fs.existsSync(staleTmp)).toBe(false);
    expect(fs.existsSync(freshTmp)).toBe(true);
    expect(fs.existsSync(newcomer)).toBe(true);
    // The articles kept still start warm.
    const w = warm(dir, ARTICLES.slice(0, -1));
    expect(w.cache.stats).toMatchObject({ hits: kept.length, misses: 0, rejected: 0 });
  });

  it('a folder that is not there is nothing to prune', async () => {
    expect(await new AnalysisCache(path.join(newDir(), 'never')).prune(['a.txt'])).toBe(0);
  });
});
