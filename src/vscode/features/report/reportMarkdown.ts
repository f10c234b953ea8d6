/**
 * The exported report as Markdown, from the engine's `Report` (src/core/report).
 * Article text is escaped like in hovers (a report may be rendered by any Markdown
 * viewer, so article text must not become links or HTML there either). Pure module.
 */
import type { Report, ReportClaim } from '../../../core';
import { arabicSentence, ltr } from '../../common/bidi';
import { claimCounts, type Translate } from '../../common/translate';
import { count, type Counted } from '../../common/plural';
import { mediumName, originKindName } from '../../common/claimNames';
import { escapeMarkdown } from '../../common/markdownText';

function claimLines(c: ReportClaim, t: Translate): string[] {
  const files = new Set(c.sentences.map((s) => s.file));
  const out = [`- ${escapeMarkdown(arabicSentence(c.text))}`];
  out.push(`  - ${escapeMarkdown(claimCounts(files.size, c.origins.length, t))}` +
    (c.origins.length ? `: ${c.origins.map((o) => escapeMarkdown(arabicSentence(o))).join(' · ')}` : ''));
  out.push(...chainOutline(c, t));
  for (const s of c.sentences) {
    out.push(`  - ${escapeMarkdown(ltr(`${s.file}:${s.line + 1}`))} ${escapeMarkdown(arabicSentence(s.text))}`);
  }
  return out;
}

/**
 * The claim's chain as a text outline: each origin, and under it each version
 * with its links (unnamed source quoted, medium, outlet) down to file:line.
 */
function chainOutline(c: ReportClaim, t: Translate): string[] {
  const out: string[] = [];
  if (!c.chains?.length) return out;
  out.push(`  - ${escapeMarkdown(t('Chain of the claim'))}`);
  for (const ch of c.chains) {
    out.push(`    - ${escapeMarkdown(arabicSentence(ch.origin))} (${escapeMarkdown(originKindName(ch.kind, t))})`);
    for (const r of ch.retellings) {
      const links: string[] = [];
      if (r.quoted) links.push(escapeMarkdown(arabicSentence(r.quoted)));
      if (r.medium) links.push(escapeMarkdown(mediumName(r.medium.kind, t)) + (r.medium.label ? ' ' + escapeMarkdown(arabicSentence(r.medium.label)) : ''));
      if (r.outlet) links.push(escapeMarkdown(arabicSentence(r.outlet.label)));
      links.push(escapeMarkdown(ltr(`${r.file}:${r.line + 1}`)));
      out.push(`      - ↤ ${links.join(' ↤ ')}`);
    }
  }
  return out;
}

export function reportToMarkdown(r: Report, t: Translate): string {
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(t('Isnad report'))}`, '');
  const totals: Array<[number, Counted]> = [[r.articles.length, '{0} articles'], [r.actors.length, '{0} actors'], [r.claims.length, '{0} recurring claims'], [r.singleSourceClaims.length, '{0} single-source claims']];
  out.push(escapeMarkdown(totals.map(([n, phrase]) => count(n, phrase, ltr(String(n)))).reduce((a, b) => t('{0}, {1}', a, b))), '');

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
  const claim = (c: ReportClaim): ReportClaim => ({
    ...c,
    sentences: c.sentences.map(s),
    chains: (c.chains ?? []).map((ch) => ({ ...ch, retellings: ch.retellings.map(s) })),
  });
  return {
    articles: r.articles.map(s),
    actors: r.actors.map((a) => ({ ...a, articles: a.articles.map(label) })),
    claims: r.claims.map(claim),
    singleSourceClaims: r.singleSourceClaims.map(claim),
  };
}
