/**
 * Entry point of the Isnad extension: builds what every feature shares (the article
 * index, the settings, the log) and lists the features. Each feature is a folder under
 * features/ whose index.ts `activate(context, services)` wires it; activation itself reads
 * and analyses nothing (features/indexing starts the index when an Arabic article shows),
 * and loads none of the engine's code: the build puts it in dist/engine.js, required when an
 * engine export is first used (scripts/build.mjs, ARCHITECTURE.md rule 2).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { AnalysisCache } from '../core';
import type { IsnadServices } from './common/services';
import { setPluralLanguage } from './common/plural';
import { readSettings, SECTION } from './common/settings';
import * as actors from './features/actors';
import * as claims from './features/claims';
import * as highlighting from './features/highlighting';
import * as hover from './features/hover';
import * as indexing from './features/indexing';
import * as navigation from './features/navigation';
import * as notices from './features/notices';
import * as provenance from './features/provenance';
import * as registry from './features/registry';
import * as report from './features/report';
import * as status from './features/status';
import { ArticleIndex } from './workspace/articleIndex';

/** In activation order: the registry first (it feeds the index), claims before the chain panel (it reveals claims). */
const FEATURES = [registry, navigation, highlighting, hover, claims, provenance, actors, status, report, notices, indexing];

export function activate(context: vscode.ExtensionContext): IsnadServices {
  // Counts in words follow the UI's language (its plural forms come from the l10n bundle).
  setPluralLanguage(vscode.l10n.bundle, vscode.env.language);
  const log = vscode.window.createOutputChannel('Isnad', { log: true });
  // Each article's analysis is kept in the workspace's storage, written in the background: a reopened folder is read, not analysed.
  const storage = context.storageUri?.fsPath;
  const openAnalyses = storage ? () => new AnalysisCache(path.join(storage, 'analyses'), { write: 'background' }) : undefined;
  const index = new ArticleIndex(log, registry.readWorkspaceRegistry, openAnalyses);
  let settings = readSettings();
  const services: IsnadServices = { index, log, settings: () => settings };
  context.subscriptions.push(
    log,
    index,
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration(SECTION)) settings = readSettings(); }),
  );
  for (const feature of FEATURES) feature.activate(context, services);
  return services;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
