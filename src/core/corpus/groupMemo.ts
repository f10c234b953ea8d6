/**
 * Claim groups kept between two groupings. What follows the clustering
 * (loosely held members leaving, rival claims split off, the group's rows,
 * origins and representative) works on one group at a time and reads only
 * its members' articles: a group of the same clauses, in articles that did
 * not change since, comes out the same, and is taken as it was. A change to
 * one article then rebuilds only the groups that hold one of its clauses.
 */

import type { ClaimGroup } from '../types';
import type { ArticleState } from './analyze';

/**
 * A part of a group as the corpus lists it: the claim (none when too few
 * articles tell it) and the sentences it takes out of the single-source
 * claims, as their articles and indexes (the single-source claims look every
 * sentence of the folder up among them: a number, not a key spelled out).
 */
export interface MemoPart {
  group?: ClaimGroup;
  files: string[];
  indexes: number[];
}

/** A group's parts, and the clauses (the grouping's units) they were made from. */
export interface GroupEntry {
  members: readonly object[];
  parts: MemoPart[];
}

/**
 * The last grouping's entries, by their first clause. A clause is an object of
 * its article's state (articleUnits.ts keeps one list per state, and a changed
 * article is a new state): the same objects, the same clauses of articles as
 * they were. Compared as objects, a group is found without a key spelled out
 * from its every clause (at 10,000 articles those keys cost a second at each
 * regrouping).
 */
export type GroupMemo = Map<object, GroupEntry>;

/** The entry made from exactly these clauses (in this order), if the last grouping has one. */
export function entryOf<U extends object>(memo: GroupMemo, units: readonly U[], group: readonly number[]): GroupEntry | undefined {
  const e = memo.get(units[group[0]]);
  if (!e || e.members.length !== group.length) return undefined;
  for (let k = 0; k < group.length; k++) if (e.members[k] !== units[group[k]]) return undefined;
  return e;
}

/**
 * The sentences of the folder that stand in a recurring group (the
 * single-source claims leave them out): one flag a sentence, its articles'
 * sentences in a row, in place of a set per article.
 */
export class GroupedSentences {
  private readonly fileNo = new Map<string, number>();
  private readonly start: Int32Array;
  private readonly flags: Uint8Array;
  private lastFile: string | undefined;
  private lastStart = 0;

  constructor(files: readonly string[], sentences: (file: string) => number) {
    this.start = new Int32Array(files.length + 1);
    for (let fi = 0; fi < files.length; fi++) {
      this.fileNo.set(files[fi], fi);
      this.start[fi + 1] = this.start[fi] + sentences(files[fi]);
    }
    this.flags = new Uint8Array(this.start[files.length]);
  }

  /** A group's sentence (its members come article by article: the map is asked once an article). */
  add(file: string, index: number): void {
    if (file !== this.lastFile) {
      this.lastFile = file;
      this.lastStart = this.start[this.fileNo.get(file)!];
    }
    this.flags[this.lastStart + index] = 1;
  }

  /** Is the sentence of the `fi`th article (in the order given) in a group? */
  has(fi: number, index: number): boolean {
    return this.flags[this.start[fi] + index] === 1;
  }
}

const DISCOVERED = 'discovered_';
const namesDiscovered = new WeakMap<ArticleState, boolean>();

/**
 * Does an article name an actor found by discovery (not in the registry)?
 * What such an actor is (its type, its name as written) depends on every
 * article that names it, so a group that reads one is made again each time.
 * The records keep the registry's actors only, so this is seldom so; checked
 * all the same, once per analysis.
 */
export function namesDiscoveredActor(st: ArticleState): boolean {
  let b = namesDiscovered.get(st);
  if (b === undefined) {
    b = false;
    for (let k = 0; k < st.mentions.length && !b; k++) b = st.mentions.actorId(k).startsWith(DISCOVERED);
    for (let i = 0; i < st.sentences.length && !b; i++) {
      const a = st.sentences.attribution(i);
      b = !!(a.speakerActorId?.startsWith(DISCOVERED) || a.outletActorId?.startsWith(DISCOVERED)) || st.sentences.actorIds(i).some((id) => id.startsWith(DISCOVERED));
    }
    namesDiscovered.set(st, b);
  }
  return b;
}
