/**
 * A lookup table for values worth keeping across a corpus (a word's feature,
 * one string per spelling of a name) that must not grow without end: past
 * `limit` entries it starts again. What it handed out stays valid.
 */
export class BoundedMap<K, V> {
  private table = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    return this.table.get(key);
  }

  set(key: K, value: V): V {
    if (this.table.size >= this.limit) this.table = new Map();
    this.table.set(key, value);
    return value;
  }
}
