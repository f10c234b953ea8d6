import { join, resolve } from 'node:path';
import { setTaggerEnabled } from '../src/core/actors/tagger';
import { getModel, modelProblem } from '../src/core/actors/tagger/model';
import { clearTaggedLines } from '../src/core/actors/tagger/tag';
import { CorpusGenerator } from './corpus/generate';
import { benchRegistry } from './corpus/registry';
import { loadSources } from './data/sources';
import { newCorpus } from './measure/cold';
import { keystrokes } from './measure/keystroke';

/**
 * `npm run bench -- --tagger [--size N] [--rounds R]`: what the name tagger
 * adds to per-article analysis on the bench corpus. Both figures come from
 * the same process, rounds alternating with the tagger off and on (each round
 * a fresh Corpus over the same articles), best of the rounds each, in the
 * process's CPU time (on a loaded machine wall time counts the other
 * processes too): the best round is the one least disturbed. Then keystrokes
 * in a 100 KB article, without and with the tagger (wall time, as the editor sees it).
 */
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const root = resolve(arg('root') ?? process.cwd());
const size = Number(arg('size') ?? 1000);
const rounds = Number(arg('rounds') ?? 5);
const dataDir = resolve(arg('data') ?? join(root, '../shared/data'));
const sources = loadSources(root, dataDir);
const gen = new CorpusGenerator(sources);
const articles = gen.articles(size);
const long = gen.longArticle(100_000);
const reg = benchRegistry(root, sources.sentences);

if (!getModel()) throw new Error(modelProblem());

function perArticle(on: boolean): number {
  setTaggerEnabled(on);
  // Each round starts without the tagged lines of the rounds before (the same articles again would all be hits).
  clearTaggedLines();
  const c = newCorpus(reg);
  const t = process.cpuUsage();
  for (const a of articles) c.setArticle(a.file, a.text);
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000 / articles.length;
}

// Warm-up: both paths through the JIT (and the tagger's model and caches loaded).
perArticle(true);
perArticle(false);
let off = Infinity;
let on = Infinity;
for (let r = 0; r < rounds; r++) {
  off = Math.min(off, perArticle(false));
  on = Math.min(on, perArticle(true));
}
function typing(on: boolean): ReturnType<typeof keystrokes> {
  setTaggerEnabled(on);
  const c = newCorpus(reg);
  for (const a of articles.slice(0, 200)) c.setArticle(a.file, a.text);
  c.setArticle(long.file, long.text);
  return keystrokes(c, long, 8_000);
}
const skipTyping = process.argv.includes('--no-typing');
const ksOff = skipTyping ? undefined : typing(false);
const ks = skipTyping ? undefined : typing(true);
const f = (x: number): string => x.toFixed(3);
process.stdout.write(
  `articles ${articles.length}, best of ${rounds} rounds\n` +
    `per-article analysis (CPU time) without tagger ${f(off)} ms, with tagger ${f(on)} ms: tagging adds ${((100 * (on - off)) / off).toFixed(1)}%\n` +
    (ksOff && ks ? `keystroke in a 100 KB article: median without tagger ${f(ksOff.median)} ms, with tagger ${f(ks.median)} ms (p95 ${f(ksOff.p95)} / ${f(ks.p95)} ms)\n` : ''),
);
