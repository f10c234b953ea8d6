/**
 * The report as CSV (`isnad analyze --csv mentions|claims`), one row at a
 * time: the CLI writes each row as it is made, so a table of a large folder
 * never exists whole beside the corpus (it did, with every article's mentions
 * as objects, before the first byte was written).
 */
import type { Report, ReportClaim } from './report';
import { visibleSafe } from './report';

/**
 * One CSV cell (RFC 4180): quoted when it holds a quote, a comma, CR or LF,
 * quotes doubled. A cell a spreadsheet would run as a formula (it starts with
 * = + - @, a tab or CR, or their full-width forms, possibly behind white space or
 * invisible bidi and zero-width marks) gets a leading apostrophe, as OWASP
 * advises against CSV injection («=HYPERLINK(...)», «@SUM(...)»). Numbers are
 * written by the caller and never pass through here.
 */
export function csvCell(value: string): string {
  let v = value;
  if (/^[\s\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/.test(v)) v = "'" + v;
  return /[",\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
}

function csvRowOf(cells: Array<string | number | boolean | null | undefined>, safe = false): string {
  return cells.map((c) => (typeof c === 'number' ? String(c) : c === true ? 'true' : c === false || c == null ? '' : csvCell(safe ? visibleSafe(c) : c))).join(',');
}

export type CsvTable = 'mentions' | 'claims';

/** What a CSV table is made from, each part read once, in order; an actor's names by its id (the mentions table). */
export interface CsvParts {
  articles: Iterable<Report['articles'][number]>;
  actorNames: (id: string) => { name: string; nameEn?: string } | undefined;
  claims: Iterable<ReportClaim>;
  singleSourceClaims: Iterable<ReportClaim>;
}

/**
 * The report as CSV, one table: `mentions` (one row per mention) or `claims`
 * (one row per sentence of each recurring and single-source claim). Lines end
 * with CRLF (RFC 4180). `line` is 1-based, as editors show it; `start`/`end`
 * are the report's UTF-16 columns on that line (0-based, end exclusive); a title
 * with its holder's name has the title's columns and text in the last three.
 * Pass `bom: true` to start with a byte-order mark, which spreadsheets need to
 * read UTF-8 Arabic, and `safe: true` (the CLI does) to write control and bidi
 * characters as visible escapes («\x1b», «\u202e»), for a terminal. Yields
 * each row with its line end.
 */
export function* reportCsvRows(p: CsvParts, table: CsvTable, opts: { bom?: boolean; safe?: boolean } = {}): Generator<string> {
  const csvRow = (cells: Parameters<typeof csvRowOf>[0]): string => csvRowOf(cells, opts.safe) + '\r\n';
  const bom = opts.bom ? '\ufeff' : '';
  if (table === 'mentions') {
    yield bom + csvRow(['file', 'line', 'start', 'end', 'actor', 'actor_name', 'actor_name_en', 'kind', 'nested', 'text', 'title_start', 'title_end', 'title_text']);
    for (const a of p.articles) {
      for (const m of a.mentions) {
        const actor = p.actorNames(m.actor);
        yield csvRow([a.file, m.line + 1, m.start, m.end, m.actor, actor?.name ?? '', actor?.nameEn ?? '', m.kind, !!m.nested, m.text, m.title?.start, m.title?.end, m.title?.text]);
      }
    }
    return;
  }
  yield bom + csvRow(['claim_id', 'type', 'claim_text', 'sources', 'origins', 'date', 'actors', 'disagreements', 'file', 'line', 'start', 'end', 'sentence_text']);
  function* rows(c: ReportClaim, type: string): Generator<string> {
    const sources = new Set(c.sentences.map((s) => s.file)).size;
    const differ = (c.disagreements ?? []).map((d) => `${d.kind}: ${d.detail}`).join('; ');
    for (const s of c.sentences) {
      yield csvRow([c.id, type, c.text, sources, c.origins.join('; '), c.date ?? '', c.actors.join('; '), differ, s.file, s.line + 1, s.start, s.end, s.text]);
    }
  }
  for (const c of p.claims) yield* rows(c, 'recurring');
  for (const c of p.singleSourceClaims) yield* rows(c, 'single-source');
}

/** A whole report as one CSV table (reportCsvRows joined). */
export function formatReportCsv(r: Report, table: CsvTable, opts: { bom?: boolean; safe?: boolean } = {}): string {
  const names = new Map(r.actors.map((a) => [a.id, a] as const));
  return [...reportCsvRows({ ...r, actorNames: (id) => names.get(id) }, table, opts)].join('');
}
