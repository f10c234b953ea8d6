import type { CorpusApi } from '../corpus/api';
import type { ClaimGroup } from '../types';

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
  origins: string[];
  originKinds: Record<string, string>;
  date: string | null;
  actors: string[];
  sentences: ReportSentence[];
  disagreements: ClaimGroup['disagreements'];
}
export interface Report {
  articles: Array<{
    file: string;
    date: string | null;
    title: string;
    mentions: Array<{ actor: string; line: number; start: number; end: number; text: string; nested?: boolean; kind: string }>;
  }>;
  actors: Array<{ id: string; type: string; name: string; nameEn: string; discovered: boolean; roles: string[]; articles: string[]; mentions: number }>;
  claims: ReportClaim[];
  singleSourceClaims: ReportClaim[];
}

function claimJson(g: ClaimGroup): ReportClaim {
  return {
    id: g.id,
    text: g.text,
    origins: g.origins.map((o) => o.label),
    originKinds: Object.fromEntries(g.origins.map((o) => [o.label, o.kind])),
    date: g.date,
    actors: g.actorIds,
    disagreements: g.disagreements,
    sentences: g.sentences.map((s) => ({ file: s.file, line: s.line, start: s.character, end: s.line === s.endLine ? s.endCharacter : s.character + (s.end - s.start), text: s.text })),
  };
}

export function buildReport(corpus: CorpusApi & { roleLabels?: (id: string) => string[] }): Report {
  const articles = corpus.files().map((file) => {
    const a = corpus.getArticle(file)!;
    return {
      file,
      date: a.date,
      title: a.title,
      mentions: a.mentions.map((m) => ({
        actor: m.actorId,
        line: m.line,
        start: m.character,
        end: m.line === m.endLine ? m.endCharacter : m.character + (m.end - m.start),
        text: m.text,
        kind: m.kind,
        ...(m.nested ? { nested: true } : {}),
      })),
    };
  });
  const actors = corpus.actorUsage().map((u) => ({
    id: u.actor.id,
    type: u.actor.type,
    name: u.actor.name,
    nameEn: u.actor.nameEn,
    discovered: u.actor.source === 'discovered',
    roles: corpus.roleLabels?.(u.actor.id) ?? [],
    articles: u.files,
    mentions: u.mentionCount,
  }));
  return { articles, actors, claims: corpus.claimGroups().map(claimJson), singleSourceClaims: corpus.singleSourceClaims().map(claimJson) };
}

const LRI = '\u2066';
const PDI = '\u2069';

/** A plain-text report for a terminal: actors with their articles, recurring claims with origins, single-source claims. */
export function formatReport(r: Report, opts: { isolate?: boolean } = {}): string {
  // File names and numbers inside Arabic lines are isolated so a bidi terminal keeps them whole.
  const iso = (s: string): string => (opts.isolate ? LRI + s + PDI : s);
  const out: string[] = [];
  out.push(`Isnad report: ${r.articles.length} articles, ${r.actors.length} actors, ${r.claims.length} recurring claims, ${r.singleSourceClaims.length} single-source claims`);
  out.push('');
  out.push('== Articles');
  for (const a of r.articles) out.push(`- ${iso(a.file)}  ${a.date ?? 'undated'}  ${a.title}`);
  out.push('');
  out.push('== Actors');
  for (const a of r.actors) {
    out.push(`- ${a.name} (${a.nameEn}; ${a.type}${a.discovered ? ', discovered' : ''}): ${a.mentions} mentions in ${a.articles.length} articles`);
    for (const f of a.articles) out.push(`    ${iso(f)}`);
  }
  out.push('');
  out.push('== Recurring claims');
  r.claims.forEach((c, i) => {
    const files = new Set(c.sentences.map((s) => s.file));
    out.push(`${i + 1}. ${c.text}`);
    out.push(`   ${files.size} articles, ${c.origins.length} independent origin(s): ${c.origins.join(', ')}`);
    for (const d of c.disagreements) out.push(`   versions differ (${d.kind}): ${d.detail}`);
    for (const s of c.sentences) out.push(`   - ${iso(`${s.file}:${s.line + 1}`)}  ${s.text}`);
  });
  out.push('');
  out.push('== Single-source claims');
  for (const c of r.singleSourceClaims) {
    const s = c.sentences[0];
    out.push(`- ${iso(`${s.file}:${s.line + 1}`)}  [${c.origins.join(', ')}]  ${c.text}`);
  }
  return out.join('\n') + '\n';
}
