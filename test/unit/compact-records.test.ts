/**
 * An article's mentions, sentences and clause features are kept as flat
 * records (corpus/mentionRecords.ts, sentenceRecords.ts, claims/featureRecords.ts). Built from the
 * objects of the whole-text reference analysis (bench/reference/analyze.ts,
 * which keeps them as plain objects), they must give back the same objects,
 * key for key (the report's JSON is written from them), on the seeds.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as refAnalyze from '../../bench/reference/analyze';
import { builtinActors, builtinOffices } from '../../src/core/actors/builtin';
import { Registry } from '../../src/core/actors/registry';
import { FeatureRecords } from '../../src/core/claims/featureRecords';
import { articleAnalysis, analyzeArticle } from '../../src/core/corpus/analyze';
import { SentenceRecords } from '../../src/core/corpus/sentenceRecords';
import { MentionRecords } from '../../src/core/corpus/mentionRecords';
import { Corpus } from '../../src/core/corpus/corpus';
import { newLineCache } from '../../src/core/corpus/lineParts';
import type { Sentence } from '../../src/core/types';

const seedsDir = path.resolve(__dirname, '../../seeds');
const SEEDS: Array<[string, string]> = fs
  .readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, 12)
  .map((f) => [f, fs.readFileSync(path.join(seedsDir, f), 'utf8')]);
const registry = new Registry(builtinActors(), builtinOffices);

describe('compact records give back the analysis objects', () => {
  it('sentences: every field, in the same key order, and the accessors agree', () => {
    let headlines = 0;
    for (const [f, t] of SEEDS) {
      const ref = refAnalyze.analyzeArticle(f, t, registry);
      const sentences = ref.analysis.sentences;
      expect(sentences.length, f).toBeGreaterThan(3);
      const records = SentenceRecords.of(f, t, sentences);
      expect(records.length).toBe(sentences.length);
      expect(records.all()).toEqual(sentences);
      expect(JSON.stringify(records.all())).toBe(JSON.stringify(sentences));
      sentences.forEach((s, i) => {
        expect(records.text(i)).toBe(s.text);
        expect(records.id(i)).toBe(s.id);
        expect(records.start(i)).toBe(s.start);
        expect(records.end(i)).toBe(s.end);
        expect(records.attribution(i)).toEqual(s.attribution);
        expect([...records.actorIds(i)]).toEqual(s.actorIds);
        expect(records.duplicateOf(i)).toBe(s.duplicateOf);
        if (s.isHeadline) headlines++;
      });
      // A sentence made twice is two objects: a caller that changes one changes nothing kept.
      expect(records.at(0)).not.toBe(records.at(0));
      expect(records.at(0).actorIds).not.toBe(records.at(0).actorIds);
    }
    expect(headlines).toBeGreaterThan(0);
  });

  it('sentences whose text or id is not what the article and its name give are kept as they are', () => {
    const [f, t] = SEEDS[0];
    const sentences = refAnalyze.analyzeArticle(f, t, registry).analysis.sentences.map((s) => ({ ...s }));
    sentences[1] = { ...sentences[1], text: 'نص آخر' };
    sentences[2] = { ...sentences[2], id: 'another#1' };
    const back = SentenceRecords.of(f, t, sentences).all();
    expect(JSON.stringify(back)).toBe(JSON.stringify(sentences));
  });

  it('refuses what analyze.ts never makes (a damaged cache entry): another key order, a sentence over two lines, a span past the text', () => {
    const [f, t] = SEEDS[0];
    const sentences = refAnalyze.analyzeArticle(f, t, registry).analysis.sentences;
    const damaged: Array<(s: Sentence) => Sentence> = [
      // The same fields with the id first.
      (s) => Object.assign({ id: s.id }, s),
      (s) => ({ ...s, endLine: s.line + 1 }),
      (s) => ({ ...s, end: t.length + 1 }),
      (s) => ({ ...s, actorIds: [1 as unknown as string] }),
      (s) => ({ ...s, isHeadline: false }),
    ];
    for (const damage of damaged) expect(() => SentenceRecords.of(f, t, [sentences[0], damage(sentences[1])])).toThrow();
  });

  it('mentions: every field, in the key order each had, titles with names and nested ones included', () => {
    let titled = 0;
    let nested = 0;
    for (const [f, t] of SEEDS) {
      const mentions = refAnalyze.analyzeArticle(f, t, registry).analysis.mentions;
      const records = MentionRecords.of(t, mentions);
      expect(records.all()).toEqual(mentions);
      expect(JSON.stringify(records.all())).toBe(JSON.stringify(mentions));
      mentions.forEach((m, i) => {
        expect(records.actorId(i)).toBe(m.actorId);
        expect(Object.keys(records.at(i))).toEqual(Object.keys(m));
        if (m.nameStart !== undefined) titled++;
        if (m.nested) nested++;
      });
    }
    expect(titled).toBeGreaterThan(0);
    expect(nested).toBeGreaterThan(0);
    const [, t] = SEEDS[0];
    const m = refAnalyze.analyzeArticle(SEEDS[0][0], t, registry).analysis.mentions[0];
    for (const bad of [{ ...m, kind: 'other' }, { ...m, end: t.length + 1 }, { ...m, extra: 1 }, { ...m, nested: false }]) expect(() => MentionRecords.of(t, [bad as never])).toThrow();
  });

  it('clause features: the same lists, clause by clause, and their sizes', () => {
    let clauses = 0;
    for (const [f, t] of SEEDS) {
      const features = refAnalyze.analyzeArticle(f, t, registry).features;
      const records = FeatureRecords.of(features);
      expect(records.all()).toEqual(features);
      expect(records.length).toBe(features.length);
      features.forEach((s, i) => {
        expect(records.clauseCount(i)).toBe(s.length);
        expect(records.sentenceSize(i)).toBe(s.flat().length);
        expect([...records.sentenceFeatures(i)]).toEqual(s.flat());
        s.forEach((c, k) => expect(records.clauseSize(i, k)).toBe(c.length));
        clauses += s.length;
      });
    }
    expect(clauses).toBeGreaterThan(100);
    expect(() => FeatureRecords.of([[['a', 2 as unknown as string]]])).toThrow();
  });

  it('records joined from the lines, fresh and after edits through the line cache, are the reference JSON key for key', () => {
    let edited = 0;
    for (const [f, t] of SEEDS.slice(0, 6)) {
      const cache = newLineCache();
      const same = (text: string): void => {
        const st = analyzeArticle(f, text, registry, cache);
        const ref = refAnalyze.analyzeArticle(f, text, registry);
        expect(JSON.stringify(articleAnalysis(st))).toBe(JSON.stringify(ref.analysis));
        expect(JSON.stringify(st.features.all())).toBe(JSON.stringify(ref.features));
        // The joined records read what the records of the whole article's objects read.
        expect(JSON.stringify(st.mentions.all())).toBe(JSON.stringify(MentionRecords.of(text, ref.analysis.mentions).all()));
        expect(JSON.stringify(st.sentences.all())).toBe(JSON.stringify(SentenceRecords.of(f, text, ref.analysis.sentences).all()));
      };
      same(t);
      // A letter typed in a line of names, a line break taken out, a sentence added at the end, the text back.
      const lines = t.split('\n');
      const named = lines.findIndex((l, i) => i > 2 && /قال|أكد|ترامب|وزير/.test(l));
      expect(named, f).toBeGreaterThan(0);
      const at = lines.slice(0, named).join('\n').length + 1 + (lines[named].length >> 1);
      const at2 = t.indexOf('\n', t.length >> 1);
      for (const e of [t.slice(0, at) + 'ب' + t.slice(at), t.slice(0, at2) + ' ' + t.slice(at2 + 1), t + '\nوقال وزير الخارجية الأمريكي إن المحادثات ستستمر.', t]) {
        same(e);
        edited++;
      }
    }
    expect(edited).toBe(4 * Math.min(6, SEEDS.length));
    expect(edited).toBeGreaterThanOrEqual(20);
  });

  it("the corpus gives the reference analysis of an article, and the same object until it changes", () => {
    const corpus = new Corpus();
    for (const [f, t] of SEEDS) corpus.setArticle(f, t);
    const [f, t] = SEEDS[3];
    const a = corpus.getArticle(f)!;
    expect(JSON.stringify(a.sentences)).toBe(JSON.stringify(refAnalyze.analyzeArticle(f, t, registry).analysis.sentences));
    expect(Object.keys(a)).toEqual(Object.keys(articleAnalysis(analyzeArticle(f, t, registry))));
    expect(Object.keys(a).join()).toBe('file,date,title,boilerplateLines,duplicateLines,lineCount,mentions,sentences');
    expect(corpus.getArticle(f)).toBe(a);
    corpus.setArticle(f, t + '\nوقال الوزير إن المحادثات ستستمر.');
    expect(corpus.getArticle(f)).not.toBe(a);
    expect(corpus.getArticle(f)!.sentences.length).toBe(a.sentences.length + 1);
  });
});
