/**
 * Scores the engine's output against a gold file (test/fixtures/seeds.gold.json
 * describes itself). Used by the unit test that guards quality and by `npm run eval`.
 *
 * - Mention F1: a predicted mention is right when file, line, start, end and actor
 *   all agree. Gold mentions marked `implicit` are neither required nor penalised.
 *   The gold writes a title with its holder's name as one mention («الرئيس الأمريكي
 *   دونالد ترامب»), as the editor shows it; the report gives the name's span with
 *   the title beside it (`title`): such a mention is scored by the span of both.
 * - Cross-reference accuracy: for each gold mention, the set of OTHER articles the
 *   prediction links it to (the articles mentioning the actor predicted at that
 *   span) must equal the set the gold links it to.
 * - Pairwise claim F1: over pairs of sentences from different articles; a pair is
 *   positive when the two sentences share a gold cluster, predicted positive when
 *   they share a predicted group. Pairs across `ambiguous_cluster_pairs` are ignored.
 *   Predicted sentences map onto gold ones on the same line when they overlap by
 *   at least half of the shorter; a predicted pair with no gold counterpart is a false positive.
 */
import { normalize } from '../core/text/normalize';

export interface GoldActor {
  id: string;
  name_ar: string;
  aliases: string[];
}
export interface GoldMention {
  actor: string;
  line: number;
  start: number;
  end: number;
  text: string;
  nested?: boolean;
  implicit?: boolean;
}
export interface GoldSentence {
  file: string;
  line: number;
  start: number;
  end: number;
  text: string;
}
export interface Gold {
  actors: GoldActor[];
  mentions: Record<string, GoldMention[]>;
  claims: Array<{ id: string; sentences: GoldSentence[] }>;
  ambiguous_cluster_pairs?: Array<[string, string]>;
}

export interface PredictedMention {
  actor: string;
  line: number;
  start: number;
  end: number;
  /** A title with its holder's name: the title's columns on the line. */
  title?: { start: number; end: number };
}

/** The span of a mention with its title, when it has one (the gold's one mention for title and name). */
function withTitle(m: PredictedMention): PredictedMention {
  return m.title ? { ...m, start: Math.min(m.start, m.title.start), end: Math.max(m.end, m.title.end) } : m;
}
export interface PredictedActor {
  id: string;
  name: string;
  aliases?: string[];
}
export interface Prediction {
  mentions: Record<string, PredictedMention[]>;
  actors: PredictedActor[];
  groups: Array<Array<{ file: string; line: number; start: number; end: number }>>;
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Predicted actor id -> gold actor id: the same id, or a gold actor whose Arabic name the predicted actor answers to. */
function actorMapper(gold: Gold, pred: PredictedActor[]): (id: string) => string {
  const goldIds = new Set(gold.actors.map((a) => a.id));
  const byName = new Map<string, string>();
  for (const a of gold.actors) byName.set(normalize(a.name_ar), a.id);
  const map = new Map<string, string>();
  for (const p of pred) {
    if (goldIds.has(p.id)) map.set(p.id, p.id);
    else {
      for (const n of [p.name, ...(p.aliases ?? [])]) {
        const g = byName.get(normalize(n));
        if (g) {
          map.set(p.id, g);
          break;
        }
      }
    }
  }
  return (id) => map.get(id) ?? `pred:${id}`;
}

export interface Scores {
  mentions: Prf;
  crossReference: { correct: number; total: number; accuracy: number };
  claims: Prf;
  errors: { missed: string[]; spurious: string[]; missedPairs: string[]; spuriousPairs: string[] };
}

export function score(gold: Gold, prediction: Prediction): Scores {
  const pred: Prediction = { ...prediction, mentions: Object.fromEntries(Object.entries(prediction.mentions).map(([f, ms]) => [f, ms.map(withTitle)])) };
  const toGold = actorMapper(gold, pred.actors);
  const key = (f: string, m: { line: number; start: number; end: number }): string => `${f}:${m.line}:${m.start}:${m.end}`;
  const errors: Scores['errors'] = { missed: [], spurious: [], missedPairs: [], spuriousPairs: [] };

  // Mentions.
  const goldKeys = new Map<string, GoldMention>();
  const implicit = new Set<string>();
  for (const [f, ms] of Object.entries(gold.mentions)) {
    for (const m of ms) {
      const k = `${key(f, m)}:${m.actor}`;
      if (m.implicit) implicit.add(k);
      else goldKeys.set(k, m);
    }
  }
  let tp = 0;
  let fp = 0;
  const found = new Set<string>();
  for (const [f, ms] of Object.entries(pred.mentions)) {
    if (!(f in gold.mentions)) continue;
    for (const m of ms) {
      const k = `${key(f, m)}:${toGold(m.actor)}`;
      if (goldKeys.has(k)) {
        if (!found.has(k)) tp++;
        found.add(k);
      } else if (!implicit.has(k)) {
        fp++;
        errors.spurious.push(`${k}`);
      }
    }
  }
  for (const k of goldKeys.keys()) if (!found.has(k)) errors.missed.push(`${k} ${goldKeys.get(k)!.text}`);
  const mentions = prf(tp, fp, goldKeys.size - tp);

  // Cross-references.
  const goldFilesOf = new Map<string, Set<string>>();
  for (const [f, ms] of Object.entries(gold.mentions)) {
    for (const m of ms) {
      if (m.implicit) continue;
      if (!goldFilesOf.has(m.actor)) goldFilesOf.set(m.actor, new Set());
      goldFilesOf.get(m.actor)!.add(f);
    }
  }
  const predFilesOf = new Map<string, Set<string>>();
  for (const [f, ms] of Object.entries(pred.mentions)) {
    for (const m of ms) {
      if (!predFilesOf.has(m.actor)) predFilesOf.set(m.actor, new Set());
      predFilesOf.get(m.actor)!.add(f);
    }
  }
  let correct = 0;
  let total = 0;
  for (const [f, ms] of Object.entries(gold.mentions)) {
    const pms = pred.mentions[f] ?? [];
    for (const m of ms) {
      if (m.implicit) continue;
      total++;
      const exact = pms.find((p) => p.line === m.line && p.start === m.start && p.end === m.end && toGold(p.actor) === m.actor);
      const overlapping = exact ?? pms.find((p) => p.line === m.line && p.start < m.end && m.start < p.end && toGold(p.actor) === m.actor);
      const want = [...(goldFilesOf.get(m.actor) ?? [])].filter((x) => x !== f).sort().join('|');
      const got = overlapping ? [...(predFilesOf.get(overlapping.actor) ?? [])].filter((x) => x !== f).sort().join('|') : '';
      if (want === got) correct++;
    }
  }

  // Claims.
  const gs: Array<GoldSentence & { clusters: Set<string> }> = [];
  const gIndex = new Map<string, number>();
  for (const c of gold.claims) {
    for (const s of c.sentences) {
      const k = key(s.file, s);
      let i = gIndex.get(k);
      if (i === undefined) {
        i = gs.length;
        gIndex.set(k, i);
        gs.push({ ...s, clusters: new Set() });
      }
      gs[i].clusters.add(c.id);
    }
  }
  const ambiguous = new Set((gold.ambiguous_cluster_pairs ?? []).flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));
  const pairKey = (i: number, j: number): string => (i < j ? `${i}-${j}` : `${j}-${i}`);
  const goldPairs = new Set<string>();
  const ignored = new Set<string>();
  for (let i = 0; i < gs.length; i++) {
    for (let j = i + 1; j < gs.length; j++) {
      if (gs[i].file === gs[j].file) continue;
      const shared = [...gs[i].clusters].some((c) => gs[j].clusters.has(c));
      if (shared) goldPairs.add(pairKey(i, j));
      else if ([...gs[i].clusters].some((a) => [...gs[j].clusters].some((b) => ambiguous.has(`${a}|${b}`)))) ignored.add(pairKey(i, j));
    }
  }
  const mapSentence = (s: { file: string; line: number; start: number; end: number }): number[] =>
    gs.flatMap((g, i) => {
      if (g.file !== s.file || g.line !== s.line) return [];
      const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      return overlap > 0 && overlap >= 0.5 * Math.min(g.end - g.start, s.end - s.start) ? [i] : [];
    });
  const predPairs = new Set<string>();
  let unmappedPairs = 0;
  for (const group of pred.groups) {
    const mapped = group.map(mapSentence);
    for (let a = 0; a < group.length; a++) {
      for (let b = a + 1; b < group.length; b++) {
        if (group[a].file === group[b].file) continue;
        if (!mapped[a].length || !mapped[b].length) {
          unmappedPairs++;
          errors.spuriousPairs.push(`(unmapped) ${group[a].file}:${group[a].line}:${group[a].start} ~ ${group[b].file}:${group[b].line}:${group[b].start}`);
          continue;
        }
        for (const i of mapped[a]) for (const j of mapped[b]) if (gs[i].file !== gs[j].file) predPairs.add(pairKey(i, j));
      }
    }
  }
  let ctp = 0;
  let cfp = unmappedPairs;
  for (const p of predPairs) {
    if (goldPairs.has(p)) ctp++;
    else if (!ignored.has(p)) {
      cfp++;
      const [i, j] = p.split('-').map(Number);
      errors.spuriousPairs.push(`${[...gs[i].clusters]} ~ ${[...gs[j].clusters]}: ${gs[i].file.slice(0, 3)}:${gs[i].line}:${gs[i].start} ~ ${gs[j].file.slice(0, 3)}:${gs[j].line}:${gs[j].start}`);
    }
  }
  for (const p of goldPairs) {
    if (predPairs.has(p)) continue;
    const [i, j] = p.split('-').map(Number);
    errors.missedPairs.push(`${[...gs[i].clusters].filter((c) => gs[j].clusters.has(c))}: ${gs[i].file.slice(0, 3)}:${gs[i].line}:${gs[i].start} ~ ${gs[j].file.slice(0, 3)}:${gs[j].line}:${gs[j].start}`);
  }
  return {
    mentions,
    crossReference: { correct, total, accuracy: total ? correct / total : 1 },
    claims: prf(ctp, cfp, goldPairs.size - ctp),
    errors,
  };
}
