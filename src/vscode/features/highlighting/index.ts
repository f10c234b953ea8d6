/** Decorations of actors, boilerplate and repeated lines in the editor, and the command that turns them on and off. */
import * as vscode from 'vscode';
import { Commands } from '../../common/commands';
import type { IsnadServices } from '../../common/services';
import { SECTION } from '../../common/settings';
import { activateHighlighting } from './highlighting';

export function activate(context: vscode.ExtensionContext, services: IsnadServices): void {
  activateHighlighting(context, services);
  context.subscriptions.push(vscode.commands.registerCommand(Commands.toggleHighlighting, () =>
    vscode.workspace.getConfiguration(SECTION).update('highlighting.enabled', !services.settings().highlightingEnabled, vscode.ConfigurationTarget.Global)));
}
