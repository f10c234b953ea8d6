/**
 * Public shapes of the Isnad engine. Everything here is plain data: no editor
 * types, so the same results feed the VS Code layer, the CLI and the tests.
 *
 * Offsets are UTF-16 code units into the article's original text (what JS
 * strings index and what VS Code positions count). `line`/`character` are the
 * same place as a VS Code position (both from 0, end exclusive).
 */

export type ActorType = 'person' | 'organization' | 'country' | 'place' | 'media';
export const ACTOR_TYPES: readonly ActorType[] = ['person', 'organization', 'country', 'place', 'media'];

/** A date bound in a role: a year (2025) or an ISO date ("2025-01-20"). */
export type DateBound = number | string;

/**
 * A title an actor held. Either a literal Arabic `title` («المرشد الأعلى»),
 * or an `office` of a `country` that expands through the office templates
 * («وزير الخارجية الإيراني», «وزير خارجية إيران», ...). `to` null/absent = still in office.
 */
export interface Role {
  title?: string;
  office?: string;
  country?: string;
  from?: DateBound;
  to?: DateBound | null;
}

export type ActorSource = 'builtin' | 'workspace' | 'discovered';

export interface Actor {
  id: string;
  type: ActorType;
  /** Arabic display name. */
  name: string;
  nameEn: string;
  /** Arabic (or Latin) surface forms; the name itself is always matched too. */
  aliases: string[];
  roles: Role[];
  /** Short English description ("President of the United States"). */
  description?: string;
  /** Country id this actor belongs to (people, organisations, places, media). */
  country?: string;
  /** Countries: masculine definite adjectives («الإيراني»), used by office templates. */
  adjectives?: string[];
  /** Places: the country whose capital this is. */
  capitalOf?: string;
  source: ActorSource;
}

export interface Range {
  start: number;
  end: number;
}

export interface Position {
  line: number;
  character: number;
}

export interface Located extends Range {
  line: number;
  /** Column of `start` on `line` (UTF-16). */
  character: number;
  endLine: number;
  endCharacter: number;
}

export type MentionKind = 'name' | 'title' | 'title+name';

export interface Mention extends Located {
  actorId: string;
  text: string;
  kind: MentionKind;
  /** Inside another mention's title («البيت الأبيض» in «مبعوث البيت الأبيض»). */
  nested?: boolean;
  /** The actor is a discovered (unconfirmed) one. */
  discovered?: boolean;
  /**
   * A title with its holder's name («الرئيس الأميركي جورج بوش», kind title+name): where the
   * name and the title each start and end (article offsets). The mention spans both, as the
   * editor shows one actor; the report gives the name's own span, the title beside it.
   */
  nameStart?: number;
  nameEnd?: number;
  titleStart?: number;
  titleEnd?: number;
}

export interface Attribution {
  /** Who made the statement: a known actor or an unnamed source («مسؤول أمريكي كبير»). */
  speakerActorId?: string;
  speakerText?: string;
  /** Through which outlet («بحسب أكسيوس», «لشبكة سي إن إن»); never a platform («على منصة إكس» is a medium). An outlet the registry does not know is `outlet:<its folded name>`. */
  outletActorId?: string;
  outletText?: string;
  /** How the speaker said it: an interview, a post, a speech, a statement, remarks (a link of the chain, not an origin). */
  medium?: Medium;
  /** The unnamed source's words as written («مسؤول أمريكي كبير»), for display. */
  speakerPhrase?: string;
  /** A verb of saying without a subject of its own («وأضاف:»): the speaker is the one of the sentence before. */
  speakerFromContext?: true;
}

export type MediumKind = 'interview' | 'post' | 'speech' | 'statement' | 'remarks';

export interface Medium {
  kind: MediumKind;
  /** The outlet or platform it went through («سي إن إن», «منصة إكس»). */
  actorId?: string;
}

export interface Sentence extends Located {
  /** `${file}#${start}` : stable while the text before it is unchanged. */
  id: string;
  text: string;
  /** Index of the line's first occurrence when this line repeats an earlier one. */
  duplicateOf?: number;
  isHeadline?: boolean;
  attribution: Attribution;
  actorIds: string[];
}

export interface ArticleInfo {
  file: string;
  /** YYYY-MM-DD when the text gives one. */
  date: string | null;
  title: string;
  /** Lines (0-based) that are scraping boilerplate. */
  boilerplateLines: number[];
  /** Line -> line it repeats. */
  duplicateLines: Record<number, number>;
  lineCount: number;
}

export interface ArticleAnalysis extends ArticleInfo {
  mentions: Mention[];
  sentences: Sentence[];
  /**
   * The article is longer than the engine analyses (MAX_ARTICLE_CHARS in
   * src/core/articles/limits.ts): only its beginning was analysed, and
   * `lineCount` counts the lines of that part.
   */
  truncated?: boolean;
}

export interface SentenceRef {
  file: string;
  sentenceId: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  start: number;
  end: number;
  text: string;
}

export interface Origin {
  /** Stable key: an actor id (outlet or speaker) or a normalised unnamed-source phrase. */
  key: string;
  label: string;
  /** Who first said it: an outlet's own report, a named actor, an unnamed source, or the article itself. */
  kind: 'outlet' | 'actor' | 'unnamed' | 'article';
  files: string[];
  /** Its chain: each version that credits it, with the links between (origin -> medium -> outlet -> article). */
  retellings: Retelling[];
}

/** One version of a claim hanging from its origin. */
export interface Retelling {
  file: string;
  sentenceId: string;
  line: number;
  /** An unnamed source the outlet quotes («مسؤول أمريكي كبير»): the first link, known only through that outlet. */
  quoted?: string;
  medium?: { kind: MediumKind; label?: string };
  /** The outlet that carried or reported it, when not the origin itself. */
  outlet?: { key: string; label: string };
}

export interface ClaimGroup {
  id: string;
  /** Representative wording (the most central sentence). */
  text: string;
  /** Who claims what, in about 50 characters («عراقجي: دول صديقة تحاول بناء الثقة»). */
  label: string;
  sentences: SentenceRef[];
  files: string[];
  actorIds: string[];
  origins: Origin[];
  /** Latest article date among its files (YYYY-MM-DD) or null. */
  date: string | null;
  /** Where the versions of the claim differ: numbers, dates, negation, who said it. */
  disagreements: Array<{
    kind: 'contradiction' | 'denial' | 'negation' | 'number' | 'date' | 'actor' | 'speaker';
    detail: string;
    files: string[];
    /** For a contradiction between two versions: the two sentences (file, 0-based line, text). */
    sentences?: Array<{ file: string; line: number; text: string }>;
    /** Which file stands on which side: what its versions say and its files, in the order of `detail`'s parts. */
    sides?: Array<{ says: string; files: string[] }>;
  }>;
}

export interface Diagnostic {
  file: string;
  line: number;
  character: number;
  endLine?: number;
  endCharacter?: number;
  message: string;
  severity: 'error' | 'warning';
}
