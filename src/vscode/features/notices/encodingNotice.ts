/**
 * An article saved in Windows-1256 (common in Arabic archives) is read right from the disk
 * (articleFiles.ts), but VS Code opens it as UTF-8 unless `files.autoGuessEncoding` is on:
 * the reviewer sees replacement characters, and Isnad cannot analyse the document as shown.
 * When such a document is shown, Isnad offers once per file and session to reopen it in its
 * encoding (`openTextDocument(uri, { encoding })`, which decodes the open document again).
 */
import * as vscode from 'vscode';
import { DebugCommands } from '../../common/commands';
import { fileLabel } from '../../common/actorText';
import { ltr } from '../../common/bidi';
import { messageText } from '../../common/displayText';
import { fileKey } from '../../common/positions';
import type { IsnadServices } from '../../common/services';

/** decodeArticle's encoding names -> VS Code's encoding ids. */
const VSCODE_ENCODINGS: Record<string, string> = { 'windows-1256': 'windows1256' };
/** Files offered at most (a session with more has bigger problems than this notice). */
const MAX_OFFERS = 200;

export function activateEncodingNotice(context: vscode.ExtensionContext, services: IsnadServices): void {
  const { index, log } = services;
  const t = vscode.l10n.t;
  const offered = new Set<string>();

  const check = (doc: vscode.TextDocument) => {
    const key = fileKey(doc.uri);
    const found = index.diskEncodingOf(key);
    const target = found && VSCODE_ENCODINGS[found];
    if (!target || doc.isDirty || doc.encoding === target || offered.has(key) || offered.size >= MAX_OFFERS) return;
    // VS Code guessed the encoding itself (files.autoGuessEncoding): nothing to say.
    if (!doc.getText().includes('\uFFFD')) return;
    offered.add(key);
    const reopen = t('Reopen as Windows-1256');
    const message = t('{0} is Arabic text in Windows-1256 shown as {1}: Isnad cannot analyse it as it is shown.', ltr(messageText(fileLabel(key))), ltr(messageText(doc.encoding)));
    void vscode.window.showInformationMessage(message, reopen).then(async (choice) => {
      if (choice !== reopen) return;
      const reopened = await vscode.workspace.openTextDocument(doc.uri, { encoding: target });
      await vscode.window.showTextDocument(reopened);
    }, (e) => log.warn(`reopen with encoding: ${String(e)}`));
  };
  const checkVisible = () => { for (const e of vscode.window.visibleTextEditors) check(e.document); };

  context.subscriptions.push(
    vscode.window.onDidChangeVisibleTextEditors(checkVisible),
    index.onDidChange(checkVisible),
    // Files offered a reopen (tests); not in the palette.
    vscode.commands.registerCommand(DebugCommands.encodingOffers, () => [...offered].map(fileLabel)),
  );
}
