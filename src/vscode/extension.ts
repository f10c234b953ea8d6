/**
 * Entry point of the Isnad extension. Activation only wires features together:
 * nothing is read or analysed until an Arabic article is shown or an Isnad view
 * opens (ArticleIndex.ensureStarted), so opening an unrelated .txt costs nothing.
 * One feature per file, each with its own activate…(context, services).
 */
import * as path from 'node:path';
import { AnalysisCache } from '../core/cache/analysisCache';
import * as vscode from 'vscode';
import { onModelProblem } from '../core/actors/tagger/model';
import { activateActorsTree } from './actorsTree';
import { ArticleIndex } from './articleIndex';
import { activateClaimsTree } from './claimsTree';
import { activateDocumentHighlights } from './documentHighlights';
import { activateDocumentSymbols } from './documentSymbols';
import { activateEncodingNotice } from './encodingNotice';
import { activateExportReport } from './exportReport';
import { activateFileNotices } from './fileNotices';
import { activateHighlighting } from './highlighting';
import { activateHover } from './hoverProvider';
import { activateOpenLocation } from './openLocation';
import { setPluralLanguage } from './plural';
import { activateProvenance } from './provenance/panel';
import { activateReferences } from './referenceProvider';
import { activateRegistryCommands } from './registryCommands';
import type { IsnadServices } from './services';
import { readSettings, SECTION } from './settings';
import { activateStatusBar } from './statusBar';
import { activateWorkspaceRegistry, readWorkspaceRegistry } from './workspaceRegistry';
import { activateWorkspaceSymbols } from './workspaceSymbols';

export function activate(context: vscode.ExtensionContext): IsnadServices {
  // Counts in words follow the UI's language (its plural forms come from the l10n bundle).
  setPluralLanguage(vscode.l10n.bundle, vscode.env.language);
  const log = vscode.window.createOutputChannel('Isnad', { log: true });
  // Each article's analysis is kept in the workspace's storage, written in the background: a reopened folder is read, not analysed.
  const analyses = context.storageUri ? new AnalysisCache(path.join(context.storageUri.fsPath, 'analyses'), { write: 'background' }) : undefined;
  const index = new ArticleIndex(log, readWorkspaceRegistry, analyses);
  let settings = readSettings();
  const services: IsnadServices = { index, log, settings: () => settings };
  context.subscriptions.push(
    log,
    index,
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration(SECTION)) settings = readSettings(); }),
  );

  activateWorkspaceRegistry(context, services);
  activateOpenLocation(context);
  activateHighlighting(context, services);
  activateHover(context, services);
  activateReferences(context, services);
  activateDocumentHighlights(context, services);
  activateWorkspaceSymbols(context, services);
  activateDocumentSymbols(context, services);
  activateClaimsTree(context, services);
  activateProvenance(context, services);
  activateActorsTree(context, services);
  activateStatusBar(context, services);
  activateRegistryCommands(context, services);
  activateExportReport(context, services);
  activateFileNotices(context, services);
  activateEncodingNotice(context, services);
  // The name tagger's model is read on first use; if it cannot be, one warning, and the registry works alone.
  onModelProblem((_message, reason) => void vscode.window.showWarningMessage(vscode.l10n.t('Isnad: the name tagger is off ({0}); actors are found with the registry and rules only.', reason)));

  context.subscriptions.push(
    vscode.commands.registerCommand('isnad.refresh', () => index.refresh()),
    // Counters of the index (tests, troubleshooting); not in the palette.
    vscode.commands.registerCommand('isnad.debug.indexStats', () => index.stats()),
    // Trust granted: the workspace registry and the workspace's file settings now apply.
    vscode.workspace.onDidGrantWorkspaceTrust(() => { if (index.started) void index.refresh(); }),
    vscode.commands.registerCommand('isnad.toggleHighlighting', () =>
      vscode.workspace.getConfiguration(SECTION).update('highlighting.enabled', !settings.highlightingEnabled, vscode.ConfigurationTarget.Global)),
  );

  // The views' welcome text says «reading…» rather than «nothing found» while indexing.
  context.subscriptions.push(index.onDidChangeState((state) => {
    void vscode.commands.executeCommand('setContext', 'isnad.indexing', state === 'indexing');
  }));

  // Start indexing when the first Arabic article is on screen (now or later).
  const startIfArticleShown = (editors: readonly vscode.TextEditor[]) => {
    if (!index.started && editors.some((e) => index.looksLikeArticle(e.document))) void index.ensureStarted();
  };
  context.subscriptions.push(vscode.window.onDidChangeVisibleTextEditors(startIfArticleShown));
  startIfArticleShown(vscode.window.visibleTextEditors);
  return services;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
