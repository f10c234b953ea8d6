/**
 * Command-line arguments, strictly: an unknown flag («--jsno»), a missing or
 * malformed value, a flag given twice or a stray word is a usage error (exit
 * status 2), never silently ignored. Accepts «--flag value», «--flag=value»
 * and «--» (what follows is not a flag: a folder named «-x»).
 */
export interface FlagSpec {
  /** Long name without dashes. */
  name: string;
  /** One-letter alias without the dash («h» for «-h»). */
  short?: string;
  /** Takes a value (the next argument, or after «=»). */
  value?: boolean;
}

export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string | true>;
}

/** The closest of `names` to `word` within two edits, for «did you mean». */
function closest(word: string, names: string[]): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const n of names) {
    const d = editDistance(word, n);
    if (d < bestD) [best, bestD] = [n, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      // A swap of two neighbours («--jsno») counts as one edit.
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j], (prev[j - 2] ?? 0) + 1);
    }
    prev = cur;
  }
  return prev[b.length];
}

export function parseArgs(args: string[], specs: FlagSpec[]): ParsedArgs | { error: string } {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const flags = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      positionals.push(a);
      continue;
    }
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const key = eq >= 0 ? a.slice(0, eq) : a;
    const spec = key.startsWith('--') ? byName.get(key.slice(2)) : key.length === 2 ? byShort.get(key.slice(1)) : undefined;
    if (!spec) {
      const guess = closest(key.replace(/^-+/, ''), [...byName.keys()]);
      return { error: `unknown option ${key}${guess ? ` (did you mean --${guess}?)` : ''}` };
    }
    if (flags.has(spec.name)) return { error: `--${spec.name} is given twice` };
    if (!spec.value) {
      if (eq >= 0) return { error: `--${spec.name} takes no value` };
      flags.set(spec.name, true);
      continue;
    }
    const v = eq >= 0 ? a.slice(eq + 1) : args[++i];
    if (v === undefined || v === '' || (eq < 0 && v.startsWith('--'))) return { error: `--${spec.name} needs a value` };
    flags.set(spec.name, v);
  }
  return { positionals, flags };
}
