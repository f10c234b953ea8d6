import { readFileSync } from 'node:fs';
import type { ActorType } from '../../src/core/types';
import { joinTokens } from './tokens';

/**
 * Readers for the token-per-line NER corpora of ../shared/data (see its
 * README): one token and its IOB2 label(s) a line, a blank line between
 * sentences. Sentences come back as running text with their named entities,
 * in corpus order, so neighbouring sentences are usually from one article.
 */

export interface Entity {
  text: string;
  type: ActorType;
}

export interface SourceSentence {
  text: string;
  entities: Entity[];
  /** Which corpus (and document, where the corpus marks them) the sentence is from. */
  doc: string;
}

/** Entity labels of the three corpora mapped onto the engine's actor types; others are not actors. */
const TYPE_OF_LABEL: Record<string, ActorType> = {
  PERS: 'person', Politician: 'person', Other_PER: 'person', Athlete: 'person', Artist: 'person', Religious_PER: 'person',
  Scientist: 'person', Businessperson: 'person', Lawyer: 'person', Engineer: 'person',
  Nation: 'country', GPE: 'country',
  LOC: 'place', 'Population-Center': 'place', 'State-or-Province': 'place', 'County-or-District': 'place',
  ORG: 'organization', Government: 'organization', 'Non-Governmental': 'organization', Group: 'organization', Commercial: 'organization',
  Educational: 'organization', Police: 'organization', Sports: 'organization', Religious_ORG: 'organization',
  Media: 'media',
};

/** Longest sentence kept whole; longer runs (the corpora have some) are cut at commas. */
const MAX_TOKENS = 60;
const MIN_TOKENS = 6;

interface Row {
  token: string;
  /** Outer label only (Wojood nests; the outer layer is what a registry would hold). */
  label: string;
}

function clean(token: string): string {
  // NewsFANE prefixes tokens with U+200E and starts with a BOM.
  return token.replace(/[\ufeff\u200e\u200f\r]/g, '');
}

/** Arabic words a sentence needs: shorter lines of the corpora are captions and citations («جريدة فلسطين 3 تموز 1931»), not news. */
const MIN_ARABIC_WORDS = 8;
const ARABIC_WORD = /^[\u0621-\u064a]{2,}$/;

function toSentence(rows: Row[], doc: string): SourceSentence | undefined {
  if (rows.length < MIN_TOKENS) return undefined;
  const words = rows.filter((r) => ARABIC_WORD.test(r.token)).length;
  if (words < MIN_ARABIC_WORDS || words < 0.6 * rows.length) return undefined;
  const entities: Entity[] = [];
  let cur: { tokens: string[]; type: ActorType } | undefined;
  const close = (): void => {
    if (cur) entities.push({ text: joinTokens(cur.tokens), type: cur.type });
    cur = undefined;
  };
  for (const r of rows) {
    const [bio, kind] = [r.label.slice(0, 1), r.label.slice(2)];
    if (bio === 'I' && cur) cur.tokens.push(r.token);
    else {
      close();
      const type = bio === 'B' ? TYPE_OF_LABEL[kind] : undefined;
      if (type) cur = { tokens: [r.token], type };
    }
  }
  close();
  let text = joinTokens(rows.map((r) => r.token));
  if (!/[.!?؟…]["»”]?$/.test(text)) text += '.';
  return { text, entities, doc };
}

/** Cut a run of rows at commas into pieces no longer than MAX_TOKENS. */
function pieces(rows: Row[]): Row[][] {
  if (rows.length <= MAX_TOKENS) return [rows];
  const out: Row[][] = [];
  let start = 0;
  let lastComma = -1;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].token === '،' || rows[i].token === ',') lastComma = i;
    if (i - start + 1 >= MAX_TOKENS) {
      const cut = lastComma > start + MIN_TOKENS ? lastComma : i;
      out.push(rows.slice(start, cut));
      start = cut + 1;
      lastComma = -1;
    }
  }
  if (start < rows.length) out.push(rows.slice(start));
  return out;
}

/** Parse one corpus file. `split` separates a line into token and outer label. */
export function readConll(path: string, name: string, split: (line: string) => Row | undefined): SourceSentence[] {
  const out: SourceSentence[] = [];
  let rows: Row[] = [];
  let docNo = 0;
  const flush = (): void => {
    for (const p of pieces(rows)) {
      const s = toSentence(p, `${name}:${docNo}`);
      if (s) out.push(s);
    }
    rows = [];
  };
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = clean(raw).trim();
    if (!line) {
      flush();
      continue;
    }
    if (line.startsWith('$#$')) {
      flush();
      docNo++;
      continue;
    }
    const row = split(line);
    if (row && row.token) rows.push(row);
  }
  flush();
  return out;
}

/** `token LABEL` or `token<TAB>LABEL [more labels]`: the first label is the outer one. */
export function tokenAndOuterLabel(line: string): Row | undefined {
  const parts = line.split(/[\t ]+/);
  if (parts.length < 2) return undefined;
  return { token: clean(parts[0]), label: parts[1] };
}
