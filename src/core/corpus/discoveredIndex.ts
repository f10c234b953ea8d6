import { discoveredId } from '../actors/discovery';
import { ACTOR_TYPES, type Actor, type ActorType } from '../types';
import { BY_TITLE, SURE, WEAK, type DiscoveredRecords } from './discoveredRecords';

/**
 * A discovered name across the corpus. Most such names are used by one article
 * only: that use is two fields (the file, the name's index in its records),
 * and a map is made only for a second article. What the name is in an article
 * (how it is written, whether a title introduces it, the tagger's type) is
 * read from that article's records, never copied.
 */
interface Entry {
  /** The one article that uses it, and the name's index in its records (while `more` is absent). */
  file: string;
  index: number;
  /** Every article that uses it -> the name's index there, once there are two or more. */
  more?: Map<string, number>;
}

/**
 * Discovered names across the corpus, kept up to date one article at a time so
 * that adding or reading an article never walks the others: a name is accepted
 * once a title introduces it somewhere, the tagger is sure of it, or two
 * articles use it. `recordsOf` gives an article's records.
 */
export class DiscoveredIndex {
  private readonly names = new Map<string, Entry>();
  /** Accepted names by id, for getActor: built when first asked after a change (few names are accepted). */
  private acceptedIds: { version: number; byId: Map<string, string> } | undefined;

  constructor(private readonly recordsOf: (file: string) => DiscoveredRecords | undefined) {}

  /** An article's names come in; a name already known keeps one string for its key (interned). */
  note(file: string, r: DiscoveredRecords): void {
    for (let d = 0; d < r.length; d++) {
      const key = r.keys[d];
      const e = this.names.get(key);
      if (!e) {
        this.names.set(key, { file, index: d });
        continue;
      }
      const other = e.file === file ? undefined : this.recordsOf(e.file);
      if (other) r.keys[d] = other.keys[e.index];
      if (!e.more && e.file === file) e.index = d;
      else (e.more ??= new Map([[e.file, e.index]])).set(file, d);
    }
  }

  /** An article's names go (its records as they were noted). */
  forget(file: string, r: DiscoveredRecords | undefined): void {
    if (!r) return;
    for (const key of r.keys) {
      const e = this.names.get(key);
      if (!e) continue;
      if (!e.more) {
        if (e.file === file) this.names.delete(key);
        continue;
      }
      e.more.delete(file);
      if (e.more.size === 1) {
        const [[f, index]] = e.more;
        e.file = f;
        e.index = index;
        delete e.more;
      }
    }
  }

  /** The articles that use a name (in no particular order), with its index in each one's records. */
  filesOf(key: string): Array<readonly [string, DiscoveredRecords, number]> {
    const e = this.names.get(key);
    if (!e) return [];
    const out: Array<readonly [string, DiscoveredRecords, number]> = [];
    for (const [f, index] of e.more ?? [[e.file, e.index]]) {
      const r = this.recordsOf(f);
      if (r) out.push([f, r, index]);
    }
    return out;
  }

  /** The articles that use a name, with its index in each one's records. */
  private *uses(e: Entry): Generator<readonly [DiscoveredRecords, number]> {
    if (!e.more) {
      const r = this.recordsOf(e.file);
      if (r) yield [r, e.index];
      return;
    }
    for (const [f, index] of e.more) {
      const r = this.recordsOf(f);
      if (r) yield [r, index];
    }
  }

  isAccepted(key: string): boolean {
    const e = this.names.get(key);
    if (!e) return false;
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
    // The name as the first article (by file name) writes it: the same whatever the order articles came in.
    const firstFile = e.more ? [...e.more.keys()].sort()[0] : e.file;
    const text = this.recordsOf(firstFile)!.texts[e.more ? e.more.get(firstFile)! : e.index];
    const uses = [...this.uses(e)];
    const type = discoveredType(uses.map(([r, d]) => r.type(d)));
    // Aliases (what "Promote Discovered Actor" writes): the other spellings met, and a person's family name.
    const aliases = [...new Set(uses.map(([r, d]) => r.texts[d]))].filter((t) => t !== text).sort();
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
