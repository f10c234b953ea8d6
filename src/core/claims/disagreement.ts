/**
 * Where the versions of one claim disagree. A group of sentences that tell one
 * claim in several articles can still differ on what matters: a number («20»
 * against «25» killed), a date or a day (Saturday against Sunday), a negation
 * («لم يتخذ قراراً» against «اتخذ قراراً»), or who said it. This compares the
 * versions article by article and reports each kind of difference once.
 *
 * Pure and cheap: it reads only the group's own sentences.
 */
import { normalize } from '../text/normalize';
import { comparePrepared, prepareVersion, type PreparedVersion, type VersionActor } from './contradiction';
import { disjoint, facts, type Facts } from './facts';

export { factsDiffer, sentenceFacts, type SentenceFacts } from './facts';

export type DisagreementKind = 'contradiction' | 'denial' | 'negation' | 'number' | 'date' | 'actor' | 'speaker';

export interface Disagreement {
  kind: DisagreementKind;
  /** The versions side by side, in the order the sentences came: «20 | 25», «السبت | الأحد», «لم | —». */
  detail: string;
  /** Files whose versions take part in the difference. */
  files: string[];
  /** For a contradiction found between two versions: the two sentences (file, line, text), the first file's first. */
  sentences?: Array<{ file: string; line: number; text: string }>;
  /**
   * Which file stands on which side: what the side's versions say («20», «ارتفع») and
   * its files, in the order of `detail`'s parts. Only when every file of `files` has a
   * side (an article that tells both stands on both).
   */
  sides?: DisagreementSide[];
}

export interface DisagreementSide {
  says: string;
  files: string[];
}

export interface ClaimVersion {
  file: string;
  text: string;
  /** Who the version credits the claim to, when the caller knows (an actor's name, «مسؤول أمريكي»). */
  speaker?: string;
  /** The version's line (0-based), to name it in a disagreement. */
  line?: number;
  /** The actors the version names (countries named by adjectives too), for «another actor in the same place». */
  actors?: VersionActor[];
}

/** Pairs of versions the contradiction check weighs at most, per group (a group of a hundred versions has thousands). */
const MAX_PAIRS = 300;

/**
 * What a version must share with one side of a contradiction (content stems
 * over all, contradiction.ts overlap) to stand on that side: a retelling of it.
 */
const SIDE_OVERLAP = 0.5;

/**
 * Contradictions between two versions (contradiction.ts): opposite words,
 * denial, a negation one adds, another actor. One record per kind (and one per
 * flagged pair its two sides cannot hold, `apart` below), naming the
 * first pair of sentences found and every file on either side of such a pair:
 * a version that retells one side (shares more with it than with the other,
 * and contradicts neither) is on that side too. «هل بدأ عصر الغاز الطبيعي؟»
 * retells «بدء عصر الغاز الطبيعي», which «بدء عصر الطاقة الشمسية» contradicts:
 * the pair check finds the opposite only between the two close versions, but
 * the reviewer reads all three files in the disagreement.
 */
function pairwise(sentences: ClaimVersion[], prep: (text: string) => PreparedVersion): Disagreement[] {
  const byKind = new Map<DisagreementKind, Disagreement>();
  const flagged = new Map<DisagreementKind, Array<[number, number]>>();
  /** Per kind, the side (0: the first flagged pair's first version, 1: its second) of each version placed. */
  const sideOf = new Map<DisagreementKind, Map<number, 0 | 1>>();
  /** Flagged pairs the two sides cannot hold (each placed on one side by earlier pairs): their own record. */
  const apart: Array<{ kind: DisagreementKind; detail: string; i: number; j: number }> = [];
  /** Each pair checked: its overlap, or -1 when it contradicts (of any kind). */
  const checked = new Map<number, number>();
  const n = sentences.length;
  // Retellings copy sentences whole: the verdict of a pair of versions (text and actors alike) is
  // weighed once per group (a third of the pairs of 1,000 bench articles repeat one already weighed).
  const versionOf = new Map<string, number>();
  const version = sentences.map((s) => {
    const key = `${s.text}\u0000${JSON.stringify(s.actors ?? [])}`;
    let v = versionOf.get(key);
    if (v === undefined) versionOf.set(key, (v = versionOf.size));
    return v;
  });
  const verdicts = new Map<number, ReturnType<typeof comparePrepared>>();
  let budget = MAX_PAIRS;
  /** One past the last version a check reached: the versions after it have no pair checked. */
  let reach = 0;
  for (let i = 0; i < n && budget > 0; i++) {
    for (let j = i + 1; j < n && budget > 0; j++) {
      const a = sentences[i];
      const b = sentences[j];
      if (a.file === b.file) continue;
      budget--;
      reach = Math.max(reach, j + 1);
      const key = version[i] * versionOf.size + version[j];
      let v = verdicts.get(key);
      if (!v) verdicts.set(key, (v = comparePrepared(prep(a.text), prep(b.text), a.actors, b.actors)));
      checked.set(i * n + j, v.contradicts ? -1 : v.features.overlap);
      // Numbers and dates are compared article by article below (an article may tell both figures).
      if (!v.contradicts || !v.kind || v.kind === 'number' || v.kind === 'date') continue;
      const kind: DisagreementKind = v.kind;
      let d = byKind.get(kind);
      if (!d) {
        byKind.set(kind, (d = { kind, detail: v.detail ?? '', files: [], sentences: [{ file: a.file, line: a.line ?? 0, text: a.text }, { file: b.file, line: b.line ?? 0, text: b.text }] }));
        flagged.set(kind, []);
        sideOf.set(kind, new Map());
      }
      flagged.get(kind)!.push([i, j]);
      if (!place(sideOf.get(kind)!, flagged.get(kind)![0], i, j)) apart.push({ kind, detail: v.detail ?? '', i, j });
      for (const f of [a.file, b.file]) if (!d.files.includes(f)) d.files.push(f);
    }
  }
  for (const [kind, pairs] of flagged) {
    const d = byKind.get(kind)!;
    const named = new Set(d.files);
    // Each version not named yet is tried against the flagged pairs until one side takes it.
    for (let z = 0; z < reach; z++) {
      if (named.has(sentences[z].file)) continue;
      for (const [x, y] of pairs) {
        if (z === x || z === y) continue;
        const zx = overlapOf(z, x);
        const zy = overlapOf(z, y);
        if (zx === undefined || zy === undefined || zx < 0 || zy < 0) continue;
        if (Math.max(zx, zy) >= SIDE_OVERLAP && zx !== zy) {
          named.add(sentences[z].file);
          d.files.push(sentences[z].file);
          const side = sideOf.get(kind)!.get(zx > zy ? x : y);
          if (side !== undefined) sideOf.get(kind)!.set(z, side);
          break;
        }
      }
    }
    const sides = sidesOf(d, sideOf.get(kind)!, sentences);
    if (sides) d.sides = sides;
  }
  return [...byKind.values(), ...ownRecords()];

  /**
   * A contradiction between two versions the sides put together: three stances of one claim
   * («الذهب يهبط», «الذهب يستقر» against «الذهب يرتفع») do not split in two. Each such pair is
   * a record of its own, so the sides of the kind's first record never set two versions the
   * pair check finds contradicting on one side.
   */
  function ownRecords(): Disagreement[] {
    const out: Disagreement[] = [];
    for (const { kind, detail, i, j } of apart) {
      const side = sideOf.get(kind)!;
      if (!byKind.get(kind)!.sides || side.get(i) !== side.get(j)) continue;
      const [a, b] = [sentences[i], sentences[j]];
      if (out.some((d) => d.kind === kind && d.files.includes(a.file) && d.files.includes(b.file))) continue;
      const parts = detail.split(' | ');
      out.push({
        kind,
        detail,
        files: [a.file, b.file],
        sentences: [{ file: a.file, line: a.line ?? 0, text: a.text }, { file: b.file, line: b.line ?? 0, text: b.text }],
        ...(parts.length === 2 ? { sides: [{ says: parts[0], files: [a.file] }, { says: parts[1], files: [b.file] }] } : {}),
      });
    }
    return out;
  }

  /**
   * Sides of a flagged pair (i, j) of a kind whose first flagged pair is `first`:
   * opposite each other; the side of one already placed decides the other's, and
   * otherwise the version closer to one of the first pair's versions takes its side.
   */
  function place(side: Map<number, 0 | 1>, first: [number, number], i: number, j: number): boolean {
    if (i === first[0] && j === first[1]) {
      side.set(i, 0).set(j, 1);
      return true;
    }
    let si = side.get(i);
    let sj = side.get(j);
    if (si === undefined && sj === undefined) {
      const to0 = overlapOf(i, first[0]);
      const to1 = overlapOf(i, first[1]);
      if (to0 === undefined || to1 === undefined || to0 === to1 || to0 < 0 || to1 < 0) return true;
      si = to0 > to1 ? 0 : 1;
    }
    if (si === undefined) si = (1 - sj!) as 0 | 1;
    if (sj === undefined) sj = (1 - si) as 0 | 1;
    if (si === sj) return false; // placed both ways by earlier pairs: left as they are
    side.set(i, si).set(j, sj);
    return true;
  }
  function overlapOf(i: number, j: number): number | undefined {
    return checked.get(Math.min(i, j) * n + Math.max(i, j));
  }
}

/** A pair kind's sides from its placed versions, when every file of the disagreement has one. */
function sidesOf(d: Disagreement, side: Map<number, 0 | 1>, sentences: ClaimVersion[]): DisagreementSide[] | undefined {
  const parts = d.detail.split(' | ');
  if (parts.length !== 2) return undefined;
  const out: DisagreementSide[] = [{ says: parts[0], files: [] }, { says: parts[1], files: [] }];
  for (const [v, s] of [...side].sort((a, b) => a[0] - b[0])) if (!out[s].files.includes(sentences[v].file)) out[s].files.push(sentences[v].file);
  const placed = new Set([...out[0].files, ...out[1].files]);
  return d.files.every((f) => placed.has(f)) ? out : undefined;
}

export function disagreements(sentences: ClaimVersion[]): Disagreement[] {
  // Each sentence read once, not once per pair: its facts here, its words when a pair is checked.
  const factsOf = new Map<string, Facts>();
  const prepared = new Map<string, PreparedVersion>();
  const prep = (text: string): PreparedVersion => {
    let p = prepared.get(text);
    if (!p) prepared.set(text, (p = prepareVersion(text, factsOf.get(text))));
    return p;
  };
  // One set of facts per article, in the order the sentences came.
  const files: string[] = [];
  const byFile = new Map<string, Facts & { speakers: Set<string> }>();
  for (const s of sentences) {
    let f = byFile.get(s.file);
    if (!f) {
      files.push(s.file);
      byFile.set(s.file, (f = { numbers: new Set(), years: new Set(), dates: new Set(), weekdays: new Set(), negations: [], stems: new Set(), speakers: new Set() }));
    }
    let x = factsOf.get(s.text);
    if (!x) factsOf.set(s.text, (x = facts(s.text)));
    for (const k of ['numbers', 'years', 'dates', 'weekdays'] as const) for (const v of x[k]) f[k].add(v);
    f.negations.push(...x.negations);
    for (const v of x.stems) f.stems.add(v);
    if (s.speaker && s.speaker.trim()) f.speakers.add(normalize(s.speaker).trim());
  }
  if (files.length < 2) return [];
  const out: Disagreement[] = [];
  /** Report a kind when two articles state disjoint values of it. */
  const compare = (kind: DisagreementKind, get: (f: Facts & { speakers: Set<string> }) => Set<string>): void => {
    const involved = new Set<string>();
    for (let a = 0; a < files.length; a++) {
      for (let b = a + 1; b < files.length; b++) {
        if (disjoint(get(byFile.get(files[a])!), get(byFile.get(files[b])!))) {
          involved.add(files[a]);
          involved.add(files[b]);
        }
      }
    }
    if (!involved.size) return;
    const list = files.filter((f) => involved.has(f));
    // The articles that state the same values stand on one side.
    const sides: DisagreementSide[] = [];
    for (const f of list) {
      const says = [...get(byFile.get(f)!)].join('، ');
      const side = sides.find((x) => x.says === says);
      if (side) side.files.push(f);
      else sides.push({ says, files: [f] });
    }
    out.push({ kind, detail: sides.map((x) => x.says).join(' | '), files: list, sides });
  };
  compare('number', (f) => f.numbers);
  compare('date', (f) => f.dates);
  compare('date', (f) => f.years);
  compare('date', (f) => f.weekdays);
  // Negation is the pair check's (contradiction.ts): it weighs a negation against a denial in the other version.
  compare('speaker', (f) => f.speakers);
  // The pair check: a kind already found by the comparison of facts takes the pair's files and sentences.
  // (Only a record of the facts: the pair check's own records of one kind stay apart, see ownRecords.)
  const ofFacts = out.length;
  for (const d of pairwise(sentences, prep)) {
    const known = out.find((x, k) => k < ofFacts && x.kind === d.kind);
    if (!known) out.push(d);
    else {
      for (const f of d.files) if (!known.files.includes(f)) known.files.push(f);
      known.sentences ??= d.sentences;
      // The sides of the facts do not hold the pair check's files any more.
      if (known.sides && !d.files.every((f) => known.sides!.some((x) => x.files.includes(f)))) delete known.sides;
    }
  }
  return out;
}
