/**
 * isnad compare "A" "B" [--json]: the engine's verdict on two sentences (similarity,
 * same claim or not, the disagreements found), for newsroom pipelines and for
 * checking the engine. Exit status 0 either way; 2 for a wrong call.
 */
import { compareSentences, jsonSafe, terminalSafe } from '../core';

export const COMPARE_USAGE = 'usage: isnad compare "SENTENCE A" "SENTENCE B" [--json]';

export function compareMain(args: string[], out: (s: string) => void, err: (s: string) => void): number {
  const json = args.includes('--json');
  const texts = args.filter((a) => a !== '--json');
  if (texts.length !== 2 || texts.some((t) => !t.trim() || t.startsWith('--'))) {
    err(COMPARE_USAGE + '\n');
    return 2;
  }
  const r = compareSentences(texts[0], texts[1]);
  if (json) {
    out(jsonSafe(JSON.stringify(r, null, 2)) + '\n');
    return 0;
  }
  const lines = [
    `similarity ${r.similarity.toFixed(3)}`,
    `same claim: ${r.sameClaim ? 'yes' : 'no'}`,
    `contradiction probability ${r.contradiction.toFixed(3)}`,
    ...(r.disagreements.length ? r.disagreements.map((d) => `versions differ (${d.kind}): ${terminalSafe(d.detail)}`) : ['no disagreement found']),
  ];
  out(lines.join('\n') + '\n');
  return 0;
}
