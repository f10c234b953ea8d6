/**
 * The workspace as the article index sees it: list, stat, read, open documents. Like the
 * `IWorkspace` of VS Code's markdown language service, a small interface, so that the
 * index's rules (which files count, delete, rename, late reads) run against an in-memory
 * workspace in unit tests; vscodeWorkspace.ts implements it over `vscode.workspace`.
 * Files are named by key: their URI string, the corpus's file key. Pure module: no vscode import.
 */

export interface FileStat {
  /** A folder (or a link to one). */
  directory: boolean;
  /** A symbolic link (to a file or a folder). */
  symlink?: boolean;
  size: number;
}

/** Where a file is: what membership (which files count) needs of its URI. */
export interface FileLocation {
  scheme: string;
  /** The URI's path. */
  path: string;
  /** The path relative to its workspace folder; the whole path outside the folders. */
  relative: string;
  /** In one of the workspace's folders (untitled documents never are). */
  inWorkspace: boolean;
}

/** An open document, read live: its text and version are the current ones whenever asked. */
export interface OpenDocument {
  readonly key: string;
  readonly languageId: string;
  readonly version: number;
  readonly isDirty: boolean;
  getText(): string;
}

export interface Workspace {
  /** Keys of the files matching `include` in every workspace folder. */
  findFiles(include: string): Promise<string[]>;
  /** Keys of the files under a folder (at most `limit`). */
  findFilesUnder(folderKey: string, limit: number): Promise<string[]>;
  /** Undefined when there is nothing at `key`; throws when it cannot be looked at. */
  stat(key: string): Promise<FileStat | undefined>;
  /** The file's bytes; throws FileGone when it is not there (any more), another error when unreadable. */
  readFile(key: string): Promise<Uint8Array>;
  openDocument(key: string): OpenDocument | undefined;
  openDocuments(): readonly OpenDocument[];
  locate(key: string): FileLocation;
}

/** A file that is not there (deleted between a listing or a stat and its read). */
export class FileGone extends Error {
  constructor(key: string) {
    super(`not found: ${key}`);
  }
}
