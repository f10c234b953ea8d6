import { gc } from './stats';

/** Heap and resident memory after a full collection (needs node --expose-gc), and the process's peak RSS so far. */
export interface MemoryResult {
  heapUsedMB: number;
  rssMB: number;
  peakRssMB: number;
  gcExposed: boolean;
}

export function memory(): MemoryResult {
  gc();
  const m = process.memoryUsage();
  const mb = (b: number): number => b / (1024 * 1024);
  return {
    heapUsedMB: mb(m.heapUsed),
    rssMB: mb(m.rss),
    // maxRSS is in kilobytes.
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function',
  };
}
