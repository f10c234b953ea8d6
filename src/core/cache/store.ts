import type { Registry } from '../actors/registry';
import type { ArticleState } from '../corpus/analyze';

/**
 * Where the corpus finds an article's analysis made elsewhere (a cache on disk,
 * a worker thread) before it analyses the article itself, and where it hands
 * each analysis it makes. `get` answers only for this file, this text and this
 * registry; anything else is a miss.
 */
export interface AnalysisStore {
  get(file: string, text: string, registry: Registry): ArticleState | undefined;
  put(file: string, text: string, registry: Registry, state: ArticleState): void;
}
