/**
 * Real newswire sentences that tell something else, to pad the articles of
 * the cross-article figure (crossArticle.ts): ANERcorp's sentences (its
 * development documents first, then the rest) and Wojood val's, written back
 * as running text («( أ ف ب )» -> «(أ ف ب)», no space before a full stop).
 * Documents are shuffled with a fixed seed, their sentences kept in order, so
 * an article's padding reads as a run of one story; each sentence is given
 * once, and none that repeats three words in a row of one given before.
 * Filler is never scored as a claim: only a filler sentence pulled into a
 * claim's group is counted.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEV_EVERY, DEV_OFFSET, DOC_SENTENCES } from '../ner/data';
import { Rng } from './rng';

/** Tokens back to running text: no space before closing punctuation, none after an opening bracket. */
export function detokenize(tokens: string[]): string {
  return tokens
    .join(' ')
    .replace(/\s+([.,،؛:؟!)\]»”])/g, '$1')
    .replace(/([(\[«“])\s+/g, '$1')
    .trim();
}

const usable = (tokens: string[]): boolean => tokens.length >= 6 && tokens.length <= 60;

function anercorp(file: string): { dev: string[][][]; train: string[][][] } {
  const sentences: string[][] = [];
  let cur: string[] = [];
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const parts = raw.replace(/[\uFEFF\u200E\u200F\r]/g, '').trim().split(/ +/);
    if (parts.length < 2) {
      if (cur.length) sentences.push(cur);
      cur = [];
      continue;
    }
    cur.push(parts[0]);
  }
  if (cur.length) sentences.push(cur);
  const docs: string[][][] = [];
  for (let i = 0; i < sentences.length; i += DOC_SENTENCES) docs.push(sentences.slice(i, i + DOC_SENTENCES));
  return { dev: docs.filter((_, k) => k % DEV_EVERY === DEV_OFFSET), train: docs.filter((_, k) => k % DEV_EVERY !== DEV_OFFSET) };
}

function wojood(file: string): string[][][] {
  const docs: string[][][] = [];
  let doc: string[][] = [];
  let cur: string[] = [];
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const token = raw.trim().split(/\s+/)[0];
    if (!token) continue;
    if (token === '$#$') {
      if (cur.length) doc.push(cur);
      if (doc.length) docs.push(doc);
      doc = [];
      cur = [];
      continue;
    }
    cur.push(token);
    if (token === '.' || token === '؟' || token === '!') {
      doc.push(cur);
      cur = [];
    }
  }
  return docs;
}

/** The filler sentences, in the order they are given out. */
export function fillerSentences(dataDir: string, seed = 7): string[] {
  const rng = new Rng(seed);
  const aner = anercorp(path.join(dataDir, 'anercorp', 'ANERCorp_train-portion.txt'));
  // Development documents first: they are used up before the training ones.
  const docs = [...rng.shuffle([...aner.dev, ...wojood(path.join(dataDir, 'wojood', 'val.txt'))]), ...rng.shuffle(aner.train)];
  // A sentence that shares three words in a row with one given before is left out: the
  // newswire repeats its own templates («جريدة فلسطين ...», «مضابط بلدية نابلس عام ...»),
  // and filler must not retell filler in other articles.
  const seen = new Set<string>();
  const out: string[] = [];
  for (const d of docs)
    for (const s of d) {
      if (!usable(s)) continue;
      const words = s.filter((t) => /\p{L}/u.test(t));
      const grams: string[] = [];
      for (let i = 0; i + 3 <= words.length; i++) grams.push(words.slice(i, i + 3).join(' '));
      if (grams.some((g) => seen.has(g))) continue;
      for (const g of grams) seen.add(g);
      out.push(detokenize(s));
    }
  return out;
}
