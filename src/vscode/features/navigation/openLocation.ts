/**
 * `isnad.openLocation`: opens an article with a range selected. The target of
 * every hover link and tree item click; takes plain JSON (LocationArgs) so that
 * it can ride in a command URI.
 */
import * as vscode from 'vscode';
import { InternalCommands } from '../../common/commands';
import type { LocationArgs } from '../../common/commandLinks';
import { fileUri, rangeFromArgs } from '../../common/positions';

function isLocationArgs(value: unknown): value is LocationArgs {
  const v = value as LocationArgs;
  return !!v && typeof v.file === 'string' && [v.line, v.character, v.endLine, v.endCharacter].every((n) => Number.isInteger(n) && n >= 0);
}

export async function openLocation(args: LocationArgs, preview = true): Promise<vscode.TextEditor> {
  const range = rangeFromArgs(args);
  const document = await vscode.workspace.openTextDocument(fileUri(args.file));
  const editor = await vscode.window.showTextDocument(document, { selection: range, preview });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export function activateOpenLocation(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(InternalCommands.openLocation, async (args: unknown) => {
    // Arguments come from command links too: accept only the expected shape and only our corpus keys' schemes.
    if (!isLocationArgs(args)) return;
    const scheme = fileUri(args.file).scheme;
    if (scheme === 'command') return;
    await openLocation(args);
  }));
}
