import type { ActivationResult } from './measure/activation';
import type { AliasSearchResult } from './measure/aliasSearch';
import type { ColdResult } from './measure/cold';
import type { MemoryResult } from './measure/memory';
import type { BackgroundRegroup } from './measure/views';
import type { Summary } from './measure/stats';
import type { TargetCheck } from './targets';

/** What one benchmark process reported (keys as bench/run.ts emits them). */
export interface SizeResults {
  size: number;
  corpus?: { size: number; sources: string[]; registry: string; generateMs: number };
  cold?: ColdResult;
  memory?: MemoryResult;
  keystroke?: Summary & { articleBytes: number };
  tree?: Summary;
  background?: BackgroundRegroup;
  /** One article changed: claims current again (the background regrouping), at 1,000 articles and more. */
  changed?: { settledMs: number };
  hover?: Summary;
  aliasSearch?: AliasSearchResult;
  /** Set when the process was stopped at its time limit or failed. */
  incomplete?: string;
  wallMs: number;
}

const int = (x: number): string => Math.round(x).toLocaleString('en-US');
const ms = (x: number | undefined): string => (x === undefined || Number.isNaN(x) ? '–' : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : int(x));
const mb = (x: number | undefined): string => (x === undefined ? '–' : x.toFixed(0));
const medP95 = (s: Summary | undefined): string => (s ? `${ms(s.median)} / ${ms(s.p95)} (n=${s.n})` : '–');

function pad(cells: string[][]): string {
  const widths = cells[0].map((_, c) => Math.max(...cells.map((r) => [...r[c]].length)));
  const line = (r: string[]): string => '| ' + r.map((x, c) => x + ' '.repeat(widths[c] - [...x].length)).join(' | ') + ' |';
  return [line(cells[0]), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...cells.slice(1).map(line)].join('\n');
}

function verdict(t: TargetCheck | undefined): string {
  if (!t) return '';
  const goal = `${t.op} ${t.limit}${t.unit}`;
  return t.met === undefined ? `${goal}: not measured` : `${goal}: ${t.met ? 'met' : 'MISSED'}`;
}

/** The one table a run prints: rows are measures, columns the corpus sizes, then the target. */
export function table(runs: SizeResults[], targets: Record<string, TargetCheck>, activation: ActivationResult | null | undefined): string {
  const head = ['measure', ...runs.map((r) => `${int(r.size)} articles`), 'target (medians)'];
  const row = (name: string, cell: (r: SizeResults) => string, target = ''): string[] => [name, ...runs.map(cell), target];
  const last = (name: string, value: string, target = ''): string[] => [name, ...runs.map((_, i) => (i === runs.length - 1 ? value : '')), target];
  const big = runs[runs.length - 1];
  const a = big.aliasSearch;
  const rows: string[][] = [
    head,
    row('corpus: MB / mentions / sentences', (r) => (r.cold ? `${(r.cold.counts.bytes / 1e6).toFixed(1)} / ${int(r.cold.counts.mentions)} / ${int(r.cold.counts.sentences)}` : '–')),
    row('found: actors / claim groups / single-source', (r) => (r.cold ? `${int(r.cold.counts.actors)} / ${int(r.cold.counts.groups)} / ${int(r.cold.counts.singleSource)}` : '–')),
    row('cold: per-article analysis (ms)', (r) => ms(r.cold?.perArticleMs)),
    row('cold: actor aggregation (ms)', (r) => ms(r.cold?.actorsMs)),
    row('cold: claim grouping (ms)', (r) => ms(r.cold?.groupingMs)),
    row('cold: total (ms)', (r) => ms(r.cold?.totalMs), verdict(targets.cold)),
    row('memory after gc: heap / RSS (MB)', (r) => (r.memory ? `${mb(r.memory.heapUsedMB)} / ${mb(r.memory.rssMB)}` : '–'), verdict(targets.memory)),
    row('memory: peak RSS of the run (MB)', (r) => mb(r.memory?.peakRssMB)),
    row('one article changed: claims current again (ms)', (r) => ms(r.changed?.settledMs), verdict(targets.changed)),
    last('growth of cold total, 1k -> 10k', targets.growth?.value !== undefined ? `${targets.growth.value.toFixed(1)}x` : '–', verdict(targets.growth)),
    last(`keystroke in a ${big.keystroke ? Math.round(big.keystroke.articleBytes / 1000) : 100} KB article: median / p95 (ms)`, medP95(big.keystroke), verdict(targets.keystroke)),
    last('hover: median / p95 (ms)', medP95(big.hover), verdict(targets.hover)),
    last('tree refresh after one change: median / p95 (ms)', medP95(big.tree), verdict(targets.tree)),
    last(
      'the same regrouping in the background (the editor): longest / p99 event-loop pause, claims current after (ms)',
      big.background ? `${ms(big.background.maxPauseMs)} / ${ms(big.background.p99PauseMs)}, ${ms(big.background.settledMs)}` : '–',
    ),
    last(
      `alias search, ${a ? int(a.aliases) : '?'} aliases, files on disk: engine 1 thread / ${a?.engineThreads ?? '?'} threads / rg (ms)`,
      a ? `${ms(a.engineMs)} / ${ms(a.engineParallelMs)} / ${a.rgMs !== undefined ? ms(a.rgMs) : a.note ?? 'n/a'}` : '–',
    ),
    last('alias search: engine with texts in memory, 1 thread (ms)', a ? ms(a.engineInMemoryMs) : '–'),
    last('alias search: engine hits / rg matches', a ? `${int(a.engineHits)} / ${a.rgMatches !== undefined ? int(a.rgMatches) : 'n/a'}` : '–'),
    last(
      'alias search: engine / rg, all cores (1 thread)',
      a?.ratio !== undefined ? `${a.ratio.toFixed(2)}x (${a.singleThreadRatio!.toFixed(2)}x)` : 'n/a',
      verdict(targets.aliasSearch),
    ),
    last(
      'extension activation: load dist/extension.js + activate(), median / p95 (ms)',
      activation ? `${ms(activation.load.median)} + ${ms(activation.activate.median)} = ${ms(activation.total.median)} / p95 ${ms(activation.total.p95)}` : 'n/a (dist/extension.js not built)',
      verdict(targets.activation),
    ),
    last(
      'first use after activation: load dist/engine.js / first article analysed (ms)',
      activation ? `${ms(activation.engineLoad.median)} / ${ms(activation.firstAnalysis.median)}${activation.engineAtActivation ? ` (engine loaded at activation in ${activation.engineAtActivation} runs)` : ''}` : '–',
    ),
  ];
  const notes = runs.filter((r) => r.incomplete).map((r) => `note: ${int(r.size)} articles: ${r.incomplete}`);
  return [pad(rows), ...notes].join('\n');
}
