/**
 * Change events batched: while a batch is open (indexing, a round of file events),
 * the files changed are collected and announced once when it closes, so a storm of
 * events costs the views one refresh. Pure module: no vscode import.
 */

export interface CorpusChange {
  /** Changed article keys, or undefined when everything may have changed. */
  files?: string[];
}

export class ChangeBatch {
  private depth = 0;
  private files = new Set<string>();
  private all = false;
  /** Change events announced. */
  count = 0;

  constructor(private readonly emit: (change: CorpusChange) => void) {}

  begin(): void {
    this.depth++;
  }

  end(): void {
    if (--this.depth > 0) return;
    const all = this.all;
    const files = [...this.files];
    this.all = false;
    this.files.clear();
    if (all || files.length > 0) this.announce(all ? {} : { files });
  }

  /** Everything may have changed (announced when the batch closes). */
  markAll(): void {
    this.all = true;
  }

  /** `files` changed (undefined: everything may have). */
  fire(files: string[] | undefined): void {
    if (this.depth > 0) {
      if (files) files.forEach((f) => this.files.add(f));
      else this.all = true;
      return;
    }
    this.announce(files ? { files } : {});
  }

  private announce(change: CorpusChange): void {
    this.count++;
    this.emit(change);
  }
}
