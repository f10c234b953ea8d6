/**
 * The exported report as Markdown, from the engine's `Report` (src/core/report).
 * Article text is escaped like in hovers (a report may be rendered by any Markdown
 * viewer, so article text must not become links or HTML there either). Pure module.
 */
import type { Report, ReportClaim } from '../core/report/report';
import { arabicSentence, ltr } from './bidi';
import type { Translate } from './hoverMarkdown';
import { escapeMarkdown } from './markdownText';

function claimLines(c: ReportClaim, t: Translate): string[] {
  const files = new Set(c.sentences.map((s) => s.file));
  const out = [`- ${escapeMarkdown(arabicSentence(c.text))}`];
  out.push(`  - ${escapeMarkdown(t('{0} articles, {1} independent origins', ltr(String(files.size)), ltr(String(c.origins.length))))}` +
    (c.origins.length ? `: ${c.origins.map((o) => escapeMarkdown(arabicSentence(o))).join(' · ')}` : ''));
  for (const s of c.sentences) {
    out.push(`  - ${escapeMarkdown(ltr(`${s.file}:${s.line + 1}`))} ${escapeMarkdown(arabicSentence(s.text))}`);
  }
  return out;
}

export function reportToMarkdown(r: Report, t: Translate): string {
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(t('Isnad report'))}`, '');
  out.push(escapeMarkdown(t('{0} articles, {1} actors, {2} recurring claims, {3} single-source claims',
    ltr(String(r.articles.length)), ltr(String(r.actors.length)), ltr(String(r.claims.length)), ltr(String(r.singleSourceClaims.length)))), '');

  out.push(`## ${escapeMarkdown(t('Articles'))}`, '');
  for (const a of r.articles) {
    out.push(`- ${escapeMarkdown(ltr(a.file))} · ${escapeMarkdown(ltr(a.date ?? t('undated')))} · ${escapeMarkdown(arabicSentence(a.title))}`);
  }
  out.push('');

  out.push(`## ${escapeMarkdown(t('Actors'))}`, '');
  out.push(`| ${[t('Actor'), t('English'), t('Type'), t('Articles'), t('Mentions')].map(escapeMarkdown).join(' | ')} |`);
  out.push('| --- | --- | --- | ---: | ---: |');
  for (const a of r.actors) {
    const name = escapeMarkdown(arabicSentence(a.name)) + (a.discovered ? ` ${escapeMarkdown(t('(discovered)'))}` : '');
    out.push(`| ${name} | ${escapeMarkdown(ltr(a.nameEn))} | ${escapeMarkdown(a.type)} | ${a.articles.length} | ${a.mentions} |`);
  }
  out.push('');

  out.push(`## ${escapeMarkdown(t('Recurring claims'))}`, '');
  for (const c of r.claims) out.push(...claimLines(c, t));
  out.push('');

  out.push(`## ${escapeMarkdown(t('Single-source claims'))}`, '');
  for (const c of r.singleSourceClaims) out.push(...claimLines(c, t));
  out.push('');
  return out.join('\n');
}

/** The same report with corpus keys (URI strings) replaced by readable paths. */
export function relabelFiles(r: Report, label: (file: string) => string): Report {
  const s = <T extends { file: string }>(x: T): T => ({ ...x, file: label(x.file) });
  const claim = (c: ReportClaim): ReportClaim => ({ ...c, sentences: c.sentences.map(s) });
  return {
    articles: r.articles.map(s),
    actors: r.actors.map((a) => ({ ...a, articles: a.articles.map(label) })),
    claims: r.claims.map(claim),
    singleSourceClaims: r.singleSourceClaims.map(claim),
  };
}
