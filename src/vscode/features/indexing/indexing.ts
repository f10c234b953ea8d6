/**
 * When the workspace is indexed. Nothing is read or analysed until an Arabic article is
 * shown or an Isnad view opens (ArticleIndex.ensureStarted), so opening an unrelated .txt
 * costs nothing. Also: the refresh command, a refresh when trust is granted (the workspace
 * registry and the workspace's file settings then apply), the `isnad.indexing` context key
 * (the views' welcome text says «reading…» rather than «nothing found») and the index's
 * counters for tests and troubleshooting.
 */
import * as vscode from 'vscode';
import { Commands, ContextKeys, DebugCommands } from '../../common/commands';
import type { IsnadServices } from '../../common/services';

export function activateIndexing(context: vscode.ExtensionContext, services: IsnadServices): void {
  const { index } = services;
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.refresh, () => index.refresh()),
    // Counters of the index (tests, troubleshooting); not in the palette.
    vscode.commands.registerCommand(DebugCommands.indexStats, () => index.stats()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => { if (index.started) void index.refresh(); }),
    index.onDidChangeState((state) => {
      void vscode.commands.executeCommand('setContext', ContextKeys.indexing, state === 'indexing');
    }),
  );

  // Start indexing when the first Arabic article is on screen (now or later).
  const startIfArticleShown = (editors: readonly vscode.TextEditor[]) => {
    if (!index.started && editors.some((e) => index.looksLikeArticle(e.document))) void index.ensureStarted();
  };
  context.subscriptions.push(vscode.window.onDidChangeVisibleTextEditors(startIfArticleShown));
  startIfArticleShown(vscode.window.visibleTextEditors);
}
