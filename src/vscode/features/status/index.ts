/** The status bar item of the article on screen. */
import type * as vscode from 'vscode';
import type { IsnadServices } from '../../common/services';
import { activateStatusBar } from './statusBar';

export function activate(context: vscode.ExtensionContext, services: IsnadServices): void {
  activateStatusBar(context, services);
}
