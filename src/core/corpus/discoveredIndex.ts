import { discoveredId } from '../actors/discovery';
import { ACTOR_TYPES, type Actor, type ActorType } from '../types';
import { BY_TITLE, SURE, WEAK, type DiscoveredRecords } from './discoveredRecords';

/**
 * A discovered name across the corpus. Most such names are used by one article
 * only: that use is one number (the article's number in `files` times ONE_FILE,
 * plus the name's index in its records; an object each held a tenth of a MB per
 * name-dense article), and a map is made only for a second article. What the
 * name is in an article (how it is written, whether a title introduces it, the
 * tagger's type) is read from that article's records, never copied.
 */
type Entry = number | Map<string, number>;

/** Names per article's records are far fewer (an article has at most MAX_ARTICLE_CHARS characters). */
const ONE_FILE = 2 ** 24;

/**
 * Discovered names across the corpus, kept up to date one article at a time so
 * that adding or reading an article never walks the others: a name is accepted
 * once a title introduces it somewhere, the tagger is sure of it, or two
 * articles use it. `recordsOf` gives an article's records.
 */
export class DiscoveredIndex {
  private readonly names = new Map<string, Entry>();
  /** Every article ever noted, by number (a few strings: its name is the corpus's own). */
  private readonly files: string[] = [];
  private readonly fileNumbers = new Map<string, number>();
  /** Accepted names by id, for getActor: built when first asked after a change (few names are accepted). */
  private acceptedIds: { version: number; byId: Map<string, string> } | undefined;

  constructor(private readonly recordsOf: (file: string) => DiscoveredRecords | undefined) {}

  private one(file: string, index: number): number {
    return this.fileBase(file) + index;
  }

  /** The use of a name by an article, less the name's index there. */
  private fileBase(file: string): number {
    let n = this.fileNumbers.get(file);
    if (n === undefined) this.fileNumbers.set(file, (n = this.files.push(file) - 1));
    return n * ONE_FILE;
  }

  /** An entry's one article and the name's index there, or undefined when two or more use it. */
  private single(e: Entry): readonly [string, number] | undefined {
    return typeof e === 'number' ? [this.files[Math.floor(e / ONE_FILE)], e % ONE_FILE] : undefined;
  }

  /** An article's names come in; a name already known keeps one string for its key (interned). */
  note(file: string, r: DiscoveredRecords): void {
    // Most of an article's names are new to the corpus: their use is this number plus their index.
    const base = r.length ? this.fileBase(file) : 0;
    for (let d = 0; d < r.length; d++) {
      const key = r.keys[d];
      const e = this.names.get(key);
      if (e === undefined) {
        this.names.set(key, base + d);
        continue;
      }
      const only = this.single(e);
      const [firstFile, firstIndex] = only ?? (e as Map<string, number>).entries().next().value!;
      const other = firstFile === file ? undefined : this.recordsOf(firstFile);
      if (other) r.keys[d] = other.keys[firstIndex];
      if (only && only[0] === file) this.names.set(key, this.one(file, d));
      else if (only) this.names.set(key, new Map([only, [file, d]]));
      else (e as Map<string, number>).set(file, d);
    }
  }

  /** An article's names go (its records as they were noted). */
  forget(file: string, r: DiscoveredRecords | undefined): void {
    if (!r) return;
    for (const key of r.keys) {
      const e = this.names.get(key);
      if (e === undefined) continue;
      const only = this.single(e);
      if (only) {
        if (only[0] === file) this.names.delete(key);
        continue;
      }
      const more = e as Map<string, number>;
      more.delete(file);
      if (more.size === 1) {
        const [[f, index]] = more;
        this.names.set(key, this.one(f, index));
      }
    }
  }

  /** The articles that use a name (in no particular order), with its index in each one's records. */
  filesOf(key: string): Array<readonly [string, DiscoveredRecords, number]> {
    const e = this.names.get(key);
    if (e === undefined) return [];
    const out: Array<readonly [string, DiscoveredRecords, number]> = [];
    for (const [f, index] of this.single(e) ? [this.single(e)!] : (e as Map<string, number>)) {
      const r = this.recordsOf(f);
      if (r) out.push([f, r, index]);
    }
    return out;
  }

  /** The articles that use a name, with its index in each one's records. */
  private *uses(e: Entry): Generator<readonly [DiscoveredRecords, number]> {
    const only = this.single(e);
    if (only) {
      const r = this.recordsOf(only[0]);
      if (r) yield [r, only[1]];
      return;
    }
    for (const [f, index] of e as Map<string, number>) {
      const r = this.recordsOf(f);
      if (r) yield [r, index];
    }
  }

  isAccepted(key: string): boolean {
    const e = this.names.get(key);
    if (e === undefined) return false;
    // One article uses it (most names): only a title or the tagger's sureness there accepts it (asked
    // for every name of an article each time it is read: no generator, no pair made).
    if (typeof e === 'number') {
      const r = this.recordsOf(this.files[Math.floor(e / ONE_FILE)]);
      return r !== undefined && (r.flags[e % ONE_FILE] & (BY_TITLE | SURE)) !== 0;
    }
    // A name that a title introduces, or that the tagger is sure enough of, stands on its own;
    // otherwise two articles must use it, a use below the tagger's threshold not counting.
    let uses = 0;
    for (const [r, d] of this.uses(e)) {
      if (r.flags[d] & (BY_TITLE | SURE)) return true;
      if (!(r.flags[d] & WEAK)) uses++;
    }
    return uses >= 2;
  }

  /** The key of the accepted name with this id, if any (`version`: the corpus's, the cache is rebuilt after a change). */
  acceptedKey(id: string, version: number): string | undefined {
    if (this.acceptedIds?.version !== version) {
      const byId = new Map<string, string>();
      for (const k of this.names.keys()) if (this.isAccepted(k)) byId.set(discoveredId(k), k);
      this.acceptedIds = { version, byId };
    }
    return this.acceptedIds.byId.get(id);
  }

  /** Every accepted name, sorted (the order articles came in must not show). */
  acceptedKeys(): string[] {
    return [...this.names.keys()].filter((k) => this.isAccepted(k)).sort();
  }

  actor(key: string): Actor {
    const e = this.names.get(key)!;
    const only = this.single(e);
    // The name as the first article (by file name) writes it: the same whatever the order articles came in.
    const firstFile = only ? only[0] : [...(e as Map<string, number>).keys()].sort()[0];
    const text = this.recordsOf(firstFile)!.text(only ? only[1] : (e as Map<string, number>).get(firstFile)!);
    const uses = [...this.uses(e)];
    const type = discoveredType(uses.map(([r, d]) => r.type(d)));
    // Aliases (what "Promote Discovered Actor" writes): the other spellings met, and a person's family name.
    const aliases = [...new Set(uses.map(([r, d]) => r.text(d)))].filter((t) => t !== text).sort();
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
