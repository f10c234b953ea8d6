/**
 * The name tagger scored end to end, as a reader of `isnad analyze --json`
 * would: each development document's text (rebuilt from its tokens, one
 * sentence a line) goes through the whole engine (registry, titles, tagger,
 * linking, the corpus's acceptance rules), and the mentions of the report,
 * typed by their actor, are compared with the gold spans.
 *
 * - Types compare coarsely: person = PERS; organization and media = ORG;
 *   country and place = LOC (Wojood GPE, LOC, FAC).
 * - Exact: same start and end. Overlap: the spans share a character.
 * - Proclitics: the engine leaves «و»/«ف» (and a preposition before «ال») out
 *   of a name; ANERcorp's and Wojood's tokens keep them. "strict" compares spans
 *   as they are; "clitic-tolerant" also accepts a predicted span that starts
 *   after such proclitic letters at the start of the gold span.
 * - Nested mentions (a name inside a title) are left out, as a flat gold has none.
 */
import { Corpus } from '../../core/corpus/corpus';
import { buildReport } from '../../core/report/report';
import { normalize } from '../../core/text/normalize';
import type { NerDoc, NerSpan } from './data';

export type Coarse = NerSpan['gold'];
const COARSE: Record<string, Coarse> = { person: 'PERS', organization: 'ORG', media: 'ORG', country: 'LOC', place: 'LOC' };

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}
const prf = (tp: number, fp: number, fn: number): Prf => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { tp, fp, fn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

export interface NerScores {
  /** By match mode, then 'all' and each coarse type. */
  exact: Record<string, Prf>;
  exactTolerant: Record<string, Prf>;
  overlap: Record<string, Prf>;
  /** Gold spans with a NewsFANE-like fine type: recall by overlap with a mention of the mapped type. */
  media: Prf;
  /** NewsFANE's fine types (when the gold has them): gold names found by overlap with a mention of the matching type. */
  fine: Record<string, { found: number; total: number }>;
  mentions: number;
  timeMs: number;
}

export interface Span {
  line: number;
  start: number;
  end: number;
  type: Coarse;
  media?: boolean;
  fine?: string;
}

/** Fine types reported, and the engine's types that find them. */
const FINE: Record<string, string[]> = { Politician: ['person'], Government: ['organization'], Media: ['media'] };

/** Letters a span may leave out at its start and still count as the same name (clitic-tolerant). */
function cliticPrefix(text: string): number {
  const m = /^(?:[وف]?(?:[بلك](?=ال))?)/.exec(normalize(text));
  return m ? m[0].length : 0;
}

/** One development document through the engine: the report's (unnested) mentions and the gold spans, on its lines. */
export interface PredictedDoc {
  id: string;
  lines: string[];
  pred: PredSpan[];
  gold: Span[];
  /** Every mention of the report, nested ones too (for listing errors). */
  all: Array<{ line: number; start: number; end: number; kind: string; actor: string; nested?: boolean }>;
}
export interface PredSpan extends Span {
  kind: string;
  actor: string;
  /** The engine's type of the actor (person, organization, media, country, place). */
  actorType: string;
  discovered: boolean;
}

/** Run the documents through the whole engine, as `isnad analyze --json` does. */
export function predictDocs(docs: NerDoc[]): { docs: PredictedDoc[]; timeMs: number } {
  const t0 = performance.now();
  const corpus = new Corpus();
  for (const d of docs) corpus.setArticle(`${d.id}.txt`, d.lines.map((l) => l.text).join('\n'));
  const report = buildReport(corpus);
  const timeMs = performance.now() - t0;
  const actorOf = new Map(report.actors.map((a) => [a.id, a]));
  const byFile = new Map(report.articles.map((a) => [a.file, a]));
  const out = docs.map((d): PredictedDoc => {
    const art = byFile.get(`${d.id}.txt`)!;
    const pred: PredSpan[] = art.mentions
      .filter((m) => !m.nested)
      .map((m) => {
        const a = actorOf.get(m.actor);
        return { line: m.line, start: m.start, end: m.end, type: COARSE[a?.type ?? ''] ?? 'ORG', media: a?.type === 'media', kind: m.kind, actor: m.actor, actorType: a?.type ?? '', discovered: !!a?.discovered };
      });
    const gold: Span[] = d.lines.flatMap((l, line) => l.spans.map((s) => ({ line, start: s.start, end: s.end, type: s.gold, media: s.outlet ?? s.type === 'media', fine: s.fine })));
    return { id: d.id, lines: d.lines.map((l) => l.text), pred, gold, all: art.mentions };
  });
  return { docs: out, timeMs };
}

/** Same span, or (clitic-tolerant) a span that leaves out the gold's leading proclitic letters. */
export function sameSpan(mode: 'exact' | 'exactTolerant' | 'overlap', lines: string[], g: Span, p: Span, typed = true): boolean {
  if (g.line !== p.line || (typed && g.type !== p.type)) return false;
  if (mode === 'overlap') return p.start < g.end && g.start < p.end;
  if (p.end !== g.end) return false;
  if (p.start === g.start) return true;
  return mode === 'exactTolerant' && p.start > g.start && p.start - g.start <= cliticPrefix(lines[g.line].slice(g.start, g.end));
}

export function scoreDocs(docs: NerDoc[]): NerScores {
  const { docs: predicted, timeMs } = predictDocs(docs);
  const modes = ['exact', 'exactTolerant', 'overlap'] as const;
  const counts = Object.fromEntries(modes.map((m) => [m, new Map<string, [number, number, number]>()])) as Record<(typeof modes)[number], Map<string, [number, number, number]>>;
  const bump = (mode: (typeof modes)[number], type: string, k: 0 | 1 | 2): void => {
    for (const t of [type, 'all']) {
      const c = counts[mode].get(t) ?? [0, 0, 0];
      c[k]++;
      counts[mode].set(t, c);
    }
  };
  let mediaTp = 0;
  let mediaFp = 0;
  let mediaFn = 0;
  let mentions = 0;
  const fine: NerScores['fine'] = {};
  for (const d of predicted) {
    const { pred, gold } = d;
    mentions += pred.length;
    const same = (mode: (typeof modes)[number], g: Span, p: Span): boolean => sameSpan(mode, d.lines, g, p);
    for (const mode of modes) {
      const used = new Set<Span>();
      for (const g of gold) {
        const p = pred.find((x) => !used.has(x) && same(mode, g, x));
        if (p) {
          used.add(p);
          bump(mode, g.type, 0);
        } else bump(mode, g.type, 2);
      }
      for (const p of pred) if (!used.has(p)) bump(mode, p.type, 1);
    }
    for (const g of gold) {
      const ft = g.fine;
      if (!ft || !(ft in FINE) || !d.id.startsWith('newsfane')) continue;
      const f = (fine[ft] ??= { found: 0, total: 0 });
      f.total++;
      if (pred.some((m) => m.line === g.line && m.start < g.end && g.start < m.end && FINE[ft].includes(m.actorType))) f.found++;
    }
    // Media: gold media names against mentions of media actors, by overlap.
    const usedM = new Set<Span>();
    for (const g of gold.filter((x) => x.media)) {
      const p = pred.find((x) => x.media && !usedM.has(x) && x.line === g.line && x.start < g.end && g.start < x.end);
      if (p) {
        usedM.add(p);
        mediaTp++;
      } else mediaFn++;
    }
    mediaFp += pred.filter((x) => x.media && !usedM.has(x)).length;
  }
  const out = (mode: (typeof modes)[number]): Record<string, Prf> =>
    Object.fromEntries(['all', 'PERS', 'ORG', 'LOC'].map((t) => {
      const [tp, fp, fn] = counts[mode].get(t) ?? [0, 0, 0];
      return [t, prf(tp, fp, fn)];
    }));
  return { exact: out('exact'), exactTolerant: out('exactTolerant'), overlap: out('overlap'), media: prf(mediaTp, mediaFp, mediaFn), fine, mentions, timeMs };
}

const pct = (x: number): string => (100 * x).toFixed(1);

export function formatScores(name: string, s: NerScores): string[] {
  const row = (label: string, r: Record<string, Prf>): string =>
    `    ${label.padEnd(16)} ${['all', 'PERS', 'ORG', 'LOC'].map((t) => `${t} P ${pct(r[t].p)} R ${pct(r[t].r)} F1 ${pct(r[t].f1)}`).join(' | ')}`;
  return [
    `  ${name} (${s.mentions} mentions, ${s.timeMs.toFixed(0)} ms)`,
    row('exact, strict', s.exact),
    row('exact, clitics', s.exactTolerant),
    row('overlap', s.overlap),
    s.media.tp + s.media.fn
      ? `    media (overlap)  P ${pct(s.media.p)} R ${pct(s.media.r)} F1 ${pct(s.media.f1)}`
      : `    media            no media names in this gold (${s.media.fp} predicted)`,
    ...(Object.keys(s.fine).length
      ? [`    fine types, found by overlap: ${Object.entries(s.fine).map(([t, f]) => `${t} ${f.found}/${f.total} (${pct(f.found / f.total)})`).join(', ')}`]
      : []),
  ];
}
