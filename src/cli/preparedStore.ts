import { withText, type Registry, type AnalysisCache, type AnalysisStore, type ArticleState, type ArticleText } from '../core';
import { sameText } from './packedText';

/**
 * The analyses `isnad analyze` has before the corpus takes the articles in
 * file order: those read from the cache (looked up first, so only the others
 * go to the worker threads) and those the workers made. Each is handed over
 * once, for the same text; an analysis a worker made is also written to the
 * cache. Anything else goes to the cache as the corpus asks.
 */
export class PreparedStore implements AnalysisStore {
  /** The texts as the caller keeps them (packed: packedText.ts), the states reading from them. */
  private readonly ready = new Map<string, { text: ArticleText; state: ArticleState; fromWorker: boolean }>();
  /** Looked up in the cache already and not there: not read a second time. */
  private readonly missed = new Map<string, ArticleText>();

  constructor(private readonly cache: AnalysisCache | undefined) {}

  /** Looks the article up in the cache now; true when it is there (it is then not analysed). `kept`: the same text, as the caller keeps it. */
  fromCache(file: string, text: string, registry: Registry, kept: ArticleText = text): boolean {
    const state = this.cache?.get(file, text, registry);
    if (state) this.ready.set(file, { text: kept, state: kept === text ? state : withText(state, kept), fromWorker: false });
    else this.missed.set(file, kept);
    return state !== undefined;
  }

  fromWorker(file: string, text: ArticleText, state: ArticleState): void {
    this.ready.set(file, { text, state, fromWorker: true });
  }

  get(file: string, text: string, registry: Registry): ArticleState | undefined {
    const r = this.ready.get(file);
    if (r) {
      this.ready.delete(file);
      if (sameText(r.text, text)) {
        if (r.fromWorker) this.cache?.put(file, text, registry, r.state);
        return r.state;
      }
    }
    const missed = this.missed.get(file);
    this.missed.delete(file);
    return missed !== undefined && sameText(missed, text) ? undefined : this.cache?.get(file, text, registry);
  }

  put(file: string, text: string, registry: Registry, state: ArticleState): void {
    this.cache?.put(file, text, registry, state);
  }
}
