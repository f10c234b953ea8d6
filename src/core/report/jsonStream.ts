import { jsonSafe, type Report } from './report';

/**
 * The report's JSON text in pieces, the same text as formatReportJson(r, 2):
 * each element of the top-level lists is stringified on its own, so the whole
 * report never has to exist as one string (300 articles of 100 KB made a JSON
 * string of several hundred MB). Each list may be given as a lazy iterable,
 * so its entries are built as they are written and dropped after.
 */
export function* reportJsonChunks(r: { [K in keyof Report]: Report[K] extends Array<infer E> | undefined ? Iterable<E> | Extract<Report[K], undefined> : Report[K] }): Generator<string> {
  yield '{';
  let first = true;
  for (const [key, value] of Object.entries(r)) {
    if (value === undefined) continue;
    yield (first ? '\n  ' : ',\n  ') + JSON.stringify(key) + ': ';
    first = false;
    if (value !== null && typeof value === 'object' && Symbol.iterator in value && typeof value !== 'string') {
      let n = 0;
      for (const el of value as Iterable<unknown>) {
        yield (n++ ? ',\n    ' : '[\n    ') + jsonSafe(JSON.stringify(el, null, 2)).replace(/\n/g, '\n    ');
      }
      yield n ? '\n  ]' : '[]';
    } else yield jsonSafe(JSON.stringify(value, null, 2)).replace(/\n/g, '\n  ');
  }
  yield first ? '}' : '\n}';
}
