import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus, type CorpusOptions } from '../core/corpus/corpus';
import { buildReport } from '../core/report/report';
import { score, type Gold, type Prediction, type Scores } from './score';

/** Analyse every .txt file of a folder and score the result against a gold file. */
export function evaluateFolder(folder: string, gold: Gold, options: CorpusOptions = {}): { scores: Scores; timeMs: number } {
  const t0 = performance.now();
  const corpus = new Corpus(options);
  for (const f of fs.readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()) {
    corpus.setArticle(f, fs.readFileSync(path.join(folder, f), 'utf8'));
  }
  const report = buildReport(corpus);
  const timeMs = performance.now() - t0;
  const pred: Prediction = {
    mentions: Object.fromEntries(report.articles.map((a) => [a.file, a.mentions])),
    actors: corpus.allActors().map((a) => ({ id: a.id, name: a.name, aliases: a.aliases })),
    groups: report.claims.map((c) => c.sentences),
  };
  return { scores: score(gold, pred), timeMs };
}
