import type { Actor, ArticleAnalysis, ClaimGroup, Diagnostic, Mention, Sentence } from '../types';

/** One mention with the article it is in. */
export interface MentionRef {
  file: string;
  mention: Mention;
}

export interface ActorUsage {
  actor: Actor;
  /** Files that mention the actor, most recent article date first (undated last, then by name). */
  files: string[];
  mentionCount: number;
}

/**
 * The corpus as the editor and the CLI see it. Files are opaque keys chosen by
 * the caller (the CLI uses paths relative to the folder, the extension uses URI
 * strings). Each call to setArticle/removeArticle redoes only that article's
 * own analysis; cross-article results (actor usage, claim groups) are derived
 * lazily and cached until the next change.
 */
export interface CorpusApi {
  /** Add or replace an article; returns its analysis. */
  setArticle(file: string, text: string): ArticleAnalysis;
  removeArticle(file: string): boolean;
  renameArticle(oldFile: string, newFile: string): void;
  getArticle(file: string): ArticleAnalysis | undefined;
  files(): string[];

  getActor(id: string): Actor | undefined;
  /** Every actor known: built-in, workspace and discovered. */
  allActors(): Actor[];
  /** Role titles of an actor, current ones first («وزير الخارجية الإيراني»). */
  roleLabels(id: string): string[];
  /** Actors by Arabic or English name/alias, folded for Arabic spelling variants. */
  searchActors(query: string, limit?: number): Actor[];
  /** Actors that occur in the corpus, with their files. */
  actorUsage(): ActorUsage[];
  mentionsOf(actorId: string): MentionRef[];
  /** Innermost mention covering `offset` (start <= offset < end, or offset == end). */
  mentionAt(file: string, offset: number): Mention | undefined;
  sentenceAt(file: string, offset: number): Sentence | undefined;

  /** Claims told by at least `minSources` articles (default 2). */
  claimGroups(): ClaimGroup[];
  /** Claims only one article makes. */
  singleSourceClaims(): ClaimGroup[];
  groupsOfSentence(file: string, sentenceId: string): ClaimGroup[];
  groupsOfActor(actorId: string): ClaimGroup[];

  /**
   * Claim grouping off the caller's path (the editor: regrouping a big archive
   * takes seconds, which must never freeze it). When on, claim queries never
   * regroup: they answer from the last complete grouping (sentences of files
   * changed since answer nothing) and start `settleClaims()`. Off (the default,
   * the CLI) they are always exact.
   */
  backgroundGrouping: boolean;
  /** Called when a background grouping lands: the claim views can refresh. */
  onClaimsSettled: (() => void) | undefined;
  /** Whether claim queries answer from the corpus as it is ('current'), from an older grouping ('stale'), or from none yet ('none'). */
  claimsState(): 'current' | 'stale' | 'none';
  /**
   * Regroup in slices of about `sliceMs` of work, yielding to the event loop in
   * between; resolves once the grouping is current (it starts again when the
   * corpus changes meanwhile).
   */
  settleClaims(sliceMs?: number): Promise<void>;
  /** Stop any background grouping: the corpus is no longer used. */
  dispose(): void;

  /** Replace the workspace registry (JSON text of `.isnad/actors.json`); returns its problems. */
  setWorkspaceRegistry(text: string | undefined, file: string): Diagnostic[];
  /** Turn a discovered actor into a workspace one (returns the actor to write to the workspace registry). */
  discoveredActors(): Actor[];
}
