/**
 * The Outline (and breadcrumbs, Ctrl+Shift+O) of an article: its headline, then the
 * sentences that belong to a recurring claim, with the number of articles telling it.
 */
import { count } from '../../common/plural';
import * as vscode from 'vscode';
import { fileKey, toRange } from '../../common/positions';
import { isRecurring } from '../../common/corpusQueries';
import { plainText } from '../../common/displayText';
import type { IsnadServices } from '../../common/services';

const NAME_LENGTH = 80;
/** How long the outline waits for the first claim grouping of a folder. */
const FIRST_GROUPING_WAIT_MS = 5000;

export function activateDocumentSymbols(context: vscode.ExtensionContext, services: IsnadServices): void {
  const { index } = services;
  const provider: vscode.DocumentSymbolProvider = {
    async provideDocumentSymbols(document) {
      const analysis = await index.articleFor(document);
      if (!analysis) return undefined;
      // The claims of the outline: exact when the grouping lands soon, else the previous grouping's;
      // before the first grouping, wait for it (VS Code asks for the outline again only on an edit).
      await index.claimsSettled(undefined, FIRST_GROUPING_WAIT_MS);
      const corpus = index.corpus;
      const file = fileKey(document.uri);
      const { minSources } = services.settings();
      const symbols: vscode.DocumentSymbol[] = [];
      const headline = analysis.sentences.find((s) => s.isHeadline);
      if (headline || analysis.title) {
        const range = headline ? toRange(headline) : document.lineAt(0).range;
        symbols.push(new vscode.DocumentSymbol(plainText(analysis.title || headline!.text, NAME_LENGTH).trim() || '…',
          vscode.l10n.t('headline'), vscode.SymbolKind.File, range, range));
      }
      for (const sentence of analysis.sentences) {
        if (sentence.duplicateOf !== undefined) continue;
        const groups = corpus.groupsOfSentence(file, sentence.id).filter((g) => isRecurring(g, minSources));
        if (groups.length === 0) continue;
        const articles = Math.max(...groups.map((g) => new Set(g.files).size));
        const range = toRange(sentence);
        // The claim's label (who claims what) of the group told by the most articles.
        const top = groups.reduce((a, b) => (new Set(b.files).size > new Set(a.files).size ? b : a));
        symbols.push(new vscode.DocumentSymbol(plainText(top.label || sentence.text, NAME_LENGTH).trim() || '…',
          vscode.l10n.t('claim told by {0}', count(articles, '{0} articles')), vscode.SymbolKind.Event, range, range));
      }
      return symbols;
    },
  };
  context.subscriptions.push(vscode.languages.registerDocumentSymbolProvider({ language: 'plaintext' }, provider, { label: 'Isnad' }));
}
