/** The workspace registry (.isnad/actors.json): read and watched, its problems shown, and the commands that add to it. */
import type * as vscode from 'vscode';
import type { IsnadServices } from '../../common/services';
import { activateRegistryCommands } from './registryCommands';
import { activateWorkspaceRegistry } from './workspaceRegistry';

export { readWorkspaceRegistry } from './workspaceRegistry';

export function activate(context: vscode.ExtensionContext, services: IsnadServices): void {
  activateWorkspaceRegistry(context, services);
  activateRegistryCommands(context, services);
}
