/**
 * Independent checks for the property tests: a line/column computation written
 * apart from src/core/text/lines.ts, range checks, the invariants every article
 * analysis and every corpus must satisfy, and a small RFC 4180 CSV reader.
 * They throw an Error naming the first broken invariant.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Corpus } from '../../src/core/corpus/corpus';
import type { ArticleAnalysis, Located } from '../../src/core/types';

export function fail(msg: string, detail?: unknown): never {
  throw new Error(detail === undefined ? msg : `${msg}: ${JSON.stringify(detail, null, 1)?.slice(0, 2000)}`);
}

export function check(ok: unknown, msg: string, detail?: unknown): void {
  if (!ok) fail(msg, detail);
}

export function sameJson(a: unknown, b: unknown, what: string): void {
  if (!isDeepStrictEqual(a, b)) {
    const sa = JSON.stringify(a);
    const sb = JSON.stringify(b);
    let i = 0;
    while (i < sa.length && sa[i] === sb[i]) i++;
    fail(`${what} differ at char ${i}`, { a: sa.slice(Math.max(0, i - 200), i + 300), b: sb.slice(Math.max(0, i - 200), i + 300) });
  }
}

/** Line and character of every offset 0..text.length, as VS Code counts them: lines end at LF, CRLF or CR. */
export class LineOracle {
  readonly line: Int32Array;
  readonly character: Int32Array;
  /** Offsets between the CR and the LF of a CRLF (no position is there). */
  readonly insideCrlf = new Set<number>();
  readonly lineCount: number;
  constructor(readonly text: string) {
    const n = text.length;
    this.line = new Int32Array(n + 1);
    this.character = new Int32Array(n + 1);
    let line = 0;
    let col = 0;
    for (let i = 0; i <= n; i++) {
      this.line[i] = line;
      this.character[i] = col;
      if (i === n) break;
      const c = text[i];
      if (c === '\r' && text[i + 1] === '\n') {
        this.line[i + 1] = line;
        this.character[i + 1] = col + 1;
        this.insideCrlf.add(i + 1);
        i++;
        line++;
        col = 0;
      } else if (c === '\n' || c === '\r') {
        line++;
        col = 0;
      } else col++;
    }
    this.lineCount = line + 1;
  }
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Is `offset` between the two halves of a surrogate pair? */
export function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** A located range lies in the text, is not empty, cuts no surrogate pair nor CRLF, and its line/character are right. */
export function checkLocated(r: Located, text: string, lines: LineOracle, what: string): void {
  check(Number.isInteger(r.start) && Number.isInteger(r.end), `${what}: offsets are integers`, r);
  check(r.start >= 0 && r.end <= text.length, `${what}: range inside the document`, { r, length: text.length });
  check(r.start < r.end, `${what}: start < end`, r);
  check(!splitsPair(text, r.start), `${what}: starts inside a surrogate pair`, r);
  check(!splitsPair(text, r.end), `${what}: ends inside a surrogate pair`, r);
  check(!lines.insideCrlf.has(r.start) && !lines.insideCrlf.has(r.end), `${what}: starts or ends inside a CRLF`, r);
  check(r.line === lines.line[r.start] && r.character === lines.character[r.start], `${what}: line/character of start`, { r, line: lines.line[r.start], character: lines.character[r.start] });
  check(r.endLine === lines.line[r.end] && r.endCharacter === lines.character[r.end], `${what}: line/character of end`, { r, line: lines.line[r.end], character: lines.character[r.end] });
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Everything an article analysis must satisfy against the text it came from.
 * `strict`: also hold discovered mentions to «no mention on a boilerplate line»,
 * which they break today (known bug, see test/unit/fuzz-known-bugs.test.ts).
 */
export function checkArticle(a: ArticleAnalysis, file: string, text: string, strict = false): void {
  const lines = new LineOracle(text);
  check(a.file === file, 'file name kept', { file: a.file });
  if (!a.truncated) check(a.lineCount === lines.lineCount, 'lineCount', { got: a.lineCount, want: lines.lineCount });
  check(a.date === null || (ISO.test(a.date) && !Number.isNaN(Date.parse(a.date))), 'date is ISO or null', a.date);
  check(!/[\r\n]/.test(a.title), 'title is one line', a.title);
  for (const l of a.boilerplateLines) check(l >= 0 && l < a.lineCount, 'boilerplate line in range', l);
  for (const [k, v] of Object.entries(a.duplicateLines)) check(+k > v && v >= 0 && +k < a.lineCount, 'duplicate line before the line it repeats', [k, v]);
  const boiler = new Set(a.boilerplateLines);
  let prev = -1;
  for (const m of a.mentions) {
    checkLocated(m, text, lines, 'mention');
    check(m.text === text.slice(m.start, m.end), 'mention text is the document slice', { m, slice: text.slice(m.start, m.end) });
    check(m.start >= prev, 'mentions sorted by start', m);
    prev = m.start;
    check(typeof m.actorId === 'string' && m.actorId.length > 0, 'mention has an actor', m);
    check(['name', 'title', 'title+name'].includes(m.kind), 'mention kind', m);
    if (strict || !m.discovered) check(!boiler.has(m.line), 'no mention on a boilerplate line', m);
  }
  let prevEnd = -1;
  for (const s of a.sentences) {
    checkLocated(s, text, lines, 'sentence');
    check(s.text === text.slice(s.start, s.end), 'sentence text is the document slice', s);
    check(s.id === `${file}#${s.start}`, 'sentence id', s);
    check(s.start >= prevEnd, 'sentences sorted, not overlapping', s);
    prevEnd = s.end;
    check(s.line === s.endLine, 'a sentence stays on its line', s);
    check(!/\s/.test(text[s.start]) && !/\s/.test(text[s.end - 1]), 'sentence trimmed', s);
    for (const id of s.actorIds) check(a.mentions.some((m) => m.actorId === id && m.start >= s.start && m.start < s.end), 'sentence actor has a mention in it', { id, s });
  }
}

/** Cross-article results agree with the articles. */
export function checkCorpus(c: Corpus, texts: Map<string, string>): void {
  const files = c.files();
  sameJson(files, [...texts.keys()].sort(), 'files()');
  const sentences = new Map<string, { file: string; s: ArticleAnalysis['sentences'][number] }>();
  for (const f of files) {
    const a = c.getArticle(f)!;
    checkArticle(a, f, texts.get(f)!);
    for (const s of a.sentences) sentences.set(s.id, { file: f, s });
  }
  let total = 0;
  for (const u of c.actorUsage()) {
    const refs = c.mentionsOf(u.actor.id);
    check(refs.length === u.mentionCount && u.mentionCount > 0, 'actorUsage count = mentionsOf', { id: u.actor.id, count: u.mentionCount, refs: refs.length });
    sameJson([...u.files].sort(), [...new Set(refs.map((r) => r.file))].sort(), `actorUsage files of ${u.actor.id}`);
    for (const r of refs) {
      check(texts.has(r.file), 'mentionsOf names a file of the corpus', r.file);
      check(c.getArticle(r.file)!.mentions.some((m) => isDeepStrictEqual(m, r.mention)), 'mentionsOf mention is in its article', r);
    }
    check(c.getActor(u.actor.id) !== undefined, 'used actor is known', u.actor.id);
    total += u.mentionCount;
  }
  const all = files.reduce((n, f) => n + c.getArticle(f)!.mentions.length, 0);
  check(total <= all, 'usage counts no more mentions than there are', { total, all });
  for (const [kind, groups] of [['recurring', c.claimGroups()], ['single', c.singleSourceClaims()]] as const) {
    for (const g of groups) {
      check(g.sentences.length > 0, `${kind} claim has sentences`, g.id);
      const gf = new Set(g.sentences.map((s) => s.file));
      sameJson([...g.files].sort(), [...gf].sort(), `${kind} claim files`);
      if (kind === 'recurring') check(gf.size >= c.minSources, 'recurring claim has minSources articles', g);
      else check(gf.size === 1, 'single-source claim has one article', g);
      for (const r of g.sentences) {
        const hit = sentences.get(r.sentenceId);
        check(hit && hit.file === r.file, 'claim sentence exists', r);
        const s = hit!.s;
        // A ref is its sentence, or the part of it (the clauses) the claim holds.
        check(
          r.start >= s.start && r.end <= s.end && r.start < r.end && r.line === s.line && r.character === s.character + (r.start - s.start) && r.endLine === s.endLine &&
            (s.line === s.endLine ? r.endCharacter === s.character + (r.end - s.start) : r.endCharacter === s.endCharacter) && r.text === s.text.slice(r.start - s.start, r.end - s.start),
          'claim sentence ref is the sentence or a part of it',
          { r, s },
        );
        check(c.groupsOfSentence(r.file, r.sentenceId).includes(g), 'groupsOfSentence finds the group', r.sentenceId);
      }
      for (const o of g.origins) for (const f of o.files) check(gf.has(f), 'origin file is a claim file', { o, files: [...gf] });
      check(g.date === null || ISO.test(g.date), 'claim date', g.date);
    }
  }
}

/** What must be equal between two corpora holding the same articles. */
export function corpusSnapshot(c: Corpus): unknown {
  const files = c.files();
  return {
    files,
    articles: files.map((f) => c.getArticle(f)),
    usage: c.actorUsage(),
    mentions: c.actorUsage().map((u) => c.mentionsOf(u.actor.id)),
    claims: c.claimGroups(),
    single: c.singleSourceClaims(),
    discovered: c.discoveredActors(),
  };
}

/** RFC 4180 reader: rows of cells (quoted cells may hold commas, quotes doubled, CR and LF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  let atCellStart = true;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        check(i >= text.length || text[i] === ',' || text[i] === '\r', 'CSV: a closing quote ends its cell', text.slice(i - 20, i + 20));
        continue;
      }
      cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
      i++;
      continue;
    }
    check(ch !== '"', 'CSV: no bare quote inside an unquoted cell', text.slice(Math.max(0, i - 20), i + 20));
    check(ch !== '\n', 'CSV: no bare LF outside quotes', text.slice(Math.max(0, i - 20), i + 20));
    if (ch === ',') {
      row.push(cell);
      cell = '';
      atCellStart = true;
      i++;
      continue;
    }
    if (ch === '\r') {
      check(text[i + 1] === '\n', 'CSV: rows end with CRLF');
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      i += 2;
      continue;
    }
    cell += ch;
    atCellStart = false;
    i++;
  }
  check(!quoted, 'CSV: quotes closed');
  check(row.length === 0 && cell === '', 'CSV: ends with CRLF');
  return rows;
}
