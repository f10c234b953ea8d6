import { discoveredId } from '../actors/discovery';
import { ACTOR_TYPES, type Actor, type ActorType } from '../types';
import { BY_TITLE, SURE, WEAK, type DiscoveredRecords } from './discoveredRecords';

/**
 * A discovered name across the corpus. Most such names are used by one article
 * only: that use is the article's number in `files` and the name's index in
 * its records (an object each held a tenth of a MB per name-dense article),
 * and a map is made only for a second article. What the name is in an article
 * (how it is written, whether a title introduces it, the tagger's type) is read
 * from that article's records, never copied, and so is its key.
 */

/** A slot no name holds. */
const EMPTY = -1;
/** Names per slot at most, before the table doubles (linear probing stays short below this load, the hashes compared first). */
const MAX_LOAD = 0.75;

/** The 32-bit hash of a key, the one discoveredId spells out. */
function keyHash(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h, 31) + key.charCodeAt(i);
  return h | 0;
}

/** Where a hash's probe starts: its bits mixed (a polynomial hash's low bits follow the last letters). */
function home(h: number, mask: number): number {
  return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) & mask;
}

/**
 * Discovered names across the corpus, kept up to date one article at a time so
 * that adding or reading an article never walks the others: a name is accepted
 * once a title introduces it somewhere, the tagger is sure of it, or two
 * articles use it. `recordsOf` gives an article's records.
 *
 * The names are an open-addressing table in typed arrays (linear probing, a
 * slot's key read from the records of the article that uses it): a Map from
 * each key held 28 bytes per slot of its table, which doubles when full (59 MB
 * at the 1.2 million names of 800 name-dense articles); these, 12 (25 MB there).
 */
export class DiscoveredIndex {
  /** Per slot: the file number of the name's one article, or -2 - k for `multi[k]` (two articles or more), or EMPTY. */
  private owner = new Int32Array(1024).fill(EMPTY);
  /** Per slot: the name's index in its one article's records. */
  private index = new Int32Array(1024);
  /** Per slot: the key's hash. */
  private hashes = new Int32Array(1024);
  private count = 0;
  /** A name used by two articles or more: its index in each one's records, by article. */
  private readonly multi: Array<Map<string, number> | undefined> = [];
  private readonly freeMulti: number[] = [];
  /** Every article ever noted, by number (a few strings: its name is the corpus's own). */
  private readonly files: string[] = [];
  private readonly fileNumbers = new Map<string, number>();
  /** Accepted names by id, for getActor: built when first asked after a change (few names are accepted). */
  private acceptedIds: { version: number; byId: Map<string, string> } | undefined;

  constructor(private readonly recordsOf: (file: string) => DiscoveredRecords | undefined) {}

  private fileNumber(file: string): number {
    let n = this.fileNumbers.get(file);
    if (n === undefined) this.fileNumbers.set(file, (n = this.files.push(file) - 1));
    return n;
  }

  /** Slot s's uses: [file, index in its records] each. */
  private usesOf(s: number): Array<readonly [string, number]> {
    const o = this.owner[s];
    return o >= 0 ? [[this.files[o], this.index[s]]] : [...this.multi[-2 - o]!];
  }

  /** The key slot s holds, as the records of (one of) its articles spell it. */
  private keyAt(s: number): string {
    const o = this.owner[s];
    const [file, d] = o >= 0 ? [this.files[o], this.index[s]] : this.multi[-2 - o]!.entries().next().value!;
    return this.recordsOf(file)!.keys[d];
  }

  /** The slot holding `key`, or -1 - (the empty slot where it would go). */
  private find(key: string, h: number): number {
    const mask = this.owner.length - 1;
    for (let s = home(h, mask); ; s = (s + 1) & mask) {
      if (this.owner[s] === EMPTY) return -1 - s;
      if (this.hashes[s] === h && this.keyAt(s) === key) return s;
    }
  }

  private put(s: number, h: number, owner: number, index: number): void {
    this.owner[s] = owner;
    this.index[s] = index;
    this.hashes[s] = h;
    if (++this.count > this.owner.length * MAX_LOAD) this.grow();
  }

  private grow(): void {
    const [owner, index, hashes] = [this.owner, this.index, this.hashes];
    const size = owner.length * 2;
    this.owner = new Int32Array(size).fill(EMPTY);
    this.index = new Int32Array(size);
    this.hashes = new Int32Array(size);
    const mask = size - 1;
    for (let t = 0; t < owner.length; t++) {
      if (owner[t] === EMPTY) continue;
      let s = home(hashes[t], mask);
      while (this.owner[s] !== EMPTY) s = (s + 1) & mask;
      this.owner[s] = owner[t];
      this.index[s] = index[t];
      this.hashes[s] = hashes[t];
    }
  }

  /** Slot s is emptied; the names after it in its run move back where their probe finds them (no tombstones). */
  private remove(s: number): void {
    const mask = this.owner.length - 1;
    this.count--;
    let hole = s;
    this.owner[hole] = EMPTY;
    for (let j = (hole + 1) & mask; this.owner[j] !== EMPTY; j = (j + 1) & mask) {
      const at = home(this.hashes[j], mask);
      // j stays unless where its probe starts is cyclically outside (hole, j].
      if (hole <= j ? hole < at && at <= j : hole < at || at <= j) continue;
      this.owner[hole] = this.owner[j];
      this.index[hole] = this.index[j];
      this.hashes[hole] = this.hashes[j];
      this.owner[j] = EMPTY;
      hole = j;
    }
  }

  private toMulti(m: Map<string, number>): number {
    const k = this.freeMulti.pop() ?? this.multi.length;
    this.multi[k] = m;
    return -2 - k;
  }

  /** An article's names come in; a name already known keeps one string for its key (interned). */
  note(file: string, r: DiscoveredRecords): void {
    // Most of an article's names are new to the corpus: their use is this article's number and their index.
    const fn = r.length ? this.fileNumber(file) : 0;
    for (let d = 0; d < r.length; d++) {
      const key = r.keys[d];
      const h = keyHash(key);
      const s = this.find(key, h);
      if (s < 0) {
        this.put(-1 - s, h, fn, d);
        continue;
      }
      const o = this.owner[s];
      const [firstFile, firstIndex] = o >= 0 ? [this.files[o], this.index[s]] : this.multi[-2 - o]!.entries().next().value!;
      const other = firstFile === file ? undefined : this.recordsOf(firstFile);
      if (other) r.keys[d] = other.keys[firstIndex];
      if (o === fn) this.index[s] = d;
      else if (o >= 0) this.owner[s] = this.toMulti(new Map([[firstFile, firstIndex], [file, d]]));
      else this.multi[-2 - o]!.set(file, d);
    }
  }

  /** An article's names go (its records as they were noted, still the article's in recordsOf). */
  forget(file: string, r: DiscoveredRecords | undefined): void {
    if (!r) return;
    const fn = this.fileNumbers.get(file);
    for (const key of r.keys) {
      const s = this.find(key, keyHash(key));
      if (s < 0) continue;
      const o = this.owner[s];
      if (o >= 0) {
        if (o === fn) this.remove(s);
        continue;
      }
      const more = this.multi[-2 - o]!;
      more.delete(file);
      if (more.size === 1) {
        const [[f, index]] = more;
        this.multi[-2 - o] = undefined;
        this.freeMulti.push(-2 - o);
        this.owner[s] = this.fileNumber(f);
        this.index[s] = index;
      }
    }
  }

  /** The articles that use a name (in no particular order), with its index in each one's records. */
  filesOf(key: string): Array<readonly [string, DiscoveredRecords, number]> {
    const s = this.find(key, keyHash(key));
    if (s < 0) return [];
    const out: Array<readonly [string, DiscoveredRecords, number]> = [];
    for (const [f, index] of this.usesOf(s)) {
      const r = this.recordsOf(f);
      if (r) out.push([f, r, index]);
    }
    return out;
  }

  isAccepted(key: string): boolean {
    const s = this.find(key, keyHash(key));
    return s >= 0 && this.acceptedAt(s);
  }

  private acceptedAt(s: number): boolean {
    const o = this.owner[s];
    // One article uses it (most names): only a title or the tagger's sureness there accepts it (asked
    // for every name of an article each time it is read: no pair made).
    if (o >= 0) {
      const r = this.recordsOf(this.files[o]);
      return r !== undefined && (r.flags[this.index[s]] & (BY_TITLE | SURE)) !== 0;
    }
    // A name that a title introduces, or that the tagger is sure enough of, stands on its own;
    // otherwise two articles must use it, a use below the tagger's threshold not counting.
    let uses = 0;
    for (const [f, d] of this.multi[-2 - o]!) {
      const r = this.recordsOf(f);
      if (!r) continue;
      if (r.flags[d] & (BY_TITLE | SURE)) return true;
      if (!(r.flags[d] & WEAK)) uses++;
    }
    return uses >= 2;
  }

  /** The key of the accepted name with this id, if any (`version`: the corpus's, the cache is rebuilt after a change). */
  acceptedKey(id: string, version: number): string | undefined {
    if (this.acceptedIds?.version !== version) {
      const byId = new Map<string, string>();
      // Two keys of one id (their hashes collide): the first in code-unit order, whatever the order articles came in.
      for (const k of this.acceptedKeys()) if (!byId.has(discoveredId(k))) byId.set(discoveredId(k), k);
      this.acceptedIds = { version, byId };
    }
    return this.acceptedIds.byId.get(id);
  }

  /** Every accepted name, sorted (the order articles came in must not show). */
  acceptedKeys(): string[] {
    const out: string[] = [];
    for (let s = 0; s < this.owner.length; s++) if (this.owner[s] !== EMPTY && this.acceptedAt(s)) out.push(this.keyAt(s));
    return out.sort();
  }

  actor(key: string): Actor {
    const uses = this.usesOf(this.find(key, keyHash(key)));
    // The name as the first article (by file name) writes it: the same whatever the order articles came in.
    const [firstFile, firstIndex] = uses.length === 1 ? uses[0] : [...uses].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))[0];
    const text = this.recordsOf(firstFile)!.text(firstIndex);
    const found = uses.flatMap(([f, d]) => {
      const r = this.recordsOf(f);
      return r ? [[r, d] as const] : [];
    });
    const type = discoveredType(found.map(([r, d]) => r.type(d)));
    // Aliases (what "Promote Discovered Actor" writes): the other spellings met, and a person's family name.
    const aliases = [...new Set(found.map(([r, d]) => r.text(d)))].filter((t) => t !== text).sort();
    const words = text.split(/\s+/);
    if (type === 'person' && words.length >= 2 && words[words.length - 1].length >= 4 && !aliases.includes(words[words.length - 1])) aliases.push(words[words.length - 1]);
    return { id: discoveredId(key), type, name: text, nameEn: text, aliases, roles: [], source: 'discovered' };
  }
}

/** A discovered name's type: the one the tagger gave it in most articles (ties: the first type in order); rule-found names are persons. */
function discoveredType(types: Array<ActorType | undefined>): ActorType {
  const votes = new Map<ActorType, number>();
  for (const t of types) if (t) votes.set(t, (votes.get(t) ?? 0) + 1);
  let best: ActorType = 'person';
  let most = 0;
  for (const t of ACTOR_TYPES) if ((votes.get(t) ?? 0) > most) [best, most] = [t, votes.get(t)!];
  return best;
}
