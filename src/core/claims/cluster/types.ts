// What the grouping takes: units (clauses as feature bags) and its options. Kept apart from index.ts so that its steps import them without a cycle.

export interface Unit {
  file: string;
  /** Index of the sentence in its article. */
  index: number;
  /** Index of the clause in its sentence. */
  clause: number;
  features: string[];
}

export interface ClusterOptions {
  /** Minimum cosine similarity for two units to tell the same claim (and average similarity within a group). */
  threshold: number;
  /** Features found in more units than this find no candidates (too common to say anything); they still count in the similarity. */
  maxPostings: number;
}
