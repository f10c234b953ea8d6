/** The chain of a claim in a webview panel: model, layout and page (pure), and the panel. */
import type * as vscode from 'vscode';
import type { IsnadServices } from '../../common/services';
import { activateProvenance } from './provenancePanel';

export function activate(context: vscode.ExtensionContext, services: IsnadServices): void {
  activateProvenance(context, services);
}
