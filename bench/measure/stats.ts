/** Timing helpers: wall-clock milliseconds, medians and 95th percentiles. */

export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

export function now(): number {
  return performance.now();
}

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summarize(samples: number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  return { n: s.length, median: percentile(s, 50), p95: percentile(s, 95), min: s[0] ?? NaN, max: s[s.length - 1] ?? NaN };
}

/** Time `fn`, returning its result and the milliseconds it took. */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const t = now();
  const value = fn();
  return { value, ms: now() - t };
}

/**
 * Run `step(i)` (which returns the milliseconds to count) at least `min` and
 * at most `max` times, stopping early when `budgetMs` of wall time is spent:
 * a slow engine still finishes the benchmark, with fewer samples.
 */
export function sample(step: (i: number) => number, opts: { min: number; max: number; budgetMs: number }): Summary {
  const samples: number[] = [];
  const start = now();
  for (let i = 0; i < opts.max; i++) {
    if (i >= opts.min && now() - start > opts.budgetMs) break;
    samples.push(step(i));
  }
  return summarize(samples);
}

export function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
}
