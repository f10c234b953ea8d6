import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalize } from '../../src/core/text/normalize';
import { readConll, tokenAndOuterLabel, type SourceSentence } from './conll';

/**
 * Real Arabic text the benchmark corpus is built from, read at bench time:
 * the seed articles of the repository, and the newswire of ../shared/data
 * (ANERcorp, NewsFANE, Wojood sentences; ANS headline/paraphrase pairs).
 * Nothing from ../shared/data is copied into the repository.
 */

export interface Sources {
  /** Newswire sentences in corpus order, each once (NewsFANE re-annotates ANERcorp's newswire). */
  sentences: SourceSentence[];
  /** A real headline and an annotator's sentence that says the same (ANS «agree» pairs). */
  paraphrases: Array<[string, string]>;
  /** Real headlines (ANS first sentences). */
  headlines: string[];
  /** The seed articles, whole. */
  seeds: Array<{ file: string; text: string }>;
  /** Which corpora were found (the table prints it). */
  found: string[];
}

/** Minimal RFC 4180 reader: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

function readAns(dir: string): { paraphrases: Array<[string, string]>; headlines: string[] } {
  const paraphrases: Array<[string, string]> = [];
  const headlines = new Set<string>();
  for (const f of ['train.csv', 'dev.csv']) {
    const p = join(dir, f);
    if (!existsSync(p)) continue;
    for (const [s1, s2, stance] of parseCsv(readFileSync(p, 'utf8')).slice(1)) {
      if (!s1 || !s2) continue;
      headlines.add(s1.trim());
      if (stance?.trim() === 'agree') paraphrases.push([s1.trim(), s2.trim()]);
    }
  }
  return { paraphrases, headlines: [...headlines] };
}

export function loadSources(repoRoot: string, dataDir: string): Sources {
  const found: string[] = [];
  const sentences: SourceSentence[] = [];
  const seen = new Set<string>();
  const add = (list: SourceSentence[]): void => {
    for (const s of list) {
      const key = normalize(s.text).replace(/\s+/g, ' ');
      if (seen.has(key)) continue;
      seen.add(key);
      sentences.push(s);
    }
  };
  const corpora: Array<[string, string]> = [
    ['ANERcorp', 'anercorp/ANERCorp_train-portion.txt'],
    ['NewsFANE', 'newsfane/NewsFANE_Gold.rest.tsv'],
    ['Wojood', 'wojood/train.txt'],
    ['Wojood', 'wojood/val.txt'],
  ];
  for (const [name, rel] of corpora) {
    const p = join(dataDir, rel);
    if (!existsSync(p)) continue;
    add(readConll(p, name, tokenAndOuterLabel));
    if (!found.includes(name)) found.push(name);
  }
  const ans = existsSync(join(dataDir, 'ans')) ? readAns(join(dataDir, 'ans')) : { paraphrases: [], headlines: [] };
  if (ans.headlines.length) found.push('ANS');

  const seedDir = join(repoRoot, 'seeds');
  const seeds = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ file: f, text: readFileSync(join(seedDir, f), 'utf8') }));
  // Seed sentences join the pool too: they carry the actors of current coverage.
  const seedSentences: SourceSentence[] = [];
  for (const s of seeds) {
    for (const line of s.text.split(/\r?\n/)) {
      for (const part of line.split(/(?<=[.!؟?])\s+/)) {
        const text = part.trim();
        if (text.split(/\s+/).length >= 6 && /[\u0621-\u064a]/.test(text)) seedSentences.push({ text, entities: [], doc: `seed:${s.file}` });
      }
    }
  }
  add(seedSentences);
  found.push('seeds');
  return { sentences, ...ans, seeds, found };
}
