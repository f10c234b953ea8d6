// The linking after a change: a link between two groups that are as they were in the last grouping has the outcome it had there; only the links that touch a changed group are tried again.

import { combine, type Group, type Groups } from './groups';
import { SLICE, sliced } from './steps';
import type { LinkEdges } from './storage';

/**
 * Why this is exact. The linking is a sequence: each link, in link order,
 * merges its two groups or not, by their cohesion, a function of the two
 * groups as they are then (their members, and their summed vectors, whose
 * sums depend on the order of the merges that made them). Call a group clean
 * when it is, at that point of the sequence, a group the last grouping had at
 * the same point of its own sequence: same members, made by the same merges
 * in the same order. A link of the last grouping between two clean groups has
 * the outcome it had, and merging two clean groups by it gives a clean group.
 * A group stops being clean (dirty) when it merges with a dirty one; when a
 * link the last grouping merged by is gone (it touched a changed article: its
 * units' groups are dirty from the start, conservatively) or now fails (both
 * its groups). Links of a changed article are new: tried, and a merge by one
 * makes a dirty group. A clean group is made only when it meets a dirty one:
 * its merges are replayed, in an order that keeps the order within each of
 * its parts (merges of disjoint groups do not interact). At the end a clean
 * group of two units or more is a group the last grouping ended with (its
 * last merge is the same link; a later one would have made it dirty), taken
 * as it was, with its units and articles numbered anew: groups' vectors are
 * keyed by the features' lasting keys (Space.keys), not by their ids.
 */

/** The last grouping's linking, as numbered now. */
export interface LinkPast {
  /** Each link's place in the last grouping's link order, or -1 for a new link. */
  oldPos: Int32Array;
  /** The last grouping's outcomes, by its places. */
  merged: Uint8Array;
  /** The last grouping's groups of two units or more, by the place of their last link (in its numbering). */
  finals: Map<number, Group>;
  /** Units whose group is dirty from the start. */
  dirty: Uint8Array;
  /** Old unit -> new unit, old article -> new article (memoChain.ts). */
  newOf: Int32Array;
  fileNew: Int32Array;
}

/** The last grouping's linking, kept for the next: outcomes and final groups. */
export interface LinkMemo {
  merged: Uint8Array;
  finals: Map<number, Group>;
}

/** The groups of two units or more, by the place of their last link (the memo of a linking). */
export function finalGroups(groups: Groups): LinkMemo {
  const finals = new Map<number, Group>();
  for (const g of groups.groupOf) {
    if (!g || g.members.length < 2) continue;
    g.tried = undefined;
    finals.set(g.lastMerge, g);
  }
  return { merged: groups.merged, finals };
}

/** The bookkeeping of a linking that reuses the last one's outcomes (link.ts). */
export class Replay {
  /** Per clean group (by root), the merges that made it, as a list over link places. */
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  private readonly next: Int32Array;
  private readonly size: Int32Array;
  private readonly dirty: Uint8Array;
  constructor(
    private readonly groups: Groups,
    private readonly edges: LinkEdges,
    private readonly past: LinkPast,
  ) {
    const n = past.dirty.length;
    this.head = new Int32Array(n).fill(-1);
    this.tail = new Int32Array(n).fill(-1);
    this.next = new Int32Array(edges.size).fill(-1);
    this.size = new Int32Array(n).fill(1);
    this.dirty = past.dirty;
  }

  /** Applies link e, of roots ra and rb, if its outcome is known (both groups clean); says whether it was. */
  known(e: number, ra: number, rb: number): boolean {
    const o = this.past.oldPos[e];
    if (o < 0 || this.dirty[ra] || this.dirty[rb]) return false;
    if (this.past.merged[o]) {
      const { uf, groupOf } = this.groups;
      uf.union(ra, rb);
      const r = uf.find(ra);
      // A group made for a try is dropped: its merges say what it is.
      groupOf[ra] = groupOf[rb] = undefined;
      const { head, tail, next } = this;
      let h = head[ra];
      let t = tail[ra];
      if (head[rb] >= 0) {
        if (h < 0) h = head[rb];
        else next[t] = head[rb];
        t = tail[rb];
      }
      if (h < 0) h = e;
      else next[t] = e;
      head[r] = h;
      tail[r] = e;
      this.size[r] = this.size[ra] + this.size[rb];
      this.groups.merged[e] = 1;
    }
    return true;
  }

  /** Makes the group of root r if it is a clean one not made yet (a unit alone is made by Groups.group). */
  ensure(r: number): void {
    if (this.groups.groupOf[r] || this.head[r] < 0) return;
    this.groups.groupOf[r] = this.replayed(r);
  }

  /** After link e (of roots ra, rb) was tried: a merge makes a dirty group; a merge that is no more, two. */
  tried(e: number, ra: number, rb: number): void {
    if (this.groups.merged[e]) {
      const r = this.groups.uf.find(ra);
      this.size[r] = this.size[ra] + this.size[rb];
      this.dirty[r] = 1;
      this.head[r] = -1;
      return;
    }
    const o = this.past.oldPos[e];
    if (o >= 0 && this.past.merged[o]) this.dirty[ra] = this.dirty[rb] = 1;
  }

  /** A clean group, from its merges replayed (the same steps as Groups.merge). */
  private replayed(r: number): Group {
    const { groups, edges, next } = this;
    const at = new Map<number, Group>();
    const groupAt = (i: number): Group => {
      let g = at.get(i);
      if (!g) at.set(i, (g = groups.single(i)));
      return g;
    };
    for (let p = this.head[r]; p >= 0; p = next[p]) {
      const a = groupAt(edges.a[p]);
      const b = groupAt(edges.b[p]);
      const small = a.members.length >= b.members.length ? b : a;
      const big = combine(a, b, p);
      for (const m of small.members) at.set(m, big);
      big.stamp = groups.stamps++;
      groups.work += 24 + 3 * small.sum.size + 2 * small.members.length;
    }
    return at.get(r)!;
  }

  /** The clean groups at the end: the last grouping's, numbered anew. */
  *finish(): Generator<void, void, void> {
    const { groups, head, tail, past } = this;
    const { uf, groupOf } = groups;
    yield* sliced(head.length, SLICE, (from, to) => {
      for (let r = from; r < to; r++) {
        if (groupOf[r] || head[r] < 0 || uf.find(r) !== r) continue;
        const old = past.finals.get(past.oldPos[tail[r]]);
        groupOf[r] = (old && old.members.length === this.size[r] && this.renumbered(old, tail[r])) || this.replayed(r);
      }
    });
  }

  /** A group of the last grouping with its units and articles numbered anew (its summed vector is keyed by lasting keys: shared as it is). */
  private renumbered(old: Group, last: number): Group | undefined {
    const { newOf, fileNew } = this.past;
    const members = old.members.map((u) => newOf[u]);
    if (members.some((u) => u < 0)) return undefined;
    const byFile = new Map<number, number[]>();
    for (const [f, xs] of old.byFile) byFile.set(fileNew[f], xs.map((u) => newOf[u]));
    return { sum: old.sum, members, byFile, stamp: this.groups.stamps++, lastMerge: last };
  }
}
