import { discoveredId } from '../actors/discovery';
import type { Actor } from '../types';
import type { ActorUsage } from './api';
import type { DiscoveredIndex } from './discoveredIndex';

/** What the usage list is made from: the corpus's articles, its actors and its discovered names. */
export interface UsageSource {
  files: string[];
  /** An article's mentions of known actors: how many, and each one's actor. */
  mentions: (file: string) => { readonly length: number; actorId(k: number): string };
  dateOf: (file: string) => string | null;
  getActor: (id: string) => Actor | undefined;
  discovered: DiscoveredIndex;
  /** Newest first, undated last, then by file name (the corpus's order). */
  byDate: (a: { date: string | null; file: string }, b: { date: string | null; file: string }) => number;
}

/**
 * The actors the corpus's articles mention, in actorUsage()'s order, each
 * entry made as it is read. A name-dense article introduces a thousand
 * discovered names, and a whole list of their entries (an actor object, its
 * aliases and files each) weighed about half a MB per such article for
 * `isnad analyze`, which writes each entry once: here a discovered name
 * waits as its index and two counts, and its entry is made when its turn comes.
 */
export function* eachActorUsage(src: UsageSource): Generator<ActorUsage> {
  const sortByDate = (fs: Iterable<string>): string[] => [...fs].map((file) => ({ file, date: src.dateOf(file) })).sort(src.byDate).map((x) => x.file);
  // The registry's actors: a few hundred at most, made whole (as actorUsage() makes them, without the mentions' list).
  const known = new Map<string, { files: Set<string>; count: number }>();
  for (const f of src.files) {
    const mentions = src.mentions(f);
    for (let k = 0; k < mentions.length; k++) {
      const id = mentions.actorId(k);
      let u = known.get(id);
      if (!u) known.set(id, (u = { files: new Set(), count: 0 }));
      u.files.add(f);
      u.count++;
    }
  }
  const made: ActorUsage[] = [];
  for (const [id, u] of known) {
    const actor = src.getActor(id);
    if (actor) made.push({ actor, files: sortByDate(u.files), mentionCount: u.count });
  }
  known.clear();
  // Discovered names: their key, how many articles and mentions, and their id as a number (the order's last key).
  // Typed arrays and no id strings: 800 name-dense articles accept 800,000 names, and this list waits beside
  // the corpus while every entry is written (a JS array each and an id string per name: 119 KB per such article).
  const keys = src.discovered.acceptedKeys();
  const fileCounts = new Uint32Array(keys.length);
  const mentionCounts = new Uint32Array(keys.length);
  const idKeys = new Float64Array(keys.length);
  let used = 0;
  for (const key of keys) {
    const uses = src.discovered.filesOf(key).filter(([, r, d]) => r.first[d + 1] > r.first[d]);
    if (!uses.length) continue;
    keys[used] = key;
    fileCounts[used] = uses.length;
    mentionCounts[used] = uses.reduce((n, [, r, d]) => n + r.first[d + 1] - r.first[d], 0);
    idKeys[used++] = discoveredIdOrder(key);
  }
  keys.length = used;
  // One sort over both kinds, ties kept in the order they came in (as the list's stable sort keeps them).
  const r = made.length;
  const filesOf = (i: number): number => (i < r ? made[i].files.length : fileCounts[i - r]);
  const countOf = (i: number): number => (i < r ? made[i].mentionCount : mentionCounts[i - r]);
  const idOf = (i: number): string => (i < r ? made[i].actor.id : discoveredId(keys[i - r]));
  // Two discovered ids compare as their numbers (the same order as localeCompare of the ids); any other pair by its ids.
  const byId = (a: number, b: number): number => (a >= r && b >= r ? idKeys[a - r] - idKeys[b - r] : idOf(a).localeCompare(idOf(b)));
  // Most articles first, then most mentions, then by id: the usage list's order.
  const order = new Uint32Array(r + keys.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => filesOf(b) - filesOf(a) || countOf(b) - countOf(a) || byId(a, b) || a - b);
  for (const i of order) {
    if (i < r) {
      yield made[i];
      continue;
    }
    const key = keys[i - r];
    const uses = src.discovered.filesOf(key).filter(([, rec, d]) => rec.first[d + 1] > rec.first[d]);
    yield { actor: src.discovered.actor(key), files: sortByDate(uses.map(([f]) => f)), mentionCount: mentionCounts[i - r] };
  }
}

/**
 * A number whose order is that of discoveredId(key) under localeCompare: the id is
 * "discovered_" and its hash in base 36 (at most 7 digits, 0-9 before a-z as in the
 * collation); a shorter id comes first where it is the other's start, so each digit
 * counts one more than its value, in base 37, and a missing digit counts 0.
 */
export function discoveredIdOrder(key: string): number {
  const digits = discoveredId(key).slice('discovered_'.length);
  let n = 0;
  for (let k = 0; k < 7; k++) n = n * 37 + (k < digits.length ? parseInt(digits[k], 36) + 1 : 0);
  return n;
}
