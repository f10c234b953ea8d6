/**
 * Create, change, delete and rename on disk, kept true in the corpus.
 *
 * - Events go through a queue coalesced per file and bounded (QUEUE_LIMIT; past it, one
 *   full re-index), handled READ_BATCH reads at a time, DRAIN_ROUND per round, each round
 *   announced once: a storm of hundreds of created files costs a few refreshes, not hundreds.
 * - A delete is handled late and the disk decides (the file may be back); a rename moves the
 *   analyses without reading anything, then checks the disk once things settled.
 * Pure module over the Workspace interface: no vscode import (unit-tested in memory).
 */
import { READ_BATCH, type ArticleSync } from './articleSync';
import { CoalescingQueue } from './indexQueue';
import { isUnder, SKIPPED_FOLDERS } from './membership';
import type { OpenDocument } from './workspace';

/** File events handled per round; each round is announced as one change. */
const DRAIN_ROUND = 64;
/** Distinct files waiting for their event to be handled; past it the whole workspace is indexed again once. */
export const QUEUE_LIMIT = 5000;
/** Delay before checking the disk again after a rename (the watcher can drop a create+delete pair). */
const VERIFY_AFTER_MS = 1000;

type FileEvent = 'sync' | 'delete';

export class FileEvents {
  readonly queue = new CoalescingQueue<string, FileEvent>(QUEUE_LIMIT);
  private draining = false;
  private disposed = false;
  /** A full re-index asked for because the queue overflowed (once until it starts). */
  overflowRefresh = false;
  /** Files to check again on disk after renames (one timer for all). */
  private readonly verify = new Set<string>();
  private verifyTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly sync: ArticleSync, private readonly refresh: () => void) {}

  /** A file event: queued, coalesced per file, handled in rounds (see drain). */
  enqueue(key: string, event: FileEvent): void {
    if (this.disposed) return;
    // Work in flight for this file (or under this folder) is older than this event.
    if (event === 'delete') this.sync.gate.bumpTree(key);
    else this.sync.gate.bump(key);
    if (!this.queue.push(key, event)) {
      // Far more distinct files than any review folder: read everything again once instead.
      this.sync.host.log.warn(`more than ${QUEUE_LIMIT} file events waiting: indexing the workspace again`);
      if (!this.overflowRefresh) {
        this.overflowRefresh = true;
        this.refresh();
      }
      return;
    }
    this.kick();
  }

  /** A file or folder created or changed on disk (the watcher). */
  created(key: string): void {
    if (!this.isDirectoryLike(key)) this.enqueue(key, 'sync');
    else void this.syncNewFolder(key);
  }

  changed(key: string): void {
    if (!this.isDirectoryLike(key)) this.enqueue(key, 'sync');
  }

  deleted(key: string): void {
    if (this.concernsArticles(key)) this.enqueue(key, 'delete');
  }

  /** A document closed: a workspace file goes back to its text on disk; others exist only while open. */
  closed(key: string): void {
    this.sync.cancelPending(key);
    this.sync.versions.delete(key);
    this.sync.orphans.delete(key);
    if (!this.sync.texts.has(key)) return;
    // Untitled buffers and files outside the folders exist only while open;
    // a workspace file goes back to its text on disk (unsaved edits were discarded).
    if (!this.sync.inWorkspace(key)) this.sync.updateText(key, undefined);
    else this.enqueue(key, 'sync');
  }

  private kick(): void {
    if (this.draining || this.queue.size === 0 || this.disposed) return;
    this.draining = true;
    void this.drain()
      .catch((e) => this.sync.host.log.error(`file events: ${e instanceof Error ? e.stack ?? e.message : String(e)}`))
      .finally(() => {
        this.draining = false;
        this.kick();
      });
  }

  /** Handles queued events, DRAIN_ROUND at a time (READ_BATCH reads at once), one change event per round. */
  private async drain(): Promise<void> {
    while (this.queue.size > 0 && !this.disposed) {
      const round = this.queue.take(DRAIN_ROUND);
      this.sync.batch.begin();
      try {
        for (let i = 0; i < round.length; i += READ_BATCH) {
          await Promise.all(round.slice(i, i + READ_BATCH).map(([key, event]) =>
            (event === 'delete' ? this.removeIfGone(key) : this.updateFromDisk(key))));
        }
      } finally {
        this.sync.batch.end();
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private async updateFromDisk(key: string): Promise<void> {
    const open = this.sync.host.workspace.openDocument(key);
    if (open?.isDirty) {
      // Unsaved edits win over the disk: the buffer is what the user reads. A clean document
      // is not trusted over the disk: VS Code keeps the model of a closed or deleted file for a while.
      this.sync.flush(open);
      return;
    }
    if (!this.sync.matchesInclude(key)) return;
    const ticket = this.sync.gate.begin(key);
    const result = await this.sync.readFile(key);
    if (!this.sync.gate.end(key, ticket)) {
      this.sync.staleDropped++; // a newer event or edit already decided, or will
      return;
    }
    const nowOpen: OpenDocument | undefined = this.sync.host.workspace.openDocument(key);
    if (nowOpen?.isDirty) {
      this.sync.flush(nowOpen);
      return;
    }
    this.sync.applyRead(key, result);
  }

  /**
   * A delete event, handled late: the file or folder may exist again by now (deleted and
   * re-created, a folder replaced), and a new file under it may already be open and analysed.
   * So the disk decides: gone, everything under it goes; there again, each article under it
   * is checked on its own.
   */
  private async removeIfGone(key: string): Promise<void> {
    const ticket = this.sync.gate.begin(key);
    let exists: boolean;
    try {
      exists = (await this.sync.host.workspace.stat(key)) !== undefined;
    } catch {
      exists = true;
    }
    // Something newer happened to it meanwhile (an edit, a create event): that decides.
    if (!this.sync.gate.end(key, ticket)) return;
    if (!exists) {
      this.remove(key);
      return;
    }
    const under = new Set([...this.sync.texts.keys(), ...this.sync.skipped.entries().map(([k]) => k)].filter(isUnder(key)));
    under.add(key);
    for (const k of under) this.enqueue(k, 'sync');
  }

  private remove(key: string): void {
    const sync = this.sync;
    sync.gate.bumpTree(key);
    const under = isUnder(key);
    // A deleted folder arrives as one event: drop every article under it too.
    for (const k of [...sync.texts.keys()]) {
      if (!under(k)) continue;
      sync.markOrphan(k);
      sync.updateText(k, undefined);
    }
    for (const [k] of sync.skipped.entries()) if (under(k)) sync.setSkipped(k, undefined);
    for (const k of [...sync.diskEncodings.keys()]) if (under(k)) sync.diskEncodings.delete(k);
  }

  /** Checks files on disk again a little later (one timer for all of them). */
  private verifyLater(key: string): void {
    this.verify.add(key);
    if (this.verifyTimer) return;
    this.verifyTimer = setTimeout(() => {
      this.verifyTimer = undefined;
      const keys = [...this.verify];
      this.verify.clear();
      for (const k of keys) this.enqueue(k, 'sync');
    }, VERIFY_AFTER_MS);
  }

  rename(oldKey: string, newKey: string): void {
    const sync = this.sync;
    const prefix = oldKey + '/';
    // Reads in flight under the old name are about a file that is not there any more.
    sync.gate.bumpTree(oldKey);
    for (const [k] of sync.skipped.entries()) {
      if (k === oldKey || k.startsWith(prefix)) sync.skipped.rename(k, newKey + k.slice(oldKey.length));
    }
    let moved = 0;
    for (const k of [...sync.texts.keys()]) {
      if (k !== oldKey && !k.startsWith(prefix)) continue;
      moved++;
      const movedKey = newKey + k.slice(oldKey.length);
      const text = sync.texts.get(k)!;
      if (!sync.matchesInclude(movedKey)) {
        sync.updateText(k, undefined);
        continue;
      }
      sync.gate.bump(movedKey);
      sync.texts.delete(k);
      sync.versions.delete(k);
      sync.texts.set(movedKey, text);
      sync.analysesByFile.set(movedKey, sync.analysesByFile.get(k) ?? 1);
      sync.analysesByFile.delete(k);
      sync.earlyByFile.delete(k);
      if (!sync.safely(movedKey, () => sync.host.corpus().renameArticle(k, movedKey))) sync.texts.delete(movedKey);
      sync.batch.fire([k, movedKey]);
      // The watcher drops a create followed quickly by a delete (they cancel out), so a renamed
      // file deleted at once would never be reported: check the disk once things have settled.
      this.verifyLater(movedKey);
    }
    // Not an article under its old name (not read yet, too large, not Arabic): look at the new one.
    if (moved === 0) this.enqueue(newKey, 'sync');
  }

  /**
   * A folder just created: the file watcher may miss files written into it before it watched
   * the folder (seen on Linux: the first file of a new folder went unreported), so its files
   * are listed once and queued like created files (the queue coalesces repeats).
   */
  private async syncNewFolder(key: string): Promise<void> {
    const workspace = this.sync.host.workspace;
    if (SKIPPED_FOLDERS.test(workspace.locate(key).path)) return;
    try {
      const stat = await workspace.stat(key);
      // A plain folder only: a link to one is read through its own events.
      if (!stat?.directory || stat.symlink) return;
      const files = await workspace.findFilesUnder(key, QUEUE_LIMIT);
      for (const f of files) if (this.sync.matchesInclude(f)) this.enqueue(f, 'sync');
    } catch {
      // Gone again, or unreadable: its own events (if any) tell the rest.
    }
  }

  /**
   * Could deleting this concern an article? (It is one, could be one, or is a folder holding
   * one.) Deleting `node_modules` sends tens of thousands of events: none of them is queued.
   */
  private concernsArticles(key: string): boolean {
    const sync = this.sync;
    if (SKIPPED_FOLDERS.test(sync.host.workspace.locate(key).path)) return false;
    if (sync.texts.has(key) || sync.skipped.reasonOf(key) !== undefined || sync.matchesInclude(key)) return true;
    const prefix = key.endsWith('/') ? key : key + '/';
    for (const k of sync.texts.keys()) if (k.startsWith(prefix)) return true;
    for (const [k] of sync.skipped.entries()) if (k.startsWith(prefix)) return true;
    return false;
  }

  /**
   * Events that cannot concern an article are not queued: folders created by a move (their files
   * come as their own events or via rename) and files the include glob does not match.
   */
  private isDirectoryLike(key: string): boolean {
    return !this.sync.matchesInclude(key) && !this.sync.texts.has(key);
  }

  dispose(): void {
    this.disposed = true;
    this.queue.clear();
    if (this.verifyTimer) clearTimeout(this.verifyTimer);
  }
}
