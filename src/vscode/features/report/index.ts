/** The report export (Markdown or JSON) of the workspace's articles. */
import type * as vscode from 'vscode';
import type { IsnadServices } from '../../common/services';
import { activateExportReport } from './exportReport';

export function activate(context: vscode.ExtensionContext, services: IsnadServices): void {
  activateExportReport(context, services);
}
