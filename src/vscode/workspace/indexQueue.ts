/**
 * The article index's work bookkeeping, kept apart so the rules are unit-tested.
 * Pure module: no vscode import.
 *
 * - `CoalescingQueue`: file events waiting to be handled. One entry per file (a storm of
 *   events on one file is one piece of work), a repeated file moves to the end (so the
 *   order of a delete and a re-create is kept), and a hard bound: past it the queue
 *   empties itself and says so, and the caller re-indexes everything once instead.
 * - `VersionGate`: work that finishes late (a disk read) may only be applied when nothing
 *   newer happened to its file meanwhile (an edit, a delete, a rename, another read).
 */

export class CoalescingQueue<K, V> {
  private readonly items = new Map<K, V>();
  /** Most entries ever waiting at once. */
  highWater = 0;
  /** Times the bound was hit. */
  overflows = 0;

  constructor(readonly limit: number) {}

  /** Adds or replaces the work for `key`; false when the bound was hit (the queue is then empty). */
  push(key: K, value: V): boolean {
    this.items.delete(key);
    if (this.items.size >= this.limit) {
      this.items.clear();
      this.overflows++;
      return false;
    }
    this.items.set(key, value);
    this.highWater = Math.max(this.highWater, this.items.size);
    return true;
  }

  /** Removes and returns up to `n` entries, oldest first. */
  take(n: number): Array<[K, V]> {
    const out: Array<[K, V]> = [];
    for (const entry of this.items) {
      if (out.length >= n) break;
      out.push(entry);
    }
    for (const [k] of out) this.items.delete(k);
    return out;
  }

  has(key: K): boolean {
    return this.items.has(key);
  }

  get size(): number {
    return this.items.size;
  }

  clear(): void {
    this.items.clear();
  }
}

/**
 * Tickets for asynchronous work per key. `begin` hands out a ticket; `bump` says that
 * something newer happened; `end` tells whether the ticket is still the newest. Only keys
 * with work in flight are remembered, so the gate never grows with the workspace.
 */
export class VersionGate {
  private counter = 0;
  private readonly stamps = new Map<string, number>();
  private readonly inFlight = new Map<string, number>();

  begin(key: string): number {
    const ticket = ++this.counter;
    this.stamps.set(key, ticket);
    this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
    return ticket;
  }

  /** True when no newer work or event came for `key` since `ticket` was handed out. */
  end(key: string, ticket: number): boolean {
    const current = this.stamps.get(key) === ticket;
    const left = (this.inFlight.get(key) ?? 1) - 1;
    if (left <= 0) {
      this.inFlight.delete(key);
      this.stamps.delete(key);
    } else {
      this.inFlight.set(key, left);
    }
    return current;
  }

  /** Something newer happened to `key`: work on it that is in flight must lose. */
  bump(key: string): void {
    if (this.stamps.has(key)) this.stamps.set(key, ++this.counter);
  }

  /** Bumps `key` and every key under it as a folder (a deleted or renamed folder). */
  bumpTree(key: string): void {
    const prefix = key.endsWith('/') ? key : key + '/';
    for (const k of this.stamps.keys()) if (k === key || k.startsWith(prefix)) this.stamps.set(k, ++this.counter);
  }

  bumpAll(): void {
    for (const k of this.stamps.keys()) this.stamps.set(k, ++this.counter);
  }

  /** Keys with work in flight (bounded by the reader's concurrency). */
  get size(): number {
    return this.stamps.size;
  }
}
