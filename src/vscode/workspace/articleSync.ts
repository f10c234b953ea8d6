/**
 * Keeps the engine's corpus equal to the workspace's articles, over the Workspace
 * interface (workspace.ts), so every rule here is unit-tested against an in-memory one.
 *
 * - The open document's text wins over the disk: edits are re-analysed after the debounce
 *   pause (schedule); a provider that needs current offsets flushes it at once.
 * - Late results lose: a disk read is applied only when nothing newer (an edit, a delete,
 *   a rename, a newer read) happened to its file meanwhile (VersionGate).
 * - Bytes on disk are decoded like the CLI does; a binary file, one that is not mostly
 *   Arabic or one too large is not an article (articleFiles.ts).
 * File events (fileEvents.ts) and the first indexing (articleIndex.ts) come through here.
 * Pure module: no vscode import.
 */
import type { CorpusApi } from '../../core';
import { judgeBytes, judgeText, maxBytesOf, SkippedFiles, type SkipReason, type Verdict } from './articleFiles';
import { ChangeBatch, type CorpusChange } from './changeBatch';
import { VersionGate } from './indexQueue';
import { isCandidateDocument, isCandidateFile, matchesInclude, SKIPPED_FOLDERS } from './membership';
import { FileGone, type OpenDocument, type Workspace } from './workspace';

/** Files read concurrently (indexing and file events). */
export const READ_BATCH = 8;

export type ReadResult = Verdict | 'gone' | 'directory';

export interface SyncLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface SyncSettings {
  include: string;
  maxFileSizeKB: number;
  debounceMs: number;
}

export interface SyncHost {
  readonly workspace: Workspace;
  readonly log: SyncLog;
  /** The engine (created on first use). */
  corpus(): CorpusApi;
  settings(): SyncSettings;
  onChange(change: CorpusChange): void;
  /** A file's reason for not being an article changed. */
  onSkip(key: string): void;
}

export class ArticleSync {
  /** Text last given to the engine per article: to skip no-op updates and to replay into a new corpus. */
  readonly texts = new Map<string, string>();
  /** Document version each open article was analysed at. */
  readonly versions = new Map<string, number>();
  /** Debounced re-analyses of edited documents. */
  readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /**
   * Tickets of disk reads: a read that finishes after a newer event (a create whose read
   * completes after the delete that followed, an edit typed meanwhile) must not win.
   */
  readonly gate = new VersionGate();
  /**
   * Open documents whose file was deleted: VS Code keeps their model for a while, and a late
   * debounce or a refresh must not bring them back. Bounded by the open documents.
   */
  readonly orphans = new Set<string>();
  /** Files on disk in an encoding VS Code does not guess by itself (Windows-1256), by key. */
  readonly diskEncodings = new Map<string, string>();
  /** Files that are not articles because they are too large, binary or unreadable. */
  readonly skipped = new SkippedFiles();
  readonly batch: ChangeBatch;
  analysisCount = 0;
  readonly analysesByFile = new Map<string, number>();
  readonly earlyByFile = new Map<string, number>();
  /** True while a provider's request analyses an edit before its pause is over (debug counters). */
  private flushingEarly = false;
  staleDropped = 0;

  constructor(readonly host: SyncHost) {
    this.batch = new ChangeBatch((change) => host.onChange(change));
  }

  get maxBytes(): number {
    return maxBytesOf(this.host.settings().maxFileSizeKB);
  }

  // ---------------------------------------------------------------- membership

  matchesInclude(key: string): boolean {
    return matchesInclude(this.host.workspace.locate(key), this.host.settings().include);
  }

  isCandidateKey(key: string): boolean {
    return isCandidateFile(this.host.workspace.locate(key), this.host.settings().include);
  }

  isCandidateDocument(doc: OpenDocument): boolean {
    return isCandidateDocument(doc.languageId, this.host.workspace.locate(doc.key), this.host.settings().include);
  }

  inWorkspace(key: string): boolean {
    return this.host.workspace.locate(key).inWorkspace;
  }

  // ---------------------------------------------------------------- open documents

  /**
   * Analysis of an open document brought up to date with its text: a pending debounced
   * re-analysis is done now, so hovers and references never use stale offsets.
   */
  bringUpToDate(doc: OpenDocument): void {
    const key = doc.key;
    if (this.pending.has(key) || (this.texts.has(key) && this.versions.get(key) !== doc.version)) {
      this.flushingEarly = this.pending.has(key);
      try {
        this.flush(doc);
      } finally {
        this.flushingEarly = false;
      }
    }
  }

  /** True when the analysis of this open document matches its current text (decorations). */
  isCurrent(doc: OpenDocument): boolean {
    const key = doc.key;
    return this.texts.has(key) && !this.pending.has(key) && (this.versions.get(key) ?? doc.version) === doc.version;
  }

  updateFromDocument(doc: OpenDocument): void {
    if (!this.isCandidateDocument(doc)) return;
    // The lingering model of a deleted file is not an article (unless the reviewer edits it).
    if (!doc.isDirty && this.orphans.has(doc.key)) return;
    this.updateText(doc.key, doc.getText(), doc.version);
  }

  flush(doc: OpenDocument): void {
    this.cancelPending(doc.key);
    this.updateFromDocument(doc);
  }

  cancelPending(key: string): void {
    const timer = this.pending.get(key);
    if (timer) clearTimeout(timer);
    this.pending.delete(key);
  }

  /**
   * A newer edit replaces the pending re-analysis of the older text (one analysis per pause),
   * and a disk read still in flight for this file loses.
   */
  schedule(doc: OpenDocument): void {
    const key = doc.key;
    const old = this.pending.get(key);
    if (old) clearTimeout(old);
    this.gate.bump(key);
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      this.updateFromDocument(doc);
    }, this.host.settings().debounceMs));
  }

  // ---------------------------------------------------------------- reading

  /** Keys of the files matching the include glob in the workspace's folders, outside the skipped folders. */
  async findArticleFiles(): Promise<string[]> {
    const { workspace } = this.host;
    return (await workspace.findFiles(this.host.settings().include)).filter((k) => !SKIPPED_FOLDERS.test(workspace.locate(k).path));
  }

  /** Reads the files in small batches, yielding between them; returns true when cancelled. */
  async readAll(keys: string[], cancelled?: () => boolean, progress?: (done: number, batch: number) => void): Promise<boolean> {
    for (let i = 0; i < keys.length; i += READ_BATCH) {
      if (cancelled?.()) return true;
      const batch = keys.slice(i, i + READ_BATCH);
      const tickets = batch.map((k) => this.gate.begin(k));
      const results = await Promise.all(batch.map((k) => this.readFile(k)));
      // Skip files that an event (edit, delete, rename) changed while they were being read.
      batch.forEach((key, j) => {
        if (this.gate.end(key, tickets[j])) this.applyRead(key, results[j]);
        else this.staleDropped++;
      });
      progress?.(Math.min(i + READ_BATCH, keys.length), batch.length);
      await new Promise((resolve) => setImmediate(resolve));
    }
    return false;
  }

  /**
   * A file judged: the unsaved document's text if there is one, else the disk's bytes,
   * decoded (UTF-8, UTF-16 with BOM, Windows-1256) and never read when too large.
   * Never throws: a file that vanished is 'gone', one that cannot be read is skipped.
   */
  async readFile(key: string): Promise<ReadResult> {
    const doc = this.host.workspace.openDocument(key);
    if (doc?.isDirty) return this.isCandidateDocument(doc) ? judgeText(doc.getText(), this.maxBytes) : { article: false, reason: 'notArabic' };
    try {
      const stat = await this.host.workspace.stat(key);
      if (!stat) return 'gone';
      if (stat.directory) return 'directory';
      if (stat.size > this.maxBytes) return { article: false, reason: 'tooLarge' };
      // Bytes are checked again: the file may have grown since the stat.
      return judgeBytes(await this.host.workspace.readFile(key), this.maxBytes);
    } catch (e) {
      if (e instanceof FileGone) return 'gone';
      return { article: false, reason: 'unreadable', detail: e instanceof Error ? e.message : String(e) };
    }
  }

  // ---------------------------------------------------------------- updates

  /** Gives the engine a new text for `key`, or removes it when it is no (longer an) article. */
  updateText(key: string, text: string | undefined, version?: number): void {
    this.applyVerdict(key, text === undefined ? undefined : judgeText(text, this.maxBytes), version);
  }

  /** The result of a disk read (see readFile). */
  applyRead(key: string, result: ReadResult): void {
    if (result === 'directory') return;
    if (result === 'gone') this.markOrphan(key);
    else this.orphans.delete(key);
    if (result !== 'gone' && result.article && result.encoding === 'windows-1256') this.diskEncodings.set(key, result.encoding);
    else this.diskEncodings.delete(key);
    if (result !== 'gone' && !result.article && result.reason === 'unreadable' && this.skipped.reasonOf(key) !== 'unreadable') {
      this.host.log.warn(`cannot read ${key}: ${result.detail ?? ''}`);
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
        this.safely(key, () => this.host.corpus().removeArticle(key));
        this.batch.fire([key]);
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
    if (!this.safely(key, () => this.host.corpus().setArticle(key, verdict.text))) {
      this.texts.delete(key);
      this.analysesByFile.delete(key);
      this.safely(key, () => this.host.corpus().removeArticle(key));
    }
    this.batch.fire([key]);
  }

  /** Runs an engine call; an engine error is logged, never thrown into an event handler. */
  safely(key: string, call: () => unknown): boolean {
    try {
      call();
      return true;
    } catch (e) {
      this.host.log.error(`analysis of ${key} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return false;
    }
  }

  /** Records why a file is not an article (not-Arabic files are the normal case and not kept). */
  setSkipped(key: string, reason: SkipReason | undefined, detail?: string): void {
    const kept = reason === 'notArabic' ? undefined : reason;
    const before = this.skipped.reasonOf(key);
    if (before === kept) return;
    this.skipped.set(key, kept);
    if (kept === 'tooLarge') this.host.log.info(`not analysed (larger than isnad.files.maxFileSizeKB = ${this.host.settings().maxFileSizeKB} KB): ${key}`);
    else if (kept === 'binary') this.host.log.info(`not analysed (${detail ?? 'binary content'}): ${key}`);
    this.host.onSkip(key);
  }

  markOrphan(key: string): void {
    if (this.host.workspace.openDocument(key)) this.orphans.add(key);
  }

  /** Forgets every article (a refresh reads everything again): reads in flight are superseded. */
  reset(): void {
    for (const t of this.pending.values()) clearTimeout(t);
    this.pending.clear();
    this.gate.bumpAll();
    this.texts.clear();
    this.versions.clear();
    this.analysesByFile.clear();
    this.earlyByFile.clear();
  }
}
