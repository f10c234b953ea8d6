// An in-memory workspace for the article index's pure parts (src/vscode/workspace/workspace.ts):
// one folder, files as bytes, open documents, and reads that can be held back to test late results.
import { globMatch } from '../../src/vscode/workspace/globMatch';
import { FileGone, type FileLocation, type FileStat, type OpenDocument, type Workspace } from '../../src/vscode/workspace/workspace';

export const FOLDER = 'file:///ws';

export class MemoryWorkspace implements Workspace {
  readonly files = new Map<string, Uint8Array>();
  readonly documents = new Map<string, OpenDocument & { text: string; version: number; isDirty: boolean }>();
  /** Reads of these keys wait until release(key) is called. */
  private readonly held = new Map<string, Array<() => void>>();
  private readonly holding = new Set<string>();

  write(name: string, text: string | Uint8Array): string {
    const key = `${FOLDER}/${name}`;
    this.files.set(key, typeof text === 'string' ? new TextEncoder().encode(text) : text);
    return key;
  }

  /** Deletes a file, or every file under a folder. */
  delete(key: string): void {
    for (const k of [...this.files.keys()]) if (k === key || k.startsWith(key + '/')) this.files.delete(k);
  }

  open(key: string, text: string, isDirty = false): OpenDocument & { text: string; version: number; isDirty: boolean } {
    const doc = { key, languageId: 'plaintext', text, version: 1, isDirty, getText() { return this.text; } };
    this.documents.set(key, doc);
    return doc;
  }

  hold(key: string): void {
    this.holding.add(key);
  }

  release(key: string): void {
    this.holding.delete(key);
    for (const go of this.held.get(key) ?? []) go();
    this.held.delete(key);
  }

  async findFiles(include: string): Promise<string[]> {
    return [...this.files.keys()].filter((k) => globMatch(include, this.locate(k).relative)).sort();
  }

  async findFilesUnder(folderKey: string, limit: number): Promise<string[]> {
    return [...this.files.keys()].filter((k) => k.startsWith(folderKey + '/')).sort().slice(0, limit);
  }

  async stat(key: string): Promise<FileStat | undefined> {
    const bytes = this.files.get(key);
    if (bytes) return { directory: false, size: bytes.length };
    const isFolder = [...this.files.keys()].some((k) => k.startsWith(key + '/'));
    return isFolder ? { directory: true, size: 0 } : undefined;
  }

  async readFile(key: string): Promise<Uint8Array> {
    if (this.holding.has(key)) await new Promise<void>((resolve) => this.held.set(key, [...(this.held.get(key) ?? []), resolve]));
    const bytes = this.files.get(key);
    if (!bytes) throw new FileGone(key);
    return bytes;
  }

  openDocument(key: string): OpenDocument | undefined {
    return this.documents.get(key);
  }

  openDocuments(): readonly OpenDocument[] {
    return [...this.documents.values()];
  }

  locate(key: string): FileLocation {
    const scheme = key.slice(0, key.indexOf(':'));
    const path = scheme === 'file' ? key.slice('file://'.length) : key.slice(scheme.length + 1);
    const inFolder = key.startsWith(FOLDER + '/');
    return { scheme, path, relative: inFolder ? key.slice(FOLDER.length + 1) : path, inWorkspace: scheme !== 'untitled' && inFolder };
  }
}
