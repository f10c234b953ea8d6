/**
 * Go to Symbol in Workspace (Ctrl+T) finds actors by Arabic or English name, via
 * the engine's `searchActors` (which folds Arabic spelling variants). Each result
 * points at the actor's mention in its most recent article.
 */
import * as vscode from 'vscode';
import type { ActorType } from '../../../core';
import { typeLabel } from '../../common/actorText';
import { plainText } from '../../common/displayText';
import { toLocation } from '../../common/positions';
import type { IsnadServices } from '../../common/services';

const MAX_RESULTS = 100;

export function symbolKindOf(type: ActorType): vscode.SymbolKind {
  switch (type) {
    case 'person': return vscode.SymbolKind.Object;
    case 'organization': return vscode.SymbolKind.Class;
    case 'country': return vscode.SymbolKind.Namespace;
    case 'place': return vscode.SymbolKind.Field;
    case 'media': return vscode.SymbolKind.Module;
  }
}

export function activateWorkspaceSymbols(context: vscode.ExtensionContext, services: IsnadServices): void {
  const { index } = services;
  const provider: vscode.WorkspaceSymbolProvider = {
    async provideWorkspaceSymbols(query) {
      // Ctrl+T in a workspace that never showed an article must not start indexing.
      if (!index.started) return [];
      await index.ensureStarted();
      const corpus = index.corpus;
      const usage = new Map(corpus.actorUsage().map((u) => [u.actor.id, u]));
      const actors = query.trim() ? corpus.searchActors(query.trim(), MAX_RESULTS) : [...usage.values()].map((u) => u.actor);
      const symbols: vscode.SymbolInformation[] = [];
      for (const actor of actors) {
        const files = usage.get(actor.id)?.files;
        if (!files || files.length === 0) continue; // no article mentions it: nowhere to go
        const first = corpus.mentionsOf(actor.id).filter((r) => r.file === files[0]).sort((a, b) => a.mention.start - b.mention.start)[0];
        if (!first) continue;
        // The quick pick filters results again by the query: the name carries both the Arabic and English name.
        const name = plainText(actor.name) + (actor.nameEn ? ` · ${plainText(actor.nameEn)}` : '') || actor.id;
        symbols.push(new vscode.SymbolInformation(name, symbolKindOf(actor.type), typeLabel(actor.type, vscode.l10n.t), toLocation(first.file, first.mention)));
      }
      return symbols;
    },
  };
  context.subscriptions.push(vscode.languages.registerWorkspaceSymbolProvider(provider));
}
