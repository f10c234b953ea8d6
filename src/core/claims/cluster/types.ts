/** The inputs of the claim grouping (index.ts): in their own file so that the steps can use them without importing index.ts back. */

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
  /**
   * How features are weighed: by their rarity in a fixed background table of
   * training text ('background', the default, weights.ts), which no change to
   * the corpus alters, or among the corpus's units ('corpus').
   */
  weights?: 'corpus' | 'background';
}
