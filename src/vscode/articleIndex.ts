/**
 * Keeps the engine's corpus equal to the workspace's Arabic articles.
 *
 * - Indexing is lazy: nothing is read until `ensureStarted()` (first Arabic editor,
 *   an Isnad view or command), then every file matching `isnad.files.include` is read
 *   in the background, with a cancellable notification for large folders.
 * - The open document's text wins over the disk: edits are re-analysed after
 *   `isnad.analysis.debounceMs`; watcher events for open documents use their text.
 * - Create/change/delete/rename on disk (FileSystemWatcher + workspace events) keep
 *   the corpus true; untitled Arabic documents count while they are open.
 * - A file that is not mostly Arabic, or too large, is not an article.
 * Every change is announced once through `onDidChange` so views refresh together.
 */
import * as vscode from 'vscode';
import { Corpus, type ArticleAnalysis, type CorpusApi, type Diagnostic } from '../core';
import { isMostlyArabic } from './arabicDetection';
import { globMatch } from './globMatch';
import { fileKey, fileUri } from './positions';
import { affects, readSettings, type IsnadSettings } from './settings';

/** Above this many files the first indexing shows a cancellable notification. */
const NOTIFY_ABOVE_FILES = 40;
/** Files read concurrently during indexing. */
const READ_BATCH = 8;
/** Folders never searched for articles. */
const SKIPPED_FOLDERS = /(^|\/)(node_modules|\.git|\.isnad|\.vscode|\.host)(\/|$)/;

export type IndexState = 'idle' | 'indexing' | 'ready' | 'cancelled';

export interface CorpusChange {
  /** Changed article keys, or undefined when everything may have changed. */
  files?: string[];
}

export interface RegistrySource {
  /** JSON text of `.isnad/actors.json`, undefined when absent or not allowed (untrusted workspace). */
  text: string | undefined;
  /** Its file key (URI string), used for diagnostics. */
  file: string;
}

export class ArticleIndex implements vscode.Disposable {
  private corpusInstance: CorpusApi | undefined;
  /** Text last given to the engine per article: to skip no-op updates and to replay into a new corpus. */
  private readonly texts = new Map<string, string>();
  /** Document version each open article was analysed at. */
  private readonly versions = new Map<string, number>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /**
   * Bumped on every change of an article: a disk read that finishes after a newer event
   * (a create whose read completes after the delete that followed) must not win.
   */
  private readonly generations = new Map<string, number>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changeEmitter = new vscode.EventEmitter<CorpusChange>();
  private readonly stateEmitter = new vscode.EventEmitter<IndexState>();
  private startPromise: Promise<void> | undefined;
  private registry: RegistrySource | undefined;
  private batchDepth = 0;
  private batchFiles = new Set<string>();
  private batchAll = false;
  private settings: IsnadSettings = readSettings();

  readonly onDidChange = this.changeEmitter.event;
  readonly onDidChangeState = this.stateEmitter.event;
  state: IndexState = 'idle';
  /** Problems the engine found in the workspace registry. */
  registryDiagnostics: Diagnostic[] = [];

  constructor(
    private readonly log: vscode.LogOutputChannel,
    /** Reads the workspace registry (respecting workspace trust). */
    private readonly loadRegistry: () => Promise<RegistrySource | undefined>,
  ) {
    this.disposables.push(this.changeEmitter, this.stateEmitter);
  }

  /** The engine. Created on first use so that activation itself stays cheap. */
  get corpus(): CorpusApi {
    if (!this.corpusInstance) {
      this.corpusInstance = new Corpus({ minSources: this.settings.minSources });
      if (this.registry) this.registryDiagnostics = this.corpusInstance.setWorkspaceRegistry(this.registry.text, this.registry.file);
    }
    return this.corpusInstance;
  }

  get started(): boolean {
    return this.startPromise !== undefined;
  }

  /** Starts indexing once; resolves when the first pass is over (or was cancelled). */
  ensureStarted(): Promise<void> {
    if (!this.startPromise) {
      this.listen();
      this.startPromise = this.indexWorkspace();
    }
    return this.startPromise;
  }

  /** Forgets everything and indexes the workspace again (`isnad.refresh`, setting changes). */
  refresh(): Promise<void> {
    if (!this.startPromise) return this.ensureStarted();
    // Chained synchronously, so refreshes asked for in a row run one after the other.
    this.startPromise = this.startPromise.catch(() => undefined).then(() => {
      for (const t of this.pending.values()) clearTimeout(t);
      this.pending.clear();
      this.texts.clear();
      this.versions.clear();
      this.corpusInstance = undefined;
      return this.indexWorkspace();
    });
    return this.startPromise;
  }

  isArticle(uri: vscode.Uri): boolean {
    return this.texts.has(fileKey(uri));
  }

  /** Article keys in the corpus. */
  files(): string[] {
    return [...this.texts.keys()];
  }

  /**
   * Analysis of an open document, up to date with its text: a pending debounced
   * re-analysis is done now, so hovers and references never use stale offsets.
   */
  analysisOf(document: vscode.TextDocument): ArticleAnalysis | undefined {
    const key = fileKey(document.uri);
    if (this.pending.has(key) || (this.texts.has(key) && this.versions.get(key) !== document.version)) {
      this.flush(document);
    }
    return this.texts.has(key) ? this.corpus.getArticle(key) : undefined;
  }

  /** True when the analysis of this open document matches its current text (decorations). */
  isCurrent(document: vscode.TextDocument): boolean {
    const key = fileKey(document.uri);
    return this.texts.has(key) && !this.pending.has(key) && (this.versions.get(key) ?? document.version) === document.version;
  }

  /** Could this document be an article? (plain text matching the include glob, or untitled). */
  isCandidateDocument(document: vscode.TextDocument): boolean {
    if (document.languageId !== 'plaintext') return false;
    return this.isCandidateUri(document.uri);
  }

  /** Should indexing start because of this document? Cheap enough for every visible editor. */
  looksLikeArticle(document: vscode.TextDocument): boolean {
    return this.isCandidateDocument(document) && isMostlyArabic(document.getText());
  }

  /** Replaces the workspace registry (file watcher, trust granted) and re-analyses. */
  setRegistry(source: RegistrySource | undefined): Diagnostic[] {
    this.registry = source;
    if (!this.corpusInstance) {
      this.registryDiagnostics = [];
      return [];
    }
    this.registryDiagnostics = this.corpusInstance.setWorkspaceRegistry(source?.text, source?.file ?? '');
    this.fire(undefined);
    return this.registryDiagnostics;
  }

  dispose(): void {
    for (const t of this.pending.values()) clearTimeout(t);
    this.pending.clear();
    vscode.Disposable.from(...this.disposables).dispose();
  }

  // ---------------------------------------------------------------- indexing

  private setState(state: IndexState): void {
    this.state = state;
    this.stateEmitter.fire(state);
  }

  private async indexWorkspace(): Promise<void> {
    this.settings = readSettings();
    this.setState('indexing');
    const started = Date.now();
    this.beginBatch();
    try {
      this.registry = await this.loadRegistry().catch((e) => {
        this.log.warn(`workspace registry not read: ${String(e)}`);
        return undefined;
      });
      this.corpusInstance = undefined;
      void this.corpus; // applies the registry before the first article
      this.batchAll = true;
      const uris = await this.findArticleFiles();
      const run = (token?: vscode.CancellationToken, progress?: vscode.Progress<{ message?: string; increment?: number }>) =>
        this.readAll(uris, token, progress);
      let cancelled = false;
      if (uris.length > NOTIFY_ABOVE_FILES) {
        cancelled = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Isnad: indexing {0} files', uris.length), cancellable: true },
          (progress, token) => run(token, progress),
        );
      } else {
        cancelled = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Isnad: indexing') },
          () => run(),
        );
      }
      // Open documents (also untitled ones and files outside the folders) count with their current text.
      for (const doc of vscode.workspace.textDocuments) this.updateFromDocument(doc);
      this.log.info(`indexed ${this.texts.size} articles of ${uris.length} files in ${Date.now() - started} ms${cancelled ? ' (cancelled)' : ''}`);
      this.setState(cancelled ? 'cancelled' : 'ready');
    } catch (e) {
      this.log.error(`indexing failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      this.setState('ready');
    } finally {
      this.endBatch();
    }
  }

  private async findArticleFiles(): Promise<vscode.Uri[]> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const found = await Promise.all(folders.map((f) => vscode.workspace.findFiles(new vscode.RelativePattern(f, this.settings.include))));
    return found.flat().filter((u) => !SKIPPED_FOLDERS.test(u.path));
  }

  /** Reads the files in small batches, yielding between them; returns true when cancelled. */
  private async readAll(uris: vscode.Uri[], token?: vscode.CancellationToken, progress?: vscode.Progress<{ message?: string; increment?: number }>): Promise<boolean> {
    for (let i = 0; i < uris.length; i += READ_BATCH) {
      if (token?.isCancellationRequested) return true;
      const batch = uris.slice(i, i + READ_BATCH);
      const generations = batch.map((u) => this.generations.get(fileKey(u)));
      const texts = await Promise.all(batch.map((u) => this.readFile(u)));
      // Skip files that an event (edit, delete) changed while they were being read.
      batch.forEach((uri, j) => { if (this.generations.get(fileKey(uri)) === generations[j]) this.updateText(fileKey(uri), texts[j]); });
      progress?.report({ increment: (100 * batch.length) / uris.length, message: `${Math.min(i + READ_BATCH, uris.length)}/${uris.length}` });
      await new Promise((resolve) => setImmediate(resolve));
    }
    return false;
  }

  /** Text of a file: the unsaved document's if there is one, else the disk's (undefined if too large or unreadable). */
  private async readFile(uri: vscode.Uri): Promise<string | undefined> {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc?.isDirty) return this.isCandidateDocument(doc) ? doc.getText() : undefined;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > this.settings.maxFileSizeKB * 1024) {
        this.log.info(`skipped (larger than isnad.files.maxFileSizeKB): ${uri.fsPath}`);
        return undefined;
      }
      return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch (e) {
      this.log.warn(`cannot read ${uri.toString()}: ${String(e)}`);
      return undefined;
    }
  }

  // ---------------------------------------------------------------- updates

  /** Gives the engine a new text for `key`, or removes it when it is no (longer an) article. */
  private updateText(key: string, text: string | undefined, version?: number): void {
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    const isArticle = text !== undefined && text.length <= this.settings.maxFileSizeKB * 1024 && isMostlyArabic(text);
    if (!isArticle) {
      this.versions.delete(key);
      if (this.texts.delete(key)) {
        this.corpus.removeArticle(key);
        this.fire([key]);
      }
      return;
    }
    if (version !== undefined) this.versions.set(key, version);
    else this.versions.delete(key);
    if (this.texts.get(key) === text) return;
    this.texts.set(key, text);
    try {
      this.corpus.setArticle(key, text);
    } catch (e) {
      this.log.error(`analysis of ${key} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      this.texts.delete(key);
      this.corpus.removeArticle(key);
    }
    this.fire([key]);
  }

  private updateFromDocument(doc: vscode.TextDocument): void {
    if (!this.isCandidateDocument(doc)) return;
    this.updateText(fileKey(doc.uri), doc.getText(), doc.version);
  }

  private flush(doc: vscode.TextDocument): void {
    const key = fileKey(doc.uri);
    const timer = this.pending.get(key);
    if (timer) clearTimeout(timer);
    this.pending.delete(key);
    this.updateFromDocument(doc);
  }

  private schedule(doc: vscode.TextDocument): void {
    const key = fileKey(doc.uri);
    const old = this.pending.get(key);
    if (old) clearTimeout(old);
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      this.updateFromDocument(doc);
    }, this.settings.debounceMs));
  }

  private async updateFromDisk(uri: vscode.Uri): Promise<void> {
    const key = fileKey(uri);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (open?.isDirty) {
      // Unsaved edits win over the disk: the buffer is what the user reads. A clean document
      // is not trusted over the disk: VS Code keeps the model of a closed or deleted file for a while.
      this.flush(open);
      return;
    }
    if (!this.matchesInclude(uri)) return;
    const generation = this.generations.get(key);
    const text = await this.readFile(uri);
    if (this.generations.get(key) !== generation) return; // a newer event already decided
    this.updateText(key, text);
  }

  private remove(uri: vscode.Uri): void {
    const key = fileKey(uri);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    const prefix = key.endsWith('/') ? key : key + '/';
    // A deleted folder arrives as one event: drop every article under it too.
    for (const k of [...this.texts.keys()]) {
      if (k === key || k.startsWith(prefix)) this.updateText(k, undefined);
    }
  }

  private rename(oldUri: vscode.Uri, newUri: vscode.Uri): void {
    const oldKey = fileKey(oldUri);
    const prefix = oldKey + '/';
    for (const k of [...this.texts.keys()]) {
      if (k !== oldKey && !k.startsWith(prefix)) continue;
      const movedKey = fileKey(newUri) + k.slice(oldKey.length);
      const moved = fileUri(movedKey);
      const text = this.texts.get(k)!;
      if (!this.matchesInclude(moved)) {
        this.updateText(k, undefined);
        continue;
      }
      this.texts.delete(k);
      this.versions.delete(k);
      this.texts.set(movedKey, text);
      this.corpus.renameArticle(k, movedKey);
      this.fire([k, movedKey]);
      // The watcher drops a create followed quickly by a delete (they cancel out), so a renamed
      // file deleted at once would never be reported: check the disk once things have settled.
      const verify = setTimeout(() => void this.updateFromDisk(moved), 1000);
      this.disposables.push({ dispose: () => clearTimeout(verify) });
    }
  }

  // ---------------------------------------------------------------- membership

  /** Untitled documents and files matching the include glob (relative to their workspace folder). */
  private isCandidateUri(uri: vscode.Uri): boolean {
    if (uri.scheme === 'untitled') return true;
    if (uri.scheme === 'output' || uri.scheme === 'git' || uri.scheme === 'vscode-userdata') return false;
    return this.matchesInclude(uri);
  }

  private matchesInclude(uri: vscode.Uri): boolean {
    if (SKIPPED_FOLDERS.test(uri.path)) return false;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const rel = folder ? uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1) : uri.path;
    return globMatch(this.settings.include, rel);
  }

  private inWorkspace(uri: vscode.Uri): boolean {
    return uri.scheme !== 'untitled' && vscode.workspace.getWorkspaceFolder(uri) !== undefined;
  }

  // ---------------------------------------------------------------- events

  private listen(): void {
    const d = this.disposables;
    d.push(vscode.workspace.onDidOpenTextDocument((doc) => { if (this.started) this.updateFromDocument(doc); }));
    d.push(vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length === 0 || !this.isCandidateDocument(e.document)) return;
      this.schedule(e.document);
    }));
    d.push(vscode.workspace.onDidCloseTextDocument((doc) => {
      const key = fileKey(doc.uri);
      const timer = this.pending.get(key);
      if (timer) clearTimeout(timer);
      this.pending.delete(key);
      this.versions.delete(key);
      if (!this.texts.has(key)) return;
      // Untitled buffers and files outside the folders exist only while open;
      // a workspace file goes back to its text on disk (unsaved edits were discarded).
      if (!this.inWorkspace(doc.uri)) this.updateText(key, undefined);
      else void this.updateFromDisk(doc.uri);
    }));
    d.push(vscode.workspace.onDidRenameFiles((e) => { for (const f of e.files) this.rename(f.oldUri, f.newUri); }));
    d.push(vscode.workspace.onDidDeleteFiles((e) => { for (const u of e.files) this.remove(u); }));
    d.push(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.refresh()));
    d.push(vscode.workspace.onDidChangeConfiguration((e) => {
      if (affects(e, 'files.include', 'files.maxFileSizeKB', 'claims.minSources')) void this.refresh();
      else if (affects(e, 'analysis.debounceMs')) this.settings = readSettings();
    }));
    this.watch();
  }

  /** One watcher for `**\/*` filtered by the glob, so a changed include setting needs no new watcher. */
  private watch(): void {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((u) => { if (!this.isDirectoryLike(u)) void this.updateFromDisk(u); }),
      watcher.onDidChange((u) => void this.updateFromDisk(u)),
      watcher.onDidDelete((u) => this.remove(u)),
    );
  }

  /** Folders created by a move arrive as one create event; their files come as their own events or via rename. */
  private isDirectoryLike(uri: vscode.Uri): boolean {
    return !/\.[^/]+$/.test(uri.path) && !this.matchesInclude(uri);
  }

  // ---------------------------------------------------------------- change batching

  private beginBatch(): void {
    this.batchDepth++;
  }

  private endBatch(): void {
    if (--this.batchDepth > 0) return;
    const all = this.batchAll;
    const files = [...this.batchFiles];
    this.batchAll = false;
    this.batchFiles.clear();
    if (all || files.length > 0) this.changeEmitter.fire(all ? {} : { files });
  }

  private fire(files: string[] | undefined): void {
    if (this.batchDepth > 0) {
      if (files) files.forEach((f) => this.batchFiles.add(f));
      else this.batchAll = true;
      return;
    }
    this.changeEmitter.fire(files ? { files } : {});
  }
}
