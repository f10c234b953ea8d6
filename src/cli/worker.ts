import { Corpus, encodeState, modelFingerprint, registryFingerprint, releaseFeatureTable, releaseWordTables, type AnalysisStore } from '../core';
import { workerData, isMainThread, type MessagePort } from 'node:worker_threads';
import type { FromWorker, ToWorker, WorkerStart } from './workers';
import { collectGarbage, HeapBudget } from './memory';

/**
 * What a worker may hold after a collection before it empties its word tables
 * (stems, claim features, name spellings, the tagger's words and lines: memos
 * that fill again as they are asked). A worker keeps no article, so all it
 * holds beyond its registry and model is those tables; at their limits on
 * name-dense text they made each worker's heap some 150 MB, twice over with
 * two workers, beside the main thread's articles (100 name-dense articles:
 * 578 MB at the end of the workers' phase, 304 MB once they had gone). The
 * workers' phase was still the peak of such a run at 64 MB here (and 32 MB of
 * garbage between collections): 397 MB, 350 MB at 32 MB (and 16), with no
 * measurable cost in CPU time; at 16 MB (and 8) the tables emptied at nearly
 * every collection and the run took a quarter longer.
 */
const WORKER_HELD_BYTES = 32 * 1024 * 1024;

/**
 * The worker side of workers.ts: started from the CLI's own bundle (isnad.ts
 * calls this first), it analyses the batches it is sent with the registry it
 * was given and sends back each article's state, encoded, with the registry
 * and model it used (the main thread checks them). Returns false when this
 * thread is not such a worker.
 */
export function runAnalyzeWorker(): boolean {
  if (isMainThread || !(workerData as Partial<WorkerStart> | undefined)?.isnadAnalyzeWorker) return false;
  const start = workerData as WorkerStart;
  const port: MessagePort = start.port;
  const signal = new Int32Array(start.signal);
  const post = (m: FromWorker): void => {
    port.postMessage(m);
    // Wakes the main thread, which waits on this counter rather than on its event loop.
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  };
  try {
    const out: Array<{ file: string; encoded: string }> = [];
    let registry = '';
    // Each analysis the corpus makes is encoded as it is made; the corpus here keeps nothing between batches.
    const keep: AnalysisStore = {
      get: () => undefined,
      put: (file, text, r, state) => {
        registry = registryFingerprint(r);
        out.push({ file, encoded: encodeState(state, text) });
      },
    };
    const corpus = new Corpus({ store: keep });
    if (start.registry) corpus.setWorkspaceRegistry(start.registry.text, start.registry.file);
    const model = modelFingerprint();
    // A worker's heap is its own: without collections of its own it grew toward V8's limit on garbage (memory.ts).
    // A quarter of the main thread's budget: two workers' garbage waits beside the main thread's articles.
    const budget = new HeapBudget(16 * 1024 * 1024, (held) => {
      if (held < WORKER_HELD_BYTES) return;
      releaseWordTables();
      // So does the table of claim features: a worker keeps no records, and sends its analyses as words.
      releaseFeatureTable();
      collectGarbage();
    });
    port.on('message', (m: ToWorker) => {
      if ('stop' in m) {
        port.close();
        return;
      }
      try {
        out.length = 0;
        for (const a of m.articles) {
          corpus.setArticle(a.file, a.text);
          corpus.removeArticle(a.file);
          budget.check();
        }
        post({ batch: m.batch, registry, model, states: out.slice() });
      } catch (e) {
        post({ failed: `worker: ${(e as Error).message}` });
      }
    });
  } catch (e) {
    post({ failed: `worker: ${(e as Error).message}` });
  }
  return true;
}
