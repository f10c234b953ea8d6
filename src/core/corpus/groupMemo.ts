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

/** A group's parts, and the articles (with their states) they were made from. */
export interface GroupEntry {
  files: string[];
  states: ArticleState[];
  parts: MemoPart[];
}

export type GroupMemo = Map<string, GroupEntry>;

/** The clauses of a group, as one key: the same key, the same clauses (a unit's index in the grouping is not stable, its place is). */
export function memberKey(units: ReadonlyArray<{ file: string; index: number; clause: number }>, group: readonly number[]): string {
  return group.map((i) => `${units[i].file}\u0000${units[i].index}\u0000${units[i].clause}`).join('\u0001');
}

/** Does the entry still hold: every article it was made from unchanged since? */
export function holds(entry: GroupEntry, states: ReadonlyMap<string, ArticleState>): boolean {
  for (let k = 0; k < entry.files.length; k++) if (states.get(entry.files[k]) !== entry.states[k]) return false;
  return true;
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
