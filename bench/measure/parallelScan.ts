import { readFileSync } from 'node:fs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { builtinActors, builtinOffices } from '../../src/core/actors/builtin';
import { Registry } from '../../src/core/actors/registry';
import type { Offices } from '../../src/core/actors/roles';
import { normalizeWithMap } from '../../src/core/text/normalize';
import { tokenize } from '../../src/core/text/tokens';
import type { Actor } from '../../src/core/types';

/**
 * The alias search spread over worker threads, one per core, as rg spreads
 * its own. The workers live as long as the pool (as a search service in the
 * extension would): each builds the registry once, then for every search
 * reads and scans its share of the files (every n-th one).
 */

interface Setup {
  role: 'alias-scan';
  actors?: Actor[];
  offices?: Offices;
}

/** Names found in `text` by the engine's matcher (fold, tokenise, trie scan). */
export function aliasHits(registry: Registry, text: string): number {
  const norm = normalizeWithMap(text);
  return registry.names.scan(norm.text, tokenize(norm.text)).length;
}

/** In a pool worker: answer each list of paths with the hits in those files. Returns false on the main thread. */
export function runScanWorker(): boolean {
  const setup = workerData as Setup | undefined;
  if (isMainThread || setup?.role !== 'alias-scan') return false;
  const registry = new Registry(setup.actors ?? builtinActors(), setup.offices ?? builtinOffices);
  parentPort!.on('message', (paths: string[]) => {
    let hits = 0;
    for (const p of paths) hits += aliasHits(registry, readFileSync(p, 'utf8'));
    parentPort!.postMessage(hits);
  });
  return true;
}

export class ScanPool {
  private readonly workers: Worker[];

  /** `script` is a bundle that calls runScanWorker() first thing (bench/run.ts). */
  constructor(script: string, threads: number, actors?: Actor[], offices?: Offices) {
    const setup: Setup = { role: 'alias-scan', actors, offices };
    this.workers = Array.from({ length: threads }, () => new Worker(script, { workerData: setup }));
  }

  get threads(): number {
    return this.workers.length;
  }

  /** Total hits over all the files. */
  async search(paths: string[]): Promise<number> {
    const n = this.workers.length;
    const counts = await Promise.all(
      this.workers.map(
        (w, k) =>
          new Promise<number>((done, fail) => {
            w.once('message', done);
            w.once('error', fail);
            w.postMessage(paths.filter((_, i) => i % n === k));
          }),
      ),
    );
    return counts.reduce((a, b) => a + b, 0);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
