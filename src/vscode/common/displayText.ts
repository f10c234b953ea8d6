/**
 * Untrusted text (article sentences, actor names from a workspace registry or discovered
 * in articles, file names) shown OUTSIDE the hover cards: tree labels, descriptions and
 * tooltips, quick picks, notifications, symbol names. Pure module: no vscode import.
 *
 * Each of those surfaces has its own active syntax, so each gets its own treatment:
 * - notifications turn `[label](command:…)`, `(https:…)` and `(file:…)` into clickable
 *   links, command links included: `noLinks` breaks the `](` that would form one;
 * - quick pick items, the status bar and notifications render `$(icon)`: `noIcons`;
 * - a tree row, a quick pick item and a symbol name are one line: control characters and
 *   line separators become spaces (`flatten`, which keeps offsets, for highlight ranges);
 * - everything is cut to a length: a one-megabyte word must not become a one-megabyte label;
 * - foreign bidi controls (an RLO in an article) are removed before our own isolates go around;
 * - a tooltip given as MarkdownString is escaped like a hover (claimTooltipMarkdown).
 */
import { arabicSentence, ltr, stripBidiControls, treeText } from './bidi';
import { escapeMarkdown, excerpt } from './markdownText';
import { claimCounts, type Translate } from './translate';

/** Sentence labels in the trees: an RTL label wider than the sidebar loses its beginning. */
export const SENTENCE_LABEL_LENGTH = 32;
/** Actor names, file names, English names in labels, descriptions, quick picks. */
export const NAME_LENGTH = 64;
/** Plain tooltips and quick pick details. */
export const TOOLTIP_LENGTH = 600;
/** Origins listed in a claim's tooltip before «+N». */
export const TOOLTIP_ORIGINS = 8;

/** Control characters, C1 controls and line/paragraph separators become spaces (one for one: offsets stay). */
export function flatten(text: string): string {
  return text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, ' ');
}

/** `$(name)` would render as an icon in quick picks, notifications and the status bar. */
export function noIcons(text: string): string {
  return text.replace(/\$\(/g, '$\u200B(');
}

/** `[label](target)` would render as a link in a notification (and run a `command:` target). */
export function noLinks(text: string): string {
  return text.replace(/\]\s*\(/g, (m) => m.slice(0, 1) + '\u200B' + m.slice(1));
}

/** One line of plain text, cut to `max`, with no icon or link syntax and no foreign bidi controls left. */
export function plainText(text: string, max = NAME_LENGTH): string {
  return noLinks(noIcons(flatten(stripBidiControls(excerpt(text, max).text))));
}

/** A tree label or description from untrusted text: one line, cut, FSI-isolated (see bidi.ts). */
export function treeLabel(text: string, max = NAME_LENGTH): string {
  return treeText(plainText(text, max));
}

/** A plain-string tooltip: one Arabic sentence per line (RLI..PDI, Latin runs isolated). */
export function plainTooltip(lines: ReadonlyArray<string | undefined>, max = TOOLTIP_LENGTH): string {
  return lines.filter((l): l is string => !!l && l.trim() !== '').map((l) => arabicSentence(plainText(l, max))).join('\n');
}

/** Text for a notification or a quick pick from untrusted text (an actor name, a selection, a file name). */
export function messageText(text: string, max = NAME_LENGTH): string {
  return plainText(text, max);
}

/** The Markdown tooltip of a claim group in the Recurring Claims view; inert like a hover. */
export function claimTooltipMarkdown(text: string, articles: number, origins: readonly string[], t: Translate): string {
  const parts = [escapeMarkdown(arabicSentence(excerpt(text, TOOLTIP_LENGTH).text))];
  parts.push(escapeMarkdown(claimCounts(articles, Math.max(1, origins.length), t)));
  if (origins.length) {
    const shown = origins.slice(0, TOOLTIP_ORIGINS).map((o) => escapeMarkdown(arabicSentence(excerpt(o, NAME_LENGTH).text)));
    if (origins.length > TOOLTIP_ORIGINS) shown.push(escapeMarkdown(ltr(`+${origins.length - TOOLTIP_ORIGINS}`)));
    parts.push(shown.join(' · '));
  }
  return parts.join('\n\n');
}
