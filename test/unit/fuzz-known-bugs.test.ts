/**
 * Engine bugs the fuzzer found in files this work does not own. Each keeps its
 * failing property (it.fails: the test turns red the day the bug is fixed, so
 * the marker gets removed) and a minimal example; the proposed fixes are in the
 * comments. Performance bugs are timing-based and skipped (it.skip) with a TODO.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/core/corpus/corpus';
import { analyzeArticle } from '../../src/core/corpus/analyze';
import { Registry } from '../../src/core/actors/registry';
import { builtinActors, builtinOffices } from '../../src/core/actors/builtin';
import { normalize, normalizeWithMap, toOriginalRange } from '../../src/core/text/normalize';
import { KNOWN_BUG_PROPERTIES } from '../fuzz/properties';
import { newNamesWriter } from '../../bench/corpus/newNames';

describe('known bug: normalize.ts toOriginalRange runs past marks the normaliser keeps', () => {
  /*
   * isCombiningMark() covers U+06D6-U+06ED, but the fold table drops only part of
   * that block: U+06DD (end of ayah), U+06DE (rub el hizb), U+06E5/U+06E6 (small
   * waw/yeh) and U+06E9 (place of sajdah) stay in the folded text. toOriginalRange
   * pushes a range's end past them, so the mapped range holds one more folded unit
   * than asked for, and a mention's text swallows the sign («ترامبۥ»).
   * Fix (normalize.ts): extend only over characters folding drops, e.g.
   *   while (oEnd < src.length && TABLE[src.charCodeAt(oEnd)] === DROP && (isCombiningMark(...) || ... === 0x0640)) oEnd++;
   * or drop those five from isCombiningMark.
   */
  it.fails('property: the original slice folds to exactly the folded slice (with U+06DD/06DE/06E5/06E6/06E9)', () => {
    fc.assert(KNOWN_BUG_PROPERTIES.keptMarks(), { numRuns: 300, seed: 1, endOnFailure: true });
  });
  it('minimal example', () => {
    const n = normalizeWithMap('A\u06ddBC');
    const r = toOriginalRange(n, 0, 1); // folded «a»
    expect(r).toEqual({ start: 0, end: 2 }); // TODO(bug): should be { start: 0, end: 1 }
    expect(normalize('A\u06ddBC'.slice(r.start, r.end))).not.toBe(n.text.slice(0, 1));
    const m = new Corpus().setArticle('a.txt', 'قال ترامب\u06e5 إن').mentions[0];
    expect(m.text).toBe('ترامب\u06e5'); // TODO(bug): should be «ترامب»
  });
});

describe('fixed: corpus/analyze.ts discoverNames put discovered mentions on boilerplate lines', () => {
  /*
   * analyzeArticle keeps known mentions on text lines only
   * (`.filter((m) => info.kinds[m.line] === 'text')`), but discoverNames() scans
   * every token of the article, so a discovered name's mentions land on date
   * lines, banners and Latin boilerplate («Photo credit: ... / سالمون»), which
   * the editor then highlights. The fuzzer also builds names across a script
   * change with no space («أليكسdate»: discovery.ts treats adjacent Arabic and
   * Latin tokens as two words of one name), whose last word «date» is then
   * found on every «date 2026-02-02» line.
   * Fix (analyze.ts): pass info.kinds to discoverNames and skip tokens whose
   * line is not 'text' (lines.lineOf(norm.toOrig[token.start])), or filter
   * d.mentions like the known ones; in discovery.ts, let `breaks()` also break
   * between two tokens with no character between them.
   */
  it('property: no mention, discovered or not, on a boilerplate line', () => {
    fc.assert(KNOWN_BUG_PROPERTIES.discoveredOnBoilerplate(), { numRuns: 100, seed: 7, endOnFailure: true });
  });
  it('minimal example', () => {
    const a = new Corpus().setArticle('a.txt', 'قال وزير الخارجية كارين سالمون إن المحادثات مستمرة.\nPhoto credit: Reuters / AFP / سالمون');
    expect(a.boilerplateLines).toEqual([1]);
    expect(a.mentions.map((m) => [m.line, m.text, !!m.discovered])).toEqual([[0, 'كارين سالمون', true]]);
  });
});

describe('fixed: analysis time grew with the square of discovered names', () => {
  /*
   * discoverNames() (corpus/analyze.ts) scans every token of the article once per
   * distinct discovered key: O(keys x tokens). An article that introduces a new
   * name in every sentence («وزير الخارجية <name> <name>» x 3,000) takes about a
   * second per 100,000 characters and four times that at twice the size; that
   * is one reason MAX_ARTICLE_CHARS (articles/limits.ts) is 100,000.
   * Fix: index the tokens once (Map from token text to positions; the «و»+last
   * form too) and look each key's first and last word up there: O(tokens + hits).
   * Fixed by indexing the tokens once; this measures the growth, not a wall-clock figure.
   */
  it('doubling the text at most triples the time (linear-ish), for an article full of new names', () => {
    const registry = new Registry(builtinActors(), builtinOffices);
    const text = newNamesWriter();
    const time = (t: string): number => {
      const s = performance.now();
      analyzeArticle('x.txt', t, registry);
      return performance.now() - s;
    };
    time(text(20000)); // warm up
    const small = Math.min(time(text(50000)), time(text(50000)));
    const big = Math.min(time(text(100000)), time(text(100000)));
    expect(big / small).toBeLessThan(3);
  });
});
