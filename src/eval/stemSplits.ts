/**
 * npm run eval -- --stem-splits [N]: where the light stemmer (core/text/stem.ts)
 * keeps forms of one word apart. Over the words of the training text (the ANS
 * training sentences, ANERcorp and Wojood training tokens), a word and its
 * forms with a proclitic or a suffix that the same text holds («نفط» and
 * «النفطي», «قضية» and «بقضية») should land on one stem; each word whose forms
 * do not is listed, the most frequent first, with the stems they land on. A
 * form that is really another word shows up too («سمعة» is no «س» + «معه»):
 * the list is for reading, its total for comparing two versions of the rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalize } from '../core/text/normalize';
import { lightStem } from '../core/text/stem';
import { isStopword } from '../core/text/stopwords';

const PREFIXES = ['ال', 'و', 'وال', 'ب', 'بال', 'ل', 'لل', 'ف', 'فال', 'ك', 'س'];
const SUFFIXES = ['ه', 'ها', 'هم', 'ي', 'يه', 'ين', 'ون', 'ات', 'ان', 'يين', 'ت', 'وا', 'يات'];

export interface StemSplit {
  word: string;
  count: number;
  stem: string;
  /** Forms of the word found in the text that land on another stem, with that stem. */
  forms: Array<{ form: string; stem: string }>;
}

/** Word counts (folded, no stop words) of the training text under `dataDir` (../shared/data). */
export function trainingWords(dataDir: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (text: string): void => {
    for (const w of normalize(text).split(/[^\u0621-\u064a]+/)) if (w.length >= 2 && !isStopword(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  };
  for (const l of readFileSync(join(dataDir, 'ans', 'train.csv'), 'utf8').split('\n')) add(l);
  for (const f of ['anercorp/ANERCorp_train-portion.txt', 'wojood/train.txt'])
    for (const l of readFileSync(join(dataDir, f), 'utf8').split('\n')) add(l.split(' ')[0] ?? '');
  return counts;
}

/** Every word of `counts` (three letters or more, not itself behind the article) whose forms in `counts` land on another stem. */
export function stemSplits(counts: Map<string, number>, stem: (w: string) => string = lightStem): StemSplit[] {
  const stems = new Map<string, string>();
  const stemOf = (w: string): string => {
    let s = stems.get(w);
    if (s === undefined) stems.set(w, (s = stem(w)));
    return s;
  };
  const out: StemSplit[] = [];
  for (const [word, count] of counts) {
    if (word.length < 3 || word.startsWith('ال')) continue;
    const s = stemOf(word);
    const forms = [...PREFIXES.map((p) => p + word), ...SUFFIXES.map((x) => word + x)]
      .filter((f) => counts.has(f) && stemOf(f) !== s)
      .map((form) => ({ form, stem: stemOf(form) }));
    if (forms.length) out.push({ word, count, stem: s, forms });
  }
  return out.sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1));
}

export function formatStemSplits(splits: StemSplit[], n: number): string[] {
  const total = splits.reduce((t, x) => t + x.count, 0);
  return [
    `Stem splits in the training text: ${splits.length} words (${total} occurrences) whose forms land on another stem; the ${Math.min(n, splits.length)} most frequent:`,
    ...splits.slice(0, n).map((x) => `  ${x.word} -> ${x.stem} (${x.count}): ${x.forms.map((f) => `${f.form} -> ${f.stem}`).join(', ')}`),
  ];
}
