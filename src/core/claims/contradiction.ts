/**
 * Do two versions of a claim contradict each other? Two sentences that share
 * nearly every word can still say opposite things: an opposite predicate
 * («ارتفع» / «انخفض», «إعدام» / «براءة»), a denial («نفى ...», «لا صحة لـ»), a
 * negation one of them adds («لم يتخذ» / «اتخذ»), a verb of refusal or failure
 * («رفض», «فشل»), or another actor in the same place («السفير الإيراني» /
 * «التركي»). This works out those signals for one pair of sentences and weighs
 * them with a small logistic model (contradictionModel.ts) fitted on
 * news-stance pairs; numbers, dates and speakers are compared in disagreement.ts.
 *
 * Pure and cheap: a pair of sentences, a few set lookups.
 */
import { normalize } from '../text/normalize';
import { lightStem } from '../text/stem';
import { isStopword } from '../text/stopwords';
import { ANTONYM_PAIRS, CONTRARY_WORDS, DENIAL_PHRASES, DENIAL_WORDS, NEGATION_WORDS, NOT_NEGATING_NEXT } from './contradictionLexicon';
import { factsDiffer } from './disagreement';
import { WEIGHTS, BIAS, THRESHOLD, type FeatureName } from './contradictionModel';

export type PairKind = 'contradiction' | 'denial' | 'negation' | 'actor' | 'number' | 'date';

export interface VersionActor {
  id: string;
  type: string;
}

export interface PairVerdict {
  /** The model's probability that the two versions contradict. */
  probability: number;
  contradicts: boolean;
  /** The strongest signal, when it contradicts. */
  kind?: PairKind;
  /** What differs, in the versions' own words: «ارتفع | انخفض», «نفى | —». */
  detail?: string;
  features: Record<FeatureName, number>;
}

const stemOf = (w: string): string => (w.length >= 3 ? lightStem(w) : w);
const stemSet = (words: readonly string[]): Set<string> => new Set(words.map((w) => stemOf(normalize(w))));

/** Antonyms by stem, both ways. */
const ANTONYMS = new Map<string, Set<string>>();
for (const [xs, ys] of ANTONYM_PAIRS) {
  for (const x of xs.split(' ')) {
    for (const y of ys.split(' ')) {
      const a = stemOf(normalize(x));
      const b = stemOf(normalize(y));
      if (a === b) continue;
      if (!ANTONYMS.has(a)) ANTONYMS.set(a, new Set());
      if (!ANTONYMS.has(b)) ANTONYMS.set(b, new Set());
      ANTONYMS.get(a)!.add(b);
      ANTONYMS.get(b)!.add(a);
    }
  }
}
const DENIALS = stemSet(DENIAL_WORDS);
const CONTRARY = stemSet(CONTRARY_WORDS);
const NEGATIONS = new Set(NEGATION_WORDS.map(normalize));
const NOT_NEGATING = new Set(NOT_NEGATING_NEXT.map(normalize));
const DENIAL_RES = DENIAL_PHRASES.map((p) => normalize(p));

/** A word without a one-letter proclitic, when that gives a known word («ولم» -> «لم»). */
function bare(w: string, known: (x: string) => boolean): string | undefined {
  if (known(w)) return w;
  // Not «ب»: «بلا» is "without" («أطباء بلا حدود»), not a negated claim.
  if (w.length > 2 && 'وف'.includes(w[0]) && known(w.slice(1))) return w.slice(1);
  return undefined;
}

interface Side {
  words: string[];
  stems: Set<string>;
  /** Content stems (not stop words), with the word each came from. */
  content: Map<string, string>;
  /** Each negation with the stems of the content words it governs (the next two). */
  negations: Array<{ word: string; scope: string[] }>;
  denials: string[];
  /** Each word of refusal or failure (its stem) with the content it governs. */
  contrary: Array<{ stem: string; scope: string[] }>;
  folded: string;
}

function side(text: string): Side {
  const folded = normalize(text);
  const words = folded.match(/[\u0621-\u064a]+/g) ?? [];
  const s: Side = { words, stems: new Set(), content: new Map(), negations: [], denials: [], contrary: [], folded };
  /** The stems of the next two content words after word i. */
  const scope = (i: number): string[] => {
    const out: string[] = [];
    for (let k = i + 1; k < words.length && out.length < 2; k++) if (words[k].length >= 3 && !isStopword(words[k])) out.push(stemOf(words[k]));
    return out;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const neg = bare(w, (x) => NEGATIONS.has(x));
    if (neg !== undefined && !NOT_NEGATING.has(words[i + 1] ?? '')) {
      s.negations.push({ word: neg, scope: scope(i) });
      continue;
    }
    const st = stemOf(w);
    s.stems.add(st);
    // By stem: «يرفض رفضا قاطعا» and «يرفض» refuse alike.
    if (DENIALS.has(st)) s.denials.push(st);
    if (CONTRARY.has(st)) s.contrary.push({ stem: st, scope: scope(i) });
    if (w.length >= 3 && !isStopword(w) && !s.content.has(st)) s.content.set(st, w);
  }
  for (const p of DENIAL_RES) if (folded.includes(p)) s.denials.push(p);
  return s;
}

/** How close two versions must be (shared content stems over all) for another actor to count as a swap. */
const ACTOR_OVERLAP = 0.4;

/** Items one side has that the other lacks. */
const only = (xs: string[], other: string[]): string[] => xs.filter((x) => !other.includes(x));

/** Actors of the same type that each side names and the other does not: «إيران» against «تركيا». */
function swappedActors(a: VersionActor[], b: VersionActor[]): [VersionActor, VersionActor] | undefined {
  const ids = (xs: VersionActor[]): Set<string> => new Set(xs.map((x) => x.id));
  const ia = ids(a);
  const ib = ids(b);
  // A country and a place fill the same slot («حرب جديدة في غزة» / «في سوريا»).
  const slot = (t: string): string => (t === 'country' || t === 'place' ? 'location' : t);
  for (const x of a) {
    if (ib.has(x.id)) continue;
    const y = b.find((y) => !ia.has(y.id) && slot(y.type) === slot(x.type));
    if (y) return [x, y];
  }
  return undefined;
}

/**
 * The signals for one pair of versions. Each counts what one version says and
 * the other does not, so the check is symmetric.
 */
export function pairFeatures(textA: string, textB: string, actorsA: VersionActor[] = [], actorsB: VersionActor[] = []): { features: Record<FeatureName, number>; details: Partial<Record<PairKind, string>> } {
  const a = side(textA);
  const b = side(textB);
  const details: Partial<Record<PairKind, string>> = {};
  // Opposite words: a stem of one version whose antonym the other version has, and not itself.
  let antonyms = 0;
  for (const [st, w] of a.content) {
    if (b.stems.has(st)) continue;
    for (const opp of ANTONYMS.get(st) ?? []) {
      if (b.stems.has(opp) && !a.stems.has(opp)) {
        antonyms++;
        details.contradiction ??= `${w} | ${b.content.get(opp) ?? opp}`;
      }
    }
  }
  const denialA = only(a.denials, b.denials);
  const denialB = only(b.denials, a.denials);
  // How much the two share: contradictions by annotators and by rewrites keep nearly every word.
  let shared = 0;
  for (const st of a.content.keys()) if (b.content.has(st)) shared++;
  const union = a.content.size + b.content.size - shared;
  const overlap = union ? shared / union : 0;
  // A negation, or a word of refusal, counts when what it governs is what the
  // other version says: in a long sentence it often belongs to another clause
  // («..., ولم يأتِ على ذكر المفاوضات»). A negation in both, or a denial
  // against a negation («تنفي وجود أدلة», «عدم وجود أدلة»), says the same.
  const onClaim = (x: { scope: string[] }, other: Side): boolean => x.scope.some((st) => other.stems.has(st));
  const negA = a.negations.filter((n) => onClaim(n, b));
  const negB = b.negations.filter((n) => onClaim(n, a));
  const negation = (negA.length > 0 && b.negations.length === 0 && b.denials.length === 0) || (negB.length > 0 && a.negations.length === 0 && a.denials.length === 0) ? 1 : 0;
  if (negation) details.negation = negA.length && !b.negations.length ? `${negA[0].word} | —` : `— | ${negB[0].word}`;
  const denial = denialA.length > 0 !== denialB.length > 0 && (denialA.length ? b.negations : a.negations).length === 0 ? 1 : 0;
  if (denial) details.denial = denialA.length ? `${denialA[0]} | —` : `— | ${denialB[0]}`;
  const contraryA = a.contrary.filter((c) => !b.contrary.some((d) => d.stem === c.stem) && onClaim(c, b));
  const contraryB = b.contrary.filter((c) => !a.contrary.some((d) => d.stem === c.stem) && onClaim(c, a));
  const contrary = contraryA.length > 0 !== contraryB.length > 0 ? 1 : 0;
  if (contrary) details.contradiction ??= contraryA.length ? `${a.content.get(contraryA[0].stem) ?? contraryA[0].stem} | —` : `— | ${b.content.get(contraryB[0].stem) ?? contraryB[0].stem}`;
  // Another actor in the same place: only between close versions (two retellings
  // of a long sentence name different actors besides the claim's own).
  const swap = overlap >= ACTOR_OVERLAP ? swappedActors(actorsA, actorsB) : undefined;
  if (swap) details.actor = `${swap[0].id} | ${swap[1].id}`;
  const onlyA = a.content.size - shared;
  const onlyB = b.content.size - shared;
  // One content word swapped for one other, the rest the same: a slot filled differently.
  const substitution = onlyA === 1 && onlyB === 1 && shared >= 2 ? 1 : 0;
  if (substitution) {
    const wa = [...a.content].find(([st]) => !b.content.has(st))![1];
    const wb = [...b.content].find(([st]) => !a.content.has(st))![1];
    details.contradiction ??= `${wa} | ${wb}`;
  }
  const differ = factsDiffer(textA, textB);
  if (differ.number) details.number = differ.number;
  if (differ.date) details.date = differ.date;
  const features: Record<FeatureName, number> = {
    number: differ.number ? 1 : 0,
    date: differ.date ? 1 : 0,
    antonym: Math.min(antonyms, 2),
    denial,
    negation,
    contrary,
    actor: swap ? 1 : 0,
    substitution,
    overlap,
    length: Math.min(Math.max(a.content.size, b.content.size), 30) / 10,
  };
  return { features, details };
}

/** Which signal names the disagreement, strongest first. */
const KIND_ORDER: Array<[PairKind, FeatureName]> = [
  ['denial', 'denial'],
  ['contradiction', 'antonym'],
  ['negation', 'negation'],
  ['contradiction', 'contrary'],
  ['actor', 'actor'],
  ['number', 'number'],
  ['date', 'date'],
  ['contradiction', 'substitution'],
];

/**
 * Two long versions that share less than this (content stems shared over all)
 * are retold in other words: a negation or an opposite word in one of them
 * belongs to its own wording more often than it contradicts (measured on the
 * seeds, five outlets retelling one report). A headline is never long.
 */
const LONG_CONTENT = 12;
const LONG_OVERLAP = 0.35;

export function comparePair(textA: string, textB: string, actorsA: VersionActor[] = [], actorsB: VersionActor[] = []): PairVerdict {
  const { features, details } = pairFeatures(textA, textB, actorsA, actorsB);
  let z = BIAS;
  for (const k of Object.keys(WEIGHTS) as FeatureName[]) z += WEIGHTS[k] * features[k];
  const probability = 1 / (1 + Math.exp(-z));
  const loose = features.length * 10 > LONG_CONTENT && features.overlap < LONG_OVERLAP;
  const contradicts = probability >= THRESHOLD && !loose;
  if (!contradicts) return { probability, contradicts, features };
  for (const [kind, f] of KIND_ORDER) {
    if (features[f] > 0 && details[kind]) return { probability, contradicts, kind, detail: details[kind], features };
  }
  return { probability, contradicts, kind: 'contradiction', detail: '', features };
}
