/** The Actors view: actors of the workspace by type, their mentions per article. */
import type * as vscode from 'vscode';
import type { IsnadServices } from '../../common/services';
import { activateActorsTree } from './actorsTree';

export function activate(context: vscode.ExtensionContext, services: IsnadServices): void {
  activateActorsTree(context, services);
}
