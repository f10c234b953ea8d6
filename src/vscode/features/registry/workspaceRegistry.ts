/**
 * The workspace actor registry `.isnad/actors.json`: read it (only in a trusted
 * workspace: in Restricted Mode the built-in registry alone is used, since a
 * cloned repository could otherwise rename or retype actors in the reviewer's
 * report), follow its edits, and show the engine's problems with it in the
 * Problems panel. IntelliSense for the file comes from `contributes.jsonValidation`.
 */
import * as vscode from 'vscode';
import { decodeArticle, REGISTRY_MAX_BYTES, registryTooLarge, type Diagnostic as CoreDiagnostic } from '../../../core';
import type { IsnadServices } from '../../common/services';
import type { RegistrySource } from '../../workspace/articleIndex';
import { fileKey, openDocument, parseUri, toRange } from '../../common/positions';
import { trustPolicy } from '../../common/trustPolicy';

export const REGISTRY_PATH = '.isnad/actors.json';
/** The engine's registry limit, the same for the CLI. */
export { REGISTRY_MAX_BYTES };

/** Where the registry lives: the first workspace folder (one registry per workspace). */
export function registryUri(): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, REGISTRY_PATH) : undefined;
}

/**
 * Current registry text, or undefined when absent or the workspace is untrusted. Unsaved edits
 * win over the disk; a clean document is not trusted over the disk, because VS Code keeps the
 * model of a closed editor for a while, also after its file was deleted.
 */
export async function readWorkspaceRegistry(): Promise<RegistrySource | undefined> {
  const uri = registryUri();
  if (!uri) return undefined;
  const file = fileKey(uri);
  if (!trustPolicy(vscode.workspace.isTrusted).readWorkspaceRegistry) return { text: undefined, file };
  const tooLarge = (bytes: number) => ({ text: undefined, file, problem: registryTooLarge(bytes) });
  const open = openDocument(fileKey(uri));
  if (open?.isDirty) {
    const bytes = Buffer.byteLength(open.getText(), 'utf8');
    return bytes > REGISTRY_MAX_BYTES ? tooLarge(bytes) : { text: open.getText(), file };
  }
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return { text: undefined, file, problem: `${REGISTRY_PATH} is a folder, not a file` };
    if (stat.size > REGISTRY_MAX_BYTES) return tooLarge(stat.size);
    // Same decoding as articles: a registry saved as UTF-16 or Windows-1256 by some editor still reads.
    const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri));
    if ('error' in decoded) return { text: undefined, file, problem: `the registry is ${decoded.error} and is not read` };
    return { text: decoded.text, file };
  } catch {
    return { text: undefined, file };
  }
}

function toDiagnostic(d: CoreDiagnostic): vscode.Diagnostic {
  const range = toRange({ line: d.line, character: d.character, endLine: d.endLine ?? d.line, endCharacter: d.endCharacter ?? d.character + 1 });
  const severity = d.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
  const diagnostic = new vscode.Diagnostic(range, d.message, severity);
  diagnostic.source = 'Isnad';
  return diagnostic;
}

export function activateWorkspaceRegistry(context: vscode.ExtensionContext, services: IsnadServices): void {
  const { index } = services;
  const collection = vscode.languages.createDiagnosticCollection('isnad');
  context.subscriptions.push(collection);

  const publish = () => {
    collection.clear();
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const d of index.registryDiagnostics) {
      const list = byFile.get(d.file) ?? [];
      list.push(toDiagnostic(d));
      byFile.set(d.file, list);
    }
    for (const [file, list] of byFile) {
      // The engine names the file it was given (our URI string); fall back to the registry's URI.
      const uri = file.includes(':') ? parseUri(file) : registryUri();
      if (uri) collection.set(uri, list);
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const reload = () => {
    if (!index.started) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(async () => {
      timer = undefined;
      index.setRegistry(await readWorkspaceRegistry());
      publish();
    }, services.settings().debounceMs);
  };
  const isRegistry = (uri: vscode.Uri) => uri.toString() === registryUri()?.toString();

  // `**/` form so the watchers still work after folders change; events are filtered here. The folder
  // is watched too: deleting or renaming `.isnad` reports the folder only, not the file inside.
  const registryFolder = () => { const u = registryUri(); return u && vscode.Uri.joinPath(u, '..').toString(); };
  const onDisk = (uri: vscode.Uri) => { if (isRegistry(uri) || uri.toString() === registryFolder()) reload(); };
  const fileWatcher = vscode.workspace.createFileSystemWatcher('**/' + REGISTRY_PATH);
  const folderWatcher = vscode.workspace.createFileSystemWatcher('**/' + REGISTRY_PATH.split('/')[0]);
  context.subscriptions.push(fileWatcher, folderWatcher);
  for (const w of [fileWatcher, folderWatcher]) {
    context.subscriptions.push(w.onDidCreate(onDisk), w.onDidChange(onDisk), w.onDidDelete(onDisk));
  }
  context.subscriptions.push(
    // Editing the registry in the editor applies at once (the open document wins over the disk).
    vscode.workspace.onDidChangeTextDocument((e) => { if (isRegistry(e.document.uri) && e.contentChanges.length) reload(); }),
    vscode.workspace.onDidCloseTextDocument((doc) => { if (isRegistry(doc.uri)) reload(); }),
    vscode.workspace.onDidGrantWorkspaceTrust(reload),
    vscode.workspace.onDidChangeWorkspaceFolders(reload),
    // Whoever changed the registry (first indexing, this watcher, a registry command), its problems follow.
    index.onDidChange(publish),
    index.onDidChangeState((state) => { if (state !== 'indexing') publish(); }),
    { dispose: () => timer && clearTimeout(timer) },
  );
}
