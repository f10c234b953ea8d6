/**
 * The exact-span errors of the engine on development documents, by kind
 * (`npm run eval -- --span-errors`): what separates the overlap figures from
 * the exact ones. Spans compare as the clitic-tolerant exact score does
 * (evaluate.ts), nested mentions left out.
 *
 * - missed: no mention touches the gold name.
 * - spurious: a mention that touches no gold name.
 * - wrong type: the same span, another type.
 * - too long / too short / crossing: a mention touches the gold name with
 *   other edges (the one that shares most letters with it); the edge says
 *   which differs, in the text's order: «الرئيس الأميركي جورج بوش» for the gold
 *   «جورج بوش» is too long at its start.
 *
 * Each boundary error costs a false positive and a false negative; the source
 * of the mention (a registry name, a title, a title with its holder's name,
 * a discovered name) says which part of the engine to look at.
 */
import type { NerDoc } from './data';
import { predictDocs, sameSpan, type PredSpan, type PredictedDoc, type Span } from './evaluate';

export type ErrorKind = 'missed' | 'spurious' | 'wrong type' | 'too long' | 'too short' | 'crossing';

export interface SpanError {
  kind: ErrorKind;
  /** Which edge differs, for boundary errors: 'start', 'end' or 'both'. */
  edge?: 'start' | 'end' | 'both';
  goldType?: string;
  predType?: string;
  /** Where the mention came from: registry name, title, title+name; "discovered" for a tagged or rule-found name. */
  source?: string;
  gold?: string;
  pred?: string;
  /** The line around the error, for reading. */
  context: string;
  doc: string;
}

const sourceOf = (p: PredSpan): string => (p.discovered ? `discovered ${p.kind}` : p.kind);

function context(line: string, start: number, end: number): string {
  const from = Math.max(0, line.lastIndexOf(' ', Math.max(0, start - 30)));
  const to = line.indexOf(' ', Math.min(line.length, end + 30));
  return line.slice(from, to < 0 ? line.length : to).trim();
}

/** The errors of one predicted document. */
export function docErrors(d: PredictedDoc): SpanError[] {
  const out: SpanError[] = [];
  const matchedPred = new Set<PredSpan>();
  const unmatchedGold: Span[] = [];
  for (const g of d.gold) {
    const p = d.pred.find((x) => !matchedPred.has(x) && sameSpan('exactTolerant', d.lines, g, x));
    if (p) matchedPred.add(p);
    else unmatchedGold.push(g);
  }
  const touched = new Set<PredSpan>();
  for (const g of unmatchedGold) {
    const line = d.lines[g.line];
    const base = { goldType: g.type, gold: line.slice(g.start, g.end), context: context(line, g.start, g.end), doc: d.id };
    const over = d.pred.filter((p) => !matchedPred.has(p) && p.line === g.line && p.start < g.end && g.start < p.end);
    if (!over.length) {
      out.push({ kind: 'missed', ...base });
      continue;
    }
    const shared = (p: PredSpan): number => Math.min(p.end, g.end) - Math.max(p.start, g.start);
    const p = over.reduce((a, b) => (shared(b) > shared(a) ? b : a));
    for (const x of over) touched.add(x);
    const pred = { predType: p.type, source: sourceOf(p), pred: line.slice(p.start, p.end) };
    if (sameSpan('exactTolerant', d.lines, g, p, false)) {
      out.push({ kind: 'wrong type', ...base, ...pred });
      continue;
    }
    // The start edge agrees when the mention starts where the gold does or only leaves out its proclitic.
    const startSame = sameSpan('exactTolerant', d.lines, { ...g, end: p.end }, p, false);
    const endSame = p.end === g.end;
    const edge = startSame ? 'end' : endSame ? 'start' : 'both';
    const longer = (startSame || p.start < g.start) && p.end >= g.end;
    const shorter = (startSame || p.start > g.start) && p.end <= g.end;
    out.push({ kind: longer ? 'too long' : shorter ? 'too short' : 'crossing', edge, ...base, ...pred });
  }
  for (const p of d.pred) {
    if (matchedPred.has(p) || touched.has(p)) continue;
    if (d.gold.some((g) => g.line === p.line && p.start < g.end && g.start < p.end)) continue;
    const line = d.lines[p.line];
    out.push({ kind: 'spurious', predType: p.type, source: sourceOf(p), pred: line.slice(p.start, p.end), context: context(line, p.start, p.end), doc: d.id });
  }
  return out;
}

export function spanErrors(docs: NerDoc[]): SpanError[] {
  return predictDocs(docs).docs.flatMap(docErrors);
}

/** Counts by kind (and edge), by type and source, then up to `examples` errors of each kind. */
export function formatSpanErrors(name: string, errors: SpanError[], examples = 15): string[] {
  const out = [`  ${name}: ${errors.length} exact-span errors`];
  const groups = new Map<string, SpanError[]>();
  for (const e of errors) {
    const k = e.kind + (e.edge ? `, ${e.edge} edge` : '');
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  const sorted = [...groups].sort((a, b) => b[1].length - a[1].length);
  for (const [k, es] of sorted) {
    const tally = (f: (e: SpanError) => string | undefined): string => {
      const c = new Map<string, number>();
      for (const e of es) {
        const v = f(e);
        if (v) c.set(v, (c.get(v) ?? 0) + 1);
      }
      return [...c].sort((a, b) => b[1] - a[1]).map(([v, n]) => `${v} ${n}`).join(', ');
    };
    out.push(`    ${k}: ${es.length}  (gold ${tally((e) => e.goldType) || '-'}; predicted ${tally((e) => e.predType) || '-'}; from ${tally((e) => e.source) || '-'})`);
  }
  for (const [k, es] of sorted) {
    out.push(`  ${k}:`);
    for (const e of es.slice(0, examples)) out.push(`    ${e.doc} gold «${e.gold ?? ''}» ${e.goldType ?? ''} | pred «${e.pred ?? ''}» ${e.predType ?? ''} ${e.source ?? ''} | ${e.context}`);
  }
  return out;
}
