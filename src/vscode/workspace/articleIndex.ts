/**
 * The article index every feature uses: the engine's corpus kept equal to the workspace's
 * Arabic articles, and announced once per change (`onDidChange`) so views refresh together.
 *
 * - Indexing is lazy: nothing is read until `ensureStarted()` (first Arabic editor,
 *   an Isnad view or command), then every file matching `isnad.files.include` is read
 *   in the background, with a cancellable notification for large folders.
 * - The engine is created on first use, with the workspace registry applied.
 * - VS Code's events are handed to the pure parts: articleSync.ts (open documents, reads,
 *   updates, late results), fileEvents.ts (the file-event queue, delete, rename) and
 *   membership.ts (which files count), all over workspace.ts's interface
 *   (vscodeWorkspace.ts here, an in-memory one in the unit tests).
 */
import * as vscode from 'vscode';
import { Corpus, type AnalysisCache, type ArticleAnalysis, type CorpusApi, type Diagnostic } from '../../core';
import { count } from '../common/plural';
import { fileKey } from '../common/positions';
import { affects, readSettings, type IsnadSettings } from '../common/settings';
import { isMostlyArabic } from './arabicDetection';
import type { SkipReason } from './articleFiles';
import { ArticleSync } from './articleSync';
import type { CorpusChange } from './changeBatch';
import { FileEvents, QUEUE_LIMIT } from './fileEvents';
import { applyRegistry, type RegistrySource } from './registrySource';
import { documentView, VscodeWorkspace } from './vscodeWorkspace';

export type { CorpusChange } from './changeBatch';
export type { RegistrySource } from './registrySource';

/** How long a hover or the outline waits for a regrouping in progress before answering from the previous one. */
const CLAIMS_WAIT_MS = 250;
/** Above this many files the first indexing shows a cancellable notification. */
const NOTIFY_ABOVE_FILES = 40;

export type IndexState = 'idle' | 'indexing' | 'ready' | 'cancelled';

/** What `isnad.debug.indexStats` returns (tests, troubleshooting). */
export interface IndexStats {
  state: IndexState;
  articles: number;
  /** Engine analyses (setArticle calls) in total and per article currently in the corpus. */
  analyses: number;
  analysesByFile: Record<string, number>;
  /** Of those, the ones a provider asked for before the pause after an edit was over (it needs the current offsets). */
  earlyByFile: Record<string, number>;
  queue: { size: number; highWater: number; overflows: number; limit: number };
  /** Disk reads in flight. */
  inFlight: number;
  /** Disk reads whose result was dropped because something newer happened to the file. */
  staleDropped: number;
  /** `onDidChange` events fired. */
  changeEvents: number;
  skipped: Record<string, SkipReason>;
  /** The analyses kept in the workspace storage: where, and what was used, rejected and written (none without a workspace). */
  cache?: { dir: string; hits: number; misses: number; rejected: number; written: number; failed: number; removed: number; writing: boolean };
}

export class ArticleIndex implements vscode.Disposable {
  private corpusInstance: CorpusApi | undefined;
  private disposed = false;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changeEmitter = new vscode.EventEmitter<CorpusChange>();
  private readonly stateEmitter = new vscode.EventEmitter<IndexState>();
  private readonly skipEmitter = new vscode.EventEmitter<string>();
  private readonly claimsEmitter = new vscode.EventEmitter<void>();
  private startPromise: Promise<void> | undefined;
  private registry: RegistrySource | undefined;
  private settings: IsnadSettings = readSettings();
  private readonly workspace = new VscodeWorkspace();
  private readonly sync: ArticleSync;
  private readonly events: FileEvents;

  readonly onDidChange = this.changeEmitter.event;
  readonly onDidChangeState = this.stateEmitter.event;
  /** A file's reason for not being an article changed (key). */
  readonly onDidSkip = this.skipEmitter.event;
  /** A claim grouping landed (the engine regroups in the background): claim views refresh. */
  readonly onDidSettleClaims = this.claimsEmitter.event;
  /** Files that are not articles because they are too large, binary or unreadable. */
  readonly skipped: ArticleSync['skipped'];
  state: IndexState = 'idle';
  /** Problems the engine found in the workspace registry. */
  registryDiagnostics: Diagnostic[] = [];

  constructor(
    private readonly log: vscode.LogOutputChannel,
    /** Reads the workspace registry (respecting workspace trust). */
    private readonly loadRegistry: () => Promise<RegistrySource | undefined>,
    /**
     * Opens the analyses kept across sessions (in the workspace storage): a reopened folder reads them
     * instead of analysing. Called on first use, like the engine, so that activation loads none of it.
     */
    private readonly openAnalyses?: () => AnalysisCache,
  ) {
    this.disposables.push(this.changeEmitter, this.stateEmitter, this.skipEmitter, this.claimsEmitter);
    this.sync = new ArticleSync({
      workspace: this.workspace,
      log,
      corpus: () => this.corpus,
      settings: () => this.settings,
      onChange: (change) => this.changeEmitter.fire(change),
      onSkip: (key) => this.skipEmitter.fire(key),
    });
    this.events = new FileEvents(this.sync, () => void this.refresh());
    this.skipped = this.sync.skipped;
  }

  private analysesInstance: AnalysisCache | undefined;
  private get analyses(): AnalysisCache | undefined {
    return this.openAnalyses ? (this.analysesInstance ??= this.openAnalyses()) : undefined;
  }

  /**
   * The engine. Created on first use so that activation itself stays cheap.
   * Claims are grouped in the background (a big archive takes seconds to
   * regroup, in slices that leave the extension host responsive): queries
   * answer from the last grouping, and `onDidSettleClaims` says when a new one lands.
   */
  get corpus(): CorpusApi {
    if (!this.corpusInstance) {
      const corpus = new Corpus({ minSources: this.settings.minSources, store: this.analyses });
      corpus.backgroundGrouping = true;
      corpus.onClaimsSettled = () => {
        if (this.corpusInstance === corpus && !this.disposed) this.claimsEmitter.fire();
      };
      this.corpusInstance = corpus;
      if (this.registry) this.registryDiagnostics = applyRegistry(this.corpusInstance, this.registry, this.log);
    }
    return this.corpusInstance;
  }

  /**
   * Wait (at most `maxWaitMs`) for the claim grouping to be of the corpus as it
   * is: a hover on a small folder shows exact claims, one on a huge archive
   * being regrouped answers in time from the previous grouping. Before the
   * first grouping there is no previous one: `firstWaitMs` is how long a caller
   * whose answer VS Code does not ask again for (the outline) waits then.
   */
  async claimsSettled(maxWaitMs = CLAIMS_WAIT_MS, firstWaitMs = maxWaitMs): Promise<void> {
    const corpus = this.corpus;
    const state = corpus.claimsState();
    if (state === 'current') return;
    if (state === 'none') maxWaitMs = Math.max(maxWaitMs, firstWaitMs);
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([corpus.settleClaims(), new Promise<void>((resolve) => (timer = setTimeout(resolve, maxWaitMs)))]);
    } catch (e) {
      // A failed grouping: answer from what there is (the failure is logged once).
      this.log.warn(`claim grouping failed: ${String(e)}`);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Forget the engine (a new one is built on next use); its background grouping stops. */
  private dropCorpus(): void {
    this.corpusInstance?.dispose();
    this.corpusInstance = undefined;
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
      // Everything is read again: queued events and reads in flight are superseded.
      this.events.queue.clear();
      this.sync.reset();
      this.dropCorpus();
      return this.indexWorkspace();
    });
    return this.startPromise;
  }

  isArticle(uri: vscode.Uri): boolean {
    return this.sync.texts.has(fileKey(uri));
  }

  /** Article keys in the corpus. */
  files(): string[] {
    return [...this.sync.texts.keys()];
  }

  /**
   * Analysis of an open document, up to date with its text: a pending debounced
   * re-analysis is done now, so hovers and references never use stale offsets.
   */
  analysisOf(document: vscode.TextDocument): ArticleAnalysis | undefined {
    const key = fileKey(document.uri);
    this.sync.bringUpToDate(documentView(document));
    return this.sync.texts.has(key) ? this.corpus.getArticle(key) : undefined;
  }

  /**
   * What a provider (hover, references, outline) answers from: the document's up-to-date
   * analysis once indexing has started, undefined for a document that is not an article.
   * A provider's question starts indexing only for a document that looks like an Arabic article.
   */
  async articleFor(document: vscode.TextDocument): Promise<ArticleAnalysis | undefined> {
    if (!this.isCandidateDocument(document)) return undefined;
    if (!this.started && !this.looksLikeArticle(document)) return undefined;
    await this.ensureStarted();
    return this.analysisOf(document);
  }

  /** True when the analysis of this open document matches its current text (decorations). */
  isCurrent(document: vscode.TextDocument): boolean {
    return this.sync.isCurrent(documentView(document));
  }

  /** Could this document be an article? (plain text matching the include glob, or untitled). */
  isCandidateDocument(document: vscode.TextDocument): boolean {
    if (document.languageId !== 'plaintext') return false;
    return this.sync.isCandidateKey(fileKey(document.uri));
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
    this.registryDiagnostics = applyRegistry(this.corpusInstance, source, this.log);
    this.sync.batch.fire(undefined);
    return this.registryDiagnostics;
  }

  /** Counters for `isnad.debug.indexStats`. */
  stats(): IndexStats {
    const { sync, events } = this;
    return {
      state: this.state,
      articles: sync.texts.size,
      analyses: sync.analysisCount,
      analysesByFile: Object.fromEntries(sync.analysesByFile),
      earlyByFile: Object.fromEntries(sync.earlyByFile),
      queue: { size: events.queue.size, highWater: events.queue.highWater, overflows: events.queue.overflows, limit: QUEUE_LIMIT },
      inFlight: sync.gate.size,
      staleDropped: sync.staleDropped,
      changeEvents: sync.batch.count,
      skipped: Object.fromEntries(sync.skipped.entries()),
      ...(this.analyses ? { cache: { dir: this.analyses.dir, ...this.analyses.stats, writing: this.analyses.writing } } : {}),
    };
  }

  /** The encoding an article's file was decoded from, when VS Code would not guess it (Windows-1256). */
  diskEncodingOf(key: string): string | undefined {
    return this.sync.diskEncodings.get(key);
  }

  /** Bytes a file or document may have to be analysed. */
  get maxBytes(): number {
    return this.sync.maxBytes;
  }

  get maxFileSizeKB(): number {
    return this.settings.maxFileSizeKB;
  }

  dispose(): void {
    this.disposed = true;
    this.corpusInstance?.dispose();
    for (const t of this.sync.pending.values()) clearTimeout(t);
    this.sync.pending.clear();
    this.events.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
  }

  // ---------------------------------------------------------------- indexing

  private setState(state: IndexState): void {
    this.state = state;
    this.stateEmitter.fire(state);
  }

  private async indexWorkspace(): Promise<void> {
    const limitBefore = this.settings.maxFileSizeKB;
    this.settings = readSettings();
    // Reasons are found again; with a new limit the too-large files are announced again.
    this.sync.skipped.reset(limitBefore !== this.settings.maxFileSizeKB);
    this.events.overflowRefresh = false;
    this.setState('indexing');
    const started = Date.now();
    this.sync.batch.begin();
    try {
      this.registry = await this.loadRegistry().catch((e) => {
        this.log.warn(`workspace registry not read: ${String(e)}`);
        return undefined;
      });
      this.dropCorpus();
      void this.corpus; // applies the registry before the first article
      this.sync.batch.markAll();
      const keys = await this.sync.findArticleFiles();
      const run = (token?: vscode.CancellationToken, progress?: vscode.Progress<{ message?: string; increment?: number }>) =>
        this.sync.readAll(keys, () => token?.isCancellationRequested === true, (done, batch) =>
          progress?.report({ increment: (100 * batch) / keys.length, message: `${done}/${keys.length}` }));
      let cancelled = false;
      if (keys.length > NOTIFY_ABOVE_FILES) {
        cancelled = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Isnad: indexing {0}', count(keys.length, '{0} files')), cancellable: true },
          (progress, token) => run(token, progress),
        );
      } else {
        cancelled = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Isnad: indexing') },
          () => run(),
        );
      }
      // Open documents (also untitled ones and files outside the folders) count with their current text;
      // a clean one of a workspace file only when the file is still there (VS Code keeps the model of a
      // closed or deleted file for a while).
      const found = new Set(keys);
      for (const doc of this.workspace.openDocuments()) {
        if (!doc.isDirty && this.sync.inWorkspace(doc.key) && !found.has(doc.key)) continue;
        this.sync.updateFromDocument(doc);
      }
      this.log.info(`indexed ${this.sync.texts.size} articles of ${keys.length} files in ${Date.now() - started} ms${cancelled ? ' (cancelled)' : ''}`);
      this.setState(cancelled ? 'cancelled' : 'ready');
      // Entries of articles that are gone are dropped from the workspace storage, in the background.
      if (!cancelled && this.analyses) {
        const files = [...this.sync.texts.keys()];
        const analyses = this.analyses;
        void analyses.flush().then(() => analyses.prune(files)).then((n) => {
          if (n) this.log.info(`removed ${n} stored analyses of articles no longer in the workspace`);
        });
      }
    } catch (e) {
      this.log.error(`indexing failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      this.setState('ready');
    } finally {
      this.sync.batch.end();
    }
  }

  // ---------------------------------------------------------------- events

  private listen(): void {
    const d = this.disposables;
    const { sync, events } = this;
    d.push(vscode.workspace.onDidOpenTextDocument((doc) => { if (this.started) sync.updateFromDocument(documentView(doc)); }));
    d.push(vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length === 0 || !this.isCandidateDocument(e.document)) return;
      sync.schedule(documentView(e.document));
    }));
    d.push(vscode.workspace.onDidCloseTextDocument((doc) => events.closed(fileKey(doc.uri))));
    d.push(vscode.workspace.onDidRenameFiles((e) => { for (const f of e.files) events.rename(fileKey(f.oldUri), fileKey(f.newUri)); }));
    d.push(vscode.workspace.onDidDeleteFiles((e) => { for (const u of e.files) events.enqueue(fileKey(u), 'delete'); }));
    d.push(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.refresh()));
    d.push(vscode.workspace.onDidChangeConfiguration((e) => {
      if (affects(e, 'files.include', 'files.maxFileSizeKB', 'claims.minSources')) void this.refresh();
      else if (affects(e, 'analysis.debounceMs')) this.settings = readSettings();
    }));
    // One watcher for `**/*` filtered by the glob, so a changed include setting needs no new watcher.
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    d.push(
      watcher,
      watcher.onDidCreate((u) => events.created(fileKey(u))),
      watcher.onDidChange((u) => events.changed(fileKey(u))),
      watcher.onDidDelete((u) => events.deleted(fileKey(u))),
    );
  }
}
