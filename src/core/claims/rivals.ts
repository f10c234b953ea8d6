/**
 * Rival claims out of one group. Look-alike headlines share nearly every word
 * («الذهب يرتفع مع هبوط الدولار», «الذهب يتراجع مع صعود الدولار», «مزايدتان
 * للتنقيب عن غاز مصر» / «... الأردن»), so on a folder of market reports or of
 * one template the grouping chains them into one large group, where every
 * version disagrees with half the others and the count of sources means
 * nothing. A lone version that contradicts the claim stays in its group as a
 * disagreement row (the reviewer sees it next to the claim it contradicts);
 * but versions that contradict the claim and are told by two articles or more
 * are a claim of their own: they leave the group and form theirs (where the
 * same is done again, a few rounds at most).
 *
 * What counts: the pair check's opposite wording («contradiction») and another
 * actor in the same slot («actor»), against the group's central version (the
 * one closest to the others). Denials stay with what they deny, and numbers,
 * dates, negations and speakers are details on which retellings differ.
 * Linear in the members (each is compared with the centre once; the centre is
 * chosen among the first CENTRE_CANDIDATES), so the grouping's cost does not
 * grow with the square of a group.
 */
import { comparePrepared, prepareVersion, type PreparedVersion, type VersionActor } from './contradiction';

export interface RivalUnit {
  file: string;
  /** Sentence index in its article. */
  index: number;
}

/** What the split needs of a unit's sentence: its text and the actors it names. */
export type VersionOf = (u: number) => { text: string; actors: VersionActor[] };

const CENTRE_CANDIDATES = 24;
const ROUNDS = 3;
/** Work (similarities, pair checks) between two yields. */
const STEP_WORK = 512;

/** Each group with its rival claims split off (see the top), in steps of bounded work (the editor regroups in slices). */
export function* splitRivalsSteps(groups: number[][], units: RivalUnit[], similarity: (i: number, j: number) => number, versionOf: VersionOf): Generator<void, number[][], void> {
  const out: number[][] = [];
  const prepared = new Map<string, PreparedVersion>();
  const prep = (text: string): PreparedVersion => {
    let p = prepared.get(text);
    if (!p) prepared.set(text, (p = prepareVersion(text)));
    return p;
  };
  let work = 0;
  const tick = (n: number): boolean => (work += n) >= STEP_WORK && ((work = 0), true);
  const files = (g: number[]): number => new Set(g.map((u) => units[u].file)).size;
  for (const group of groups) {
    // Each part is split again (its own centre), a few rounds deep at most.
    const work: Array<{ part: number[]; round: number }> = [{ part: group, round: 0 }];
    while (work.length > 0) {
      const { part: rest, round } = work.pop()!;
      if (round === ROUNDS || files(rest) < 3) {
        out.push(rest);
        continue;
      }
      // The centre: the version closest on average to the others (among the first few).
      const n = Math.min(rest.length, CENTRE_CANDIDATES);
      let centre = 0;
      let best = -1;
      for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let j = 0; j < n; j++) if (i !== j) sum += similarity(rest[i], rest[j]);
        if (sum > best) [best, centre] = [sum, i];
      }
      if (tick(n * n)) yield;
      const c = rest[centre];
      const cv = versionOf(c);
      const pc = prep(cv.text);
      const keep: number[] = [];
      const rival: number[] = [];
      for (const u of rest) {
        if (units[u].file === units[c].file) {
          keep.push(u);
          continue;
        }
        const v = versionOf(u);
        const verdict = comparePrepared(pc, prep(v.text), cv.actors, v.actors);
        (verdict.contradicts && (verdict.kind === 'contradiction' || verdict.kind === 'actor') ? rival : keep).push(u);
        if (tick(8)) yield;
      }
      // A lone contradicting version is the claim's disagreement row; two articles or more tell a rival claim.
      if (files(rival) < 2 || files(keep) < 2) {
        out.push(rest);
        continue;
      }
      work.push({ part: rival, round: round + 1 }, { part: keep, round: round + 1 });
    }
  }
  return out;
}
