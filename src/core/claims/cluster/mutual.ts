// Mutual best matches: which best matches are mutual, and those that become the edges to link.

import { entryFor, type BestMatches } from './matches';
import { fileKey, type Retold } from './retellings';
import { SLICE, metered, sliced, filled } from './steps';
import type { Edges } from './storage';
import type { Space } from './vectors';

const TIE = 1e-6;

/**
 * Whether each best match is mutual: the unit is, within TIE, as similar to
 * its match as the match's best in the unit's article. Entries to higher
 * units look their match's entry up; when that entry points back, its own
 * answer follows without a lookup (its back entry is this one).
 *
 * Given the best matches before the weak ones and their answers, an entry
 * between two articles that are not retellings keeps its answer: no weak
 * match changed either side (and none touched an article with no retelling).
 */
export function* mutualFlags(s: Space, best: BestMatches, retold: Retold, prior?: { best: Pick<BestMatches, 'start' | 'file'>; flags: Uint8Array }): Generator<void, Uint8Array, void> {
  const { n, fileOf, files } = s;
  const UNKNOWN = 2;
  const flags = yield* filled(new Uint8Array(best.start[n]), UNKNOWN);
  if (prior) {
    const retelling = new Uint8Array(files);
    yield* sliced(retold.keys.length, SLICE, (from, to) => {
      for (let r = from; r < to; r++) retelling[Math.floor(retold.keys[r] / files)] = retelling[retold.keys[r] % files] = 1;
    });
    const pb = prior.best;
    yield* metered(n, (from, budget) => {
      let i = from;
      for (let work = 0; i < n && work < budget; i++) {
        work += 4 + 2 * (best.start[i + 1] - best.start[i]);
        if (!retelling[fileOf[i]]) {
          flags.set(prior.flags.subarray(pb.start[i], pb.start[i + 1]), best.start[i]);
          continue;
        }
        // Both lists by file: walk them together.
        let p = pb.start[i];
        for (let k = best.start[i]; k < best.start[i + 1]; k++) {
          while (p < pb.start[i + 1] && pb.file[p] < best.file[k]) p++;
          if (p < pb.start[i + 1] && pb.file[p] === best.file[k] && !retold.has.has(fileKey(s, fileOf[i], best.file[k]))) flags[k] = prior.flags[p];
        }
      }
      return i;
    });
  }
  const backOf = (i: number, j: number): number => {
    const f = fileOf[i];
    const lo = entryFor(best, j, f);
    return lo < best.start[j + 1] && best.file[lo] === f ? lo : -1;
  };
  for (let pass = 0; pass < 2; pass++) {
    yield* metered(n, (from, budget) => {
      let i = from;
      for (let work = 0; i < n && work < budget; i++) {
        work += 1 + 2 * (best.start[i + 1] - best.start[i]);
        for (let k = best.start[i]; k < best.start[i + 1]; k++) {
          const j = best.unit[k];
          if ((i < j) !== (pass === 0) || flags[k] !== UNKNOWN) continue;
          const back = backOf(i, j);
          flags[k] = back >= 0 && best.sim[k] >= best.sim[back] - TIE ? 1 : 0;
          if (back >= 0 && best.unit[back] === i) flags[back] = best.sim[back] >= best.sim[k] - TIE ? 1 : 0;
        }
      }
      return i;
    });
  }
  return flags;
}

/**
 * The mutual best matches that clear their floor, each once (from its lower
 * unit): the edges to link. Counted first and written straight into flat
 * arrays: between many retellings there are millions, and gathering them in
 * blocks to copy them flat would hold them twice. An edge is its lower unit
 * and its best-match entry (8 bytes; the match's unit and similarity stay
 * where they are: 16 bytes more each, 50 MB between 300 copies of one article).
 */
export function* mutualEdges(s: Space, best: BestMatches, mutual: Uint8Array, clearsFloor: (i: number, j: number, sim: number) => boolean): Generator<void, Edges, void> {
  const { n } = s;
  const byEdges = (visit: (i: number, k: number) => void) => (from: number, budget: number): number => {
    let i = from;
    for (let work = 0; i < n && work < budget; i++) {
      work += 1 + best.start[i + 1] - best.start[i];
      for (let k = best.start[i]; k < best.start[i + 1]; k++) {
        const j = best.unit[k];
        if (i < j && mutual[k] && clearsFloor(i, j, best.sim[k])) visit(i, k);
      }
    }
    return i;
  };
  let size = 0;
  yield* metered(n, byEdges(() => size++));
  // Each large allocation in a step of its own: it can set off a garbage collection.
  const a = new Int32Array(size);
  yield;
  const entry = new Int32Array(size);
  yield;
  let at = 0;
  yield* metered(
    n,
    byEdges((i, k) => {
      a[at] = i;
      entry[at++] = k;
    }),
  );
  return { size, a, entry, unit: best.unit, sim: best.sim };
}
