/**
 * The name tagger's model is read on first use; if it cannot be, one warning, and the
 * registry works alone.
 */
import * as vscode from 'vscode';
import { onModelProblem } from '../../../core';
import type { IsnadServices } from '../../common/services';

export function activateModelNotice(context: vscode.ExtensionContext, { index }: IsnadServices): void {
  // The model is read by the index's first analysis, which announces a change: listening from then on
  // leaves the engine unloaded at activation, and a problem found before is reported at once.
  const firstChange = index.onDidChange(() => {
    firstChange.dispose();
    onModelProblem((_message, reason) => void vscode.window.showWarningMessage(vscode.l10n.t('Isnad: the name tagger is off ({0}); actors are found with the registry and rules only.', reason)));
  });
  context.subscriptions.push(firstChange);
}
