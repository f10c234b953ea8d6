/**
 * Markdown of the hover cards (actor card, recurring-claim card), built from plain
 * data so vitest can check escaping and bidi isolation without a VS Code host.
 *
 * Rules (see shared notes on Arabic in hovers):
 * - every piece of article or registry text goes through `escapeMarkdown`, after
 *   bidi isolation (isolates are not ASCII so escaping leaves them alone);
 * - whole Arabic sentences sit in RLI..PDI with LRI..PDI around Latin runs inside;
 *   file names, dates and numbers sit in LRI..PDI;
 * - the only links are command links to HOVER_ENABLED_COMMANDS;
 * - every piece is cut to a length (names, roles, descriptions, origins, file names): a
 *   registry or an article can hold a megabyte on one line, a hover stays a card.
 */
import { count } from '../../common/plural';
import { Commands, InternalCommands } from '../../common/commands';
import { arabicSentence, isolateLatinRuns, ltr, rtl, RLI, PDI } from '../../common/bidi';
import { commandLink, type LocationArgs } from '../../common/commandLinks';
import { escapeMarkdown, excerpt } from '../../common/markdownText';
import { claimCounts, type Translate } from '../../common/translate';

export type { Translate };

/** Longest sentence excerpt shown in a hover, in characters. */
export const SENTENCE_EXCERPT = 220;
const CLAIM_EXCERPT = 140;
/** Longest actor name, English name, role, origin, file name, date; longest description. */
export const NAME_EXCERPT = 80;
const DESCRIPTION_EXCERPT = 300;
const DATE_EXCERPT = 32;
/** Origins listed in a claim hover before «+N». */
export const MAX_ORIGINS = 8;

/** `text` cut to about `max` characters (at a word boundary when there is one, «…» marks the cut). */
function clip(text: string, max: number): string {
  return excerpt(text, max).text;
}

export interface ArticleSentenceItem {
  /** Display name of the article (file name). */
  fileLabel: string;
  date: string | null;
  /** The whole sentence. */
  sentence: string;
  /** Part of the sentence to emphasise (the mention), offsets within `sentence`. */
  focus?: { start: number; end: number };
  location: LocationArgs;
}

export interface ClaimSummary {
  id: string;
  text: string;
  articleCount: number;
  originCount: number;
}

export interface ActorHoverModel {
  actorId: string;
  name: string;
  nameEn: string;
  typeLabel: string;
  roles: string[];
  description?: string;
  discovered: boolean;
  articleCount: number;
  mentionCount: number;
  /** Other articles, most recent first, already capped. */
  others: ArticleSentenceItem[];
  /** Other articles left out by the cap. */
  moreArticles: number;
  claims: ClaimSummary[];
  /** Claim groups the hovered sentence itself belongs to. */
  sentenceClaims: ClaimSummary[];
}

export interface ClaimHoverModel {
  claim: ClaimSummary;
  origins: string[];
  /** How the other articles tell it, capped. */
  others: ArticleSentenceItem[];
  moreArticles: number;
  /** Where the versions differ: the kind (translated), the values side by side, the articles. */
  differ?: Array<{ kind: string; detail: string; files: string[]; sides?: Array<{ says: string; files: string[] }> }>;
}

/** Sentence (or its excerpt) as Arabic markdown, with the focus in bold. */
export function sentenceMarkdown(sentence: string, focus?: { start: number; end: number }, max = SENTENCE_EXCERPT): string {
  const start = focus ? Math.max(0, Math.min(focus.start, sentence.length)) : 0;
  const end = focus ? Math.max(start, Math.min(focus.end, sentence.length)) : 0;
  const cut = excerpt(sentence, max, start, end);
  const text = cut.text;
  if (!focus || end <= start) return RLI + escapeMarkdown(isolateLatinRuns(text)) + PDI;
  const s = Math.max(0, start - cut.offset);
  const e = Math.min(text.length, end - cut.offset);
  const part = (from: number, to: number) => escapeMarkdown(isolateLatinRuns(text.slice(from, to)));
  const focused = part(s, e).trim();
  if (!focused) return RLI + escapeMarkdown(isolateLatinRuns(text)) + PDI;
  return RLI + part(0, s) + '**' + focused + '**' + part(e, text.length) + PDI;
}

function articleItem(item: ArticleSentenceItem, t: Translate): string {
  const link = commandLink(escapeMarkdown(ltr(clip(item.fileLabel, NAME_EXCERPT))), InternalCommands.openLocation, [item.location]);
  const date = item.date ? ' · ' + escapeMarkdown(ltr(clip(item.date, DATE_EXCERPT))) : ' · ' + escapeMarkdown(t('undated'));
  // Two trailing spaces: a hard line break, the sentence goes under its article.
  return `- ${link}${date}  \n  ${sentenceMarkdown(item.sentence, item.focus)}`;
}

function claimItem(claim: ClaimSummary, t: Translate): string {
  const label = escapeMarkdown(arabicSentence(excerpt(claim.text, CLAIM_EXCERPT).text));
  const link = commandLink(label, Commands.revealClaim, [claim.id]);
  const counts = escapeMarkdown(claimCounts(claim.articleCount, claim.originCount, t));
  return `- ${link} · ${counts}`;
}

export function renderActorHover(m: ActorHoverModel, t: Translate): string {
  const out: string[] = [];
  const title = `**${escapeMarkdown(rtl(clip(m.name, NAME_EXCERPT)))}**` + (m.nameEn ? ` · ${escapeMarkdown(ltr(clip(m.nameEn, NAME_EXCERPT)))}` : '');
  out.push(title);
  const facts = [escapeMarkdown(m.typeLabel)];
  for (const role of m.roles) facts.push(escapeMarkdown(arabicSentence(clip(role, NAME_EXCERPT))));
  if (m.discovered) facts.push('_' + escapeMarkdown(t('discovered, not confirmed')) + '_');
  out.push(facts.join(' · '));
  if (m.description) out.push(escapeMarkdown(ltr(clip(m.description, DESCRIPTION_EXCERPT))));
  out.push(escapeMarkdown(t('Mentioned in {0} ({1})', count(m.articleCount, '{0} articles', ltr(String(m.articleCount))), count(m.mentionCount, '{0} mentions', ltr(String(m.mentionCount))))));
  if (m.sentenceClaims.length > 0) {
    const c = m.sentenceClaims[0];
    const link = commandLink(escapeMarkdown(t('show')), Commands.revealClaim, [c.id]);
    out.push(escapeMarkdown(t('This sentence is a recurring claim told by {0}', count(c.articleCount, '{0} articles', ltr(String(c.articleCount))))) + ' ' + link);
  }
  out.push('---');
  if (m.others.length === 0) {
    out.push(escapeMarkdown(t('No other article mentions this actor.')));
  } else {
    out.push(`**${escapeMarkdown(t('In other articles'))}**`);
    out.push(m.others.map((o) => articleItem(o, t)).join('\n'));
  }
  if (m.moreArticles > 0 || m.others.length > 0) {
    const label = m.moreArticles > 0
      ? t('See all {0} ({1})', count(m.mentionCount, '{0} mentions', ltr(String(m.mentionCount))), count(m.moreArticles, '{0} more articles', ltr(String(m.moreArticles))))
      : t('See all {0}', count(m.mentionCount, '{0} mentions', ltr(String(m.mentionCount))));
    out.push(commandLink(escapeMarkdown(label), Commands.showActorMentions, [m.actorId]));
  }
  if (m.claims.length > 0) {
    out.push('---');
    out.push(`**${escapeMarkdown(t('Recurring claims'))}**`);
    out.push(m.claims.map((c) => claimItem(c, t)).join('\n'));
  }
  return out.join('\n\n');
}

export function renderClaimHover(m: ClaimHoverModel, t: Translate): string {
  const out: string[] = [];
  out.push(`**${escapeMarkdown(t('Recurring claim'))}** · ` +
    escapeMarkdown(claimCounts(m.claim.articleCount, m.claim.originCount, t)));
  out.push(escapeMarkdown(arabicSentence(excerpt(m.claim.text, SENTENCE_EXCERPT).text)));
  if (m.origins.length > 0) {
    const shown = m.origins.slice(0, MAX_ORIGINS).map((o) => escapeMarkdown(arabicSentence(clip(o, NAME_EXCERPT))));
    if (m.origins.length > MAX_ORIGINS) shown.push(escapeMarkdown(ltr(`+${m.origins.length - MAX_ORIGINS}`)));
    out.push(escapeMarkdown(t('Origins:')) + ' ' + shown.join(' · '));
  }
  for (const d of m.differ ?? []) {
    const files = (list: string[]): string => list.slice(0, MAX_ORIGINS).map((f) => escapeMarkdown(ltr(clip(f, NAME_EXCERPT)))).join(' · ');
    const head = '⚠ ' + escapeMarkdown(t('Versions differ: {0}', d.kind)) + ' · ' + escapeMarkdown(arabicSentence(clip(d.detail, SENTENCE_EXCERPT)));
    if (!d.sides) {
      out.push(head + ' · ' + files(d.files));
      continue;
    }
    // Which article says what: one line per side, its words isolated, then its files.
    out.push(head + d.sides.map((x) => '  \n' + escapeMarkdown(arabicSentence(clip(x.says, NAME_EXCERPT))) + ': ' + files(x.files)).join(''));
  }
  out.push('---');
  if (m.others.length === 0) {
    out.push(escapeMarkdown(t('No other article tells it.')));
  } else {
    out.push(`**${escapeMarkdown(t('As the other articles tell it'))}**`);
    out.push(m.others.map((o) => articleItem(o, t)).join('\n'));
  }
  const more = m.moreArticles > 0 ? t('Show in the sidebar ({0})', count(m.moreArticles, '{0} more articles', ltr(String(m.moreArticles)))) : t('Show in the sidebar');
  out.push(commandLink(escapeMarkdown(more), Commands.revealClaim, [m.claim.id]) + ' · ' +
    commandLink(escapeMarkdown(t('Show the chain')), Commands.showProvenance, [m.claim.id]));
  return out.join('\n\n');
}
