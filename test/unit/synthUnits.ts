import type { Unit } from '../../src/core/claims/cluster';

/** A deterministic corpus: articles of clauses drawn from shared claims, some articles retelling earlier ones. */
export function synthUnits(files: number, perFile: number): Unit[] {
  let seed = 20240601;
  const rnd = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  // Skewed vocabulary (low ids common), from exact arithmetic only.
  const word = (): string => `w${Math.floor(20000 * rnd() * rnd() * rnd())}`;
  const claims = Array.from({ length: files * 3 }, () => Array.from({ length: 5 + Math.floor(rnd() * 6) }, word));
  const units: Unit[] = [];
  const bases: string[][][] = [];
  for (let f = 0; f < files; f++) {
    const file = `article-${String(f).padStart(5, '0')}.txt`;
    const source = f > 0 && rnd() < 0.2 ? bases[Math.floor(rnd() * f)] : undefined;
    bases.push([]);
    for (let index = 0; index < perFile; index++) {
      const base = source?.[index] ?? (rnd() < 0.6 ? claims[Math.floor(rnd() * claims.length)] : Array.from({ length: 4 + Math.floor(rnd() * 6) }, word));
      bases[f].push(base);
      const features = base.filter(() => rnd() < 0.8);
      for (let k = Math.floor(rnd() * 3); k > 0; k--) features.push(word());
      if (rnd() < 0.3) features.push(`@actor${Math.floor(rnd() * 30)}`);
      units.push({ file, index, clause: 0, features });
    }
  }
  return units;
}
