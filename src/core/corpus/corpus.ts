import { builtinActors, builtinOffices } from '../actors/builtin';
import { Registry } from '../actors/registry';
import type { Offices } from '../actors/roles';
import { mergeRegistry, parseWorkspaceRegistry } from '../actors/workspace';
import { splitRivalsSteps } from '../claims/rivals';
import { isShort, trimLooseSteps } from '../claims/cohesion';
import { hasCircumstance } from '../claims/circumstance';
import { versionActors } from '../claims/versionActors';
import type { VersionActor } from '../claims/versionActors';
import { ClusterMemo, clusterOptions, clusterSteps, runToEnd, type ClusterOptions, type Unit } from '../claims/cluster';
import type { Actor, ArticleAnalysis, ClaimGroup, Diagnostic, Mention, Origin, Sentence, SentenceRef } from '../types';
import { retelling } from '../claims/chains';
import { oneRowPerClaimSteps, sentencePart } from '../claims/rows';
import { boundArticle } from '../articles/limits';
import { ClauseUnit, type FeatureRecords } from '../claims/featureRecords';
import { analyzeArticle, articleAnalysis, withText, type ArticleState } from './analyze';
import { wholeText, type ArticleText } from './articleText';
import { DiscoveredIndex } from './discoveredIndex';
import { hashIds, SingleSourceClaim } from './singleClaim';
import { recurringClaim, type Versions } from './claimGroup';
import { newLineCache, type LineCache } from './lineParts';
import type { ActorUsage, CorpusApi, MentionRef } from './api';
import { eachActorUsage } from './actorUsage';
import type { AnalysisStore } from '../cache/store';
import { articleUnits } from './articleUnits';
import { entryOf, GroupedSentences, namesDiscoveredActor, type GroupEntry, type GroupMemo, type MemoPart } from './groupMemo';

export interface CorpusOptions {
  /** Articles a claim needs to count as recurring (default 2). */
  minSources?: number;
  /** Replace the built-in registry (tests). */
  actors?: Actor[];
  offices?: Offices;
  cluster?: Partial<ClusterOptions>;
  /** Analyses made elsewhere (a cache on disk, worker threads): asked before an article is analysed, and given each new analysis. */
  store?: AnalysisStore;
  /**
   * Keep what a regrouping after a change reuses (the default: the editor regroups after every
   * change). A single analysis (the command line) turns it off: it would hold the best matches
   * and the edges with their similarities and link outcomes (17 bytes each, tens of MB on a
   * large folder) for a regrouping that never comes.
   */
  incremental?: boolean;
}

/** Cross-article actor data: cheap, rebuilt after any change. */
interface DerivedActors {
  usage: ActorUsage[];
  /** Per actor of the registry: its mentions as pairs (index in `files`, index in that article's mention records). */
  mentionsByActor: Map<string, number[]>;
  files: string[];
}

/** Cross-article claim data: clustering, rebuilt only when claims are asked for. */
interface Derived {
  /** The corpus version it was computed at. */
  version: number;
  groups: ClaimGroup[];
  /**
   * Single-source claims as (article, sentence) pairs: an index into `files`
   * and a sentence's index there, two numbers each. A claim object is made
   * when asked for: a name-dense article has a thousand of them, about 1 MB,
   * that `isnad analyze` writes out once each (eachSingleSourceClaim).
   */
  singleRefs: Uint32Array;
  /** The articles as the grouping read them (a claim made later is made from them). */
  files: string[];
  states: Map<string, ArticleState>;
  /** The claims, made and kept once a caller asks for the list (the editor's tree, a sentence's claims). */
  single?: ClaimGroup[];
  /** A single-source claim by its sentence's id: made with `single`. */
  singleBySentence?: Map<string, ClaimGroup>;
  /**
   * A sentence's recurring groups: most sentences are in one group, kept without an array of its own.
   * Made with the grouping for the editor, on first use for a single analysis (the command line asks
   * for none: 300 retellings of one article held about 9 MB of it).
   */
  groupsBySentence?: Map<string, ClaimGroup | ClaimGroup[]>;
  groupsByActor: Map<string, ClaimGroup[]>;
}

/** Each sentence's recurring groups (Derived.groupsBySentence), in steps. */
function* groupsBySentence(groups: ClaimGroup[]): Generator<void, Map<string, ClaimGroup | ClaimGroup[]>, void> {
  const bySentence = new Map<string, ClaimGroup | ClaimGroup[]>();
  for (const [k, g] of groups.entries()) {
    if (k % 256 === 255) yield;
    for (const s of g.sentences) {
      const l = bySentence.get(s.sentenceId);
      if (l === undefined) bySentence.set(s.sentenceId, g);
      else if (!Array.isArray(l)) {
        if (l !== g) bySentence.set(s.sentenceId, [l, g]);
      } else if (!l.includes(g)) l.push(g);
    }
  }
  return bySentence;
}

/** Newest first; undated last; then by file name, so order never depends on insertion. */
function byDateDesc(a: { date: string | null; file: string }, b: { date: string | null; file: string }): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

const NO_CLAIMS: Derived = { version: -1, groups: [], singleRefs: new Uint32Array(0), files: [], states: new Map(), single: [], singleBySentence: new Map(), groupsBySentence: new Map(), groupsByActor: new Map() };

/** localeCompare's order (the same collator: no locale, no options), without its cost at each call: the groups' sort at every regrouping. */
const byLocale = new Intl.Collator().compare;

/** Sentences of groups built between two steps: a group's cost grows with its members. */
const MEMBERS_PER_STEP = 400;

/** Articles whose lines are kept for fast re-analysis: the ones open in editors and being typed in. */
const LINE_CACHES = 8;

/** Articles whose analysis, sentences made, is kept between two changes (getArticle). */
const SHOWN = 4;

export class Corpus implements CorpusApi {
  private readonly articles = new Map<string, ArticleState>();
  private registry: Registry;
  private readonly baseActors: Actor[];
  private readonly offices: Offices;
  private derived: Derived | undefined;
  /** The last complete grouping, while `derived` is out of date (background grouping answers from it). */
  private lastDerived: Derived | undefined;
  private derivedActors: DerivedActors | undefined;
  /** Bumped by every change: a grouping in progress knows whether it is still of the corpus as it is. */
  private version = 0;
  /** Version at which each file last changed, and at which every file did (a new registry). */
  private readonly changedAt = new Map<string, number>();
  private allChangedAt = 0;
  private settling: Promise<void> | undefined;
  /** The version a background grouping failed at: no new attempt until the corpus changes. */
  private failedAt = -1;
  private disposed = false;
  backgroundGrouping = false;
  onClaimsSettled: (() => void) | undefined;
  readonly minSources: number;
  private readonly clusterOptions: ClusterOptions;
  private readonly store: AnalysisStore | undefined;
  private readonly incremental: boolean;
  private texts = new Map<string, ArticleText>();
  /** getActor, bound once: single-source claims keep it to label themselves when read. */
  private readonly actorOf = (id: string): Actor | undefined => this.getActor(id);
  /** Discovered names across the corpus (discoveredIndex.ts). */
  private readonly discovered = new DiscoveredIndex((file) => this.articles.get(file)?.discovered);
  /**
   * The lines of the articles being edited (set again after their first
   * analysis), most recent last: their next analysis redoes only changed lines.
   * A few only: a cache holds a whole article's tokens and mentions.
   */
  private readonly lineCaches = new Map<string, LineCache>();
  /**
   * The last articles asked for, as the API gives them (their sentences made
   * from the records): a hover or a keystroke asks again and again for the
   * same one. Emptied by every change.
   */
  private readonly shown = new Map<string, ArticleAnalysis>();
  /**
   * The last grouping's best matches, edges, link outcomes and final groups
   * (cluster/memo*.ts): after a change, only what involves the changed
   * articles is searched, matched and linked again.
   */
  private readonly clusterMemo = new ClusterMemo();
  /** The last grouping's claim groups, by their clauses (groupMemo.ts). */
  private groupMemo: GroupMemo = new Map();

  constructor(options: CorpusOptions = {}) {
    this.baseActors = options.actors ?? builtinActors();
    this.offices = options.offices ?? builtinOffices;
    this.registry = new Registry(this.baseActors, this.offices);
    this.minSources = Math.max(2, options.minSources ?? 2);
    this.clusterOptions = clusterOptions(options.cluster);
    this.store = options.store;
    this.incremental = options.incremental ?? true;
  }

  private invalidate(file?: string): void {
    this.version++;
    if (file === undefined) this.allChangedAt = this.version;
    else this.changedAt.set(file, this.version);
    if (this.derived) this.lastDerived = this.derived;
    this.derived = undefined;
    this.shown.clear();
    this.derivedActors = undefined;
  }

  /** `kept`: the same text as `text`, held in its place once analysed (articleText.ts; `isnad analyze` keeps it packed). */
  setArticle(file: string, text: string, kept?: ArticleText): ArticleAnalysis {
    let state = this.analyzeBounded(file, text, this.articles.has(file) ? this.lineCache(file) : undefined);
    if (kept) state = withText(state, kept);
    this.discovered.forget(file, this.articles.get(file)?.discovered);
    this.articles.set(file, state);
    this.discovered.note(file, state.discovered);
    this.texts.set(file, kept ?? text);
    this.invalidate(file);
    return this.getArticle(file)!;
  }

  /** Only the first MAX_ARTICLE_CHARS of an article are analysed (articles/limits.ts): no text can stall the editor. */
  private analyzeBounded(file: string, text: string, cache?: LineCache): ArticleState {
    // An edit (a line cache) is analysed here: its text is new, and a line costs less than a look-up.
    const stored = cache ? undefined : this.store?.get(file, text, this.registry);
    if (stored) return stored;
    const state = this.analyzeApart(file, text, cache);
    this.store?.put(file, text, this.registry, state);
    return state;
  }

  /**
   * An article's analysis as setArticle would make it, neither kept nor stored:
   * for a caller that analyses ahead and hands the state over through its store
   * (`isnad analyze`'s main thread beside its worker threads).
   */
  analyzeApart(file: string, text: string, cache?: LineCache): ArticleState {
    const bounded = boundArticle(text);
    const state = analyzeArticle(file, bounded.text, this.registry, cache);
    if (bounded.truncated) state.analysis.truncated = true;
    return state;
  }

  /** The registry articles are analysed with now (an analysis made elsewhere must be made with it: see AnalysisStore). */
  analysisRegistry(): Registry {
    return this.registry;
  }

  private lineCache(file: string): LineCache {
    const cache = this.lineCaches.get(file) ?? newLineCache();
    this.lineCaches.delete(file);
    this.lineCaches.set(file, cache);
    if (this.lineCaches.size > LINE_CACHES) this.lineCaches.delete(this.lineCaches.keys().next().value!);
    return cache;
  }

  removeArticle(file: string): boolean {
    this.discovered.forget(file, this.articles.get(file)?.discovered);
    this.lineCaches.delete(file);
    this.texts.delete(file);
    const had = this.articles.delete(file);
    if (had) this.invalidate(file);
    return had;
  }

  renameArticle(oldFile: string, newFile: string): void {
    const text = this.texts.get(oldFile);
    if (text === undefined) return;
    this.removeArticle(oldFile);
    this.setArticle(newFile, wholeText(text), typeof text === 'string' ? undefined : text);
  }

  getArticle(file: string): ArticleAnalysis | undefined {
    const known = this.shown.get(file);
    if (known) return known;
    const st = this.articles.get(file);
    if (!st) return undefined;
    const r = st.discovered;
    const extra: Mention[] = [];
    // The accepted names' mentions, made now: the records keep none.
    for (let d = 0; d < r.length; d++) if (this.discovered.isAccepted(r.keys[d])) r.mentionsOf(d, extra);
    const analysis = articleAnalysis(st, () => (extra.length ? [...st.mentions.all(), ...extra].sort((a, b) => a.start - b.start || b.end - a.end) : st.mentions.all()));
    if (this.shown.size >= SHOWN) this.shown.delete(this.shown.keys().next().value!);
    this.shown.set(file, analysis);
    return analysis;
  }

  files(): string[] {
    return [...this.articles.keys()].sort();
  }

  getActor(id: string): Actor | undefined {
    const own = this.registry.get(id);
    if (own) return own;
    const key = this.discovered.acceptedKey(id, this.version);
    return key !== undefined ? this.discovered.actor(key) : undefined;
  }

  allActors(): Actor[] {
    // Sorted: the order articles came in must not show.
    const discovered = this.discovered.acceptedKeys().map((k) => this.discovered.actor(k));
    return [...this.registry.actors.values(), ...discovered];
  }

  /** Role titles of an actor, current first («وزير الخارجية الإيراني»). */
  roleLabels(id: string): string[] {
    return this.registry.rolesLabelsOf(id);
  }

  searchActors(query: string, limit = 50): Actor[] {
    return this.registry.search(query, limit);
  }

  discoveredActors(): Actor[] {
    return this.allActors().filter((a) => a.source === 'discovered');
  }

  setWorkspaceRegistry(text: string | undefined, file: string): Diagnostic[] {
    let actors = this.baseActors;
    let diagnostics: Diagnostic[] = [];
    if (text !== undefined && text.trim()) {
      const base = new Map(this.baseActors.map((a) => [a.id, a]));
      const ws = parseWorkspaceRegistry(text, file, (id) => base.has(id), {
        isOffice: (id) => Object.hasOwn(this.offices, id),
        isCountry: (id) => base.get(id)?.type === 'country',
      });
      diagnostics = ws.diagnostics;
      actors = mergeRegistry(this.baseActors, ws);
    }
    // First: a grouping in progress must not mix states from before and after.
    this.invalidate();
    this.registry = new Registry(actors, this.offices);
    // Every article's mentions depend on the registry.
    for (const [f, t] of this.texts) {
      const state = typeof t === 'string' ? this.analyzeBounded(f, t) : withText(this.analyzeBounded(f, wholeText(t)), t);
      this.discovered.forget(f, this.articles.get(f)?.discovered);
      this.articles.set(f, state);
      this.discovered.note(f, state.discovered);
    }
    this.invalidate();
    return diagnostics;
  }

  actorUsage(): ActorUsage[] {
    return this.actorData().usage;
  }

  /** actorUsage()'s entries one at a time, made as they are read and kept by no one here (the CLI writes each once). */
  *eachActorUsage(): Generator<ActorUsage> {
    if (this.derivedActors) {
      yield* this.derivedActors.usage;
      return;
    }
    yield* eachActorUsage({
      files: this.files(),
      mentions: (f) => this.articles.get(f)!.mentions,
      dateOf: (f) => this.articles.get(f)?.analysis.date ?? null,
      getActor: (id) => this.getActor(id),
      discovered: this.discovered,
      byDate: byDateDesc,
    });
  }

  mentionsOf(actorId: string): MentionRef[] {
    const data = this.actorData();
    const known = data.mentionsByActor.get(actorId);
    if (known || this.registry.get(actorId)) {
      // Made now from the articles' records: an article's index in the list, then the mention's there.
      const refs: MentionRef[] = [];
      for (let k = 0; k < (known?.length ?? 0); k += 2) {
        const file = data.files[known![k]];
        refs.push({ file, mention: this.articles.get(file)!.mentions.at(known![k + 1]) });
      }
      return refs;
    }
    // A discovered actor: its mentions in each article that uses it, made now (by file name, then in text order).
    const key = this.discovered.acceptedKey(actorId, this.version);
    if (key === undefined) return [];
    const refs: MentionRef[] = [];
    const uses = this.discovered.filesOf(key).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [file, r, d] of uses) for (const mention of r.mentionsOf(d)) refs.push({ file, mention });
    return refs;
  }

  mentionAt(file: string, offset: number): Mention | undefined {
    const a = this.getArticle(file);
    if (!a) return undefined;
    let best: Mention | undefined;
    for (const m of a.mentions) {
      if (m.start > offset) break;
      if (offset <= m.end && (!best || m.end - m.start < best.end - best.start)) best = m;
    }
    return best;
  }

  sentenceAt(file: string, offset: number): Sentence | undefined {
    const a = this.getArticle(file);
    return a?.sentences.find((s) => s.start <= offset && offset <= s.end);
  }

  claimGroups(): ClaimGroup[] {
    const claims = this.claims();
    return this.stillTrue(claims, claims.groups);
  }

  singleSourceClaims(): ClaimGroup[] {
    const claims = this.claims();
    return this.stillTrue(claims, this.singles(claims));
  }

  /**
   * The single-source claims one at a time, in singleSourceClaims()'s order:
   * with a current grouping whose list no one has asked for, each is made as
   * it is read and kept by no one here (the CLI writes them out one by one).
   */
  *eachSingleSourceClaim(): Generator<ClaimGroup> {
    const claims = this.claims();
    if (claims.single || claims !== this.derived) {
      yield* this.singleSourceClaims();
      return;
    }
    for (let k = 0; k < claims.singleRefs.length / 2; k++) yield this.singleClaim(claims, k);
  }

  /** How many claims eachSingleSourceClaim() yields, without making them (the text report's first line). */
  singleSourceClaimCount(): number {
    const claims = this.claims();
    return claims.single || claims !== this.derived ? this.singleSourceClaims().length : claims.singleRefs.length / 2;
  }

  /** Single-source claim k of a grouping, made from the articles as that grouping read them. */
  private singleClaim(claims: Derived, k: number): ClaimGroup {
    const f = claims.files[claims.singleRefs[2 * k]];
    const st = claims.states.get(f)!;
    const index = claims.singleRefs[2 * k + 1];
    // The claim shares the records' list of the sentence's actors (read only), as it shared the sentence's.
    const sentence = { ...st.sentences.at(index), actorIds: st.sentences.actorIds(index) as string[] };
    return new SingleSourceClaim(f, sentence, st.origins[index], st.analysis.date || null, this.actorOf);
  }

  /** A grouping's single-source claims as a list, made once. */
  private singles(claims: Derived): ClaimGroup[] {
    if (!claims.single) {
      const single: ClaimGroup[] = [];
      for (let k = 0; k < claims.singleRefs.length / 2; k++) single.push(this.singleClaim(claims, k));
      claims.single = single;
    }
    return claims.single;
  }

  groupsOfSentence(file: string, sentenceId: string): ClaimGroup[] {
    const claims = this.claims();
    // A sentence of a single-source claim is in no recurring group (the grouping leaves grouped sentences out of those).
    claims.singleBySentence ??= new Map(this.singles(claims).map((g) => [g.sentences[0].sentenceId, g]));
    claims.groupsBySentence ??= runToEnd(groupsBySentence(claims.groups));
    const found = claims.groupsBySentence.get(sentenceId) ?? claims.singleBySentence.get(sentenceId);
    if (found === undefined) return [];
    const groups = Array.isArray(found) ? found : [found];
    // The sentence itself first: in an article edited since, its id may name another sentence now.
    if (!groups.some((g) => g.sentences.some((r) => r.sentenceId === sentenceId && this.refHolds(claims, r)))) return [];
    return this.stillTrue(claims, groups);
  }

  groupsOfActor(actorId: string): ClaimGroup[] {
    const claims = this.claims();
    return this.stillTrue(claims, claims.groupsByActor.get(actorId) ?? []);
  }

  /**
   * Groups from an older grouping than the corpus, as far as they still hold:
   * without the sentences of deleted articles, or of edited ones that no longer
   * stand where they stood with the same text (a link to them would open the
   * wrong place). Groups of the current grouping are returned as they are.
   */
  private stillTrue(claims: Derived, groups: ClaimGroup[]): ClaimGroup[] {
    if (claims === this.derived || claims === NO_CLAIMS) return groups;
    const out: ClaimGroup[] = [];
    let same = true;
    for (const g of groups) {
      const refs = g.sentences.filter((r) => this.refHolds(claims, r));
      if (refs.length === g.sentences.length) out.push(g);
      else {
        same = false;
        if (refs.length) out.push({ ...g, sentences: refs, files: [...new Set(refs.map((r) => r.file))] });
      }
    }
    return same ? groups : out;
  }

  /** Does a sentence of an older grouping still stand, where it stood, with the same text? */
  private refHolds(claims: Derived, r: SentenceRef): boolean {
    const st = this.articles.get(r.file);
    if (!st) return false;
    if (claims.version >= Math.max(this.allChangedAt, this.changedAt.get(r.file) ?? 0)) return true;
    // A ref may hold a part of its sentence (the clauses that recur): that part must read the same.
    const ss = st.sentences;
    for (let i = 0; i < ss.length; i++) if (ss.id(i) === r.sentenceId && ss.text(i).slice(r.start - ss.start(i), r.end - ss.start(i)) === r.text) return true;
    return false;
  }

  claimsState(): 'current' | 'stale' | 'none' {
    return this.derived ? 'current' : this.lastDerived ? 'stale' : 'none';
  }

  settleClaims(sliceMs = 15): Promise<void> {
    if (this.derived) return Promise.resolve();
    this.settling ??= this.settle(sliceMs).finally(() => (this.settling = undefined));
    return this.settling;
  }

  /** Stop any background grouping (the editor replaced or closed this corpus). */
  dispose(): void {
    this.disposed = true;
  }

  /** Claim data for a query: exact, or with background grouping the last complete one (and a regrouping started). */
  private claims(): Derived {
    if (this.derived) return this.derived;
    if (!this.backgroundGrouping) return this.land(runToEnd(this.deriveSteps()));
    // A grouping that failed is not tried again until the corpus changes (every query would).
    if (this.failedAt !== this.version) {
      this.settleClaims().catch(() => {
        this.failedAt = this.version;
      });
    }
    return this.lastDerived ?? NO_CLAIMS;
  }

  /** A grouping of the corpus as it is: the older one and the change marks it answered for go. */
  private land(d: Derived): Derived {
    this.derived = d;
    this.lastDerived = undefined;
    for (const [f, v] of this.changedAt) if (v <= d.version) this.changedAt.delete(f);
    return d;
  }

  private async settle(sliceMs: number): Promise<void> {
    const pause = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));
    // Not on the caller's path: a query that starts a regrouping answers at once.
    await pause();
    while (!this.derived && !this.disposed) {
      const version = this.version;
      // The run works on the articles as they are now (deriveSteps takes them at its start),
      // so a change meanwhile does not spoil it: it finishes, and answers until the next one.
      const steps = this.deriveSteps();
      let result: IteratorResult<void, Derived>;
      let sliceStart = performance.now();
      while (!(result = steps.next()).done) {
        if (performance.now() - sliceStart < sliceMs) continue;
        await pause();
        // A synchronous query may have finished a grouping meanwhile, or the corpus was dropped.
        if (this.derived || this.disposed) return;
        sliceStart = performance.now();
      }
      if (this.version === version) {
        this.land(result.value);
        this.onClaimsSettled?.();
      } else if (!this.lastDerived || this.lastDerived.version < result.value.version) {
        // Overtaken by a change: still newer than what queries answer from.
        this.lastDerived = result.value;
        this.onClaimsSettled?.();
      }
    }
  }

  private actorData(): DerivedActors {
    if (this.derivedActors) return this.derivedActors;
    const files = this.files();
    const dateOf = (f: string): string | null => this.articles.get(f)?.analysis.date ?? null;

    // Actors: which articles mention them. The registry's mentions as an article's index and the mention's
    // there; a discovered name's are read from the articles' records when asked for (mentionsOf), never all kept.
    const mentionsByActor = new Map<string, number[]>();
    for (let fi = 0; fi < files.length; fi++) {
      const records = this.articles.get(files[fi])!.mentions;
      for (let k = 0; k < records.length; k++) {
        const id = records.actorId(k);
        let list = mentionsByActor.get(id);
        if (!list) mentionsByActor.set(id, (list = []));
        list.push(fi, k);
      }
    }
    const byDate = (fs: Iterable<string>): string[] => [...fs].map((file) => ({ file, date: dateOf(file) })).sort(byDateDesc).map((x) => x.file);
    const usage: ActorUsage[] = [];
    for (const [id, refs] of mentionsByActor) {
      const actor = this.getActor(id);
      if (!actor) continue;
      const used = new Set<string>();
      for (let k = 0; k < refs.length; k += 2) used.add(files[refs[k]]);
      usage.push({ actor, files: byDate(used), mentionCount: refs.length / 2 });
    }
    for (const key of this.discovered.acceptedKeys()) {
      const uses = this.discovered.filesOf(key).filter(([, r, d]) => r.first[d + 1] > r.first[d]);
      if (!uses.length) continue;
      const mentionCount = uses.reduce((n, [, r, d]) => n + r.first[d + 1] - r.first[d], 0);
      usage.push({ actor: this.discovered.actor(key), files: byDate(uses.map(([f]) => f)), mentionCount });
    }
    usage.sort((a, b) => b.files.length - a.files.length || b.mentionCount - a.mentionCount || a.actor.id.localeCompare(b.actor.id));
    this.derivedActors = { usage, mentionsByActor, files };
    return this.derivedActors;
  }

  /**
   * The claim data, computed in small steps (a generator): run to its end on a
   * query, or a slice at a time by settleClaims().
   */
  private *deriveSteps(): Generator<void, Derived, void> {
    const version = this.version;
    const files = this.files();
    // The articles as they are at the start: a run in slices may outlive a change.
    const states = new Map(files.map((f) => [f, this.articles.get(f)!]));
    // Claims: cluster the clauses of every sentence of every article. A repeated
    // line (a headline printed twice) is clustered once and joins its twin's groups.
    const units: Unit[] = [];
    const twins = new Map<string, number[]>();
    for (let fi = 0; fi < files.length; fi++) {
      if (fi % 64 === 63) yield;
      const f = files[fi];
      const own = articleUnits(f, states.get(f)!, this.incremental);
      for (const u of own.units) units.push(u);
      for (const [first, list] of own.twins) twins.set(`${f}\u0000${first}`, list);
    }
    const clustering = yield* clusterSteps(units, this.clusterOptions, this.incremental ? { memo: this.clusterMemo, token: (f) => states.get(f) } : undefined);
    yield;
    // One row per claim: a clause, and a sentence, in one group at most.
    const oneRow = yield* oneRowPerClaimSteps(clustering.groups, units, clustering.similarity);
    yield;
    // Groups whose clauses and articles are as they were are taken from the last grouping (groupMemo.ts);
    // the others go through the steps below. Groups share no clause: each part is its group's.
    const memo = this.groupMemo;
    const nextMemo: GroupMemo = new Map();
    const groupOfUnit = new Int32Array(units.length).fill(-1);
    let disjoint = true;
    for (let k = 0; k < oneRow.length && disjoint; k++) for (const i of oneRow[k]) disjoint &&= groupOfUnit[i] < 0 && ((groupOfUnit[i] = k), true);
    // Keyed only where kept: a single analysis (the command line) keeps no group, and a key spells out every clause.
    const keyed = this.incremental && disjoint;
    const reused = oneRow.map((g): GroupEntry | undefined => (keyed ? entryOf(memo, units, g) : undefined));
    yield;
    const missed = oneRow.filter((_, k) => !reused[k]);
    // Versions a topic-dense group holds by one link only leave it (cohesion.ts); only headline-sized sentences, where look-alikes chain.
    const textOf = (i: number): string => states.get(units[i].file)!.sentences.text(units[i].index);
    const rowed = yield* trimLooseSteps(missed, units, clustering.similarity, this.clusterOptions.threshold, (i) => isShort(textOf(i)), (i) => hasCircumstance(textOf(i)));
    // Look-alike claims chained into one group: rivals told by two articles or more form their own (rivals.ts).
    const settled = yield* splitRivalsSteps(rowed, units, clustering.similarity, (i) => {
      const u = units[i];
      const st = states.get(u.file)!;
      // Who says it is not a slot of the claim: two speakers of one claim are two origins of it (chains.ts), not two claims.
      const speaker = st.sentences.attribution(u.index).speakerActorId;
      const actors = this.versionActors(st.features, u.index);
      return { text: st.sentences.text(u.index), actors: speaker ? actors.filter((a) => a.id !== speaker) : actors };
    });
    yield;
    // Each group's parts, in the order the steps gave them.
    const partsOf: number[][][] = disjoint ? oneRow.map(() => []) : [settled];
    if (disjoint) for (const part of settled) partsOf[groupOfUnit[part[0]]].push(part);
    const groups: ClaimGroup[] = [];
    const groupIds = new Set<string>(); // «some» over the groups made this loop quadratic
    const grouped = new GroupedSentences(files, (f) => states.get(f)!.sentences.length);
    let built = 0;
    for (let k = 0; k < partsOf.length; k++) {
      let entry = reused[k];
      if (!entry) {
        const parts: MemoPart[] = [];
        // The articles of every clause the group had, those that left it too.
        const files = new Set<string>(disjoint ? oneRow[k].map((i) => units[i].file) : []);
        for (const g of partsOf[k]) {
          if ((built += g.length) >= MEMBERS_PER_STEP) {
            built = 0;
            yield;
          }
          const members = g.map((i) => units[i]);
          for (const u of members) for (const t of twins.get(`${u.file}\u0000${u.index}`) ?? []) members.push(new ClauseUnit(u.file, t, u.clause, states.get(u.file)!.features));
          for (const u of members) files.add(u.file);
          if (new Set(members.map((u) => u.file)).size < this.minSources) {
            parts.push({ files: [], indexes: [] });
            continue;
          }
          // Only the members' articles: a group kept for later must not hold the others' states.
          const own = new Map(members.map((u) => [u.file, states.get(u.file)!]));
          // Each member's summed similarity to the others (a twin, past g, counts 0 both ways).
          const group = this.makeGroup(own, members, yield* clustering.similaritySums(g));
          parts.push({ group, files: members.map((u) => u.file), indexes: members.map((u) => u.index) });
        }
        entry = { members: oneRow[k].map((i) => units[i]), parts };
        if (keyed && ![...files].some((f) => namesDiscoveredActor(states.get(f)!))) nextMemo.set(entry.members[0], entry);
      } else nextMemo.set(entry.members[0], entry);
      for (const { group, files: partFiles, indexes } of entry.parts) {
        if (!group) continue;
        for (let m = 0; m < partFiles.length; m++) grouped.add(partFiles[m], indexes[m]);
        // Two clauses of one sentence can land in the same group by two paths: keep it once.
        if (groupIds.has(group.id)) continue;
        groupIds.add(group.id);
        groups.push(group);
      }
    }
    this.groupMemo = nextMemo;
    groups.sort((a, b) => b.files.length - a.files.length || b.origins.length - a.origins.length || byLocale(a.id, b.id));
    yield;

    // Single-source claims: attributed sentences, or sentences about actors, that no other article tells.
    const singleRefs: number[] = [];
    for (let fi = 0; fi < files.length; fi++) {
      if (fi % 64 === 63) yield;
      const f = files[fi];
      const st = states.get(f)!;
      const ss = st.sentences;
      for (let index = 0; index < ss.length; index++) {
        if (grouped.has(fi, index) || ss.duplicateOf(index) !== undefined) continue;
        const a = ss.attribution(index);
        if (!(a.speakerActorId || a.speakerText || a.outletActorId) && ss.actorIds(index).length === 0) continue;
        if (st.features.sentenceSize(index) < 3) continue;
        singleRefs.push(fi, index);
      }
    }

    const bySentence = this.incremental ? yield* groupsBySentence(groups) : undefined;
    const groupsByActor = new Map<string, ClaimGroup[]>();
    yield;
    for (const g of groups) {
      for (const id of g.actorIds) {
        let l = groupsByActor.get(id);
        if (!l) groupsByActor.set(id, (l = []));
        l.push(g);
      }
    }
    return { version, groups, singleRefs: Uint32Array.from(singleRefs), files, states, groupsBySentence: bySentence, groupsByActor };
  }

  /** The actors a sentence's clause features name («@iran»), with their types, for the contradiction check. */
  private versionActors(features: FeatureRecords, index: number): VersionActor[] {
    return versionActors(features.sentence(index), (id) => this.getActor(id));
  }

  private makeGroup(states: Map<string, ArticleState>, members: Unit[], simSums: Float64Array): ClaimGroup {
    const refs: SentenceRef[] = [];
    // Only the attributions of the versions are kept for the disagreements (they are the records' own objects),
    // and the versions' features, read when the disagreements are: the records and the sentence's index.
    const versions: Versions = { attributions: [], features: [], indexes: [] };
    const origins = new Map<string, Origin>();
    const actorIds = new Set<string>();
    let date: string | null = null;
    const order = members
      .map((u, k) => ({ u, k, date: states.get(u.file)!.analysis.date }))
      .sort((a, b) => byDateDesc({ date: a.date, file: a.u.file }, { date: b.date, file: b.u.file }) || a.u.index - b.u.index);
    const taken = new Set<string>();
    // The clauses of each sentence the group holds: a row names the part that recurs.
    const clausesOf = new Map<string, Set<number>>();
    for (const u of members) {
      const key = `${u.file}\u0000${u.index}`;
      let c = clausesOf.get(key);
      if (!c) clausesOf.set(key, (c = new Set()));
      c.add(u.clause);
    }
    const partOf = (u: Unit): { start: number; end: number; text: string } => {
      const st = states.get(u.file)!;
      return sentencePart({ start: st.sentences.start(u.index), end: st.sentences.end(u.index), text: st.sentences.text(u.index) }, st.clauseStarts[u.index] ?? [], clausesOf.get(`${u.file}\u0000${u.index}`)!);
    };
    // Retellings share their words: one string for equal texts (a packed article's slices are strings of their own, not views of one text).
    const texts = new Map<string, string>();
    const one = (t: string): string => texts.get(t) ?? (texts.set(t, t), t);
    for (const { u } of order) {
      const st = states.get(u.file)!;
      const s = st.sentences.at(u.index);
      s.text = one(s.text);
      if (taken.has(s.id)) continue;
      taken.add(s.id);
      versions.attributions.push(s.attribution);
      versions.features.push(st.features);
      versions.indexes.push(u.index);
      const part = partOf(u);
      refs.push({
        file: u.file,
        sentenceId: s.id,
        line: s.line,
        character: s.character + (part.start - s.start),
        endLine: s.endLine,
        endCharacter: s.line === s.endLine ? s.character + (part.end - s.start) : s.endCharacter,
        start: part.start,
        end: part.end,
        text: one(part.text),
      });
      for (const id of s.actorIds) actorIds.add(id);
      const o = st.origins[u.index];
      let origin = origins.get(o.key);
      if (!origin) origins.set(o.key, (origin = { key: o.key, label: o.label, kind: o.kind, files: [], retellings: [] }));
      if (!origin.files.includes(u.file)) origin.files.push(u.file);
      origin.retellings.push(retelling(u.file, s, o));
      const d = st.analysis.date;
      if (d && (!date || d > date)) date = d;
    }
    // Representative: the sentence closest to all the others (ties: the shorter).
    let best = 0;
    let bestScore = -1;
    for (let i = 0; i < members.length; i++) {
      const score = i < simSums.length ? simSums[i] : 0;
      const length = states.get(members[i].file)!.sentences.text(members[i].index).length;
      const bestLength = states.get(members[best].file)!.sentences.text(members[best].index).length;
      if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && length < bestLength)) {
        best = i;
        bestScore = score;
      }
    }
    const rep = partOf(members[best]);
    const repAttribution = states.get(members[best].file)!.sentences.attribution(members[best].index);
    const first = [...members].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.index - b.index))[0];
    const firstSentenceId = states.get(first.file)!.sentences.id(first.index);
    // Where the versions differ and who claims what: worked out when first read (a report, a group
    // opened in the tree), not for every group each time the corpus changes (a
    // tenth of the grouping's time on a big corpus).
    return recurringClaim(
      {
        // The id names the group's sentences, so two groups that share a sentence still differ.
        id: `claim:${firstSentenceId}:${hashIds(refs.map((r) => r.sentenceId))}`,
        text: rep.text.trim(),
        sentences: refs,
        files: [...new Set(refs.map((r) => r.file))],
        actorIds: [...actorIds],
        origins: [...origins.values()],
        date,
      },
      { text: rep.text, speakerId: repAttribution.speakerActorId },
      versions,
      this.actorOf,
    );
  }
}
