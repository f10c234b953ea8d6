/** The cross-article figure's lines for `npm run eval`, and its misses for `--cross-misses [N]` (crossArticle.ts). */
import type { Report } from '../../core/report/report';
import type { CrossArticle, CrossArticleFigures } from './crossArticle';

const pct = (a: number, b: number): string => `${(100 * (b ? a / b : 1)).toFixed(1)} (${a}/${b})`;

export function formatCrossArticle(f: CrossArticleFigures): string[] {
  const s = f.same;
  const c = f.contradictions;
  return [
    `pairwise precision ${(100 * f.precision).toFixed(1)}  recall ${(100 * f.recall).toFixed(1)}  (pairs telling one claim ${s.found}/${s.total}, other claims grouped ${f.falsePositives}: ${f.fillerPulled} of them through a filler sentence, ${f.falsePositivesFlagged} flagged as disagreeing)  target P >= 90 at R >= 80`,
    `reworded retellings found ${pct(s.rewordedFound, s.reworded)}; near-verbatim ${pct(s.found - s.rewordedFound, s.total - s.reworded)}  target reworded >= 70`,
    `contradictions handled (apart, or flagged naming both files) ${pct(c.handled, c.total)}; grouped ${c.grouped}, flagged ${c.flagged}  target >= 95`,
  ];
}

/** The group that joins two articles, as the report has it: each article's sentences in it. */
function joined(report: Report, a: string, b: string): string[] {
  for (const c of report.claims) {
    const files = new Set(c.sentences.map((s) => s.file));
    if (!files.has(a) || !files.has(b)) continue;
    return c.sentences.filter((s) => s.file === a || s.file === b).map((s) => `    ${s.file}:${s.line} ${s.text.slice(0, 140)}`);
  }
  return [];
}

export function formatCrossMisses(f: CrossArticleFigures & { corpus: CrossArticle; report: Report }, n: number): string[] {
  const out: string[] = [];
  const claim = (file: string): string => `${file}: ${f.corpus.claimOf.get(file)!.text}`;
  const list = (title: string, pairs: Array<[string, string]>, withGroup: boolean): void => {
    out.push(`${title} (${pairs.length}, ${Math.min(n, pairs.length)} shown):`);
    for (const [a, b] of pairs.slice(0, n)) {
      out.push(`  ${claim(a)}`, `  ${claim(b)}`);
      if (withGroup) out.push(...joined(f.report, a, b));
    }
  };
  list('Retellings not grouped', f.misses.notFound, false);
  list('Different claims grouped (the group\'s sentences of each)', f.misses.wrong, true);
  list('Contradictions grouped unflagged', f.misses.unflagged, true);
  return out;
}
