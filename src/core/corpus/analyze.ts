import { findMentions } from '../actors/mentions';
import type { Registry } from '../actors/registry';
import { classifyLines } from '../articles/article';
import { attribute, REPORTING, sourcePhraseLength } from '../claims/attribution';
import { splitSentences } from '../claims/sentences';
import { LineIndex } from '../text/lines';
import { normalizeWithMap } from '../text/normalize';
import { lightStem, synonym } from '../text/stem';
import { isStopword } from '../text/stopwords';
import { tokenize, type Token } from '../text/tokens';
import type { ArticleAnalysis, Mention, Sentence } from '../types';

/** What one article contributes to cross-article work, kept beside its analysis. */
export interface ArticleState {
  analysis: ArticleAnalysis;
  /** Per sentence, per clause: the features claims are compared on (stems and «@actor» ids). */
  features: string[][][];
  /** Per sentence: where the claim comes from (an origin key and label). */
  origins: Array<{ key: string; label: string; kind: 'outlet' | 'actor' | 'unnamed' | 'article' }>;
}

/** Places that stand for their country in claims («طهران» for Iran). */
function canonicalActor(registry: Registry, id: string): string {
  const a = registry.get(id);
  return a?.capitalOf ?? id;
}

function lowerBound(mentions: Mention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function analyzeArticle(file: string, text: string, registry: Registry): ArticleState {
  const lines = new LineIndex(text);
  const norm = normalizeWithMap(text);
  const tokens = tokenize(norm.text);
  const info = classifyLines(lines);
  const mentions = findMentions({ norm, tokens, lines, registry, date: info.date }).filter(
    (m) => info.kinds[m.line] === 'text',
  );
  const spans = splitSentences(lines, (l) => info.kinds[l] === 'text', (l) => info.datePrefix[l]);

  // Tokens by original offset, to slice each sentence's tokens.
  const origStart = (t: Token): number => norm.toOrig[t.start];
  const sentences: Sentence[] = [];
  const features: string[][][] = [];
  const origins: ArticleState['origins'] = [];
  const typeOf = (id: string): string | undefined => registry.get(id)?.type;
  let ti = 0;
  let lastOutlet: string | undefined;
  const outletCount = new Map<string, number>();
  for (const sp of spans) {
    while (ti < tokens.length && origStart(tokens[ti]) < sp.start) ti++;
    let tj = ti;
    while (tj < tokens.length && origStart(tokens[tj]) < sp.end) tj++;
    const stoks = tokens.slice(ti, tj);
    const mFrom = lowerBound(mentions, sp.start);
    let mTo = mFrom;
    while (mTo < mentions.length && mentions[mTo].start < sp.end) mTo++;
    const smentions = mentions.slice(mFrom, mTo);
    const attribution = attribute({ tokens: stoks, mentions: smentions, typeOf, origStart }, lastOutlet);
    if (attribution.outletActorId) {
      lastOutlet = attribution.outletActorId;
      outletCount.set(lastOutlet, (outletCount.get(lastOutlet) ?? 0) + 1);
    }
    const actorIds = [...new Set(smentions.map((m) => m.actorId))];
    const loc = lines.locate(sp.start, sp.end);
    const s: Sentence = {
      ...loc,
      id: `${file}#${sp.start}`,
      text: text.slice(sp.start, sp.end),
      attribution,
      actorIds,
    };
    const dup = info.duplicateOf.get(sp.line);
    if (dup !== undefined) s.duplicateOf = dup;
    if (sp.line === info.titleLine) s.isHeadline = true;
    sentences.push(s);

    features.push(clauseFeatures(stoks, smentions, origStart, registry, norm.text));
  }

  // Origins: the outlet a sentence credits, else its named speaker, else the outlet
  // the article as a whole credits, else its unnamed source, else the article itself.
  let mainOutlet: string | undefined;
  for (const [id, n] of outletCount) if (!mainOutlet || n > (outletCount.get(mainOutlet) ?? 0)) mainOutlet = id;
  for (const s of sentences) {
    const a = s.attribution;
    const label = (id: string): string => registry.get(id)?.name ?? id;
    if (a.outletActorId) origins.push({ key: a.outletActorId, label: label(a.outletActorId), kind: 'outlet' });
    else if (a.speakerActorId) origins.push({ key: a.speakerActorId, label: label(a.speakerActorId), kind: 'actor' });
    else if (mainOutlet) origins.push({ key: mainOutlet, label: label(mainOutlet), kind: 'outlet' });
    else if (a.speakerText) origins.push({ key: `unnamed:${a.speakerText}`, label: a.speakerText, kind: 'unnamed' });
    else origins.push({ key: `article:${file}`, label: file, kind: 'article' });
  }

  const analysis: ArticleAnalysis = {
    file,
    date: info.date,
    title: info.title,
    boilerplateLines: info.kinds.flatMap((k, i) => (k === 'boilerplate' || k === 'date' ? [i] : [])),
    duplicateLines: Object.fromEntries(info.duplicateOf),
    lineCount: lines.lineCount,
    mentions,
    sentences,
  };
  return { analysis, features, origins };
}

/** Words that open a new clause inside a sentence («حيث», «لكن», «فيما» ...). */
const CONNECTIVES = new Set(['حيث', 'لكن', 'لكنه', 'لكنها', 'ولكن', 'فيما', 'بينما', 'مما', 'وسط', 'بعدما', 'متجنبا', 'مشيرا', 'مؤكدا', 'واصفا', 'فاتحا', 'مضيفا', 'كما']);
const MIN_CLAUSE_FEATURES = 3;

/**
 * A sentence's clauses and each clause's features: content stems outside
 * mentions, and the actors it mentions (a clause without an actor keeps the
 * previous clause's, its implied subject). One sentence of a news story often
 * packs two claims («..., حيث ...»), which other articles tell apart.
 */
function clauseFeatures(tokens: Token[], mentions: Mention[], origStart: (t: Token) => number, registry: Registry, folded: string): string[][] {
  const clauses: Array<{ stems: Set<string>; actors: Set<string> }> = [{ stems: new Set(), actors: new Set() }];
  let mi = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const cur = clauses[clauses.length - 1];
    if (k > 0 && cur.stems.size + cur.actors.size >= MIN_CLAUSE_FEATURES) {
      const gap = folded.slice(tokens[k - 1].end, t.start);
      if (/[،,;:؛]/.test(gap) || CONNECTIVES.has(t.text)) clauses.push({ stems: new Set(), actors: new Set() });
    }
    const c = clauses[clauses.length - 1];
    // A token belongs to a mention when they overlap: «ومصر» starts with a proclitic the mention leaves out.
    const at = origStart(t);
    const atEnd = origStart({ ...t, start: t.end - 1 }) + 1;
    while (mi < mentions.length && mentions[mi].end <= at) mi++;
    const m = mi < mentions.length && mentions[mi].start < atEnd ? mentions[mi] : undefined;
    if (m) {
      const a = registry.get(m.actorId);
      if (a && a.type !== 'media' && !m.nested) c.actors.add('@' + canonicalActor(registry, m.actorId));
      continue;
    }
    // «مسؤول أمريكي كبير», «مصادر مطلعة»: who says it, not what is said.
    const source = sourcePhraseLength(tokens, k);
    if (source) {
      k += source - 1;
      continue;
    }
    if (t.text.length < 2 || isStopword(t.text) || REPORTING.has(t.text)) continue;
    const stem = lightStem(t.text);
    if (stem.length >= 2 && !isStopword(stem)) c.stems.add(stem);
  }
  // A short tail joins the clause before it.
  for (let i = clauses.length - 1; i > 0; i--) {
    if (clauses[i].stems.size + clauses[i].actors.size < MIN_CLAUSE_FEATURES) {
      for (const x of clauses[i].stems) clauses[i - 1].stems.add(x);
      for (const x of clauses[i].actors) clauses[i - 1].actors.add(x);
      clauses.splice(i, 1);
    }
  }
  // The actors of a clause carry into the next one: its subject is often left
  // implicit («يبقى موقف خامنئي متشدداً، حيث حذر ...»).
  let prevActors = new Set<string>();
  return clauses.map((c) => {
    const actors = new Set([...c.actors, ...prevActors]);
    prevActors = c.actors.size ? c.actors : prevActors;
    return [...[...c.stems].map(synonym), ...actors];
  });
}
