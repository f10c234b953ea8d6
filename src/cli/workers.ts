import { decodeState, modelFingerprint, registryFingerprint, releaseWordTables, wholeText, withText, wordTablesBytes, type ArticleState, type ArticleText, type Registry } from '../core';
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { HeapBudget } from './memory';

/**
 * Per-article analysis on every core, for `isnad analyze`. The articles go to a
 * pool of worker threads in batches (a new batch to whichever worker is done
 * first); each worker analyses with the same registry and sends each article's
 * state back encoded (stateCodec: a string, cheap to copy between threads);
 * the corpus then takes the states in file order, so the report is byte for byte
 * the one a single thread makes.
 *
 * The CLI is synchronous: the main thread waits on a shared counter the
 * workers bump after each message (Atomics.wait) and reads their ports with
 * receiveMessageOnPort, so no event loop turn is needed. Nothing here is
 * required: a worker that cannot start, stops answering or fails leaves its
 * articles out of the result, and the corpus analyses them itself.
 */

/** What a worker is told at start (workerData). */
export interface WorkerStart {
  isnadAnalyzeWorker: true;
  port: MessagePort;
  signal: SharedArrayBuffer;
  registry?: { text: string; file: string };
}

export type ToWorker = { batch: number; articles: Array<{ file: string; text: string }> } | { stop: true };
export type FromWorker =
  | { batch: number; registry: string; model: string; states: Array<{ file: string; encoded: string }> }
  | { failed: string };

export interface PoolOptions {
  threads: number;
  /** The workspace registry the main thread's corpus was given (the workers read the same). */
  registry?: { text: string; file: string };
  /** The bundle that runs a worker when started with WorkerStart as its workerData (the CLI's own file). */
  script: string;
  /** No message from any worker for this long: the rest is analysed on the main thread. */
  stallMs?: number;
  /**
   * Analyses an article on this thread, which then counts as one of the
   * `threads` and takes batches while any are left (undefined: its state is
   * left to the corpus). A worker costs a heap of its own beside the main
   * thread's (about 100 MB RSS on name-dense text), and the main thread only
   * waited while they worked; its own analyses are not encoded and decoded.
   */
  here?: (file: string, text: string) => ArticleState | undefined;
}

/**
 * What the main thread's word tables (wordTables.ts) may hold, as they estimate
 * it, before it empties them: a worker empties its own once its heap holds
 * 32 MB; on the main thread they would otherwise grow to their limits beside
 * everything it holds. They were emptied every million characters before, which
 * cost a third more CPU per article on news text, where they hold 23-30 MB at
 * most (the tagged lines and the spellings start again by themselves at their
 * limits); name-dense text fills about 12 MB per million characters.
 */
const HERE_TABLE_BYTES = 32 * 1024 * 1024;

/** Threads to use when none are asked for: one per core the process may use. */
export function defaultThreads(): number {
  return availableParallelism();
}

const BATCH_CHARS = 64_000;
const IN_FLIGHT = 2;

export interface PoolResult {
  states: Map<string, ArticleState>;
  workers: number;
  /** Why the pool could not be used, if it could not. */
  problem?: string;
}

/** The state reading its text from the article's text as the caller keeps it (packed, by the CLI), not from the string it was made from. */
function kept(state: ArticleState, text: ArticleText): ArticleState {
  return typeof text === 'string' ? state : withText(state, text);
}

/** Analyse `articles` in worker threads; a state is returned for every article a worker analysed with `registry`. */
export function analyzeInWorkers(articles: Array<{ file: string; text: ArticleText }>, registry: Registry, options: PoolOptions): PoolResult {
  const states = new Map<string, ArticleState>();
  const byFile = new Map(articles.map((a) => [a.file, a.text]));
  const batches: Array<Array<{ file: string; text: ArticleText }>> = [];
  let current: Array<{ file: string; text: ArticleText }> = [];
  let chars = 0;
  for (const a of articles) {
    current.push(a);
    if ((chars += a.text.length) >= BATCH_CHARS) {
      batches.push(current);
      current = [];
      chars = 0;
    }
  }
  if (current.length) batches.push(current);
  const here = options.here;
  const count = Math.max(0, Math.min(options.threads - (here ? 1 : 0), batches.length));
  if (count < 1) return { states, workers: 0 };

  const signal = new SharedArrayBuffer(4);
  const counter = new Int32Array(signal);
  const want = { registry: registryFingerprint(registry), model: modelFingerprint() };
  interface Slot {
    worker: Worker;
    port: MessagePort;
    busy: number;
    dead: boolean;
    stopped?: boolean;
  }
  const slots: Slot[] = [];
  let problem: string | undefined;
  for (let i = 0; i < count; i++) {
    try {
      const { port1, port2 } = new MessageChannel();
      const start: WorkerStart = { isnadAnalyzeWorker: true, port: port2, signal, registry: options.registry };
      // A young generation of 16 MB (V8's default here is three times that): a worker's short-lived garbage is
      // a line's tokens and scores, and every worker's nursery is memory the process holds at once.
      const worker = new Worker(options.script, { workerData: start, transferList: [port2], stdout: false, stderr: false, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
      worker.unref();
      // A worker that fails to start says so as an event, after the wait below has given up on it: heard, never fatal.
      worker.on('error', () => undefined);
      slots.push({ worker, port: port1, busy: 0, dead: false });
    } catch (e) {
      problem = (e as Error).message;
      break;
    }
  }
  let next = 0;
  let pending = 0;
  // The encoded states are garbage once decoded (a few MB per long article), and they wait in the old generation
  // beside every state decoded so far while the workers' heaps stand beside them: collected every 32 MB the heap grows.
  const decoded = new HeapBudget(32 * 1024 * 1024);
  const stallMs = options.stallMs ?? 30_000;
  /** A batch analysed on this thread, while the workers work on theirs. */
  const analyseHere = (batch: Array<{ file: string; text: ArticleText }>): void => {
    for (const { file, text } of batch) {
      const state = here!(file, wholeText(text));
      if (state) states.set(file, kept(state, text));
      decoded.check();
      if (wordTablesBytes() >= HERE_TABLE_BYTES) releaseWordTables();
    }
  };
  const send = (s: Slot): void => {
    while (!s.dead && s.busy < IN_FLIGHT && next < batches.length) {
      s.port.postMessage({ batch: next, articles: batches[next++].map((a) => ({ file: a.file, text: wholeText(a.text) })) } satisfies ToWorker);
      s.busy++;
      pending++;
    }
  };
  const stop = (s: Slot): void => {
    if (s.stopped) return;
    s.stopped = s.dead = true;
    try {
      s.port.postMessage({ stop: true } satisfies ToWorker);
      s.port.close();
    } catch {
      // Gone already.
    }
    void s.worker.terminate().catch(() => undefined);
  };
  for (;;) {
    const seen = Atomics.load(counter, 0);
    for (const s of slots) {
      if (s.dead) continue;
      let m: { message: FromWorker } | undefined;
      while ((m = receiveMessageOnPort(s.port) as { message: FromWorker } | undefined)) {
        const msg = m.message;
        if ('failed' in msg) {
          s.dead = true;
          problem = msg.failed;
          pending -= s.busy;
        } else {
          s.busy--;
          pending--;
          // A worker whose registry or model is not the main thread's made other analyses: not used.
          if (msg.registry !== want.registry || msg.model !== want.model) {
            problem = 'a worker read another registry or model';
            s.dead = true;
            pending -= s.busy;
            break;
          }
          for (const { file, encoded } of msg.states) {
            const text = byFile.get(file);
            if (text === undefined) continue;
            try {
              states.set(file, kept(decodeState(encoded, file, wholeText(text)), text));
              decoded.check();
            } catch {
              // Left to the main thread.
            }
          }
        }
      }
      send(s);
      // Nothing left to send it: its heap (a tenth of a GB on name-dense text) goes now, not after the last batch of all.
      if (!s.dead && s.busy === 0 && next >= batches.length) stop(s);
    }
    const live = slots.filter((s) => !s.dead);
    if (!live.length || (next >= batches.length && pending <= 0)) break;
    // A batch the workers have not taken: this thread's, and their answers are read after it.
    if (here && next < batches.length) {
      analyseHere(batches[next++]);
      continue;
    }
    if (Atomics.wait(counter, 0, seen, stallMs) === 'timed-out') {
      problem ??= `no answer from the worker threads in ${Math.round(stallMs / 1000)} s`;
      break;
    }
  }
  for (const s of slots) stop(s);
  return { states, workers: slots.length, ...(problem ? { problem } : {}) };
}
