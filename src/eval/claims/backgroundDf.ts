/**
 * `npm run build:claim-weights`: the background table of the claim grouping's
 * weights (src/core/data/claims/stem-df.json). Counts, for every claim feature
 * a word gives (features.ts stemFeature), the sentences of the training text
 * that hold it: ANERcorp's training portion and Wojood's train part, read from
 * ../shared/data (or ISNAD_DATA). Deterministic: the same data gives the same
 * file, byte for byte (keys sorted). Features seen in fewer than MIN_COUNT
 * sentences are left out (the table reads them as rare); country features
 * («@iran») are left out too: actors have a weight of their own (weights.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtinActors, builtinOffices } from '../../core/actors/builtin';
import { Registry } from '../../core/actors/registry';
import { stemFeature } from '../../core/claims/features';
import { normalize } from '../../core/text/normalize';
import { tokenize } from '../../core/text/tokens';

const MIN_COUNT = 2;
const SENTENCE_END = new Set(['.', '!', '?', '؟']);

/** Sentences of a token-per-line file (the token is the line's first field): ended by a full stop, a blank line or a document mark. */
function sentences(file: string): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  const end = (): void => {
    if (cur.length) out.push(cur);
    cur = [];
  };
  for (const line of readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const token = line.split(/[\t ]/)[0].replace(/[\u200e\u200f]/g, '');
    if (!token || token === '$#$') {
      end();
      continue;
    }
    cur.push(token);
    if (SENTENCE_END.has(token)) end();
  }
  end();
  return out;
}

/** The table's text (JSON, keys sorted) from the training text under `data`. */
export function backgroundTable(data: string): { text: string; sentences: number; kept: number; seen: number } {
  const sources = [join(data, 'anercorp', 'ANERCorp_train-portion.txt'), join(data, 'wojood', 'train.txt')];
  const registry = new Registry(builtinActors(), builtinOffices);
  const df = new Map<string, number>();
  let count = 0;
  for (const file of sources) {
    for (const s of sentences(file)) {
      const seen = new Set<string>();
      for (const t of tokenize(normalize(s.join(' ')))) {
        const f = stemFeature(registry, t.text);
        if (f && !f.startsWith('@')) seen.add(f);
      }
      if (seen.size === 0) continue;
      count++;
      for (const f of seen) df.set(f, (df.get(f) ?? 0) + 1);
    }
  }
  const kept = [...df].filter(([, n]) => n >= MIN_COUNT).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const table = {
    about: 'Sentences of the training text that hold each claim feature (npm run build:claim-weights): ANERcorp training portion (CC BY-SA 4.0) and Wojood train (MIT); see NOTICE.',
    sentences: count,
    minCount: MIN_COUNT,
    df: Object.fromEntries(kept),
  };
  return { text: JSON.stringify(table) + '\n', sentences: count, kept: kept.length, seen: df.size };
}

if (require.main === module) {
  const data = resolve(process.env.ISNAD_DATA ?? join(process.cwd(), '..', 'shared', 'data'));
  const t = backgroundTable(data);
  const out = join(process.cwd(), 'src', 'core', 'data', 'claims', 'stem-df.json');
  writeFileSync(out, t.text);
  console.log(`${out}: ${t.sentences} sentences, ${t.kept} features (of ${t.seen} seen)`);
}
