import { join, resolve } from 'node:path';
import * as refMentions from './reference/mentions';
import * as refLines from './reference/lines';
import * as refNormalize from './reference/normalize';
import * as refRegistry from './reference/registry';
import * as refTokens from './reference/tokens';
import { builtinActors, builtinOffices } from '../src/core/actors/builtin';
import { findMentions } from '../src/core/actors/mentions';
import { Registry } from '../src/core/actors/registry';
import { classifyLines } from '../src/core/articles/article';
import { analyzeArticle } from '../src/core/corpus/analyze';
import { LineIndex } from '../src/core/text/lines';
import { normalize, normalizeWithMap } from '../src/core/text/normalize';
import { arabicShare, tokenize } from '../src/core/text/tokens';
import { CorpusGenerator } from './corpus/generate';
import { loadSources } from './data/sources';
import { now } from './measure/stats';

/**
 * Per-stage cost of analysing one article, the optimised engine against the
 * reference copy of the code before the performance work (bench/reference/):
 * `node scripts/bench.mjs --micro`. Microseconds per article, best of 7 alternating rounds
 * over 2,000 articles, after a warm-up round.
 */

const ROUNDS = 7;

/**
 * Best time per article of the reference and of the current code, measured in
 * alternation so that load from other processes falls on both alike.
 */
function pair(count: number, reference: () => void, current: () => void): [number, number] {
  reference();
  current();
  let a = Infinity;
  let b = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    let t = now();
    reference();
    a = Math.min(a, now() - t);
    t = now();
    current();
    b = Math.min(b, now() - t);
  }
  return [(a * 1000) / count, (b * 1000) / count];
}

function perArticle(count: number, fn: () => void): number {
  return pair(count, fn, () => undefined)[0];
}

function main(): void {
  const root = resolve(process.argv[process.argv.indexOf('--root') + 1] ?? '.');
  const sources = loadSources(root, join(root, '../shared/data'));
  const articles = new CorpusGenerator(sources).articles(2000).map((a) => a.text);
  const n = articles.length;
  const reg = new Registry(builtinActors(), builtinOffices);
  const ref = new refRegistry.Registry(builtinActors(), builtinOffices);
  const norms = articles.map((t) => normalizeWithMap(t));
  const toks = norms.map((x) => tokenize(x.text));
  const lines = articles.map((t) => new LineIndex(t));
  const refLineIdx = articles.map((t) => new refLines.LineIndex(t));
  const lineTexts = articles.flatMap((t) => t.split('\n'));

  const rows: Array<[string, number, number]> = [
    ['LineIndex', ...pair(n, () => articles.forEach((t) => new refLines.LineIndex(t)), () => articles.forEach((t) => new LineIndex(t)))],
    ['normalizeWithMap', ...pair(n, () => articles.forEach((t) => refNormalize.normalizeWithMap(t)), () => articles.forEach((t) => normalizeWithMap(t)))],
    ['normalize (each line)', ...pair(n, () => lineTexts.forEach((l) => refNormalize.normalize(l)), () => lineTexts.forEach((l) => normalize(l)))],
    ['tokenize', ...pair(n, () => norms.forEach((x) => refTokens.tokenize(x.text)), () => norms.forEach((x) => tokenize(x.text)))],
    ['arabicShare (each line)', ...pair(n, () => lineTexts.forEach((l) => refTokens.arabicShare(l)), () => lineTexts.forEach((l) => arabicShare(l)))],
    ['names.scan', ...pair(n, () => norms.forEach((x, i) => ref.names.scan(x.text, toks[i])), () => norms.forEach((x, i) => reg.names.scan(x.text, toks[i])))],
    ['titles.scan', ...pair(n, () => norms.forEach((x, i) => ref.titles.scan(x.text, toks[i])), () => norms.forEach((x, i) => reg.titles.scan(x.text, toks[i])))],
    [
      'findMentions',
      ...pair(
        n,
        () => norms.forEach((x, i) => refMentions.findMentions({ norm: x, tokens: toks[i], lines: refLineIdx[i], registry: ref, date: null })),
        () => norms.forEach((x, i) => findMentions({ norm: x, tokens: toks[i], lines: lines[i], registry: reg, date: null })),
      ),
    ],
    ['Registry build (once, ms)', ...pair(1000, () => new refRegistry.Registry(builtinActors(), builtinOffices), () => new Registry(builtinActors(), builtinOffices))],
  ];
  const classify = perArticle(n, () => lines.forEach((l) => classifyLines(l)));
  const analyze = perArticle(n, () => articles.forEach((t, i) => analyzeArticle(`a${i}`, t, reg)));
  const w = Math.max(...rows.map((r) => r[0].length));
  process.stdout.write(`${'stage'.padEnd(w)}  reference    now   (µs per article)\n`);
  for (const [name, a, b] of rows) process.stdout.write(`${name.padEnd(w)}  ${a.toFixed(1).padStart(9)}  ${b.toFixed(1).padStart(6)}  ${(a / b).toFixed(1)}x\n`);
  process.stdout.write(`\nclassifyLines (article.ts) ${classify.toFixed(1)} µs, whole analyzeArticle ${analyze.toFixed(1)} µs per article\n`);
}

main();
