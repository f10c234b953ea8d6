/**
 * The Workspace interface (workspace.ts) over `vscode.workspace`: the only file of the
 * article index that reads the disk or looks up open documents through VS Code.
 */
import * as vscode from 'vscode';
import { fileKey, fileUri, openDocument, openDocuments } from '../common/positions';
import { FileGone, type FileLocation, type FileStat, type OpenDocument, type Workspace } from './workspace';

/** A live view of an open document: its text and version are read when asked. */
export function documentView(doc: vscode.TextDocument): OpenDocument {
  return {
    key: fileKey(doc.uri),
    get languageId() { return doc.languageId; },
    get version() { return doc.version; },
    get isDirty() { return doc.isDirty; },
    getText: () => doc.getText(),
  };
}

export function isNotFound(e: unknown): boolean {
  if (e instanceof vscode.FileSystemError && (e.code === 'FileNotFound' || e.code === 'EntryNotFound')) return true;
  return /ENOENT|EntryNotFound|FileNotFound|ENOTDIR/.test(String((e as { code?: unknown })?.code ?? '') + ' ' + String(e));
}

export class VscodeWorkspace implements Workspace {
  async findFiles(include: string): Promise<string[]> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const found = await Promise.all(folders.map((f) => vscode.workspace.findFiles(new vscode.RelativePattern(f, include))));
    return found.flat().map(fileKey);
  }

  async findFilesUnder(folderKey: string, limit: number): Promise<string[]> {
    return (await vscode.workspace.findFiles(new vscode.RelativePattern(fileUri(folderKey), '**/*'), undefined, limit)).map(fileKey);
  }

  async stat(key: string): Promise<FileStat | undefined> {
    try {
      const stat = await vscode.workspace.fs.stat(fileUri(key));
      return { directory: (stat.type & vscode.FileType.Directory) !== 0, symlink: (stat.type & vscode.FileType.SymbolicLink) !== 0, size: stat.size };
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  }

  async readFile(key: string): Promise<Uint8Array> {
    try {
      return await vscode.workspace.fs.readFile(fileUri(key));
    } catch (e) {
      throw isNotFound(e) ? new FileGone(key) : e;
    }
  }

  openDocument(key: string): OpenDocument | undefined {
    const doc = openDocument(key);
    return doc && documentView(doc);
  }

  openDocuments(): readonly OpenDocument[] {
    return openDocuments().map(documentView);
  }

  locate(key: string): FileLocation {
    const uri = fileUri(key);
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const relative = folder ? uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1) : uri.path;
    return { scheme: uri.scheme, path: uri.path, relative, inWorkspace: uri.scheme !== 'untitled' && folder !== undefined };
  }
}
