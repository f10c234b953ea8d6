import { findCandidates, givenName, type Candidate } from '../actors/discovery';
import { tagCandidates } from '../actors/tagger';
import { findMentions } from '../actors/mentions';
import type { Registry } from '../actors/registry';
import type { LineClass } from '../articles/article';
import { attribute } from '../claims/attribution';
import { clauseFeatureIds } from '../claims/features';
import type { SentenceFeatureIds } from '../claims/featureRecords';
import { splitLine } from '../claims/sentences';
import { LineIndex } from '../text/lines';
import { normalizeWithMap, type Normalized } from '../text/normalize';
import { tokenize, type Token } from '../text/tokens';
import { BoundedMap } from '../text/boundedMap';
import type { Attribution, Mention } from '../types';
import { dropTitlesBeforeNames } from './titleBeforeName';
import { DiscoveredSearch, type LineUses } from './discoveredSearch';
import { MentionRecords } from './mentionRecords';
import { attributionKey } from './sentenceRecords';

/**
 * One line's share of an article's analysis. Nothing in it crosses a line
 * break (sentences, names, titles and discovered names all end at one), so it
 * depends on the line's text alone, given the article's date (a bare title
 * stands for its holder at that date) and the registry. Offsets and line
 * numbers are the line's own (line 0): the article shifts them into place.
 *
 * That is what makes typing cheap: an edit changes one line, and every other
 * line's part is taken from the article's previous analysis (see LineCache).
 */
export interface LinePart {
  readonly cls: LineClass;
  readonly text: string;
  readonly norm: Normalized;
  readonly tokens: Token[];
  readonly lines: LineIndex;
  /** Tokens covered by a known mention (text lines only). */
  readonly covered: Uint8Array;
  /** Known mentions, text lines only (the article keeps no others). */
  readonly mentions: Mention[];
  /** The same as records (mentionRecords.ts), made when the line is analysed: an article joins its lines' records. */
  readonly mentionRecords: MentionRecords;
  readonly sentences: SentencePart[];
  /** Names introduced here that no registry knows (any line but an empty one). */
  readonly candidates: Candidate[];
  /** The uses on this line of the article's discovered names (discoveredSearch.ts). */
  uses?: LineUses;
}

export interface SentencePart {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  mentions: Mention[];
  actorIds: string[];
  /** Per clause: the features claims are compared on, as ids (featureRecords.ts), as features.ts gives them. */
  features: SentenceFeatureIds;
  /** Per clause: where it starts in the line. */
  clauseStarts: number[];
  /** The actors as one key (ids joined by U+0000): sentences that name the same share one list. */
  actorsKey: string;
  /** Attribution by the outlet the article credited before this sentence ('' for none). */
  attribution: Map<string, Attribution>;
  /** The same attributions' keys (sentenceRecords.ts attributionKey), worked out once for the line. */
  attributionKeys: Map<string, string>;
}

/** The parts of the lines of an article's last analysis, to reuse while it is edited. */
export interface LineCache {
  classes: Map<string, LineClass>;
  parts: Map<string, LinePart>;
  date: string | null;
  registry: Registry | undefined;
  /** The search for the article's discovered names: searches again only the lines a change of its names can affect. */
  search: DiscoveredSearch;
}

export function newLineCache(): LineCache {
  return { classes: new Map(), parts: new Map(), date: null, registry: undefined, search: new DiscoveredSearch() };
}

const NONE = new Uint8Array(0);
/** How names are written: the same few thousand spellings in every article, one string each. */
const mentionTexts = new BoundedMap<string, string>(200_000);

export function linePart(text: string, cls: LineClass, registry: Registry, date: string | null): LinePart {
  const norm = normalizeWithMap(text);
  const tokens = tokenize(norm.text);
  const lines = new LineIndex(text);
  const isText = cls.kind === 'text';
  let mentions = isText ? findMentions({ norm, tokens, lines, registry, date }) : [];
  for (const m of mentions) m.text = mentionTexts.get(m.text) ?? mentionTexts.set(m.text, m.text);
  const covered = tokens.length ? new Uint8Array(tokens.length) : NONE;
  let mi = 0;
  for (let i = 0; i < tokens.length && mentions.length; i++) {
    const a = norm.toOrig[tokens[i].start];
    const b = norm.toOrig[tokens[i].end - 1] + 1;
    while (mi < mentions.length && mentions[mi].end <= a) mi++;
    for (let k = mi; k < mentions.length && mentions[k].start < b; k++) if (mentions[k].end > a) covered[i] = 1;
  }
  const candidates = tokens.length ? findCandidates(norm.text, text, norm.toOrig, tokens, (i) => covered[i] === 1) : [];
  // The name tagger adds what neither the registry nor the rules know (text lines only).
  if (isText) mergeTagged(candidates, tagCandidates(norm, tokens, mentions, covered, registry));
  // A title that introduces one of those names is not its holder on the article's date.
  if (isText) mentions = dropTitlesBeforeNames(mentions, norm, tokens, candidates);
  const sentences: SentencePart[] = [];
  if (isText) {
    const origStart = (t: Token): number => norm.toOrig[t.start];
    let ti = 0;
    let m0 = 0;
    for (const sp of splitLine(text, 0, 0, cls.datePrefix)) {
      while (ti < tokens.length && origStart(tokens[ti]) < sp.start) ti++;
      let tj = ti;
      while (tj < tokens.length && origStart(tokens[tj]) < sp.end) tj++;
      while (m0 < mentions.length && mentions[m0].start < sp.start) m0++;
      let m1 = m0;
      while (m1 < mentions.length && mentions[m1].start < sp.end) m1++;
      const stoks = tokens.slice(ti, tj);
      const smentions = mentions.slice(m0, m1);
      const clauseStarts: number[] = [];
      const features = clauseFeatureIds(stoks, smentions, origStart, registry, norm.text, norm.toOrig, clauseStarts);
      const actorIds = [...new Set(smentions.map((m) => m.actorId))];
      sentences.push({
        start: sp.start,
        end: sp.end,
        text: text.slice(sp.start, sp.end),
        tokens: stoks,
        mentions: smentions,
        actorIds,
        actorsKey: actorIds.join('\u0000'),
        features,
        clauseStarts,
        attribution: new Map(),
        attributionKeys: new Map(),
      });
    }
  }
  return { cls, text, norm, tokens, lines, covered, mentions, mentionRecords: MentionRecords.ofLine(text, mentions), sentences, candidates };
}

/**
 * The tagger's names beside the rules': a name the rules found (after a title,
 * a verb of saying) keeps its entry and takes the tagger's type and confidence.
 */
function mergeTagged(candidates: Candidate[], tagged: Candidate[]): void {
  for (const t of tagged) {
    const same = candidates.find((c) => c.key === t.key);
    if (same) {
      Object.assign(same, { type: t.type, confidence: t.confidence, sure: t.sure });
      continue;
    }
    // A rule's name that holds the tagger's whole: given names before it are the ones the model
    // missed («علي ولايتي» over «ولايتي»), and the rule's name stands for both; words after it that
    // are no family name with the article run into what the model saw as no name («علي محمد جيدي
    // بدعم»), and the model's stands («محمد مقلد المريخي» keeps its family name).
    const k = candidates.findIndex((c) => c.type === undefined && ` ${c.key} `.includes(` ${t.key} `));
    if (k >= 0 && t.sure && (t.type ?? 'person') === 'person') {
      const c = candidates[k];
      const at = ` ${c.key} `.indexOf(` ${t.key} `);
      const before = c.key.slice(0, at).split(' ').filter(Boolean);
      const after = c.key.slice(at + t.key.length + 1).split(' ').filter(Boolean);
      if (!after.length && before.every((w) => givenName(w))) {
        Object.assign(c, { type: t.type, confidence: t.confidence, sure: t.sure });
        continue;
      }
      if (after.some((w) => !w.startsWith('ال'))) candidates.splice(k, 1);
    }
    candidates.push(t);
  }
}

/** A sentence's attribution, given the outlet credited before it (computed once per outlet). */
export function sentenceAttribution(part: LinePart, s: SentencePart, lastOutlet: string | undefined, typeOf: (id: string) => string | undefined): Attribution {
  const key = lastOutlet ?? '';
  let a = s.attribution.get(key);
  if (!a) {
    const toOrig = part.norm.toOrig;
    a = attribute({ tokens: s.tokens, mentions: s.mentions, typeOf, origStart: (t) => toOrig[t.start], origEnd: (t) => toOrig[t.end], source: part.text }, lastOutlet);
    s.attribution.set(key, a);
    s.attributionKeys.set(key, attributionKey(a));
  }
  return a;
}

/** The key of the attribution sentenceAttribution gave for this outlet. */
export function sentenceAttributionKey(s: SentencePart, lastOutlet: string | undefined): string {
  return s.attributionKeys.get(lastOutlet ?? '')!;
}
