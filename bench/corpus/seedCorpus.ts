import { join } from 'node:path';
import { loadSources } from '../data/sources';
import { CorpusGenerator, type Article } from './generate';

/**
 * A small corpus built from the seed articles alone (no ../shared/data), for
 * the unit tests: the seeds themselves, then `extra` retellings of reports made
 * of the seeds' sentences. Deterministic.
 */
export function seedCorpus(repoRoot: string, extra: number): Article[] {
  const sources = loadSources(repoRoot, join(repoRoot, 'no-shared-data'));
  return new CorpusGenerator(sources).articles(sources.seeds.length + extra);
}
