import { discoveredId, type Candidate } from '../actors/discovery';
import { ACTOR_TYPES, type ActorType, type Mention } from '../types';
import type { ArticleText } from './articleText';

/**
 * One article's discovered names and their mentions, as flat records: a
 * name-dense article has a thousand names of one or two mentions each, and an
 * object per name and per mention (with a map of its own for each name, as
 * V8 made them) held most of such an article's analysis. Here a name is an
 * index: its folded key in an array, its text as the place in the article
 * where it is first written (a string per name held a tenth of such an
 * article's analysis), its flags and type in bytes, its mentions a range of
 * six integers each in one typed array. Mention objects and a name's text are
 * made only when asked for (`mentionsOf`, `text`).
 */
export class DiscoveredRecords {
  constructor(
    /** Folded names (words joined by one space). */
    readonly keys: string[],
    /** Each name as the article first writes it: name d is source.slice(textSpans[2 * d], textSpans[2 * d + 1]). */
    readonly textSpans: Int32Array,
    /** BY_TITLE | SURE | WEAK per name. */
    readonly flags: Uint8Array,
    /** The tagger's type per name: 1 + its index in ACTOR_TYPES, 0 for none (a rule-found name). */
    readonly types: Uint8Array,
    /** The tagger's confidence per name, NaN for none. */
    readonly confidence: Float64Array,
    /** Name d's mentions are spans[SPAN * first[d]] up to spans[SPAN * first[d + 1]]. */
    readonly first: Uint32Array,
    /** start, end, line, character, endLine, endCharacter per mention, in article offsets. */
    readonly spans: Int32Array,
    /** The analysed text: a mention's text is its slice (the corpus holds the string anyway). */
    readonly source: ArticleText,
  ) {}

  get length(): number {
    return this.keys.length;
  }

  /** The same records reading their text from `source` (the same text, kept otherwise: articleText.ts). */
  withSource(source: ArticleText): DiscoveredRecords {
    return this.length ? new DiscoveredRecords(this.keys, this.textSpans, this.flags, this.types, this.confidence, this.first, this.spans, source) : this;
  }

  /** Name d as the article first writes it. */
  text(d: number): string {
    return this.source.slice(this.textSpans[2 * d], this.textSpans[2 * d + 1]);
  }

  type(d: number): ActorType | undefined {
    const t = this.types[d];
    return t ? ACTOR_TYPES[t - 1] : undefined;
  }

  has(d: number, flag: number): boolean {
    return (this.flags[d] & flag) !== 0;
  }

  /** Name d's mentions, made now (the same objects, field for field, as a search of the text gives). */
  mentionsOf(d: number, out: Mention[] = []): Mention[] {
    const id = discoveredId(this.keys[d]);
    const s = this.spans;
    for (let k = this.first[d] * SPAN; k < this.first[d + 1] * SPAN; k += SPAN) {
      out.push({ start: s[k], end: s[k + 1], line: s[k + 2], character: s[k + 3], endLine: s[k + 4], endCharacter: s[k + 5], actorId: id, text: this.source.slice(s[k], s[k + 1]), kind: 'name', discovered: true });
    }
    return out;
  }
}

export const BY_TITLE = 1;
export const SURE = 2;
export const WEAK = 4;
export const SPAN = 6;

export const NO_DISCOVERED = new DiscoveredRecords([], new Int32Array(0), new Uint8Array(0), new Uint8Array(0), new Float64Array(0), new Uint32Array(1), new Int32Array(0), '');

/**
 * What the article's candidates say of one name, merged over its findings
 * (analyze.ts): a candidate's own fields, and where in the article its text is
 * (`at`: a candidate's text is a slice of its line).
 */
export type NameFacts = Candidate & { at: number };

/** The records of names (in order) and of their mentions: name d's are spans[SPAN * first[d]] up to spans[SPAN * first[d + 1]]. */
export function discoveredRecords(names: NameFacts[], first: Uint32Array, spans: Int32Array, source: string): DiscoveredRecords {
  const n = names.length;
  if (!n) return NO_DISCOVERED;
  const textSpans = new Int32Array(2 * n);
  const flags = new Uint8Array(n);
  const types = new Uint8Array(n);
  const confidence = new Float64Array(n);
  for (let d = 0; d < n; d++) {
    const f = names[d];
    textSpans[2 * d] = f.at;
    textSpans[2 * d + 1] = f.at + f.text.length;
    flags[d] = (f.byTitle ? BY_TITLE : 0) | (f.sure ? SURE : 0) | (f.weak ? WEAK : 0);
    types[d] = f.type ? ACTOR_TYPES.indexOf(f.type) + 1 : 0;
    confidence[d] = f.confidence ?? NaN;
  }
  return new DiscoveredRecords(
    names.map((f) => f.key),
    textSpans,
    flags,
    types,
    confidence,
    first,
    spans,
    source,
  );
}

/** The records as a list of names with their mentions (tests, and comparisons with the whole-text reference). */
export function discoveredList(r: DiscoveredRecords): Array<Candidate & { mentions: Mention[] }> {
  return r.keys.map((key, d) => ({
    key,
    text: r.text(d),
    byTitle: r.has(d, BY_TITLE),
    ...(r.type(d) ? { type: r.type(d) } : {}),
    ...(Number.isNaN(r.confidence[d]) ? {} : { confidence: r.confidence[d] }),
    ...(r.has(d, SURE) ? { sure: true } : {}),
    ...(r.has(d, WEAK) ? { weak: true } : {}),
    mentions: r.mentionsOf(d),
  }));
}
