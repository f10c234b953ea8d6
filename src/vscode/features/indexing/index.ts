/** When the workspace is indexed: started by the first Arabic article on screen, refreshed on demand or when trust is granted; its state as a context key and its counters for tests. */
import type * as vscode from 'vscode';
import type { IsnadServices } from '../../common/services';
import { activateIndexing } from './indexing';

export function activate(context: vscode.ExtensionContext, services: IsnadServices): void {
  activateIndexing(context, services);
}
