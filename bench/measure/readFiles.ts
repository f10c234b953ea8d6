import { Worker } from 'node:worker_threads';

/**
 * The texts of many files, in order, read by a worker thread while the caller
 * works on the ones already read (on two cores, reading costs little more
 * than the scan). Node's asynchronous reads are slower per small file than
 * synchronous ones, so the worker reads synchronously and sends batches.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const buf = Buffer.allocUnsafe(1 << 20);
let batch = [];
for (const p of workerData) {
  const fd = fs.openSync(p, 'r');
  const size = fs.fstatSync(fd).size;
  const b = size <= buf.length ? buf : Buffer.allocUnsafe(size);
  let len = 0;
  while (len < size) { const r = fs.readSync(fd, b, len, size - len, len); if (r === 0) break; len += r; }
  fs.closeSync(fd);
  batch.push(b.toString('utf8', 0, len));
  if (batch.length === 64) { parentPort.postMessage(batch); batch = []; }
}
parentPort.postMessage(batch);
parentPort.postMessage(null);
`;

export async function* readFiles(paths: string[]): AsyncGenerator<string> {
  const worker = new Worker(WORKER, { eval: true, workerData: paths });
  const batches: Array<string[] | null> = [];
  let wake: (() => void) | undefined;
  let failure: unknown;
  worker.on('message', (m: string[] | null) => {
    batches.push(m);
    wake?.();
  });
  worker.on('error', (e) => {
    failure = e;
    wake?.();
  });
  try {
    for (;;) {
      while (!batches.length && !failure) await new Promise<void>((r) => (wake = r));
      if (failure) throw failure;
      const batch = batches.shift()!;
      if (batch === null) return;
      yield* batch;
    }
  } finally {
    await worker.terminate();
  }
}
