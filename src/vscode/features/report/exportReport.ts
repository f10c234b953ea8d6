/**
 * `isnad.exportReport`: the corpus report (engine's buildReport) saved as Markdown or
 * JSON where the reviewer chooses. File names are workspace-relative paths.
 */
import * as vscode from 'vscode';
import { Commands } from '../../common/commands';
import { buildReport } from '../../../core';
import { fileUri, parseUri } from '../../common/positions';
import { relabelFiles, reportToMarkdown } from './reportMarkdown';
import type { IsnadServices } from '../../common/services';

export function activateExportReport(context: vscode.ExtensionContext, services: IsnadServices): void {
  const t = vscode.l10n.t;
  // Arguments (optional, for automation): format 'markdown' | 'json', and a target URI (no dialog then).
  context.subscriptions.push(vscode.commands.registerCommand(Commands.exportReport, async (format?: unknown, to?: unknown) => {
    await services.index.ensureStarted();
    let kind = format === 'json' || format === 'markdown' ? format : undefined;
    if (!kind) {
      const picked = await vscode.window.showQuickPick(
        [{ label: 'Markdown', format: 'markdown' as const }, { label: 'JSON', format: 'json' as const }],
        { placeHolder: t('Export the Isnad report as') },
      );
      kind = picked?.format;
    }
    if (!kind) return;
    // The report's claims are of the corpus as it is: wait for a regrouping in progress.
    await services.index.corpus.settleClaims();
    const report = relabelFiles(buildReport(services.index.corpus), (file) => vscode.workspace.asRelativePath(fileUri(file), true));
    const content = kind === 'json' ? JSON.stringify(report, null, 2) + '\n' : reportToMarkdown(report, t);
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = kind === 'json' ? 'isnad-report.json' : 'isnad-report.md';
    const given = to instanceof vscode.Uri ? to : typeof to === 'string' ? parseUri(to) : undefined;
    if (given) {
      await vscode.workspace.fs.writeFile(given, new TextEncoder().encode(content));
      return given.toString();
    }
    const target = await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: kind === 'json' ? { JSON: ['json'] } : { Markdown: ['md'] },
      saveLabel: t('Export'),
    });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
    const open = t('Open');
    if ((await vscode.window.showInformationMessage(t('Isnad report saved to {0}', vscode.workspace.asRelativePath(target)), open)) === open) {
      await vscode.window.showTextDocument(target);
    }
    return target.toString();
  }));
}
