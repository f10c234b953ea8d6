/**
 * The engine's verdict on two sentences (`isnad compare "A" "B"`): how similar
 * they are, whether the grouping would tell them as one claim, and where they
 * disagree. Each text is analysed as a one-line article, as `isnad analyze`
 * would a folder of the two, so the verdict is the one the report gives.
 */
import { builtinActors, builtinOffices } from '../actors/builtin';
import { Registry } from '../actors/registry';
import { analyzeArticle } from '../corpus/analyze';
import { clusterUnits, type Unit } from './cluster';
import { comparePair, type VersionActor } from './contradiction';
import { disagreements, type Disagreement } from './disagreement';
import { versionActors } from './versionActors';

export interface CompareResult {
  /** Cosine similarity of the closest clauses of the two (0 to 1), with the grouping's weights (the background table, cluster/weights.ts). */
  similarity: number;
  /** The grouping puts a clause of each in one claim. */
  sameClaim: boolean;
  /** The contradiction model's probability for the pair (contradiction.ts). */
  contradiction: number;
  /** Where the two versions differ (numbers, dates, negation, denial, opposite words, another actor, speaker). */
  disagreements: Disagreement[];
}

let builtin: Registry | undefined;

export function compareSentences(a: string, b: string, registry?: Registry): CompareResult {
  const reg = registry ?? (builtin ??= new Registry(builtinActors(), builtinOffices));
  // One line each: a sentence pasted with line breaks is still one version.
  const texts = [a, b].map((t) => t.replace(/[\r\n]+/g, ' ').trim());
  const states = texts.map((t, k) => analyzeArticle(k === 0 ? 'A' : 'B', t, reg));
  const units: Unit[] = [];
  states.forEach((st, k) =>
    st.features.all().forEach((clauses, index) =>
      clauses.forEach((features, clause) => {
        if (features.length >= 2) units.push({ file: k === 0 ? 'A' : 'B', index, clause, features });
      }),
    ),
  );
  const clustering = clusterUnits(units);
  let similarity = 0;
  for (let i = 0; i < units.length; i++) for (let j = 0; j < units.length; j++) if (units[i].file === 'A' && units[j].file === 'B') similarity = Math.max(similarity, clustering.similarity(i, j));
  const sameClaim = clustering.groups.some((g) => g.some((i) => units[i].file === 'A') && g.some((i) => units[i].file === 'B'));
  const actorsOf = (k: number): VersionActor[] => versionActors(states[k].features.all().flat(), (id) => reg.get(id));
  const versions = texts.map((text, k) => ({ file: k === 0 ? 'A' : 'B', line: 0, text, actors: actorsOf(k) }));
  return {
    similarity: Math.round(similarity * 1000) / 1000,
    sameClaim,
    contradiction: Math.round(comparePair(texts[0], texts[1], versions[0].actors, versions[1].actors).probability * 1000) / 1000,
    disagreements: disagreements(versions),
  };
}
