import type { Registry } from '../actors/registry';
import { classifyLine, classifyLines, type LineClass } from '../articles/article';
import { LineIndex } from '../text/lines';
import { carrySpeaker, sentenceOrigin, sentenceOriginKey, type SentenceOrigin } from '../claims/chains';
import type { ArticleAnalysis, Attribution, Mention, Sentence } from '../types';
import { discoveredRecords, NO_DISCOVERED, SPAN, type DiscoveredRecords, type NameFacts } from './discoveredRecords';
import { DiscoveredSearch, discoveredNames } from './discoveredSearch';
import { attributionKey, SentenceRecords } from './sentenceRecords';
import { MentionRecords } from './mentionRecords';
import { FeatureRecords, type SentenceFeatureIds } from '../claims/featureRecords';
import type { ArticleText } from './articleText';
import { linePart, sentenceAttribution, sentenceAttributionKey, type LineCache, type LinePart } from './lineParts';

/** What one article contributes to cross-article work, kept beside its analysis. */
export interface ArticleState {
  /** The analysis but its mentions and sentences (`articleAnalysis` puts them back). */
  analysis: ArticleBody;
  /** The mentions of known actors, as flat records (mentionRecords.ts). */
  mentions: MentionRecords;
  /** Per sentence, as flat records (sentenceRecords.ts). */
  sentences: SentenceRecords;
  /** Per sentence, per clause: the features claims are compared on (stems and «@actor» ids), as ids (featureRecords.ts). */
  features: FeatureRecords;
  /** Per sentence, per clause: where the clause starts in the article; empty for a sentence of one clause. */
  clauseStarts: number[][];
  /** Names introduced the way news introduces people, that no registry knows, with their mentions here (flat records). */
  discovered: DiscoveredRecords;
  /** Per sentence: where the claim comes from (its origin, and the links to it: chains.ts). */
  origins: SentenceOrigin[];
}

/** The same analysis reading its text from `text`, the same text kept otherwise (articleText.ts): what the state holds of the string goes with it. */
export function withText(state: ArticleState, text: ArticleText): ArticleState {
  // The title is a slice of the analysed string, and V8 keeps a long slice's whole string alive: a copy of its own.
  const analysis = { ...state.analysis };
  for (const [k, v] of Object.entries(analysis)) if (typeof v === 'string') (analysis as Record<string, unknown>)[k] = ownString(v);
  return { ...state, analysis, mentions: state.mentions.withSource(text), sentences: state.sentences.withSource(text), discovered: state.discovered.withSource(text) };
}

/** `s` in a string of its own, not a slice of a longer one (JSON gives back every string exactly, lone surrogates too). */
export function ownString(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** An article's analysis without its mentions and sentences: the corpus keeps those as records. */
export type ArticleBody = Omit<ArticleAnalysis, 'sentences' | 'mentions'>;

/**
 * The article's analysis as the API gives it, in the key order of a fresh
 * analysis. Its mentions and sentences are made from the records when first
 * read (a keystroke's analysis is often read for its mentions alone): own
 * enumerable getters, so JSON, copies and comparisons see plain lists.
 */
export function articleAnalysis(state: ArticleState, mentionsOf: () => Mention[] = () => state.mentions.all()): ArticleAnalysis {
  const { truncated, ...info } = state.analysis;
  let mentions: Mention[] | undefined;
  let sentences: Sentence[] | undefined;
  const analysis: ArticleAnalysis = {
    ...info,
    get mentions() {
      return (mentions ??= mentionsOf());
    },
    get sentences() {
      return (sentences ??= state.sentences.all());
    },
  };
  if (truncated !== undefined) analysis.truncated = truncated;
  return analysis;
}

const ONE_CLAUSE: number[] = [];

/**
 * Analyse one article. The work is done line by line (lineParts.ts): with a
 * `cache` from the article's previous analysis, only lines whose text changed
 * are analysed again (a keystroke costs one line, not the article), and the
 * cache is left holding this version's lines.
 */
export function analyzeArticle(file: string, text: string, registry: Registry, cache?: LineCache): ArticleState {
  const lines = new LineIndex(text);
  const texts: string[] = [];
  const classes = new Map<string, LineClass>();
  const info = classifyLines(lines, (t) => {
    texts.push(t);
    let c = classes.get(t) ?? cache?.classes.get(t);
    if (!c) c = classifyLine(t);
    classes.set(t, c);
    return c;
  });
  const reuse = cache && cache.date === info.date && cache.registry === registry ? cache.parts : undefined;
  const parts = new Map<string, LinePart>();
  const lineParts: Array<LinePart | undefined> = [];
  for (let l = 0; l < texts.length; l++) {
    if (info.kinds[l] === 'empty') {
      lineParts.push(undefined);
      continue;
    }
    const t = texts[l];
    let part = parts.get(t) ?? reuse?.get(t);
    if (!part) part = linePart(t, classes.get(t)!, registry, info.date);
    parts.set(t, part);
    lineParts.push(part);
  }
  if (cache) {
    cache.classes = classes;
    cache.parts = parts;
    cache.date = info.date;
    cache.registry = registry;
  }

  // The records are joined from the lines' own (made once per line: a keystroke makes its line's alone).
  const mentionLines: Array<{ records: MentionRecords; offset: number; line: number }> = [];
  const sentences = SentenceRecords.builder(file, text);
  const attributions: Attribution[] = [];
  const features: SentenceFeatureIds[] = [];
  const clauseStarts: number[][] = [];
  const origins: ArticleState['origins'] = [];
  const typeOf = (id: string): string | undefined => registry.get(id)?.type;
  let lastOutlet: string | undefined;
  let prev: { line: number; attribution: Attribution } | undefined;
  const outletNames = new Map<string, string>();
  const outletCount = new Map<string, number>();
  for (let l = 0; l < lineParts.length; l++) {
    const part = lineParts[l];
    if (!part || info.kinds[l] !== 'text') continue;
    const at = lines.starts[l];
    if (part.mentionRecords.length) mentionLines.push({ records: part.mentionRecords, offset: at, line: l });
    const dup = info.duplicateOf.get(l);
    for (const sp of part.sentences) {
      // «وأضاف: ...» speaks with the voice of the sentence before (on this line or the one above).
      const before = prev && prev.line >= l - 2 ? prev.attribution : undefined;
      const own = sentenceAttribution(part, sp, lastOutlet, typeOf);
      const attribution = carrySpeaker(own, before);
      const key = attribution === own ? sentenceAttributionKey(sp, lastOutlet) : attributionKey(attribution);
      if (attribution.outletActorId) {
        lastOutlet = attribution.outletActorId;
        // An outlet the registry does not know is named by the text that introduced it.
        if (attribution.outletText && !registry.get(lastOutlet)) outletNames.set(lastOutlet, attribution.outletText);
        outletCount.set(lastOutlet, (outletCount.get(lastOutlet) ?? 0) + 1);
      }
      sentences.push(at + sp.start, at + sp.end, l, sp.start, dup, l === info.titleLine, attribution, key, sp.actorIds, sp.actorsKey);
      attributions.push(attribution);
      prev = { line: l, attribution };
      features.push(sp.features);
      // Most sentences are one clause: they share one empty list.
      clauseStarts.push(sp.clauseStarts.length > 1 ? sp.clauseStarts.map((c, k) => at + (k === 0 ? sp.start : c)) : ONE_CLAUSE);
    }
  }

  // Origins (chains.ts): a named speaker, else the outlet a sentence credits, else the
  // outlet the article as a whole credits, else its unnamed source, else the article itself.
  let mainOutlet: string | undefined;
  for (const [id, n] of outletCount) if (!mainOutlet || n > (outletCount.get(mainOutlet) ?? 0)) mainOutlet = id;
  // Sentences of one chain share its object (read only): an archive has millions of sentences.
  const byKey = new Map<string, SentenceOrigin>();
  const name = (id: string): string => registry.get(id)?.name ?? outletNames.get(id) ?? id;
  for (const a of attributions) {
    const o = sentenceOrigin(a, file, mainOutlet, name);
    const k = sentenceOriginKey(o);
    let shared = byKey.get(k);
    if (!shared) byKey.set(k, (shared = o));
    origins.push(shared);
  }

  const analysis: ArticleBody = {
    file,
    date: info.date,
    title: info.title,
    boilerplateLines: info.kinds.flatMap((k, i) => (k === 'boilerplate' || k === 'date' ? [i] : [])),
    duplicateLines: Object.fromEntries(info.duplicateOf),
    lineCount: lines.lineCount,
  };
  return { analysis, mentions: MentionRecords.join(text, mentionLines), sentences: sentences.done(), features: FeatureRecords.join(features), clauseStarts, origins, discovered: discoverNames(lineParts, info.kinds, lines, text, cache?.search ?? new DiscoveredSearch()) };
}

/**
 * Unknown names this article introduces («المتحدث باسم البيت الأبيض أليكس فايفر»)
 * and every place the article uses them again on its text lines.
 */
function discoverNames(lineParts: Array<LinePart | undefined>, kinds: string[], lines: LineIndex, text: string, search: DiscoveredSearch): DiscoveredRecords {
  const byKey = new Map<string, NameFacts>();
  for (let l = 0; l < lineParts.length; l++) {
    const part = lineParts[l];
    for (const c of part?.candidates ?? []) {
      const prev = byKey.get(c.key);
      if (prev) {
        prev.byTitle ||= c.byTitle;
        prev.sure ||= c.sure;
        // Weak only while every finding of it here is.
        prev.weak &&= c.weak;
        if (c.confidence !== undefined && !(c.confidence <= (prev.confidence ?? -1))) {
          prev.type = c.type;
          prev.confidence = c.confidence;
        }
      } else byKey.set(c.key, { key: c.key, text: c.text, at: textAt(lines.starts[l], part!.text, c.text), byTitle: c.byTitle, type: c.type, confidence: c.confidence, sure: c.sure, weak: c.weak });
    }
  }
  if (!byKey.size) {
    search.search([], []);
    return NO_DISCOVERED;
  }
  // A one-word name that is the last word of a longer name here is its short form («فايفر» of «أليكس فايفر»), not another actor.
  // (Last words of the longer names first: a long article has hundreds of names, one pass each.)
  const lastWords = new Map<string, NameFacts[]>();
  for (const [other, o] of byKey) {
    if (!other.includes(' ') || (o.type ?? 'person') !== 'person' || o.weak) continue;
    const last = other.slice(other.lastIndexOf(' ') + 1);
    const longer = lastWords.get(last);
    if (longer) longer.push(o);
    else lastWords.set(last, [o]);
  }
  for (const k of [...byKey.keys()]) {
    const longer = k.includes(' ') ? undefined : lastWords.get(k);
    if (!longer) continue;
    // What made the short form sure makes the full name sure («وأضاف ولايتي» for «علي ولايتي»).
    const short = byKey.get(k)!;
    if (short.sure || short.byTitle)
      for (const o of longer) {
        o.sure ||= short.sure;
        o.byTitle ||= short.byTitle;
        if (o.type === undefined) o.type = short.type;
        if (o.confidence === undefined) o.confidence = short.confidence;
      }
    byKey.delete(k);
  }
  const facts = [...byKey.values()];
  const names = discoveredNames(
    facts.map((f) => f.key),
    facts.map((f) => (f.type ?? 'person') === 'person'),
    facts.map((f) => f.sure || f.byTitle),
  );
  const index = new Map(names.map((n, d) => [n.sig, d]));
  const uses = search.search(
    lineParts.map((p, l) => (kinds[l] === 'text' ? p : undefined)),
    names,
  );
  // Two passes over the lines' uses: how many per name, then each in its place (no list per name).
  const count = new Uint32Array(facts.length + 1);
  for (const u of uses) for (const [sig, nums] of u?.found ?? []) count[index.get(sig)! + 1] += nums.length / SPAN;
  for (let d = 1; d <= facts.length; d++) count[d] += count[d - 1];
  const at = count.slice(0, facts.length);
  const spans = new Int32Array(count[facts.length] * SPAN);
  for (let l = 0; l < uses.length; l++) {
    const found = uses[l]?.found;
    if (!found) continue;
    const offset = lines.starts[l];
    for (const [sig, nums] of found) {
      const d = index.get(sig)!;
      for (let k = 0; k < nums.length; k += SPAN) {
        let w = at[d]++ * SPAN;
        spans[w++] = nums[k] + offset;
        spans[w++] = nums[k + 1] + offset;
        spans[w++] = nums[k + 2] + l;
        spans[w++] = nums[k + 3];
        spans[w++] = nums[k + 4] + l;
        spans[w] = nums[k + 5];
      }
    }
  }
  return discoveredRecords(facts, count, spans, text);
}

/**
 * Where in the article a name's text is, given its line: the records keep the
 * place, not the string. A candidate's text is a slice of its line, so its
 * first occurrence there reads the same letters.
 */
function textAt(lineStart: number, line: string, name: string): number {
  const at = line.indexOf(name);
  if (at < 0) throw new Error(`a discovered name that is not in its line: ${name}`);
  return lineStart + at;
}
