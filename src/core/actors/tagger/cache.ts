/**
 * A cache of the tagger's per-spelling and per-line results, bounded by the
 * bytes it holds rather than by entries: a word's features weigh a few hundred
 * bytes, a line's result a few dozen, and a limit in entries would let the
 * memory vary tenfold with what is cached. Past the limit it starts again
 * (cheaper than tracking recency per entry, and the common words and lines come
 * back within a few articles). What it handed out stays valid.
 */
export class ByteBoundedCache<V, K extends string | number = string> {
  private table = new Map<K, V>();
  private held = 0;

  constructor(private readonly limitBytes: number) {}

  get(key: K): V | undefined {
    return this.table.get(key);
  }

  /** Keep `value`, which holds about `bytes` besides its key. */
  set(key: K, value: V, bytes: number): V {
    const cost = bytes + (typeof key === 'string' ? 2 * key.length : 0) + ENTRY_OVERHEAD;
    if (this.held + cost > this.limitBytes) {
      this.table = new Map();
      this.held = 0;
    }
    this.table.set(key, value);
    this.held += cost;
    return value;
  }

  /** Bytes held, as estimated (tests, memory figures). */
  get bytes(): number {
    return this.held;
  }

  get size(): number {
    return this.table.size;
  }

  clear(): void {
    this.table = new Map();
    this.held = 0;
  }
}

/** A Map entry and a string header, roughly, on a 64-bit V8. */
export const ENTRY_OVERHEAD = 80;
