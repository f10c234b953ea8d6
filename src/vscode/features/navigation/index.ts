/** Going from a mention to the others: open a location, references, highlights of the same actor, symbols (outline and workspace). */
import type * as vscode from 'vscode';
import type { IsnadServices } from '../../common/services';
import { activateDocumentHighlights } from './documentHighlights';
import { activateDocumentSymbols } from './documentSymbols';
import { activateOpenLocation } from './openLocation';
import { activateReferences } from './referenceProvider';
import { activateWorkspaceSymbols } from './workspaceSymbols';

export function activate(context: vscode.ExtensionContext, services: IsnadServices): void {
  activateOpenLocation(context);
  activateReferences(context, services);
  activateDocumentHighlights(context, services);
  activateWorkspaceSymbols(context, services);
  activateDocumentSymbols(context, services);
}
