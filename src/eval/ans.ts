/**
 * Development figures on the Arabic News Stance pairs (../shared/data/ans,
 * Khouja 2020, Apache-2.0; not shipped): each pair becomes a corpus of two
 * one-line articles, analysed as `isnad analyze` would, and the figures say
 * what became of it:
 * - contradictions (disagree) handled: kept apart, or grouped with a
 *   disagreement that names both files;
 * - paraphrases (agree) grouped and unflagged;
 * - unrelated (other) kept apart.
 */
import * as fs from 'node:fs';
import { Corpus, type CorpusOptions } from '../core/corpus/corpus';
import { buildReport } from '../core/report/report';

export interface AnsPair {
  s1: string;
  s2: string;
  stance: 'agree' | 'disagree' | 'other';
}

/** The pairs of one split; lines whose sentences hold a comma are ambiguous in this CSV (no quoting) and left out. */
export function readAnsPairs(file: string): AnsPair[] {
  const out: AnsPair[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/).slice(1)) {
    const parts = line.split(',');
    if (parts.length !== 3) continue;
    const stance = parts[2].trim();
    if (stance !== 'agree' && stance !== 'disagree' && stance !== 'other') continue;
    out.push({ s1: parts[0].trim(), s2: parts[1].trim(), stance });
  }
  return out;
}

export interface PairOutcome {
  grouped: boolean;
  flagged: boolean;
  kinds: string[];
}

/** What the engine makes of two one-line articles. */
export function pairOutcome(s1: string, s2: string, corpus: Corpus = new Corpus()): PairOutcome {
  corpus.setArticle('a.txt', s1 + '\n');
  corpus.setArticle('b.txt', s2 + '\n');
  const report = buildReport(corpus);
  const both = report.claims.filter((c) => new Set(c.sentences.map((s) => s.file)).size >= 2);
  const flags = both.flatMap((c) => c.disagreements).filter((d) => d.files.includes('a.txt') && d.files.includes('b.txt'));
  return { grouped: both.length > 0, flagged: flags.length > 0, kinds: [...new Set(flags.map((d) => d.kind))] };
}

export interface AnsFigures {
  contradictions: { total: number; grouped: number; flagged: number; handled: number };
  paraphrases: { total: number; grouped: number; flagged: number; groupedUnflagged: number };
  unrelated: { total: number; apart: number };
}

export function ansFigures(pairs: AnsPair[], onPair?: (p: AnsPair, o: PairOutcome) => void, options: CorpusOptions = {}): AnsFigures {
  const f: AnsFigures = {
    contradictions: { total: 0, grouped: 0, flagged: 0, handled: 0 },
    paraphrases: { total: 0, grouped: 0, flagged: 0, groupedUnflagged: 0 },
    unrelated: { total: 0, apart: 0 },
  };
  // One corpus for every pair: its two articles are replaced each time (the registry is built once).
  const corpus = new Corpus(options);
  for (const p of pairs) {
    const o = pairOutcome(p.s1, p.s2, corpus);
    onPair?.(p, o);
    if (p.stance === 'disagree') {
      const c = f.contradictions;
      c.total++;
      if (o.grouped) c.grouped++;
      if (o.grouped && o.flagged) c.flagged++;
      if (!o.grouped || o.flagged) c.handled++;
    } else if (p.stance === 'agree') {
      const c = f.paraphrases;
      c.total++;
      if (o.grouped) c.grouped++;
      if (o.grouped && o.flagged) c.flagged++;
      if (o.grouped && !o.flagged) c.groupedUnflagged++;
    } else {
      f.unrelated.total++;
      if (!o.grouped) f.unrelated.apart++;
    }
  }
  return f;
}
