/**
 * The name tagger's model is read on first use; if it cannot be, one warning, and the
 * registry works alone.
 */
import * as vscode from 'vscode';
import { onModelProblem } from '../../../core';

export function activateModelNotice(): void {
  onModelProblem((_message, reason) => void vscode.window.showWarningMessage(vscode.l10n.t('Isnad: the name tagger is off ({0}); actors are found with the registry and rules only.', reason)));
}
