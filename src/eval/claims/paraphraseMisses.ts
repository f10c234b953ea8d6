/**
 * Why paraphrase pairs of the news-stance data are lost (`npm run eval --
 * --paraphrase-misses`, `--train` for the training side too): each agreeing
 * pair the engine does not group, or groups and flags, with its reason, and the
 * reasons counted.
 *
 * - Not grouped: the best similarity of a clause of each (threshold 0.35) and
 *   the features one version has and the other lacks; a reason names what the
 *   unshared features look like: «variant» when a word of one and a word of the
 *   other are forms of one root that the stems keep apart (sameRoot), «clauses»
 *   when a version was cut into clauses and the whole would match, «no shared»
 *   when nothing is shared, else «other words» (synonyms, rewording).
 * - Flagged: the kinds the report gives, and the pair check's signals that fired.
 */
import { builtinActors, builtinOffices } from '../../core/actors/builtin';
import { Registry } from '../../core/actors/registry';
import { comparePair } from '../../core/claims/contradiction';
import { clusterUnits, type Unit } from '../../core/claims/cluster';
import { sameRoot } from '../../core/claims/contradictionWords';
import { analyzeArticle } from '../../core/corpus/analyze';
import { Corpus, type CorpusOptions } from '../../core/corpus/corpus';
import { pairOutcome, type AnsPair } from '../ans';

export interface ParaphraseMiss {
  pair: AnsPair;
  reason: string;
  similarity: number;
  onlyA: string[];
  onlyB: string[];
  shared: string[];
  /** For a flagged pair: the report's kinds and the signals above zero. */
  kinds: string[];
  signals: string[];
}

let registry: Registry | undefined;

/** Each version's clauses as the grouping sees them, and the best similarity between a clause of each. */
function unitsOf(a: string, b: string): { clauses: string[][][]; similarity: number; whole: number } {
  const reg = (registry ??= new Registry(builtinActors(), builtinOffices));
  const clauses = [a, b].map((t, k) => analyzeArticle(k ? 'b.txt' : 'a.txt', t + '\n', reg).features.all().flat().filter((f) => f.length >= 2));
  const sim = (per: string[][][]): number => {
    const units: Unit[] = [];
    per.forEach((cs, k) => cs.forEach((features, clause) => units.push({ file: k ? 'b' : 'a', index: 0, clause, features })));
    const c = clusterUnits(units);
    let best = 0;
    for (let i = 0; i < units.length; i++) for (let j = 0; j < units.length; j++) if (units[i].file === 'a' && units[j].file === 'b') best = Math.max(best, c.similarity(i, j));
    return best;
  };
  // The whole sentence as one clause: does the cut into clauses lose the match?
  const whole = clauses.map((cs) => [[...new Set(cs.flat())]]);
  return { clauses, similarity: sim(clauses), whole: sim(whole) };
}

export function paraphraseMisses(pairs: AnsPair[], options: CorpusOptions = {}): ParaphraseMiss[] {
  const corpus = new Corpus(options);
  const out: ParaphraseMiss[] = [];
  for (const pair of pairs) {
    if (pair.stance !== 'agree') continue;
    const o = pairOutcome(pair.s1, pair.s2, corpus);
    if (o.grouped && !o.flagged) continue;
    const { clauses, similarity, whole } = unitsOf(pair.s1, pair.s2);
    const fa = new Set(clauses[0].flat());
    const fb = new Set(clauses[1].flat());
    const onlyA = [...fa].filter((f) => !fb.has(f));
    const onlyB = [...fb].filter((f) => !fa.has(f));
    const shared = [...fa].filter((f) => fb.has(f));
    let reason: string;
    const signals: string[] = [];
    if (o.grouped) {
      const v = comparePair(pair.s1, pair.s2);
      for (const [k, x] of Object.entries(v.features)) if (x > 0 && k !== 'overlap' && k !== 'length') signals.push(k);
      reason = `flagged: ${o.kinds.join('+')}`;
    } else if (!shared.length) reason = 'not grouped: no shared feature';
    else if (clauses[0].length + clauses[1].length > 2 && whole >= 0.35) reason = 'not grouped: cut into clauses';
    else if (onlyA.some((x) => !x.startsWith('@') && onlyB.some((y) => !y.startsWith('@') && sameRoot(x, y)))) reason = 'not grouped: variant of a shared root';
    else reason = 'not grouped: other words';
    out.push({ pair, reason, similarity: Math.round(similarity * 1000) / 1000, onlyA, onlyB, shared, kinds: o.kinds, signals });
  }
  return out;
}

/** The misses as lines: each pair, then the reasons counted. */
export function formatMisses(split: string, misses: ParaphraseMiss[]): string[] {
  const lines = [`Paraphrase pairs lost on ANS ${split} (${misses.length}):`];
  for (const m of misses) {
    lines.push(`  [${m.reason}] sim ${m.similarity.toFixed(3)}${m.signals.length ? ` signals ${m.signals.join(',')}` : ''}`);
    lines.push(`    A: ${m.pair.s1}`);
    lines.push(`    B: ${m.pair.s2}`);
    lines.push(`    shared ${m.shared.join(' ')} | A only ${m.onlyA.join(' ')} | B only ${m.onlyB.join(' ')}`);
  }
  const count = new Map<string, number>();
  for (const m of misses) {
    count.set(m.reason, (count.get(m.reason) ?? 0) + 1);
    for (const s of m.signals) count.set(`  signal ${s}`, (count.get(`  signal ${s}`) ?? 0) + 1);
  }
  lines.push(`Reasons on ANS ${split}:`);
  for (const [r, n] of [...count].sort((x, y) => y[1] - x[1])) lines.push(`  ${String(n).padStart(4)}  ${r}`);
  return lines;
}
