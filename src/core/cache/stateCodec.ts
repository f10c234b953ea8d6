import type { SentenceOrigin } from '../claims/chains';
import { articleAnalysis, type ArticleState } from '../corpus/analyze';
import { SentenceRecords } from '../corpus/sentenceRecords';
import { MentionRecords } from '../corpus/mentionRecords';
import { FeatureRecords } from '../claims/featureRecords';
import type { ArticleAnalysis, Sentence } from '../types';
import { DiscoveredRecords, NO_DISCOVERED, SPAN } from '../corpus/discoveredRecords';

/**
 * One article's analysis (its ArticleState, what setArticle computes before
 * claims are grouped) as compact JSON, and back.
 *
 * What the article's text already holds is left out: a mention's or a
 * sentence's text that is the slice of the article between its offsets, and a
 * sentence id that is `${file}#${start}`. They are written as 0 in their place
 * (not dropped), so decoding puts them back in the same key order and the
 * report's JSON stays byte for byte the same. Sentences of one chain share one
 * origin object (analyze.ts): the origins are written once, as a table.
 *
 * decodeState trusts nothing: anything that does not have the expected shape
 * throws, and the caller drops the entry.
 */

interface Located {
  start: number;
  end: number;
  text: string | 0;
}

function squeeze<T extends Located>(items: readonly T[], text: string): T[] {
  return items.map((m) => (m.text === text.slice(m.start, m.end) ? { ...m, text: 0 } : m));
}

export function encodeState(state: ArticleState, text: string): string {
  const file = state.analysis.file;
  const table: SentenceOrigin[] = [];
  const index = new Map<SentenceOrigin, number>();
  const origins = state.origins.map((o) => {
    let i = index.get(o);
    if (i === undefined) index.set(o, (i = table.push(o) - 1));
    return i;
  });
  const full = articleAnalysis(state);
  const analysis = {
    ...full,
    mentions: squeeze(full.mentions, text),
    sentences: full.sentences.map((s) => ({
      ...s,
      id: s.id === `${file}#${s.start}` ? 0 : s.id,
      text: s.text === text.slice(s.start, s.end) ? 0 : s.text,
    })),
  };
  const discovered = encodeDiscovered(state.discovered);
  return JSON.stringify({ analysis, features: state.features.all(), clauseStarts: state.clauseStarts, discovered, table, origins });
}

/** The discovered names' records (discoveredRecords.ts) as plain arrays; a confidence of NaN (none) as null. */
function encodeDiscovered(r: DiscoveredRecords) {
  return {
    keys: r.keys,
    textSpans: Array.from(r.textSpans),
    flags: Array.from(r.flags),
    types: Array.from(r.types),
    confidence: Array.from(r.confidence, (c) => (Number.isNaN(c) ? null : c)),
    first: Array.from(r.first),
    spans: Array.from(r.spans),
  };
}

const allInts = (xs: unknown, max: number): xs is number[] => Array.isArray(xs) && xs.every((x) => isInt(x) && x <= max);

/** The records encodeDiscovered wrote, every array checked against the others and the text. */
function decodeDiscovered(raw: unknown, text: string): DiscoveredRecords {
  check(typeof raw === 'object' && raw !== null, 'discovered');
  const d = raw as Record<string, unknown>;
  const keys = d.keys as string[];
  check(Array.isArray(keys) && keys.every((k) => typeof k === 'string'), 'discovered keys');
  const n = keys.length;
  if (!n) return NO_DISCOVERED;
  const textSpans = d.textSpans as number[];
  check(allInts(textSpans, text.length) && textSpans.length === 2 * n && textSpans.every((x, i) => i % 2 === 0 || x >= textSpans[i - 1]), 'discovered texts');
  check(allInts(d.flags, 255) && (d.flags as number[]).length === n, 'discovered flags');
  check(allInts(d.types, 255) && (d.types as number[]).length === n, 'discovered types');
  const confidence = d.confidence as Array<number | null>;
  check(Array.isArray(confidence) && confidence.length === n && confidence.every((c) => c === null || typeof c === 'number'), 'discovered confidence');
  const first = d.first as number[];
  const spans = d.spans as number[];
  check(allInts(spans, text.length) && spans.length % SPAN === 0, 'discovered spans');
  check(allInts(first, spans.length / SPAN) && first.length === n + 1 && first.every((f, i) => i === 0 || f >= first[i - 1]) && first[n] === spans.length / SPAN, 'discovered first');
  return new DiscoveredRecords(
    keys,
    Int32Array.from(textSpans),
    Uint8Array.from(d.flags as number[]),
    Uint8Array.from(d.types as number[]),
    Float64Array.from(confidence, (c) => (c === null ? NaN : c)),
    Uint32Array.from(first),
    Int32Array.from(spans),
    text,
  );
}

class Malformed extends Error {}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Malformed(`cached analysis: ${what}`);
}

const isInt = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

function unsqueeze<T extends Located>(items: unknown, text: string, what: string): T[] {
  check(Array.isArray(items), what);
  for (const m of items as Located[]) {
    check(typeof m === 'object' && m !== null && isInt(m.start) && isInt(m.end) && m.start <= m.end && m.end <= text.length, what);
    if (m.text === 0) m.text = text.slice(m.start, m.end);
    check(typeof m.text === 'string', what);
  }
  return items as T[];
}

/** The state `encodeState` wrote for `file` with this `text`; throws when it is not one. */
export function decodeState(json: string, file: string, text: string): ArticleState {
  const raw = JSON.parse(json) as Record<string, unknown>;
  check(typeof raw === 'object' && raw !== null, 'not an object');
  const analysis = raw.analysis as ArticleAnalysis;
  check(typeof analysis === 'object' && analysis !== null && analysis.file === file, 'another file');
  unsqueeze(analysis.mentions, text, 'mentions');
  check(Array.isArray(analysis.sentences), 'sentences');
  for (const s of analysis.sentences as Array<Sentence | { id: unknown }>) {
    const sentence = s as { id: string | 0; start: number };
    if (sentence.id === 0) sentence.id = `${file}#${sentence.start}`;
    check(typeof sentence.id === 'string', 'sentence id');
  }
  unsqueeze(analysis.sentences, text, 'sentences');
  const n = analysis.sentences.length;
  const features = raw.features as string[][][];
  const clauseStarts = raw.clauseStarts as ArticleState['clauseStarts'];
  check(Array.isArray(features) && features.length === n && Array.isArray(clauseStarts) && clauseStarts.length === n, 'features');
  const table = raw.table as SentenceOrigin[];
  const origins = raw.origins as number[];
  check(Array.isArray(table) && Array.isArray(origins) && origins.length === n, 'origins');
  const discovered = decodeDiscovered(raw.discovered, text);
  const { sentences, mentions, ...body } = analysis;
  let records: SentenceRecords;
  let featureRecords: FeatureRecords;
  let mentionRecords: MentionRecords;
  try {
    records = SentenceRecords.of(file, text, sentences);
    mentionRecords = MentionRecords.of(text, mentions);
    featureRecords = FeatureRecords.of(features);
  } catch (e) {
    throw new Malformed(`cached analysis: ${(e as Error).message}`);
  }
  // Sentences of one clause share one empty list, as a fresh analysis has them.
  const ONE: number[] = [];
  return {
    analysis: body,
    mentions: mentionRecords,
    sentences: records,
    features: featureRecords,
    clauseStarts: clauseStarts.map((c) => (Array.isArray(c) && c.length === 0 ? ONE : c)),
    origins: origins.map((i) => {
      check(isInt(i) && i < table.length, 'origin index');
      return table[i];
    }),
    discovered,
  };
}
