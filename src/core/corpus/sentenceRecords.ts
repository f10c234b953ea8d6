import type { Attribution, Sentence } from '../types';
import type { ArticleText } from './articleText';

const HEADLINE = 1;
const NO_DUPLICATE = -1;

/**
 * One article's sentences as flat records: a name-dense article of 100 KB has
 * a thousand sentences, and an object for each (with its id, its text, its
 * attribution and its list of actors) held about a third of a MB per article.
 * Here a sentence is an index: its offsets in typed arrays, its text and id
 * read from the article's text and name, its attribution and its actors an
 * index into tables that equal ones share. Sentence objects are made when
 * asked for (`at`, `all`), field for field and key for key as analyze.ts made
 * them, so every result and report stays the same.
 */
export class SentenceRecords {
  private constructor(
    readonly file: string,
    /** The analysed text: a sentence's text is its slice (the corpus holds the string anyway). */
    private readonly source: ArticleText,
    /** start, end, line, character per sentence (a sentence ends on its own line). */
    private readonly spans: Int32Array,
    /** The line a repeated line repeats, NO_DUPLICATE for none. */
    private readonly duplicates: Int32Array,
    private readonly flags: Uint8Array,
    private readonly attributionOf: Uint32Array,
    /** Equal attributions (same JSON) are one object: read only. */
    private readonly attributions: Attribution[],
    private readonly actorsOf: Uint32Array,
    private readonly actorLists: string[][],
    /** Texts and ids that are not what the text and the file give (none from a fresh analysis). */
    private readonly oddTexts: Map<number, string> | undefined,
    private readonly oddIds: Map<number, string> | undefined,
  ) {}

  /**
   * The records of these sentences of `file`, read from `source`. Throws when a
   * sentence does not have the shape analyze.ts gives (a damaged cache entry).
   */
  static of(file: string, source: string, sentences: readonly Sentence[]): SentenceRecords {
    const n = sentences.length;
    const spans = new Int32Array(n * 4);
    const duplicates = new Int32Array(n).fill(NO_DUPLICATE);
    const flags = new Uint8Array(n);
    const attributionOf = new Uint32Array(n);
    const actorsOf = new Uint32Array(n);
    const attributions: Attribution[] = [];
    const actorLists: string[][] = [];
    const attributionIndex = new Map<string, number>();
    const actorIndex = new Map<string, number>();
    let oddTexts: Map<number, string> | undefined;
    let oddIds: Map<number, string> | undefined;
    for (let i = 0; i < n; i++) {
      const s = sentences[i];
      const ok = isCount(s.start) && isCount(s.end) && s.start <= s.end && s.end <= source.length && isCount(s.line) && isCount(s.character) && s.endLine === s.line && s.endCharacter === s.character + (s.end - s.start);
      if (!ok || typeof s.text !== 'string' || typeof s.id !== 'string' || typeof s.attribution !== 'object' || s.attribution === null) throw new Error(`sentence ${i}: not a sentence of ${file}`);
      if (!Array.isArray(s.actorIds) || !s.actorIds.every((a) => typeof a === 'string')) throw new Error(`sentence ${i}: actors`);
      spans.set([s.start, s.end, s.line, s.character], i * 4);
      if (s.duplicateOf !== undefined) {
        if (!isCount(s.duplicateOf)) throw new Error(`sentence ${i}: duplicate`);
        duplicates[i] = s.duplicateOf;
      }
      if (s.isHeadline !== undefined && s.isHeadline !== true) throw new Error(`sentence ${i}: headline`);
      if (s.isHeadline) flags[i] |= HEADLINE;
      // The key order of what a sentence holds must be the one analyze.ts gives: anything else is not kept.
      if (Object.keys(s).join() !== keyOrder(s)) throw new Error(`sentence ${i}: fields`);
      const ak = JSON.stringify(s.attribution);
      let a = attributionIndex.get(ak);
      if (a === undefined) attributionIndex.set(ak, (a = attributions.push(s.attribution) - 1));
      attributionOf[i] = a;
      const lk = s.actorIds.join('\u0000');
      let l = actorIndex.get(lk);
      if (l === undefined) actorIndex.set(lk, (l = actorLists.push(s.actorIds) - 1));
      actorsOf[i] = l;
      if (s.text !== source.slice(s.start, s.end)) (oddTexts ??= new Map()).set(i, s.text);
      if (s.id !== `${file}#${s.start}`) (oddIds ??= new Map()).set(i, s.id);
    }
    return new SentenceRecords(file, source, spans, duplicates, flags, attributionOf, attributions, actorsOf, actorLists, oddTexts, oddIds);
  }

  /** Records to fill one sentence at a time, as analyze.ts finds them (no checks: a fresh analysis has the shape). */
  static builder(file: string, source: string): SentenceRecordsBuilder {
    return new SentenceRecordsBuilder((...a) => new SentenceRecords(file, source, ...a));
  }

  get length(): number {
    return this.duplicates.length;
  }

  /** The same records reading their text from `source` (the same text, kept otherwise: articleText.ts). */
  withSource(source: ArticleText): SentenceRecords {
    return new SentenceRecords(this.file, source, this.spans, this.duplicates, this.flags, this.attributionOf, this.attributions, this.actorsOf, this.actorLists, this.oddTexts, this.oddIds);
  }

  start(i: number): number {
    return this.spans[i * 4];
  }

  end(i: number): number {
    return this.spans[i * 4 + 1];
  }

  text(i: number): string {
    return this.oddTexts?.get(i) ?? this.source.slice(this.spans[i * 4], this.spans[i * 4 + 1]);
  }

  id(i: number): string {
    return this.oddIds?.get(i) ?? `${this.file}#${this.spans[i * 4]}`;
  }

  /** The line sentence i repeats, if its line repeats an earlier one. */
  duplicateOf(i: number): number | undefined {
    const d = this.duplicates[i];
    return d === NO_DUPLICATE ? undefined : d;
  }

  get anyDuplicate(): boolean {
    return this.duplicates.some((d) => d !== NO_DUPLICATE);
  }

  /** Shared with the sentences of equal attribution: read only. */
  attribution(i: number): Attribution {
    return this.attributions[this.attributionOf[i]];
  }

  /** Shared with the sentences that name the same actors: read only. */
  actorIds(i: number): readonly string[] {
    return this.actorLists[this.actorsOf[i]];
  }

  /** Sentence i as an object of its own (its actors a list of its own). */
  at(i: number): Sentence {
    const p = i * 4;
    const start = this.spans[p];
    const end = this.spans[p + 1];
    const line = this.spans[p + 2];
    const character = this.spans[p + 3];
    const s: Sentence = {
      start,
      end,
      line,
      character,
      endLine: line,
      endCharacter: character + (end - start),
      id: this.id(i),
      text: this.text(i),
      attribution: this.attribution(i),
      actorIds: this.actorLists[this.actorsOf[i]].slice(),
    };
    const dup = this.duplicates[i];
    if (dup !== NO_DUPLICATE) s.duplicateOf = dup;
    if (this.flags[i] & HEADLINE) s.isHeadline = true;
    return s;
  }

  all(): Sentence[] {
    const out = new Array<Sentence>(this.length);
    for (let i = 0; i < out.length; i++) out[i] = this.at(i);
    return out;
  }
}

const BASE_KEYS = 'start,end,line,character,endLine,endCharacter,id,text,attribution,actorIds';

function keyOrder(s: Sentence): string {
  let k = BASE_KEYS;
  if (s.duplicateOf !== undefined) k += ',duplicateOf';
  if (s.isHeadline !== undefined) k += ',isHeadline';
  return k;
}

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** What an attribution holds, as a key: equal attributions share one object per article. */
export function attributionKey(a: Attribution): string {
  // Most sentences credit no one: an empty attribution needs no JSON.
  for (const _ in a) return JSON.stringify(a);
  return '{}';
}

type Make = (spans: Int32Array, duplicates: Int32Array, flags: Uint8Array, attributionOf: Uint32Array, attributions: Attribution[], actorsOf: Uint32Array, actorLists: string[][], oddTexts: undefined, oddIds: undefined) => SentenceRecords;

export class SentenceRecordsBuilder {
  private readonly spans: number[] = [];
  private readonly duplicates: number[] = [];
  private readonly flags: number[] = [];
  private readonly attributionOf: number[] = [];
  private readonly actorsOf: number[] = [];
  private readonly attributions: Attribution[] = [];
  private readonly actorLists: string[][] = [];
  private readonly attributionIndex = new Map<string, number>();
  private readonly actorIndex = new Map<string, number>();

  constructor(private readonly make: Make) {}

  /** A sentence on one line: its text is source.slice(start, end), its id `${file}#${start}`; `ak` and `lk` key its attribution (attributionKey) and its actors. */
  push(start: number, end: number, line: number, character: number, duplicateOf: number | undefined, headline: boolean, attribution: Attribution, ak: string, actorIds: string[], lk: string): void {
    this.spans.push(start, end, line, character);
    this.duplicates.push(duplicateOf ?? NO_DUPLICATE);
    this.flags.push(headline ? HEADLINE : 0);
    let a = this.attributionIndex.get(ak);
    if (a === undefined) this.attributionIndex.set(ak, (a = this.attributions.push(attribution) - 1));
    this.attributionOf.push(a);
    let l = this.actorIndex.get(lk);
    if (l === undefined) this.actorIndex.set(lk, (l = this.actorLists.push(actorIds) - 1));
    this.actorsOf.push(l);
  }

  done(): SentenceRecords {
    return this.make(new Int32Array(this.spans), new Int32Array(this.duplicates), new Uint8Array(this.flags), new Uint32Array(this.attributionOf), this.attributions, new Uint32Array(this.actorsOf), this.actorLists, undefined, undefined);
  }
}
