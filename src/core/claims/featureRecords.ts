/**
 * The clause features of one article (features.ts: stems and «@actor» ids, per
 * clause of each sentence) as integer ids into one table of the features seen
 * in this process. As lists of strings (an array per sentence and per clause)
 * they held about a quarter of a MB per name-dense article of 100 KB; here
 * they are one Int32Array and two arrays of bounds. Lists are made when asked
 * for, the same strings in the same order.
 */

/** Every feature seen, by id: words of the language and actor ids, so it grows with the vocabulary, not with the text. */
const names: string[] = [];
const ids = new Map<string, number>();
/** Whether `ids` indexes every name (releaseFeatureIndex empties it; the next lookup makes it again). */
let indexed = true;

/** A feature's id in the table, given on first sight (features.ts keeps a word's and an actor's id beside its string, so a line's features are no lookups here). */
export function featureId(feature: string): number {
  if (!indexed) {
    for (let id = 0; id < names.length; id++) ids.set(names[id], id);
    indexed = true;
  }
  let id = ids.get(feature);
  if (id === undefined) {
    id = names.push(feature) - 1;
    ids.set(feature, id);
  }
  return id;
}

/**
 * Forget every feature and its id. Only for a thread that keeps no records
 * (an analysis worker, between batches: it sends its analyses as strings):
 * every id handed out before is void after. The table grows with the
 * vocabulary, and name-dense text brings new words without end (a family name
 * per sentence: about 60 KB per article of 100 KB). Call through
 * releaseFeatureTable (features.ts), which also forgets the ids it keeps.
 */
export function clearFeatureTable(): void {
  names.length = 0;
  ids.clear();
  indexed = true;
}

/**
 * Empty the index from a feature to its id, keeping the ids and their features:
 * a one-shot run that has analysed its last article reads features by id only
 * (the claim grouping), and the index held about 45 KB per name-dense article
 * (a family name per sentence). A later lookup makes it again, the same ids.
 */
export function releaseFeatureIndex(): void {
  ids.clear();
  indexed = false;
}

/** The feature with this id. */
export function featureName(id: number): string {
  return names[id];
}

/** One sentence's clause features as ids (features.ts clauseFeatureIds): made once per line of the line cache, joined into an article's records. */
export interface SentenceFeatureIds {
  /** Every clause's features, one after another. */
  readonly ids: Int32Array;
  /** Clause c's features end at ends[c]. */
  readonly ends: Uint32Array;
}

export class FeatureRecords {
  private constructor(
    /** The features of every clause, one after another. */
    private readonly features: Int32Array,
    /** Clause c's features end at clauseEnds[c] (and start where the clause before ends). */
    private readonly clauseEnds: Uint32Array,
    /** Sentence i's clauses are firstClause[i] up to firstClause[i + 1]. */
    private readonly firstClause: Uint32Array,
  ) {}

  /** Throws when `features` is not a list of sentences, each a list of clauses, each a list of strings (a damaged cache entry). */
  static of(features: readonly (readonly (readonly string[])[])[]): FeatureRecords {
    if (!Array.isArray(features)) throw new Error('features: not a list');
    let clauses = 0;
    let count = 0;
    for (const s of features) {
      if (!Array.isArray(s)) throw new Error('features: a sentence is not a list');
      clauses += s.length;
      for (const c of s) {
        if (!Array.isArray(c) || !c.every((f) => typeof f === 'string')) throw new Error('features: a clause is not a list of words');
        count += c.length;
      }
    }
    const out = new Int32Array(count);
    const clauseEnds = new Uint32Array(clauses);
    const firstClause = new Uint32Array(features.length + 1);
    let k = 0;
    let c = 0;
    for (let i = 0; i < features.length; i++) {
      firstClause[i] = c;
      for (const clause of features[i]) {
        for (const f of clause) out[k++] = featureId(f);
        clauseEnds[c++] = k;
      }
    }
    firstClause[features.length] = c;
    return new FeatureRecords(out, clauseEnds, firstClause);
  }

  /** An article's records from its sentences' ids, in order (copies: no line's arrays are kept). */
  static join(sentences: readonly SentenceFeatureIds[]): FeatureRecords {
    let count = 0;
    let clauses = 0;
    for (const s of sentences) {
      count += s.ids.length;
      clauses += s.ends.length;
    }
    const out = new Int32Array(count);
    const clauseEnds = new Uint32Array(clauses);
    const firstClause = new Uint32Array(sentences.length + 1);
    let k = 0;
    let c = 0;
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      firstClause[i] = c;
      out.set(s.ids, k);
      for (let e = 0; e < s.ends.length; e++) clauseEnds[c++] = k + s.ends[e];
      k += s.ids.length;
    }
    firstClause[sentences.length] = c;
    return new FeatureRecords(out, clauseEnds, firstClause);
  }

  /** Sentences. */
  get length(): number {
    return this.firstClause.length - 1;
  }

  clauseCount(i: number): number {
    return this.firstClause[i + 1] - this.firstClause[i];
  }

  private from(c: number): number {
    return c === 0 ? 0 : this.clauseEnds[c - 1];
  }

  /** How many features clause `clause` of sentence i has. */
  clauseSize(i: number, clause: number): number {
    const c = this.firstClause[i] + clause;
    return this.clauseEnds[c] - this.from(c);
  }

  /** Clause `clause` of sentence i as a list of its own. */
  clause(i: number, clause: number): string[] {
    const c = this.firstClause[i] + clause;
    const out: string[] = [];
    for (let k = this.from(c); k < this.clauseEnds[c]; k++) out.push(names[this.features[k]]);
    return out;
  }

  /** Sentence i's clauses. */
  sentence(i: number): string[][] {
    const out: string[][] = [];
    for (let c = 0; c < this.clauseCount(i); c++) out.push(this.clause(i, c));
    return out;
  }

  /** Every sentence's clauses, as analyze.ts made them. */
  all(): string[][][] {
    const out: string[][][] = [];
    for (let i = 0; i < this.length; i++) out.push(this.sentence(i));
    return out;
  }

  /** Sentence i's features, all its clauses together. */
  sentenceSize(i: number): number {
    return this.from(this.firstClause[i + 1]) - this.from(this.firstClause[i]);
  }

  /** Sentence i's features, all its clauses together, one at a time. */
  *sentenceFeatures(i: number): Generator<string> {
    for (let k = this.from(this.firstClause[i]); k < this.from(this.firstClause[i + 1]); k++) yield names[this.features[k]];
  }
}

/** A clause as the grouping reads it (cluster/types.ts Unit): its features made each time they are read, kept by no one. */
export class ClauseUnit {
  constructor(
    readonly file: string,
    readonly index: number,
    readonly clause: number,
    private readonly records: FeatureRecords,
  ) {}

  get features(): string[] {
    return this.records.clause(this.index, this.clause);
  }
}
