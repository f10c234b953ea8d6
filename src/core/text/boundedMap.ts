/**
 * A lookup table for values worth keeping across a corpus (a word's feature,
 * one string per spelling of a name) that must not grow without end: past
 * `limit` entries it starts again. What it handed out stays valid.
 */
export class BoundedMap<K, V> {
  /** Every table made, to empty them all at once (clearAll); held weakly, so a table can still go. */
  private static readonly made = new Set<WeakRef<BoundedMap<unknown, unknown>>>();
  private table = new Map<K, V>();

  constructor(private readonly limit: number) {
    BoundedMap.made.add(new WeakRef(this));
  }

  /** Empty every table (what they handed out stays valid; they fill again as they are asked). */
  static clearAll(): void {
    for (const ref of BoundedMap.made) {
      const t = ref.deref();
      if (t) t.table = new Map();
      else BoundedMap.made.delete(ref);
    }
  }

  /** Entries held by every table (wordTables.ts: what the tables weigh). */
  static entries(): number {
    let n = 0;
    for (const ref of BoundedMap.made) n += ref.deref()?.table.size ?? 0;
    return n;
  }

  get(key: K): V | undefined {
    return this.table.get(key);
  }

  set(key: K, value: V): V {
    if (this.table.size >= this.limit) this.table = new Map();
    this.table.set(key, value);
    return value;
  }
}
