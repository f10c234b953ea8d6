/**
 * npm run eval: analyse the seed articles with the built-in registry and score
 * against the gold file. Prints the figures; `--errors` lists what was missed;
 * `--span-errors [N]` lists the name tagger's exact-span errors on the development split by kind;
 * `--ner-train` scores the training parts too (and lists their errors with `--span-errors`): where a
 * span rule is checked against the data's conventions without reading the development gold
 * (optimistic for the tagger, which learned that text);
 * `--paraphrase-misses` lists the news-stance paraphrase pairs lost and why;
 * `--cross-misses [N]` lists N of each kind of miss of the cross-article figure (claims/crossArticle.ts);
 * `--stem-splits [N]` lists the words of the training text whose forms the stemmer keeps apart;
 * `--corpus-weights` groups claims with the corpus's own weights and their
 * threshold instead of the fixed background table (cluster/weights.ts, the default).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ansFigures, readAnsPairs, type AnsFigures } from './ans';
import { formatMisses, paraphraseMisses } from './claims/paraphraseMisses';
import { crossArticleFigures } from './claims/crossArticle';
import { formatCrossArticle, formatCrossMisses } from './claims/crossArticleFormat';
import { fillerSentences } from './claims/filler';
import type { CorpusOptions } from '../core/corpus/corpus';
import { evaluateFolder } from './evaluate';
import { dataDir, readNerData } from './ner/data';
import { formatScores, scoreDocs } from './ner/evaluate';
import { formatSpanErrors, spanErrors } from './ner/spanErrors';
import { formatStemSplits, stemSplits, trainingWords } from './stemSplits';

const args = process.argv.slice(2);
const root = path.resolve(__dirname, '..');
const folder = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--span-errors' && args[i - 1] !== '--stem-splits' && args[i - 1] !== '--cross-misses') ?? path.join(root, 'seeds');
const goldFile = path.join(root, 'test', 'fixtures', 'seeds.gold.json');
const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8'));
const options: CorpusOptions = args.includes('--corpus-weights') ? { cluster: { weights: 'corpus' } } : {};
// ISNAD_T: another threshold, for a sweep.
if (process.env.ISNAD_T) options.cluster = { ...options.cluster, threshold: Number(process.env.ISNAD_T) };
const { scores, timeMs } = evaluateFolder(folder, gold, options);
const pct = (x: number): string => (100 * x).toFixed(1);
console.log(`Isnad eval on ${path.relative(process.cwd(), folder) || '.'} (${timeMs.toFixed(0)} ms)${options.cluster?.weights === 'corpus' ? ", claims with the corpus's own weights" : ''}`);
console.log(`  actor mentions     P ${pct(scores.mentions.precision)}  R ${pct(scores.mentions.recall)}  F1 ${pct(scores.mentions.f1)}  (tp ${scores.mentions.tp}, fp ${scores.mentions.fp}, fn ${scores.mentions.fn})  target F1 >= 95`);
console.log(`  cross-references   accuracy ${pct(scores.crossReference.accuracy)}  (${scores.crossReference.correct}/${scores.crossReference.total})  target >= 95`);
console.log(`  recurring claims   pairwise P ${pct(scores.claims.precision)}  R ${pct(scores.claims.recall)}  F1 ${pct(scores.claims.f1)}  (tp ${scores.claims.tp}, fp ${scores.claims.fp}, fn ${scores.claims.fn})  target F1 >= 85`);
// The name tagger on the development split of ../shared/data (documents it never trained on), end to end.
const nerDir = dataDir(root);
if (fs.existsSync(path.join(nerDir, 'anercorp'))) {
  const data = readNerData(nerDir);
  console.log(`Name tagger on the development split (${path.relative(process.cwd(), nerDir)}): spans of the report's mentions against gold, by type; "clitics" accepts a name without its leading proclitic («و», a preposition before «ال»)`);
  for (const l of formatScores(`ANERcorp dev, ${data.aner.dev.length} documents`, scoreDocs(data.aner.dev))) console.log(l);
  for (const l of formatScores(`Wojood val, ${data.wojood.dev.length} documents`, scoreDocs(data.wojood.dev))) console.log(l);
  for (const l of formatScores(`NewsFANE, the same development text with clitics split off, ${data.newsfane.dev.length} documents`, scoreDocs(data.newsfane.dev))) console.log(l);
  // --span-errors [N]: the exact-span errors by kind, with N examples of each (spanErrors.ts).
  const at = args.indexOf('--span-errors');
  if (at >= 0) {
    const n = Number(args[at + 1]) || 15;
    console.log('Exact-span errors on the development split (clitic-tolerant), by kind:');
    for (const [name, docs] of [['ANERcorp dev', data.aner.dev], ['Wojood val', data.wojood.dev], ['NewsFANE dev', data.newsfane.dev]] as const)
      for (const l of formatSpanErrors(name, spanErrors(docs), n)) console.log(l);
  }
  if (args.includes('--ner-train')) {
    const train = [['ANERcorp train', data.aner.train], ['Wojood train', data.wojood.train], ['NewsFANE rest', data.newsfane.train]] as const;
    console.log('Name tagger on the training parts (the text it learned from: optimistic for the tagger, a check of the span rules):');
    for (const [name, docs] of train) for (const l of formatScores(`${name}, ${docs.length} documents`, scoreDocs(docs))) console.log(l);
    if (at >= 0) {
      console.log('Exact-span errors on the training parts (clitic-tolerant), by kind:');
      for (const [name, docs] of train) for (const l of formatSpanErrors(name, spanErrors(docs), Number(args[at + 1]) || 15)) console.log(l);
    }
  }
  // --stem-splits [N]: forms of one word the light stemmer keeps apart (stemSplits.ts).
  const st = args.indexOf('--stem-splits');
  if (st >= 0) for (const l of formatStemSplits(stemSplits(trainingWords(nerDir)), Number(args[st + 1]) || 40)) console.log(l);
} else console.log(`Name tagger: no development data at ${nerDir} (set ISNAD_DATA)`);
// Development figures on the news-stance pairs, when the data is at hand (not shipped: see ans.ts).
const ansDir = process.env.ISNAD_ANS_DIR ?? path.join(root, '..', 'shared', 'data', 'ans');
for (const split of ['dev', ...(args.includes('--train') ? ['train'] : [])]) {
  const file = path.join(ansDir, `${split}.csv`);
  if (!fs.existsSync(file)) continue;
  const t0 = performance.now();
  const f: AnsFigures = ansFigures(readAnsPairs(file), undefined, options);
  const c = f.contradictions;
  const p = f.paraphrases;
  const share = (a: number, b: number): string => `${pct(b ? a / b : 1)} (${a}/${b})`;
  console.log(`ANS ${split} pairs as two-article corpora (${(performance.now() - t0).toFixed(0)} ms)`);
  console.log(`  contradictions handled (apart, or flagged naming both files) ${share(c.handled, c.total)}; grouped ${c.grouped}, flagged ${c.flagged}  target >= 80`);
  console.log(`  paraphrases grouped and unflagged ${share(p.groupedUnflagged, p.total)}; grouped ${p.grouped}, flagged ${p.flagged}  target >= 80`);
  console.log(`  unrelated kept apart ${share(f.unrelated.apart, f.unrelated.total)}`);
  // --paraphrase-misses: each agreeing pair lost, with its reason (claims/paraphraseMisses.ts).
  if (args.includes('--paraphrase-misses')) for (const l of formatMisses(split, paraphraseMisses(readAnsPairs(file), options))) console.log(l);
  // The same pairs told across padded articles in one corpus (claims/crossArticle.ts); filler needs ANERcorp and Wojood.
  if (fs.existsSync(path.join(nerDir, 'anercorp')) && fs.existsSync(path.join(nerDir, 'wojood'))) {
    const t1 = performance.now();
    const x = crossArticleFigures(readAnsPairs(file), fillerSentences(nerDir), options);
    console.log(`ANS ${split} across articles: ${x.articles} padded articles in one corpus (${(performance.now() - t1).toFixed(0)} ms)`);
    for (const l of formatCrossArticle(x)) console.log('  ' + l);
    const cm = args.indexOf('--cross-misses');
    if (cm >= 0) for (const l of formatCrossMisses(x, Number(args[cm + 1]) || 20)) console.log(l);
    if (process.env.ISNAD_DUMP) fs.writeFileSync(process.env.ISNAD_DUMP, JSON.stringify({ claimOf: [...x.corpus.claimOf], contradict: [...x.corpus.contradict], unscored: [...x.corpus.unscored], claims: x.report.claims.map((c) => ({ s: c.sentences.map((s) => [s.file, s.line, s.text]), d: c.disagreements.map((d) => [d.kind, d.files]) })) }));
  }
}
if (args.includes('--errors')) {
  for (const [k, v] of Object.entries(scores.errors)) {
    console.log(`\n${k} (${v.length}):`);
    for (const e of v) console.log('  ' + e);
  }
}
