/**
 * The notice about files Isnad did not analyse because they are larger than
 * `isnad.files.maxFileSizeKB` (they are skipped whole, not analysed up to the limit:
 * highlights and claims that stop halfway through an article would mislead the reviewer).
 *
 * Not spammy: files skipped together (an indexing pass, a burst of file events) make one
 * notification, shown once the burst is over; each file is named at most once per session
 * and limit (SkippedFiles); «Don't Show Again» holds for the workspace. The status bar says
 * it too while such a file is the active editor (statusBar.ts). Binary and unreadable files
 * are only logged; files that are not mostly Arabic are the normal case and say nothing.
 */
import { count } from '../../common/plural';
import { DebugCommands } from '../../common/commands';
import * as vscode from 'vscode';
import { fileLabel } from '../../common/actorText';
import { fsi, ltr } from '../../common/bidi';
import { messageText } from '../../common/displayText';
import { fileUri } from '../../common/positions';
import type { IsnadServices } from '../../common/services';
import { SECTION } from '../../common/settings';

/** Quiet time after the last skipped file before the notice appears. */
const NOTICE_DELAY_MS = 1500;
const HIDE_KEY = 'isnad.hideLargeFileNotice';
/** Notices remembered for `isnad.debug.fileNotices` (tests). */
const HISTORY = 20;

export function activateFileNotices(context: vscode.ExtensionContext, services: IsnadServices): void {
  const { index, log } = services;
  const t = vscode.l10n.t;
  const history: Array<{ files: string[]; shown: boolean }> = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const showFiles = async (files: string[]) => {
    const items = files.map((file) => ({ label: fsi(messageText(vscode.workspace.asRelativePath(fileUri(file), true), 200)), file }));
    const picked = await vscode.window.showQuickPick(items, { placeHolder: t('Files larger than {0} KB, not analysed', ltr(String(index.maxFileSizeKB))) });
    if (picked) await vscode.window.showTextDocument(fileUri(picked.file), { preview: true });
  };

  const announce = () => {
    timer = undefined;
    // One notice for a whole indexing pass: wait for its end.
    if (index.state === 'indexing') return schedule();
    const files = index.skipped.takeUnannounced();
    if (files.length === 0) return;
    const hidden = context.workspaceState.get<boolean>(HIDE_KEY) === true;
    history.push({ files: files.map(fileLabel), shown: !hidden });
    if (history.length > HISTORY) history.shift();
    log.info(`${files.length} file(s) larger than ${index.maxFileSizeKB} KB not analysed`);
    if (hidden) return;
    const kb = ltr(String(index.maxFileSizeKB));
    const message = files.length === 1
      ? t('Isnad did not analyse {0}: it is larger than {1} KB (setting isnad.files.maxFileSizeKB).', ltr(messageText(fileLabel(files[0]))), kb)
      : t('Isnad did not analyse {0} larger than {1} KB (setting isnad.files.maxFileSizeKB).', count(files.length, '{0} files', ltr(String(files.length))), kb);
    const show = t('Show Files');
    const change = t('Change the Limit');
    const never = t("Don't Show Again");
    void vscode.window.showInformationMessage(message, show, change, never).then(async (choice) => {
      if (choice === show) await showFiles(files);
      else if (choice === change) await vscode.commands.executeCommand('workbench.action.openSettings', `${SECTION}.files.maxFileSizeKB`);
      else if (choice === never) await context.workspaceState.update(HIDE_KEY, true);
    }, (e) => log.warn(`file notice: ${String(e)}`));
  };

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(announce, NOTICE_DELAY_MS);
  };

  context.subscriptions.push(
    index.onDidSkip(() => { if (index.skipped.pendingAnnouncements > 0) schedule(); }),
    { dispose: () => timer && clearTimeout(timer) },
    vscode.commands.registerCommand(DebugCommands.fileNotices, () => history.map((h) => ({ ...h, files: [...h.files] }))),
  );
}
