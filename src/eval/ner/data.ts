/**
 * The named-entity data in ../shared/data, read into articles of lines with
 * gold character spans, and split into training and development parts by
 * document (never by sentence: the development part must be text the model
 * never saw).
 *
 * - ANERcorp (training portion): `token LABEL` lines, IOB2, blank lines between
 *   sentences, no document marks: documents are runs of DOC_SENTENCES sentences,
 *   and every DEV_EVERY-th run (from DEV_OFFSET) is development text.
 * - NewsFANE: the same newswire re-annotated with fine types (clitics split into
 *   tokens, U+200E before tokens, BOM, CRLF, alef-hamza folded). It is not trained
 *   on as text (it would be the same sentences twice); its fine types tell which
 *   organisations are media and which places are nations, and its sentences that
 *   belong to ANERcorp's development documents are left out of that (matched on
 *   folded letters without spaces).
 * - Wojood: token then IOB2 labels, outer layer first; `$#$` ends a document.
 *   train.txt trains, val.txt is the development part for modern news.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { normalize } from '../../core/text/normalize';
import { builtinActors } from '../../core/actors/builtin';
import type { ActorType } from '../../core/types';

export interface NerSpan {
  start: number;
  end: number;
  /** The data set's coarse type: PERS, ORG or LOC (Wojood GPE, LOC and FAC are LOC). */
  gold: 'PERS' | 'ORG' | 'LOC';
  /** The actor type the model learns for it. */
  type: ActorType;
  /** NewsFANE's fine type, when known (Politician, Government, Media, ...). */
  fine?: string;
  /** Is the name an outlet, for the media figure (see TypeLexicon.isOutlet); else `type` says. */
  outlet?: boolean;
}
export interface NerLine {
  text: string;
  spans: NerSpan[];
}
export interface NerDoc {
  id: string;
  lines: NerLine[];
}
export interface NerData {
  aner: { train: NerDoc[]; dev: NerDoc[] };
  wojood: { train: NerDoc[]; dev: NerDoc[] };
  /** NewsFANE as text with split clitics; its development part is the sentences of ANERcorp's development documents. */
  newsfane: { train: NerDoc[]; dev: NerDoc[] };
  /** NewsFANE sentences left out because they belong to development documents. */
  newsfaneHeldOut: number;
}

export const DOC_SENTENCES = 20;
export const DEV_EVERY = 10;
export const DEV_OFFSET = 7;

export function dataDir(root: string): string {
  return process.env.ISNAD_DATA ?? path.resolve(root, '..', 'shared', 'data');
}

interface Tagged {
  tokens: string[];
  labels: string[][];
}

const clean = (s: string): string => s.replace(/[\uFEFF\u200E\u200F\r]/g, '').trim();
const letters = (tokens: string[]): string => normalize(tokens.join('')).replace(/\s+/g, '');

function readColumns(file: string, sep: RegExp): Tagged[] {
  const out: Tagged[] = [];
  let cur: Tagged = { tokens: [], labels: [] };
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const line = clean(raw);
    if (!line) {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], labels: [] };
      continue;
    }
    const parts = line.split(sep).map(clean).filter(Boolean);
    if (parts.length < 2) continue;
    cur.tokens.push(parts[0]);
    cur.labels.push(parts.slice(1));
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

/** Spans [first, last) of tokens with their type, from one IOB2 column. */
function bio(labels: string[], accept: (type: string) => boolean): Array<{ first: number; last: number; type: string }> {
  const out: Array<{ first: number; last: number; type: string }> = [];
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l === 'O' || !/^[BI]-/.test(l)) continue;
    const type = l.slice(2);
    if (!accept(type)) continue;
    const prev = out[out.length - 1];
    if (l[0] === 'I' && prev && prev.last === i && prev.type === type) prev.last = i + 1;
    else out.push({ first: i, last: i + 1, type });
  }
  return out;
}

/** A line of text from tokens, with character spans. */
function line(tokens: string[], spans: Array<{ first: number; last: number } & Omit<NerSpan, 'start' | 'end'>>): NerLine {
  const starts: number[] = [];
  let at = 0;
  for (const t of tokens) {
    starts.push(at);
    at += t.length + 1;
  }
  return {
    text: tokens.join(' '),
    spans: spans.map(({ first, last, ...rest }) => ({ start: starts[first], end: starts[last - 1] + tokens[last - 1].length, ...rest })),
  };
}

/** Folded name (letters only, a proclitic off too) -> type, from the registry and NewsFANE's fine types. */
class TypeLexicon {
  private readonly fine = new Map<string, Map<string, number>>();
  private readonly registry = new Map<string, ActorType>();

  constructor() {
    for (const a of builtinActors()) for (const n of [a.name, ...a.aliases]) this.registry.set(letters([n]), a.type);
  }

  addFine(text: string, fine: string): void {
    const k = letters([text]);
    let m = this.fine.get(k);
    if (!m) this.fine.set(k, (m = new Map()));
    m.set(fine, (m.get(fine) ?? 0) + 1);
  }

  private keys(text: string): string[] {
    const k = letters([text]);
    const out = [k];
    if (/^[وفبل]/.test(k) && k.length > 3) out.push(k.slice(1));
    if (/^(وب|ول|وال)/.test(k) && k.length > 4) out.push(k.slice(2));
    return out;
  }

  fineOf(text: string): string | undefined {
    for (const k of this.keys(text)) {
      const m = this.fine.get(k);
      if (m) return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    }
    return undefined;
  }

  /**
   * Is an organisation of ANERcorp or Wojood an outlet by NewsFANE's commonest fine type among its
   * organisations of the same letters? ORG-tagged «الشرق الأوسط» is the newspaper, though the letters
   * name the region more often (fineOf); «لل» is read as «ال» too («للجزيرة نت»). Beside the type the
   * model learns (fineOf, the registry), for the media figure only: that type must stay what the
   * model was trained on. Letters that name an outlet and a club («الجزيرة») stay an outlet.
   */
  outletAsOrganisation(text: string): boolean {
    const keys = this.keys(text);
    const k = keys[0];
    if (/^[وف]?لل/.test(k) && k.length > 4) keys.push('ال' + k.slice(k.indexOf('لل') + 2));
    for (const key of keys) {
      const orgs = [...(this.fine.get(key) ?? [])].filter(([f]) => FANE[f]?.gold === 'ORG');
      if (orgs.length) return MEDIA.has(orgs.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0]);
    }
    return false;
  }

  registryType(text: string): ActorType | undefined {
    for (const k of this.keys(text)) {
      const t = this.registry.get(k);
      if (t) return t;
    }
    return undefined;
  }
}

/** NewsFANE's fine types as the engine's types (and the coarse type they belong to); the rest are not actors. */
const FANE: Record<string, { gold: NerSpan['gold']; type: ActorType }> = {
  ...Object.fromEntries(['Politician', 'Athlete', 'Artist', 'Other_PER', 'Religious_PER', 'Scientist', 'Businessperson', 'Lawyer', 'Engineer'].map((t) => [t, { gold: 'PERS' as const, type: 'person' as const }])),
  ...Object.fromEntries(['Non-Governmental', 'Sports', 'Group', 'Government', 'Commercial', 'Educational', 'Police', 'Medical-Science', 'Religious_ORG', 'Entertainment'].map((t) => [t, { gold: 'ORG' as const, type: 'organization' as const }])),
  Media: { gold: 'ORG', type: 'media' },
  Nation: { gold: 'LOC', type: 'country' },
  ...Object.fromEntries(['Population-Center', 'GPE-Cluster', 'State-or-Province', 'County-or-District', 'Continent', 'Water-Body', 'Land', 'Land-Region-Natural', 'Building-Grounds', 'Path', 'Airport', 'Subarea-Facility'].map((t) => [t, { gold: 'LOC' as const, type: 'place' as const }])),
};

const MEDIA = new Set(['Media']);
const NATION = new Set(['Nation']);

function targetType(gold: NerSpan['gold'], text: string, lex: TypeLexicon): { type: ActorType; fine?: string; outlet?: boolean } {
  const fine = lex.fineOf(text);
  const reg = lex.registryType(text);
  if (gold === 'PERS') return { type: 'person', fine };
  if (gold === 'ORG') {
    const type = (fine && MEDIA.has(fine)) || reg === 'media' ? 'media' : 'organization';
    return { type, fine, outlet: type === 'media' || lex.outletAsOrganisation(text) };
  }
  return { type: (fine && NATION.has(fine)) || reg === 'country' ? 'country' : 'place', fine };
}

export function readNerData(dir: string): NerData {
  const aner = readColumns(path.join(dir, 'anercorp', 'ANERCorp_train-portion.txt'), / +/);
  const docs: Tagged[][] = [];
  for (let i = 0; i < aner.length; i += DOC_SENTENCES) docs.push(aner.slice(i, i + DOC_SENTENCES));
  const isDev = (d: number): boolean => d % DEV_EVERY === DEV_OFFSET;
  // NewsFANE's sentences do not always start and end where ANERcorp's do (a dateline more or less):
  // one is development text when a stretch of its letters appears in a development document.
  let devLetters = '';
  docs.forEach((d, k) => {
    if (isDev(k)) for (const s of d) devLetters += letters(s.tokens) + '|';
  });
  const isDevText = (tokens: string[]): boolean => {
    const l = letters(tokens);
    if (l.length < 24) return devLetters.includes(l + '|');
    for (let at = 0; at + 24 <= l.length; at += 12) if (devLetters.includes(l.slice(at, at + 24))) return true;
    return false;
  };

  // NewsFANE's fine types, outside the development documents.
  const lex = new TypeLexicon();
  let newsfaneHeldOut = 0;
  const newsfaneTrain: Tagged[] = [];
  const newsfaneDev: Tagged[] = [];
  for (const s of readColumns(path.join(dir, 'newsfane', 'NewsFANE_Gold.rest.tsv'), /\t/)) {
    if (isDevText(s.tokens)) {
      newsfaneHeldOut++;
      newsfaneDev.push(s);
      continue;
    }
    newsfaneTrain.push(s);
    for (const sp of bio(s.labels.map((l) => l[0]), () => true)) lex.addFine(s.tokens.slice(sp.first, sp.last).join(''), sp.type);
  }

  const COARSE: Record<string, NerSpan['gold']> = { PERS: 'PERS', ORG: 'ORG', LOC: 'LOC' };
  const toDoc = (d: Tagged[], id: string): NerDoc => ({
    id,
    lines: d.map((s) =>
      line(
        s.tokens,
        bio(s.labels.map((l) => l[0]), (t) => t in COARSE).map((sp) => {
          const gold = COARSE[sp.type];
          return { first: sp.first, last: sp.last, gold, ...targetType(gold, s.tokens.slice(sp.first, sp.last).join(' '), lex) };
        }),
      ),
    ),
  });
  const anerTrain: NerDoc[] = [];
  const anerDev: NerDoc[] = [];
  docs.forEach((d, k) => (isDev(k) ? anerDev : anerTrain).push(toDoc(d, `anercorp-${String(k).padStart(3, '0')}`)));

  // NewsFANE as text with its clitics split off («و الصادرات»): the engine meets such text too.
  const fane = (ss: Tagged[], name: string): NerDoc[] => {
    const out: NerDoc[] = [];
    for (let i = 0; i < ss.length; i += DOC_SENTENCES) {
      out.push({
        id: `${name}-${String(out.length).padStart(3, '0')}`,
        lines: ss.slice(i, i + DOC_SENTENCES).map((s) =>
          line(
            s.tokens,
            bio(s.labels.map((l) => l[0]), (t) => t in FANE).map((sp) => ({ first: sp.first, last: sp.last, ...FANE[sp.type], fine: sp.type })),
          ),
        ),
      });
    }
    return out;
  };
  const WOJOOD: Record<string, NerSpan['gold']> = { PERS: 'PERS', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC' };
  const wojood = (file: string, name: string): NerDoc[] => {
    const out: NerDoc[] = [];
    let tokens: string[] = [];
    let chosen: string[] = [];
    const flush = (): void => {
      if (!tokens.length) return;
      const spans = bio(chosen, (t) => t in WOJOOD).map((sp) => {
        const gold = WOJOOD[sp.type];
        const text = tokens.slice(sp.first, sp.last).join(' ');
        const t = targetType(gold, text, lex);
        // Facilities and natural places are places, never nations.
        return { first: sp.first, last: sp.last, gold, ...(sp.type === 'GPE' ? t : gold === 'LOC' ? { type: 'place' as const } : t) };
      });
      out.push({ id: `${name}-${String(out.length).padStart(3, '0')}`, lines: [line(tokens, spans)] });
      tokens = [];
      chosen = [];
    };
    for (const raw of fs.readFileSync(path.join(dir, 'wojood', file), 'utf8').split('\n')) {
      const parts = clean(raw).split(/\s+/).filter(Boolean);
      if (!parts.length) continue;
      if (parts[0] === '$#$') {
        flush();
        continue;
      }
      tokens.push(parts[0]);
      // The outermost label of an actor type: nested names inside an occupation or a date count for themselves.
      const labels = parts.slice(1);
      const pick = labels.find((l) => /^[BI]-/.test(l) && l.slice(2) in WOJOOD);
      chosen.push(pick ?? 'O');
    }
    flush();
    return out;
  };
  return {
    aner: { train: anerTrain, dev: anerDev },
    wojood: { train: wojood('train.txt', 'wojood-train'), dev: wojood('val.txt', 'wojood-val') },
    newsfane: { train: fane(newsfaneTrain, 'newsfane'), dev: fane(newsfaneDev, 'newsfane-dev') },
    newsfaneHeldOut,
  };
}
