import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/**
 * A full garbage collection between the CLI's phases (articles read, claims
 * grouped, report written). V8 lets the heap grow toward its limit (4 GB here)
 * before it collects hard, so without this a run's peak RSS is about twice what
 * it holds: 2.1 GB for a corpus that needs 1 GB (the report's article entries,
 * a few MB of JSON each, go straight to the old generation and wait there).
 * A collection takes a fraction of a second on such a heap, against minutes of
 * analysis.
 */
let gc: (() => void) | undefined | null;

export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}

/**
 * Collects once every `every` units of work noted (characters read or
 * written): the garbage between two collections stays bounded, whatever the
 * size of the corpus.
 */
export class GarbageBudget {
  private used = 0;
  constructor(private readonly every: number) {}
  note(units: number): void {
    this.used += units;
    if (this.used >= this.every) {
      this.used = 0;
      collectGarbage();
    }
  }
}

/**
 * Collects when the heap has grown by `bytes` since the last collection. An
 * article's analysis leaves garbage that lives as long as the article is being
 * analysed (its lines' tokens and tagger scores), so it reaches the old
 * generation, which V8 lets grow far before it collects: 100 name-dense
 * articles of 100,000 characters peaked at 816 MB RSS while they held 205 MB.
 * Counting characters could not bound that (the garbage per character depends
 * on the text and on the tagger); the heap's own figure does.
 */
export class HeapBudget {
  private base = v8.getHeapStatistics().used_heap_size;
  /** `collected` is told what the heap holds after each collection. */
  constructor(
    private readonly bytes: number,
    private readonly collected?: (held: number) => void,
  ) {}
  check(): void {
    if (v8.getHeapStatistics().used_heap_size - this.base < this.bytes) return;
    collectGarbage();
    this.base = v8.getHeapStatistics().used_heap_size;
    this.collected?.(this.base);
  }
}

/** One line on what the process holds now and at most so far (ISNAD_DEBUG: which phase of a run makes its peak). */
export function memoryLine(phase: string): string {
  const m = process.memoryUsage();
  const mb = (n: number): string => `${Math.round(n / 1048576)} MB`;
  return `isnad: memory ${phase}: rss ${mb(m.rss)} (peak ${mb(process.resourceUsage().maxRSS * 1024)}), heap ${mb(m.heapUsed)}, array buffers ${mb(m.arrayBuffers)}`;
}
