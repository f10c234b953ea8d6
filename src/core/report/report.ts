import type { ActorUsage, CorpusApi } from '../corpus/api';
import { countEn } from '../text/plural';
import type { ClaimGroup, Mention, Origin, Retelling } from '../types';

/** The report's JSON shape (`isnad analyze --json`); fields beyond the documented ones may be added. */
export interface ReportSentence {
  file: string;
  line: number;
  start: number;
  end: number;
  text: string;
}
export interface ReportClaim {
  id: string;
  text: string;
  /** Who claims what, in about 50 characters (always written by buildReport; optional for reports read back). */
  label?: string;
  origins: string[];
  originKinds: Record<string, string>;
  date: string | null;
  actors: string[];
  sentences: ReportSentence[];
  disagreements: ClaimGroup['disagreements'];
  /** Each independent origin with the versions that hang from it (origin -> medium -> outlet -> article). */
  chains: ReportChain[];
}
export interface ReportChain {
  origin: string;
  kind: Origin['kind'];
  retellings: Array<Omit<Retelling, 'sentenceId'>>;
}
export interface ReportMention {
  actor: string;
  line: number;
  start: number;
  end: number;
  text: string;
  kind: string;
  nested?: boolean;
  title?: { start: number; end: number; text: string };
}
export interface Report {
  articles: Array<{
    file: string;
    date: string | null;
    title: string;
    /** Present (true) when the article is longer than the engine analyses; only its beginning is in the report. */
    truncated?: boolean;
    /**
     * Where each actor is named. A title with its holder's name (kind `title+name`, «الرئيس الأميركي
     * جورج بوش») is one mention whose `start`/`end`/`text` are the name's own and whose `title` is the
     * title's (the editor shows the two as one actor).
     */
    mentions: ReportMention[];
  }>;
  actors: Array<{ id: string; type: string; name: string; nameEn: string; discovered: boolean; roles: string[]; articles: string[]; mentions: number }>;
  claims: ReportClaim[];
  singleSourceClaims: ReportClaim[];
  /** Files the CLI did not analyse, with why (`reason`: empty, not-text, not-arabic, too-large, not-a-file, unsupported-encoding, unreadable). */
  skipped?: Array<{ file: string; reason: string; message: string }>;
}

/** One claim's entry in the report (the CLI writes them one by one). */
export function claimJson(g: ClaimGroup): ReportClaim {
  return {
    id: g.id,
    text: g.text,
    label: g.label,
    origins: g.origins.map((o) => o.label),
    originKinds: Object.fromEntries(g.origins.map((o) => [o.label, o.kind])),
    date: g.date,
    actors: g.actorIds,
    disagreements: g.disagreements,
    chains: g.origins.map((o) => ({ origin: o.label, kind: o.kind, retellings: o.retellings.map(({ sentenceId: _, ...r }) => r) })),
    sentences: g.sentences.map((s) => ({ file: s.file, line: s.line, start: s.character, end: s.line === s.endLine ? s.endCharacter : s.character + (s.end - s.start), text: s.text })),
  };
}

/** One article's entry in the report (built on demand: the CLI writes them one by one). */
export function reportArticle(corpus: CorpusApi, file: string): Report['articles'][number] {
  const a = corpus.getArticle(file)!;
  return {
    file,
    date: a.date,
    title: a.title,
    ...(a.truncated ? { truncated: true } : {}),
    mentions: a.mentions.map(reportMention),
  };
}

/** A mention in the report: columns on its line; a title with its holder's name as the name, with the title beside it. */
function reportMention(m: Mention): ReportMention {
  // Columns of an offset of the mention's line (a mention never crosses a line).
  const col = (offset: number): number => m.character + (offset - m.start);
  const slice = (from: number, to: number): string => m.text.slice(from - m.start, to - m.start);
  if (m.nameStart !== undefined && m.nameEnd !== undefined && m.titleStart !== undefined && m.titleEnd !== undefined) {
    return {
      actor: m.actorId,
      line: m.line,
      start: col(m.nameStart),
      end: col(m.nameEnd),
      text: slice(m.nameStart, m.nameEnd),
      kind: m.kind,
      ...(m.nested ? { nested: true } : {}),
      title: { start: col(m.titleStart), end: col(m.titleEnd), text: slice(m.titleStart, m.titleEnd) },
    };
  }
  return {
    actor: m.actorId,
    line: m.line,
    start: m.character,
    end: m.line === m.endLine ? m.endCharacter : m.character + (m.end - m.start),
    text: m.text,
    kind: m.kind,
    ...(m.nested ? { nested: true } : {}),
  };
}

/** One actor's entry in the report (the CLI writes them one by one). */
export function reportActor(corpus: { roleLabels?: (id: string) => string[] }, u: ActorUsage): Report['actors'][number] {
  return {
    id: u.actor.id,
    type: u.actor.type,
    name: u.actor.name,
    nameEn: u.actor.nameEn,
    discovered: u.actor.source === 'discovered',
    roles: corpus.roleLabels?.(u.actor.id) ?? [],
    articles: [...u.files].sort(),
    mentions: u.mentionCount,
  };
}

export function buildReport(corpus: CorpusApi & { roleLabels?: (id: string) => string[] }, opts: { articles?: boolean } = {}): Report {
  // Without articles (opts.articles false) for a caller that writes them one by one with reportArticle.
  const articles = opts.articles === false ? [] : corpus.files().map((file) => reportArticle(corpus, file));
  const actors = corpus.actorUsage().map((u) => reportActor(corpus, u));
  return { articles, actors, claims: corpus.claimGroups().map(claimJson), singleSourceClaims: corpus.singleSourceClaims().map(claimJson) };
}

/**
 * The report as JSON text (`isnad analyze --json`). JSON.stringify already
 * escapes control characters and lone surrogates; this also writes bidi
 * embeddings, overrides and isolates, U+2028/U+2029, DEL and the C1 controls
 * (U+009B starts a terminal escape sequence) as \u escapes, so JSON shown in a
 * terminal or an editor cannot be steered or visually reordered by article
 * text. JSON.parse gives back exactly the same strings.
 */
export function formatReportJson(r: Report, indent = 2): string {
  return jsonSafe(JSON.stringify(r, null, indent));
}

/** JSON text with the characters above as \u escapes (they only occur inside strings, where an escape means the same). */
export function jsonSafe(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

const LRI = '\u2066';
const PDI = '\u2069';

/**
 * Article text and file names made safe for a terminal, one report line each:
 * - C0 and C1 control characters (ESC starts terminal escape sequences that can
 *   recolour, retitle or rewrite the screen; CR and LF would forge report lines)
 *   and DEL are shown as visible escapes («\x1b», «\n»);
 * - bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) are
 *   dropped: unbalanced, they reorder the rest of the line («Trojan Source»),
 *   and a PDI would end the report's own isolation of a file name. The marks
 *   LRM, RLM and ALM do not nest and stay.
 * - lone surrogates (not printable, not valid UTF-8) become U+FFFD.
 */
export function terminalSafe(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]|[\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) => {
    const n = c.charCodeAt(0);
    if ((n >= 0x202a && n <= 0x202e) || (n >= 0x2066 && n <= 0x2069)) return '';
    if (n >= 0xd800) return '\ufffd';
    if (n === 0x0a) return '\\n';
    if (n === 0x0d) return '\\r';
    if (n === 0x09) return '\\t';
    return '\\x' + n.toString(16).padStart(2, '0');
  });
}

/** A plain-text report for a terminal: actors with their articles, recurring claims with origins, single-source claims. */
export function formatReport(report: Report, opts: { isolate?: boolean } = {}): string {
  const counts = { articles: report.articles.length, actors: report.actors.length, claims: report.claims.length, singleSourceClaims: report.singleSourceClaims.length };
  return [...reportTextLines({ counts, ...report }, opts)].join('\n') + '\n';
}

/** What the plain-text report is made from: its counts (the first line), then its lists, whose entries may be made as they are read. */
export interface TextReportParts {
  counts: { articles: number; actors: number; claims: number; singleSourceClaims: number };
  articles: Iterable<Pick<Report['articles'][number], 'file' | 'date' | 'title' | 'truncated'>>;
  actors: Iterable<Report['actors'][number]>;
  claims: Iterable<ReportClaim>;
  singleSourceClaims: Iterable<ReportClaim>;
}

/**
 * formatReport's lines one at a time (without their line ends), each entry made
 * safe for a terminal as its turn comes: `isnad analyze` writes them as its
 * entries are made, so the report never exists whole beside the corpus.
 */
export function* reportTextLines(p: TextReportParts, opts: { isolate?: boolean } = {}): Generator<string> {
  const f = terminalSafe;
  // File names and numbers inside Arabic lines are isolated so a bidi terminal keeps them whole.
  const iso = (s: string): string => (opts.isolate ? LRI + s + PDI : s);
  const n = p.counts;
  yield `Isnad report: ${countEn(n.articles, 'article', 'articles')}, ${countEn(n.actors, 'actor', 'actors')}, ${countEn(n.claims, 'recurring claim', 'recurring claims')}, ${countEn(n.singleSourceClaims, 'single-source claim', 'single-source claims')}`;
  yield '';
  yield '== Articles';
  for (const a of p.articles) yield `- ${iso(f(a.file))}  ${a.date ?? 'undated'}  ${f(a.title)}${a.truncated ? '  (truncated: only its beginning was analysed)' : ''}`;
  yield '';
  yield '== Actors';
  for (const raw of p.actors) {
    const a = sanitizeActor(raw, f);
    yield `- ${a.name} (${a.nameEn}; ${a.type}${a.discovered ? ', discovered' : ''}): ${countEn(a.mentions, 'mention', 'mentions')} in ${countEn(a.articles.length, 'article', 'articles')}`;
    for (const file of a.articles) yield `    ${iso(file)}`;
  }
  yield '';
  yield '== Recurring claims';
  let i = 0;
  for (const raw of p.claims) {
    const c = sanitizeClaim(raw, f);
    const files = new Set(c.sentences.map((s) => s.file));
    yield `${++i}. ${c.label ? `${c.label}\n   ` : ''}${c.text}`;
    yield `   ${countEn(files.size, 'article', 'articles')}, ${countEn(c.origins.length, 'independent origin', 'independent origins')}: ${c.origins.join(', ')}`;
    for (const line of chainOutline(c.chains, iso)) yield `   ${line}`;
    // Each side's files after what it says («20: a.txt; 25: b.txt, c.txt»), or the files alone when sides are not known.
    for (const d of c.disagreements) yield `   versions differ (${d.kind}): ${d.detail}  [${d.sides ? d.sides.map((x) => `${x.says}: ${x.files.map(iso).join(', ')}`).join('; ') : d.files.map(iso).join(', ')}]`;
    for (const s of c.sentences) yield `   - ${iso(`${s.file}:${s.line + 1}`)}  ${s.text}`;
  }
  yield '';
  yield '== Single-source claims';
  for (const raw of p.singleSourceClaims) {
    const c = sanitizeClaim(raw, f);
    const s = c.sentences[0];
    yield `- ${iso(`${s.file}:${s.line + 1}`)}  [${c.origins.join(', ')}]  ${c.text}`;
  }
}

/** An actor's entry with every string through `f`. */
function sanitizeActor(a: Report['actors'][number], f: (s: string) => string): Report['actors'][number] {
  return { ...a, id: f(a.id), name: f(a.name), nameEn: f(a.nameEn), roles: a.roles.map(f), articles: a.articles.map(f) };
}

/** A claim's entry with every string through `f` (numbers, ids and kinds unchanged in shape). */
function sanitizeClaim(c: ReportClaim, f: (s: string) => string): ReportClaim {
  return {
    ...c,
    text: f(c.text),
    ...(c.label !== undefined ? { label: f(c.label) } : {}),
    origins: c.origins.map(f),
    originKinds: Object.fromEntries(Object.entries(c.originKinds).map(([k, v]) => [f(k), v])),
    actors: c.actors.map(f),
    sentences: c.sentences.map((s) => ({ ...s, file: f(s.file), text: f(s.text) })),
    disagreements: (c.disagreements ?? []).map((d) => ({ ...d, detail: f(d.detail), files: d.files.map(f), ...(d.sides ? { sides: d.sides.map((x) => ({ says: f(x.says), files: x.files.map(f) })) } : {}), ...(d.sentences ? { sentences: d.sentences.map((s) => ({ ...s, file: f(s.file), text: f(s.text) })) } : {}) })),
    chains: (c.chains ?? []).map((ch) => ({
      ...ch,
      origin: f(ch.origin),
      retellings: ch.retellings.map((r) => ({
        ...r,
        file: f(r.file),
        ...(r.quoted ? { quoted: f(r.quoted) } : {}),
        ...(r.medium ? { medium: { kind: r.medium.kind, ...(r.medium.label ? { label: f(r.medium.label) } : {}) } } : {}),
        ...(r.outlet ? { outlet: { key: f(r.outlet.key), label: f(r.outlet.label) } } : {}),
      })),
    })),
  };
}

/**
 * terminalSafe for data that must not lose anything visible: bidi embeddings,
 * overrides and isolates are written as «\u202e» rather than dropped.
 */
export function visibleSafe(s: string): string {
  return terminalSafe(s.replace(/[\u202a-\u202e\u2066-\u2069]/g, (c) => '\\u' + c.charCodeAt(0).toString(16)));
}

/** Names of the media a claim went through, in English for the terminal report. */
export const MEDIUM_NAMES: Record<string, string> = { interview: 'interview', post: 'post', speech: 'speech', statement: 'statement', remarks: 'remarks' };

/**
 * A claim's chains as an outline: one line per origin, one per version under
 * it, each link joined by an arrow (origin -> medium -> outlet -> article:line).
 * Lines count from 1, as everywhere in the text report.
 */
export function chainOutline(chains: readonly ReportChain[], iso: (s: string) => string = (s) => s): string[] {
  const out: string[] = [];
  for (const ch of chains) {
    out.push(`origin: ${ch.origin} (${ch.kind})`);
    for (const r of ch.retellings) {
      const links: string[] = [];
      if (r.quoted) links.push(r.quoted);
      if (r.medium) links.push(MEDIUM_NAMES[r.medium.kind] + (r.medium.label ? ` (${r.medium.label})` : ''));
      if (r.outlet) links.push(r.outlet.label);
      links.push(iso(`${r.file}:${r.line + 1}`));
      out.push(`  -> ${links.join(' -> ')}`);
    }
  }
  return out;
}
