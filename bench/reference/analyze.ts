import { discoveredId, findCandidates } from '../../src/core/actors/discovery';
import { findMentions, toMention } from '../../src/core/actors/mentions';
import type { Registry } from '../../src/core/actors/registry';
import { classifyLines } from '../../src/core/articles/article';
import { attribute } from '../../src/core/claims/attribution';
import { carrySpeaker, sentenceOrigin, type SentenceOrigin } from '../../src/core/claims/chains';
import { clauseFeatures } from '../../src/core/claims/features';
import { splitSentences } from '../../src/core/claims/sentences';
import { LineIndex } from '../../src/core/text/lines';
import { normalizeWithMap, type Normalized } from '../../src/core/text/normalize';
import { tokenize, type Token } from '../../src/core/text/tokens';
import type { ArticleAnalysis, Attribution, Mention, Sentence } from '../../src/core/types';

/** What one article contributes to cross-article work, kept beside its analysis. */
export interface ArticleState {
  analysis: ArticleAnalysis;
  /** Per sentence, per clause: the features claims are compared on (stems and «@actor» ids). */
  features: string[][][];
  /** Per sentence, per clause: where the clause starts in the article; empty for a sentence of one clause. */
  clauseStarts: number[][];
  /** Names introduced the way news introduces people, that no registry knows, with their mentions here. */
  discovered: Array<{ key: string; text: string; byTitle: boolean; mentions: Mention[] }>;
  /** Per sentence: where the claim comes from (its origin and the links to it). */
  origins: SentenceOrigin[];
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
  const clauseStarts: number[][] = [];
  const origins: ArticleState['origins'] = [];
  const typeOf = (id: string): string | undefined => registry.get(id)?.type;
  let ti = 0;
  let lastOutlet: string | undefined;
  let prev: { line: number; attribution: Attribution } | undefined;
  const outletNames = new Map<string, string>();
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
    const before = prev && prev.line >= sp.line - 2 ? prev.attribution : undefined;
    const attribution = carrySpeaker(attribute({ tokens: stoks, mentions: smentions, typeOf, origStart, origEnd: (t) => norm.toOrig[t.end], source: text }, lastOutlet), before);
    if (attribution.outletActorId) {
      lastOutlet = attribution.outletActorId;
      if (attribution.outletText && !registry.get(lastOutlet)) outletNames.set(lastOutlet, attribution.outletText);
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
    prev = { line: sp.line, attribution };

    const starts: number[] = [];
    features.push(clauseFeatures(stoks, smentions, origStart, registry, norm.text, undefined, starts));
    clauseStarts.push(starts.length > 1 ? starts.map((c, k) => (k === 0 ? sp.start : c)) : []);
  }

  // Origins (src/core/claims/chains.ts).
  let mainOutlet: string | undefined;
  for (const [id, n] of outletCount) if (!mainOutlet || n > (outletCount.get(mainOutlet) ?? 0)) mainOutlet = id;
  const label = (id: string): string => registry.get(id)?.name ?? outletNames.get(id) ?? id;
  for (const s of sentences) origins.push(sentenceOrigin(s.attribution, file, mainOutlet, label));

  const discovered = discoverNames(norm, tokens, mentions, lines, (l) => info.kinds[l] === 'text');

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
  return { analysis, features, clauseStarts, origins, discovered };
}

/**
 * Unknown names this article introduces («المتحدث باسم البيت الأبيض أليكس فايفر»)
 * and every place the article uses them again on its text lines: the full name, or
 * its last word alone when that word is distinctive (four letters or more, and the
 * name is not a «بن/آل/عبد/أبو» chain whose last word is often someone else's).
 */
function discoverNames(norm: Normalized, tokens: Token[], mentions: Mention[], lines: LineIndex, onTextLine: (line: number) => boolean): ArticleState['discovered'] {
  // Which tokens known mentions cover (by original offsets).
  const covered = new Uint8Array(tokens.length);
  let mi = 0;
  for (let i = 0; i < tokens.length; i++) {
    const a = norm.toOrig[tokens[i].start];
    const b = norm.toOrig[tokens[i].end - 1] + 1;
    while (mi < mentions.length && mentions[mi].end <= a) mi++;
    for (let k = mi; k < mentions.length && mentions[k].start < b; k++) if (mentions[k].end > a) covered[i] = 1;
  }
  const candidates = findCandidates(norm.text, norm.original, norm.toOrig, tokens, (i) => covered[i] === 1);
  if (!candidates.length) return [];
  const byKey = new Map<string, ArticleState['discovered'][number]>();
  for (const c of candidates) {
    const prev = byKey.get(c.key);
    if (prev) prev.byTitle ||= c.byTitle;
    else byKey.set(c.key, { ...c, mentions: [] });
  }
  // Where each word stands, built once: looking names up stays linear in the article.
  const at = new Map<string, number[]>();
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const list = at.get(tokens[i].text);
    if (list) list.push(i);
    else at.set(tokens[i].text, [i]);
  }
  const ctx = { norm, tokens, lines } as Parameters<typeof toMention>[0];
  const CHAIN = new Set(['بن', 'ابن', 'بنت', 'ال', 'عبد', 'ابو']);
  for (const d of byKey.values()) {
    const words = d.key.split(' ');
    const last = words[words.length - 1];
    const id = discoveredId(d.key);
    const inFull = new Set<number>();
    const found: Mention[] = [];
    const add = (first: number, end: number, prefixLength: number): void => {
      const m = { ...toMention(ctx, { first, last: end, prefixLength, actorId: id, kind: 'name' }), discovered: true };
      if (onTextLine(m.line)) found.push(m);
    };
    for (const i of at.get(words[0]) ?? []) {
      let n = 1;
      while (n < words.length && i + n < tokens.length && !covered[i + n] && tokens[i + n].text === words[n]) n++;
      if (n < words.length || inFull.has(i)) continue;
      for (let k = i; k < i + n; k++) inFull.add(k);
      add(i, i + n, 0);
    }
    if (last.length >= 4 && !words.some((w) => CHAIN.has(w))) {
      for (const [form, prefixLength] of [[last, 0], ['و' + last, 1]] as const) {
        for (const i of at.get(form) ?? []) if (!inFull.has(i)) add(i, i + 1, prefixLength);
      }
    }
    d.mentions = found.sort((a, b) => a.start - b.start);
  }
  return [...byKey.values()];
}
