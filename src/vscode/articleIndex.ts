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
 * - File events go through a queue coalesced per file and bounded (QUEUE_LIMIT; past it,
 *   one full re-index), handled READ_BATCH reads at a time, each round announced once:
 *   a storm of hundreds of created files costs a few refreshes, not hundreds.
 * - Late results lose: a disk read is applied only when nothing newer (an edit, a delete,
 *   a rename, a newer read) happened to its file meanwhile (VersionGate); a pending
 *   re-analysis of an older text is replaced by the newer one, and an analysis always
 *   uses the document's current text.
 * - Bytes on disk are decoded like the CLI does (UTF-8, UTF-16 with BOM, Windows-1256);
 *   a binary file, a file that is not mostly Arabic, or one larger than
 *   `isnad.files.maxFileSizeKB` is not an article (articleFiles.ts); too-large ones are
 *   announced (fileNotices.ts).
 * Every change is announced once through `onDidChange` so views refresh together.
 */
import type { AnalysisStore } from '../core/cache/store';
import { count } from './plural';
import * as vscode from 'vscode';
import { Corpus, type ArticleAnalysis, type CorpusApi, type Diagnostic } from '../core';
import { isMostlyArabic } from './arabicDetection';
import { judgeBytes, judgeText, maxBytesOf, SkippedFiles, type SkipReason, type Verdict } from './articleFiles';
import { globMatch } from './globMatch';
import { CoalescingQueue, VersionGate } from './indexQueue';
import { fileKey, fileUri } from './positions';
import { affects, readSettings, type IsnadSettings } from './settings';

/** How long a hover or the outline waits for a regrouping in progress before answering from the previous one. */
const CLAIMS_WAIT_MS = 250;
/** Above this many files the first indexing shows a cancellable notification. */
const NOTIFY_ABOVE_FILES = 40;
/** Files read concurrently (indexing and file events). */
const READ_BATCH = 8;
/** File events handled per round; each round is announced as one change. */
const DRAIN_ROUND = 64;
/** Distinct files waiting for their event to be handled; past it the whole workspace is indexed again once. */
const QUEUE_LIMIT = 5000;
/** Delay before checking the disk again after a rename (the watcher can drop a create+delete pair). */
const VERIFY_AFTER_MS = 1000;
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
  /** Why the file was not read (too large, binary): shown in the Problems panel. */
  problem?: string;
}

type FileEvent = 'sync' | 'delete';
type ReadResult = Verdict | 'gone' | 'directory';

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
}

export class ArticleIndex implements vscode.Disposable {
  private corpusInstance: CorpusApi | undefined;
  /** Text last given to the engine per article: to skip no-op updates and to replay into a new corpus. */
  private readonly texts = new Map<string, string>();
  /** Document version each open article was analysed at. */
  private readonly versions = new Map<string, number>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /**
   * Tickets of disk reads: a read that finishes after a newer event (a create whose read
   * completes after the delete that followed, an edit typed meanwhile) must not win.
   */
  private readonly gate = new VersionGate();
  private readonly queue = new CoalescingQueue<string, FileEvent>(QUEUE_LIMIT);
  private draining = false;
  private disposed = false;
  private overflowRefresh = false;
  /**
   * Open documents whose file was deleted: VS Code keeps their model for a while, and a late
   * debounce or a refresh must not bring them back. Bounded by the open documents.
   */
  private readonly orphans = new Set<string>();
  /** Files on disk in an encoding VS Code does not guess by itself (Windows-1256), by key. */
  private readonly diskEncodings = new Map<string, string>();
  /** Files to check again on disk after renames (one timer for all). */
  private readonly verify = new Set<string>();
  private verifyTimer: ReturnType<typeof setTimeout> | undefined;
  private analysisCount = 0;
  private readonly analysesByFile = new Map<string, number>();
  private readonly earlyByFile = new Map<string, number>();
  /** True while a provider's request analyses an edit before its pause is over (debug counters). */
  private flushingEarly = false;
  private staleDropped = 0;
  private changeEvents = 0;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changeEmitter = new vscode.EventEmitter<CorpusChange>();
  private readonly stateEmitter = new vscode.EventEmitter<IndexState>();
  private readonly skipEmitter = new vscode.EventEmitter<string>();
  private readonly claimsEmitter = new vscode.EventEmitter<void>();
  private startPromise: Promise<void> | undefined;
  private registry: RegistrySource | undefined;
  private batchDepth = 0;
  private batchFiles = new Set<string>();
  private batchAll = false;
  private settings: IsnadSettings = readSettings();

  readonly onDidChange = this.changeEmitter.event;
  readonly onDidChangeState = this.stateEmitter.event;
  /** A file's reason for not being an article changed (key). */
  readonly onDidSkip = this.skipEmitter.event;
  /** A claim grouping landed (the engine regroups in the background): claim views refresh. */
  readonly onDidSettleClaims = this.claimsEmitter.event;
  /** Files that are not articles because they are too large, binary or unreadable. */
  readonly skipped = new SkippedFiles();
  state: IndexState = 'idle';
  /** Problems the engine found in the workspace registry. */
  registryDiagnostics: Diagnostic[] = [];

  constructor(
    private readonly log: vscode.LogOutputChannel,
    /** Reads the workspace registry (respecting workspace trust). */
    private readonly loadRegistry: () => Promise<RegistrySource | undefined>,
    /** Analyses kept across sessions (in the workspace storage): a reopened folder reads them instead of analysing. */
    private readonly analyses?: AnalysisStore,
  ) {
    this.disposables.push(this.changeEmitter, this.stateEmitter, this.skipEmitter, this.claimsEmitter);
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
      if (this.registry) this.registryDiagnostics = this.applyRegistry(this.corpusInstance, this.registry);
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

  /** Gives the engine the registry; its problems plus ours (a file we would not read). */
  private applyRegistry(corpus: CorpusApi, source: RegistrySource | undefined): Diagnostic[] {
    let diagnostics: Diagnostic[] = [];
    try {
      diagnostics = corpus.setWorkspaceRegistry(source?.text, source?.file ?? '');
    } catch (e) {
      this.log.error(`workspace registry: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      if (source?.text !== undefined) {
        diagnostics = [{ file: source.file, line: 0, character: 0, message: 'the registry could not be applied (see the Isnad log)', severity: 'error' }];
      }
    }
    if (source?.problem) diagnostics = [{ file: source.file, line: 0, character: 0, message: source.problem, severity: 'error' }, ...diagnostics];
    return diagnostics;
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
      // Everything is read again: queued events and reads in flight are superseded.
      this.queue.clear();
      this.gate.bumpAll();
      this.texts.clear();
      this.versions.clear();
      this.analysesByFile.clear();
      this.earlyByFile.clear();
      this.dropCorpus();
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
      this.flushingEarly = this.pending.has(key);
      try {
        this.flush(document);
      } finally {
        this.flushingEarly = false;
      }
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
    this.registryDiagnostics = this.applyRegistry(this.corpusInstance, source);
    this.fire(undefined);
    return this.registryDiagnostics;
  }

  /** Counters for `isnad.debug.indexStats`. */
  stats(): IndexStats {
    return {
      state: this.state,
      articles: this.texts.size,
      analyses: this.analysisCount,
      analysesByFile: Object.fromEntries(this.analysesByFile),
      earlyByFile: Object.fromEntries(this.earlyByFile),
      queue: { size: this.queue.size, highWater: this.queue.highWater, overflows: this.queue.overflows, limit: QUEUE_LIMIT },
      inFlight: this.gate.size,
      staleDropped: this.staleDropped,
      changeEvents: this.changeEvents,
      skipped: Object.fromEntries(this.skipped.entries()),
    };
  }

  /** The encoding an article's file was decoded from, when VS Code would not guess it (Windows-1256). */
  diskEncodingOf(key: string): string | undefined {
    return this.diskEncodings.get(key);
  }

  /** Bytes a file or document may have to be analysed. */
  get maxBytes(): number {
    return maxBytesOf(this.settings.maxFileSizeKB);
  }

  get maxFileSizeKB(): number {
    return this.settings.maxFileSizeKB;
  }

  dispose(): void {
    this.disposed = true;
    this.corpusInstance?.dispose();
    for (const t of this.pending.values()) clearTimeout(t);
    this.pending.clear();
    this.queue.clear();
    if (this.verifyTimer) clearTimeout(this.verifyTimer);
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
    this.skipped.reset(limitBefore !== this.settings.maxFileSizeKB);
    this.overflowRefresh = false;
    this.setState('indexing');
    const started = Date.now();
    this.beginBatch();
    try {
      this.registry = await this.loadRegistry().catch((e) => {
        this.log.warn(`workspace registry not read: ${String(e)}`);
        return undefined;
      });
      this.dropCorpus();
      void this.corpus; // applies the registry before the first article
      this.batchAll = true;
      const uris = await this.findArticleFiles();
      const run = (token?: vscode.CancellationToken, progress?: vscode.Progress<{ message?: string; increment?: number }>) =>
        this.readAll(uris, token, progress);
      let cancelled = false;
      if (uris.length > NOTIFY_ABOVE_FILES) {
        cancelled = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Isnad: indexing {0}', count(uris.length, '{0} files')), cancellable: true },
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
      const found = new Set(uris.map(fileKey));
      for (const doc of vscode.workspace.textDocuments) {
        if (!doc.isDirty && this.inWorkspace(doc.uri) && !found.has(fileKey(doc.uri))) continue;
        this.updateFromDocument(doc);
      }
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
      const tickets = batch.map((u) => this.gate.begin(fileKey(u)));
      const results = await Promise.all(batch.map((u) => this.readFile(u)));
      // Skip files that an event (edit, delete, rename) changed while they were being read.
      batch.forEach((uri, j) => {
        if (this.gate.end(fileKey(uri), tickets[j])) this.applyRead(fileKey(uri), results[j]);
        else this.staleDropped++;
      });
      progress?.report({ increment: (100 * batch.length) / uris.length, message: `${Math.min(i + READ_BATCH, uris.length)}/${uris.length}` });
      await new Promise((resolve) => setImmediate(resolve));
    }
    return false;
  }

  /**
   * A file judged: the unsaved document's text if there is one, else the disk's bytes,
   * decoded (UTF-8, UTF-16 with BOM, Windows-1256) and never read when too large.
   * Never throws: a file that vanished is 'gone', one that cannot be read is skipped.
   */
  private async readFile(uri: vscode.Uri): Promise<ReadResult> {
    const doc = this.openDocument(uri);
    if (doc?.isDirty) return this.isCandidateDocument(doc) ? judgeText(doc.getText(), this.maxBytes) : { article: false, reason: 'notArabic' };
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.Directory) return 'directory';
      if (stat.size > this.maxBytes) return { article: false, reason: 'tooLarge' };
      // Bytes are checked again: the file may have grown since the stat.
      return judgeBytes(await vscode.workspace.fs.readFile(uri), this.maxBytes);
    } catch (e) {
      if (isNotFound(e)) return 'gone';
      return { article: false, reason: 'unreadable', detail: e instanceof Error ? e.message : String(e) };
    }
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  }

  // ---------------------------------------------------------------- updates

  /** Gives the engine a new text for `key`, or removes it when it is no (longer an) article. */
  private updateText(key: string, text: string | undefined, version?: number): void {
    this.applyVerdict(key, text === undefined ? undefined : judgeText(text, this.maxBytes), version);
  }

  /** The result of a disk read (see readFile). */
  private applyRead(key: string, result: ReadResult): void {
    if (result === 'directory') return;
    if (result === 'gone') this.markOrphan(key);
    else this.orphans.delete(key);
    if (result !== 'gone' && result.article && result.encoding === 'windows-1256') this.diskEncodings.set(key, result.encoding);
    else this.diskEncodings.delete(key);
    if (result !== 'gone' && !result.article && result.reason === 'unreadable' && this.skipped.reasonOf(key) !== 'unreadable') {
      this.log.warn(`cannot read ${key}: ${result.detail ?? ''}`);
    }
    this.applyVerdict(key, result === 'gone' ? undefined : result);
  }

  /** `verdict` undefined: the file is gone. */
  private applyVerdict(key: string, verdict: Verdict | undefined, version?: number): void {
    // Whatever was being read for this file is older than this.
    this.gate.bump(key);
    if (!verdict || !verdict.article) {
      this.setSkipped(key, verdict && !verdict.article ? verdict.reason : undefined, verdict && !verdict.article ? verdict.detail : undefined);
      this.versions.delete(key);
      if (this.texts.delete(key)) {
        this.analysesByFile.delete(key);
        this.earlyByFile.delete(key);
        this.safely(key, () => this.corpus.removeArticle(key));
        this.fire([key]);
      }
      return;
    }
    this.setSkipped(key, undefined);
    if (version !== undefined) this.versions.set(key, version);
    else this.versions.delete(key);
    if (this.texts.get(key) === verdict.text) return;
    this.texts.set(key, verdict.text);
    this.analysisCount++;
    this.analysesByFile.set(key, (this.analysesByFile.get(key) ?? 0) + 1);
    if (this.flushingEarly) this.earlyByFile.set(key, (this.earlyByFile.get(key) ?? 0) + 1);
    if (!this.safely(key, () => this.corpus.setArticle(key, verdict.text))) {
      this.texts.delete(key);
      this.analysesByFile.delete(key);
      this.safely(key, () => this.corpus.removeArticle(key));
    }
    this.fire([key]);
  }

  /** Runs an engine call; an engine error is logged, never thrown into an event handler. */
  private safely(key: string, call: () => unknown): boolean {
    try {
      call();
      return true;
    } catch (e) {
      this.log.error(`analysis of ${key} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return false;
    }
  }

  /** Records why a file is not an article (not-Arabic files are the normal case and not kept). */
  private setSkipped(key: string, reason: SkipReason | undefined, detail?: string): void {
    const kept = reason === 'notArabic' ? undefined : reason;
    const before = this.skipped.reasonOf(key);
    if (before === kept) return;
    this.skipped.set(key, kept);
    if (kept === 'tooLarge') this.log.info(`not analysed (larger than isnad.files.maxFileSizeKB = ${this.settings.maxFileSizeKB} KB): ${key}`);
    else if (kept === 'binary') this.log.info(`not analysed (${detail ?? 'binary content'}): ${key}`);
    this.skipEmitter.fire(key);
  }

  private updateFromDocument(doc: vscode.TextDocument): void {
    if (!this.isCandidateDocument(doc)) return;
    const key = fileKey(doc.uri);
    // The lingering model of a deleted file is not an article (unless the reviewer edits it).
    if (!doc.isDirty && this.orphans.has(key)) return;
    this.updateText(key, doc.getText(), doc.version);
  }

  private flush(doc: vscode.TextDocument): void {
    const key = fileKey(doc.uri);
    const timer = this.pending.get(key);
    if (timer) clearTimeout(timer);
    this.pending.delete(key);
    this.updateFromDocument(doc);
  }

  /**
   * A newer edit replaces the pending re-analysis of the older text (one analysis per pause),
   * and a disk read still in flight for this file loses.
   */
  private schedule(doc: vscode.TextDocument): void {
    const key = fileKey(doc.uri);
    const old = this.pending.get(key);
    if (old) clearTimeout(old);
    this.gate.bump(key);
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      this.updateFromDocument(doc);
    }, this.settings.debounceMs));
  }

  /** A file event: queued, coalesced per file, handled in rounds (see drain). */
  private enqueue(uri: vscode.Uri, event: FileEvent): void {
    if (this.disposed) return;
    const key = fileKey(uri);
    // Work in flight for this file (or under this folder) is older than this event.
    if (event === 'delete') this.gate.bumpTree(key);
    else this.gate.bump(key);
    if (!this.queue.push(key, event)) {
      // Far more distinct files than any review folder: read everything again once instead.
      this.log.warn(`more than ${QUEUE_LIMIT} file events waiting: indexing the workspace again`);
      if (!this.overflowRefresh) {
        this.overflowRefresh = true;
        void this.refresh();
      }
      return;
    }
    this.kick();
  }

  private kick(): void {
    if (this.draining || this.queue.size === 0 || this.disposed) return;
    this.draining = true;
    void this.drain()
      .catch((e) => this.log.error(`file events: ${e instanceof Error ? e.stack ?? e.message : String(e)}`))
      .finally(() => {
        this.draining = false;
        this.kick();
      });
  }

  /** Handles queued events, DRAIN_ROUND at a time (READ_BATCH reads at once), one change event per round. */
  private async drain(): Promise<void> {
    while (this.queue.size > 0 && !this.disposed) {
      const round = this.queue.take(DRAIN_ROUND);
      this.beginBatch();
      try {
        for (let i = 0; i < round.length; i += READ_BATCH) {
          await Promise.all(round.slice(i, i + READ_BATCH).map(([key, event]) =>
            (event === 'delete' ? this.removeIfGone(fileUri(key)) : this.updateFromDisk(fileUri(key)))));
        }
      } finally {
        this.endBatch();
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private async updateFromDisk(uri: vscode.Uri): Promise<void> {
    const key = fileKey(uri);
    const open = this.openDocument(uri);
    if (open?.isDirty) {
      // Unsaved edits win over the disk: the buffer is what the user reads. A clean document
      // is not trusted over the disk: VS Code keeps the model of a closed or deleted file for a while.
      this.flush(open);
      return;
    }
    if (!this.matchesInclude(uri)) return;
    const ticket = this.gate.begin(key);
    const result = await this.readFile(uri);
    if (!this.gate.end(key, ticket)) {
      this.staleDropped++; // a newer event or edit already decided, or will
      return;
    }
    const nowOpen = this.openDocument(uri);
    if (nowOpen?.isDirty) {
      this.flush(nowOpen);
      return;
    }
    this.applyRead(key, result);
  }

  /**
   * A delete event, handled late: the file or folder may exist again by now (deleted and
   * re-created, a folder replaced), and a new file under it may already be open and analysed.
   * So the disk decides: gone, everything under it goes; there again, each article under it
   * is checked on its own.
   */
  private async removeIfGone(uri: vscode.Uri): Promise<void> {
    const key = fileKey(uri);
    const ticket = this.gate.begin(key);
    let exists: boolean;
    try {
      await vscode.workspace.fs.stat(uri);
      exists = true;
    } catch (e) {
      exists = !isNotFound(e);
    }
    // Something newer happened to it meanwhile (an edit, a create event): that decides.
    if (!this.gate.end(key, ticket)) return;
    if (!exists) {
      this.remove(uri);
      return;
    }
    const prefix = key.endsWith('/') ? key : key + '/';
    const under = new Set([...this.texts.keys(), ...this.skipped.entries().map(([k]) => k)].filter((k) => k === key || k.startsWith(prefix)));
    under.add(key);
    for (const k of under) this.enqueue(fileUri(k), 'sync');
  }

  private remove(uri: vscode.Uri): void {
    const key = fileKey(uri);
    this.gate.bumpTree(key);
    const prefix = key.endsWith('/') ? key : key + '/';
    const under = (k: string) => k === key || k.startsWith(prefix);
    // A deleted folder arrives as one event: drop every article under it too.
    for (const k of [...this.texts.keys()]) {
      if (!under(k)) continue;
      this.markOrphan(k);
      this.updateText(k, undefined);
    }
    for (const [k] of this.skipped.entries()) if (under(k)) this.setSkipped(k, undefined);
    for (const k of [...this.diskEncodings.keys()]) if (under(k)) this.diskEncodings.delete(k);
  }

  private markOrphan(key: string): void {
    if (this.openDocument(fileUri(key))) this.orphans.add(key);
  }

  /** Checks files on disk again a little later (one timer for all of them). */
  private verifyLater(uri: vscode.Uri): void {
    this.verify.add(fileKey(uri));
    if (this.verifyTimer) return;
    this.verifyTimer = setTimeout(() => {
      this.verifyTimer = undefined;
      const keys = [...this.verify];
      this.verify.clear();
      for (const k of keys) this.enqueue(fileUri(k), 'sync');
    }, VERIFY_AFTER_MS);
  }

  private rename(oldUri: vscode.Uri, newUri: vscode.Uri): void {
    const oldKey = fileKey(oldUri);
    const prefix = oldKey + '/';
    // Reads in flight under the old name are about a file that is not there any more.
    this.gate.bumpTree(oldKey);
    for (const [k] of this.skipped.entries()) {
      if (k === oldKey || k.startsWith(prefix)) this.skipped.rename(k, fileKey(newUri) + k.slice(oldKey.length));
    }
    let moved = 0;
    for (const k of [...this.texts.keys()]) {
      if (k !== oldKey && !k.startsWith(prefix)) continue;
      moved++;
      const movedKey = fileKey(newUri) + k.slice(oldKey.length);
      const movedUri = fileUri(movedKey);
      const text = this.texts.get(k)!;
      if (!this.matchesInclude(movedUri)) {
        this.updateText(k, undefined);
        continue;
      }
      this.gate.bump(movedKey);
      this.texts.delete(k);
      this.versions.delete(k);
      this.texts.set(movedKey, text);
      this.analysesByFile.set(movedKey, this.analysesByFile.get(k) ?? 1);
      this.analysesByFile.delete(k);
      this.earlyByFile.delete(k);
      if (!this.safely(movedKey, () => this.corpus.renameArticle(k, movedKey))) this.texts.delete(movedKey);
      this.fire([k, movedKey]);
      // The watcher drops a create followed quickly by a delete (they cancel out), so a renamed
      // file deleted at once would never be reported: check the disk once things have settled.
      this.verifyLater(movedUri);
    }
    // Not an article under its old name (not read yet, too large, not Arabic): look at the new one.
    if (moved === 0) this.enqueue(newUri, 'sync');
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
      this.orphans.delete(key);
      if (!this.texts.has(key)) return;
      // Untitled buffers and files outside the folders exist only while open;
      // a workspace file goes back to its text on disk (unsaved edits were discarded).
      if (!this.inWorkspace(doc.uri)) this.updateText(key, undefined);
      else this.enqueue(doc.uri, 'sync');
    }));
    d.push(vscode.workspace.onDidRenameFiles((e) => { for (const f of e.files) this.rename(f.oldUri, f.newUri); }));
    d.push(vscode.workspace.onDidDeleteFiles((e) => { for (const u of e.files) this.enqueue(u, 'delete'); }));
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
      watcher.onDidCreate((u) => {
        if (!this.isDirectoryLike(u)) this.enqueue(u, 'sync');
        else void this.syncNewFolder(u);
      }),
      watcher.onDidChange((u) => { if (!this.isDirectoryLike(u)) this.enqueue(u, 'sync'); }),
      watcher.onDidDelete((u) => { if (this.concernsArticles(u)) this.enqueue(u, 'delete'); }),
    );
  }

  /**
   * A folder just created: the file watcher may miss files written into it before it watched
   * the folder (seen on Linux: the first file of a new folder went unreported), so its files
   * are listed once and queued like created files (the queue coalesces repeats).
   */
  private async syncNewFolder(uri: vscode.Uri): Promise<void> {
    if (SKIPPED_FOLDERS.test(uri.path)) return;
    try {
      if ((await vscode.workspace.fs.stat(uri)).type !== vscode.FileType.Directory) return;
      const files = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*'), undefined, QUEUE_LIMIT);
      for (const f of files) if (this.matchesInclude(f)) this.enqueue(f, 'sync');
    } catch {
      // Gone again, or unreadable: its own events (if any) tell the rest.
    }
  }

  /**
   * Could deleting this concern an article? (It is one, could be one, or is a folder holding
   * one.) Deleting `node_modules` sends tens of thousands of events: none of them is queued.
   */
  private concernsArticles(uri: vscode.Uri): boolean {
    if (SKIPPED_FOLDERS.test(uri.path)) return false;
    const key = fileKey(uri);
    if (this.texts.has(key) || this.skipped.reasonOf(key) !== undefined || this.matchesInclude(uri)) return true;
    const prefix = key.endsWith('/') ? key : key + '/';
    for (const k of this.texts.keys()) if (k.startsWith(prefix)) return true;
    for (const [k] of this.skipped.entries()) if (k.startsWith(prefix)) return true;
    return false;
  }

  /**
   * Events that cannot concern an article are not queued: folders created by a move (their files
   * come as their own events or via rename) and files the include glob does not match.
   */
  private isDirectoryLike(uri: vscode.Uri): boolean {
    return !this.matchesInclude(uri) && !this.texts.has(fileKey(uri));
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
    if (all || files.length > 0) this.emit(all ? {} : { files });
  }

  private fire(files: string[] | undefined): void {
    if (this.batchDepth > 0) {
      if (files) files.forEach((f) => this.batchFiles.add(f));
      else this.batchAll = true;
      return;
    }
    this.emit(files ? { files } : {});
  }

  private emit(change: CorpusChange): void {
    this.changeEvents++;
    this.changeEmitter.fire(change);
  }
}

function isNotFound(e: unknown): boolean {
  if (e instanceof vscode.FileSystemError && (e.code === 'FileNotFound' || e.code === 'EntryNotFound')) return true;
  return /ENOENT|EntryNotFound|FileNotFound|ENOTDIR/.test(String((e as { code?: unknown })?.code ?? '') + ' ' + String(e));
}
