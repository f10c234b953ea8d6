/** Hover cards: an actor's card and a recurring claim's card. */
import type * as vscode from 'vscode';
import type { IsnadServices } from '../../common/services';
import { activateHover } from './hoverProvider';

export function activate(context: vscode.ExtensionContext, services: IsnadServices): void {
  activateHover(context, services);
}
