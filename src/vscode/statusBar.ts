/**
 * Status-bar item for the active article: how many actors it mentions and how many
 * of its sentences belong to recurring claims; a click opens the Isnad sidebar.
 * The text is icons and digits only (no bidi mixing); the words go in the tooltip.
 */
import * as vscode from 'vscode';
import { claimKey } from './claimsTreeModel';
import { isRecurring } from './corpusQueries';
import { ltr } from './bidi';
import { fileKey } from './positions';
import type { IsnadServices } from './services';

export function activateStatusBar(context: vscode.ExtensionContext, services: IsnadServices): void {
  const { index } = services;
  const t = vscode.l10n.t;
  const item = vscode.window.createStatusBarItem('isnad.article', vscode.StatusBarAlignment.Right, 100);
  item.name = t('Isnad article');
  item.command = 'isnad.showSidebar';

  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !index.started) return item.hide();
    if (index.state === 'indexing') {
      item.text = '$(sync~spin) Isnad';
      item.tooltip = t('Isnad is indexing the workspace');
      return item.show();
    }
    if (!index.isArticle(doc.uri)) return item.hide();
    const analysis = index.corpus.getArticle(fileKey(doc.uri));
    if (!analysis) return item.hide();
    const actors = new Set(analysis.mentions.map((m) => m.actorId)).size;
    const { minSources } = services.settings();
    const claims = new Set<string>();
    for (const s of analysis.sentences) {
      for (const g of index.corpus.groupsOfSentence(fileKey(doc.uri), s.id)) if (isRecurring(g, minSources)) claims.add(claimKey(g));
    }
    item.text = `$(person) ${actors}  $(comment-discussion) ${claims.size}`;
    item.tooltip = t('{0} actors and {1} recurring claims in this article. Click to open the Isnad sidebar.', ltr(String(actors)), ltr(String(claims.size)));
    item.show();
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    index.onDidChange(update),
    index.onDidChangeState(update),
    vscode.commands.registerCommand('isnad.showSidebar', () => vscode.commands.executeCommand('workbench.view.extension.isnad')),
  );
  update();
}
