/**
 * Status-bar item for the active article: how many actors it mentions and how many
 * of its sentences belong to recurring claims; a click opens the Isnad sidebar.
 * A file skipped for its size says so (a click opens the size setting).
 * The text is fixed icons, a word and digits only: nothing from an article or a file
 * name ever reaches it (the status bar renders `$(icon)` syntax), no bidi mixing;
 * the words go in the tooltip.
 */
import { count as countPhrase } from '../../common/plural';
import { Commands, DebugCommands } from '../../common/commands';
import * as vscode from 'vscode';
import { claimKey } from '../claims';
import { isRecurring } from '../../common/corpusQueries';
import { ltr } from '../../common/bidi';
import type { Translate } from '../../common/translate';
import { fileKey } from '../../common/positions';
import type { IsnadServices } from '../../common/services';

export type StatusBarState =
  | { kind: 'hidden' }
  | { kind: 'indexing' }
  | { kind: 'tooLarge'; maxFileSizeKB: number }
  | { kind: 'article'; actors: number; claims: number };

export interface StatusBarContent {
  text: string;
  tooltip: string;
  /** Command and its arguments. */
  command?: { command: string; arguments?: unknown[] };
}

const count = (n: number) => String(Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0);

/** What the item shows in each state (unit-tested). */
export function statusBarContent(state: StatusBarState, t: Translate): StatusBarContent | undefined {
  switch (state.kind) {
    case 'hidden':
      return undefined;
    case 'indexing':
      return { text: '$(sync~spin) Isnad', tooltip: t('Isnad is indexing the workspace'), command: { command: Commands.showSidebar } };
    case 'tooLarge':
      return {
        text: '$(circle-slash) Isnad',
        tooltip: t('Isnad did not analyse this file: it is larger than {0} KB (setting isnad.files.maxFileSizeKB).', ltr(count(state.maxFileSizeKB))),
        command: { command: 'workbench.action.openSettings', arguments: ['isnad.files.maxFileSizeKB'] },
      };
    case 'article':
      return {
        text: `$(person) ${count(state.actors)}  $(comment-discussion) ${count(state.claims)}`,
        tooltip: t('{0} and {1} in this article. Click to open the Isnad sidebar.', countPhrase(Number(count(state.actors)), '{0} actors', ltr(count(state.actors))), countPhrase(Number(count(state.claims)), '{0} recurring claims', ltr(count(state.claims)))),
        command: { command: Commands.showSidebar },
      };
  }
}

export function activateStatusBar(context: vscode.ExtensionContext, services: IsnadServices): void {
  const { index } = services;
  const t = vscode.l10n.t;
  const item = vscode.window.createStatusBarItem('isnad.article', vscode.StatusBarAlignment.Right, 100);
  item.name = t('Isnad article');

  const stateOf = (): StatusBarState => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !index.started) return { kind: 'hidden' };
    if (index.state === 'indexing') return { kind: 'indexing' };
    const file = fileKey(doc.uri);
    if (index.skipped.reasonOf(file) === 'tooLarge') return { kind: 'tooLarge', maxFileSizeKB: index.maxFileSizeKB };
    if (!index.isArticle(doc.uri)) return { kind: 'hidden' };
    const analysis = index.corpus.getArticle(file);
    if (!analysis) return { kind: 'hidden' };
    const actors = new Set(analysis.mentions.map((m) => m.actorId)).size;
    const { minSources } = services.settings();
    const claims = new Set<string>();
    for (const s of analysis.sentences) {
      for (const g of index.corpus.groupsOfSentence(file, s.id)) if (isRecurring(g, minSources)) claims.add(claimKey(g));
    }
    return { kind: 'article', actors, claims: claims.size };
  };

  let shown: StatusBarContent | undefined;
  const update = () => {
    const content = statusBarContent(stateOf(), t);
    shown = content;
    if (!content) return item.hide();
    item.text = content.text;
    item.tooltip = content.tooltip;
    item.command = content.command ? { ...content.command, title: 'Isnad' } : undefined;
    item.show();
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    index.onDidChange(update),
    index.onDidChangeState(update),
    index.onDidSkip(update),
    index.onDidSettleClaims(update),
    vscode.commands.registerCommand(Commands.showSidebar, () => vscode.commands.executeCommand('workbench.view.extension.isnad')),
    // What the item shows now (tests); not in the palette.
    vscode.commands.registerCommand(DebugCommands.statusBar, () => shown),
  );
  update();
}
