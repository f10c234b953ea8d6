/**
 * The performance targets (issue 4), for medians on a 2-core machine, and how
 * each is read off a run's results.
 */
export interface Target {
  name: string;
  /** The figure compared, or undefined when the run did not measure it. */
  value: number | undefined;
  limit: number;
  unit: string;
  /** `<`: the value must stay below the limit; `<=`: may equal it. */
  op: '<' | '<=';
}

export interface TargetCheck extends Target {
  met: boolean | undefined;
}

export function check(t: Target): TargetCheck {
  const met = t.value === undefined || Number.isNaN(t.value) ? undefined : t.op === '<' ? t.value < t.limit : t.value <= t.limit;
  return { ...t, met };
}
