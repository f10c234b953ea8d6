/**
 * The current actor's mentions in this article (DocumentHighlightProvider): the
 * editor paints them with its own word-highlight background, which keeps the
 * Arabic reading order (backgrounds are overlays).
 */
import * as vscode from 'vscode';
import { fileKey, offsetAt, toDocumentRange } from '../../common/positions';
import type { IsnadServices } from '../../common/services';

export function activateDocumentHighlights(context: vscode.ExtensionContext, services: IsnadServices): void {
  const { index } = services;
  const provider: vscode.DocumentHighlightProvider = {
    provideDocumentHighlights(document, position) {
      // Asked on every cursor move: while a re-analysis is pending (typing) answer nothing rather
      // than analyse on each keystroke; the highlights come back after the pause.
      if (!index.isArticle(document.uri) || !index.isCurrent(document)) return undefined;
      const analysis = index.analysisOf(document);
      if (!analysis) return undefined;
      const mention = index.corpus.mentionAt(fileKey(document.uri), offsetAt(document, position));
      if (!mention) return undefined;
      return analysis.mentions
        .filter((m) => m.actorId === mention.actorId)
        .map((m) => new vscode.DocumentHighlight(toDocumentRange(document, m), vscode.DocumentHighlightKind.Text));
    },
  };
  context.subscriptions.push(vscode.languages.registerDocumentHighlightProvider({ language: 'plaintext' }, provider));
}
