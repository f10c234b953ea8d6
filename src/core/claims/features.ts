import type { Registry } from '../actors/registry';
import { BoundedMap } from '../text/boundedMap';
import { CharClass } from '../text/charClass';
import { normalize } from '../text/normalize';
import { lightStem, synonym } from '../text/stem';
import { isStopword } from '../text/stopwords';
import type { Token } from '../text/tokens';
import type { Mention } from '../types';
import { REPORTING, sourcePhraseLength } from './attribution';
import { denialFrame } from './denialFrame';
import { HEADLINE_WORDS, TOPIC_WORDS } from './sentences';
import { clearFeatureTable, featureId, featureName, type SentenceFeatureIds } from './featureRecords';
import { claimSynonym, handSynonym } from './synonyms';

/** Places that stand for their country in claims («طهران» for Iran). */
function canonicalActor(registry: Registry, id: string): string {
  const a = registry.get(id);
  return a?.capitalOf ?? id;
}

/**
 * Country adjectives («الإيرانيين», «التركية») stand for their country: a word
 * with a nisba ending whose stem is the stem of a country's one-word name or
 * alias, or of one of its registered adjectives, counts as that country's actor
 * feature. An adjective's stem must have four letters: «المالي» is also
 * "financial". Built once per registry.
 */
/**
 * A value worked out once per registry (what it holds decides it), for as long as the registry lives,
 * or until forget() (releaseFeatureTable: ids kept in such values are void with the table).
 */
function perRegistry<T>(make: (registry: Registry) => T): ((registry: Registry) => T) & { forget(): void } {
  let made = new WeakMap<Registry, T>();
  const get = (registry: Registry): T => {
    let value = made.get(registry);
    if (value === undefined) made.set(registry, (value = make(registry)));
    return value;
  };
  return Object.assign(get, { forget: () => void (made = new WeakMap()) });
}

const demonyms = perRegistry((registry): Map<string, string> => {
  const map = new Map<string, string>();
  const add = (word: string, id: string, min: number): void => {
    const w = normalize(word).trim();
    if (!/^[\u0621-\u064a]+$/.test(w)) return;
    const stem = lightStem(w);
    if (stem.length >= min && !map.has(stem)) map.set(stem, id);
  };
  for (const a of registry.actors.values()) {
    if (a.type !== 'country') continue;
    for (const name of [a.name, ...a.aliases]) add(name, a.id, 3);
  }
  for (const a of registry.actors.values()) if (a.type === 'country') for (const adj of a.adjectives ?? []) add(adj, a.id, 4);
  return map;
});
const NISBA = /(ي|يه|يين|يون|يان|يتين)$/;

/**
 * What a word gives a clause: its stem or a country's actor feature (one entry
 * per feature, shared by every word that gives it), with the id in the table of
 * features (featureRecords.ts) of what a clause keeps of it, the stem folded
 * onto its synonym: a line's features are then ids without a lookup each.
 */
interface WordFeature {
  readonly feature: string;
  readonly claimId: number;
}
const wordFeatureEntries = new Map<string, WordFeature>();

/**
 * Forget the entries above: they are a memo (an entry made again has the same
 * id, the table of features keeps it), but one per stem ever met, so on
 * name-dense text one per family name, about 60 KB per article of 100 KB that
 * stayed to the end of a run. A clause's entries are made within one line,
 * so no clause mixes an old entry with a new one of the same stem.
 */
export function clearWordFeatureEntries(): void {
  wordFeatureEntries.clear();
}

/** How many entries are kept above (wordTables.ts). */
export function wordFeatureEntryCount(): number {
  return wordFeatureEntries.size;
}

/**
 * Forget the table of features and every id kept here (a word's, an actor's):
 * for a thread that keeps no records (featureRecords.ts clearFeatureTable).
 */
export function releaseFeatureTable(): void {
  wordFeatureEntries.clear();
  actorFeatures.forget();
  wordFeatures.forget();
  clearFeatureTable();
}
function wordFeatureEntry(f: string): WordFeature {
  let e = wordFeatureEntries.get(f);
  if (e === undefined) wordFeatureEntries.set(f, (e = { feature: f, claimId: featureId(claimSynonym(synonym(f))) }));
  return e;
}

/**
 * What a word outside mentions and source phrases gives a clause: its stem, a
 * country its adjective stands for, or nothing (null: too short, a stop word, a
 * word of reporting). Words repeat across a corpus, so this is looked up, not
 * recomputed, and equal features are one entry in memory (a corpus keeps
 * millions of them). Per registry: the countries depend on it.
 */
const wordFeatures = perRegistry(() => new BoundedMap<string, WordFeature | null>(300_000));
function wordFeature(registry: Registry, w: string): WordFeature | null {
  const cache = wordFeatures(registry);
  const known = cache.get(w);
  if (known !== undefined) return known;
  let f = '';
  if (!(w.length < 2 || isStopword(w) || isReporting(w))) {
    const stem = lightStem(w);
    const country = NISBA.test(w) ? demonyms(registry).get(stem) : undefined;
    if (country) f = '@' + country;
    else if (stem.length >= 2 && !isStopword(stem)) f = stem;
  }
  return cache.set(w, f ? wordFeatureEntry(f) : null);
}

/**
 * The feature a word gives a clause, as clauseFeatures writes it (a stem folded
 * onto its synonym, or a country's actor feature), or '' for none. The
 * background table of the grouping's weights (cluster/weights.ts) is counted
 * over these.
 */
export function stemFeature(registry: Registry, w: string): string {
  const f = wordFeature(registry, w);
  return f ? featureName(f.claimId) : '';
}

/** The same before the synonyms learned from paraphrases (the hand tables only): what the learner of those synonyms compares. */
export function handStemFeature(registry: Registry, w: string): string {
  const f = wordFeature(registry, w);
  return f ? handSynonym(synonym(f.feature)) : '';
}

/** An actor's feature («@iran»; a capital counts as its country) as its id in the table of features, one per actor. */
const actorFeatures = perRegistry(() => new Map<string, number>());
function actorFeature(registry: Registry, id: string): number {
  const cache = actorFeatures(registry);
  let f = cache.get(id);
  if (f === undefined) cache.set(id, (f = featureId('@' + canonicalActor(registry, id))));
  return f;
}

/** Words that open a new clause wherever they stand («حيث», «لكن», «فيما» ...). */
const OPENERS = new Set(['حيث', 'لكن', 'لكنه', 'لكنها', 'لكنهم', 'ولكن', 'ولكنه', 'فيما', 'بينما', 'مما', 'بعدما', 'اذ', 'كما', 'وكما']);
/**
 * After a comma, these open a new clause: a framing phrase («، في خطوة ...»,
 * «، في إشارة إلى ...»), a negated or pronoun-led coordinate clause («، ولم ...»,
 * «، ونحن ...»), a relative «، ما يرفع ...», an exception «، إلا أن ...».
 */
const AFTER_COMMA = new Set(['في', 'ولم', 'ولن', 'ولا', 'وقد', 'ما', 'الا', 'غير', 'ونحن', 'وهو', 'وهي', 'وهم', 'وانه', 'وانها']);

/**
 * Does token t open a new clause? Only where grammar says so: a connective, or
 * after a comma one of AFTER_COMMA, a circumstantial participle («، مشيراً»,
 * «، واصفاً», «، مؤكدين») or an imperfect verb («، يبقى»). A comma alone (a list,
 * an apposition) does not split a claim; a tail too short to be a claim joins
 * the clause before it.
 */
function opensClause(t: string, afterComma: boolean): boolean {
  if (OPENERS.has(t)) return true;
  if (!afterComma) return false;
  if (AFTER_COMMA.has(t)) return true;
  if (isStopword(t)) return false;
  // Circumstantial participles: مُفعِلاً / مُفعِلين (م... ending in ا or ين), فاعلاً (واصفاً, لافتاً).
  if (t.length >= 5 && t[0] === 'م' && (t.endsWith('ا') || t.endsWith('ين'))) return true;
  if (t.length === 5 && t[1] === 'ا' && t[4] === 'ا') return true;
  // An imperfect verb right after a comma starts a new predicate.
  if (t.length >= 4 && t[0] === 'ي') return true;
  // So does one behind «و»: «، ويسعى ...» adds a second predicate.
  if (t.length >= 5 && t[0] === 'و' && t[1] === 'ي') return true;
  return false;
}
/** A comma or what stands for one between two tokens: read in place, not sliced (this runs on most tokens). */
const CLAUSE_COMMA = new CharClass(/^[،,;:؛]$/);
const MIN_CLAUSE_FEATURES = 3;
/**
 * A run of dots inside a sentence (a headline's «..», sentences.ts) opens a clause
 * after more than a topic's words: «بعد وصول النفط لأعلى مستوى في 3 أسابيع .. أسعار
 * النفط تستقر» tells its background and its news, which other articles tell apart.
 */
function dotRunBetween(folded: string, a: number, b: number): boolean {
  // Read in place: a gap of one space, the usual one, is passed over at once.
  for (let k = a; k < b; k++) {
    const c = folded.charCodeAt(k);
    if (c === 0x2026 || (c === 0x2e && k > a && folded.charCodeAt(k - 1) === 0x2e)) return true;
  }
  return false;
}
/**
 * In a sentence of headline size (HEADLINE_WORDS), «بعدما» and «مما» do not open a clause of their own: «تواجه الإعدام
 * بعدما قتلت زوجها» / «براءة امرأة بعدما قتلت زوجها» would group on the background they share, and
 * the part that tells them apart would be left out of the versions the pair check reads.
 */
const CONSEQUENCE = new Set(['بعدما', 'مما']);

/** A word of reporting, alone or behind a one-letter proclitic («لوكالة», «وبيان»). */
function isReporting(w: string): boolean {
  return REPORTING.has(w) || (w.length > 3 && 'وفبلك'.includes(w[0]) && REPORTING.has(w.slice(1)));
}

/**
 * A sentence's clauses and each clause's features: content stems outside
 * mentions and sources (folded onto a synonym where the table has one), the
 * countries named by adjectives, and the actors it mentions (a clause without
 * an actor keeps the previous clause's, its implied subject). One sentence of a
 * news story often packs two claims («..., حيث ...»), which other articles tell apart.
 */
export function clauseFeatures(...args: Parameters<typeof clauseFeatureIds>): string[][] {
  const { ids, ends } = clauseFeatureIds(...args);
  const out: string[][] = [];
  let k = 0;
  for (const end of ends) {
    const clause: string[] = [];
    for (; k < end; k++) clause.push(featureName(ids[k]));
    out.push(clause);
  }
  return out;
}

/**
 * The features a clause has already written: the clause's stamp at each
 * feature's id (ids are small and dense, featureRecords.ts). A new stamp per
 * clause forgets the last clause's at once, where a set was emptied and hashed into.
 */
let written = new Uint32Array(1024);
let stamp = 0;

function writeOnce(ids: number[], id: number): void {
  if (id >= written.length) {
    const grown = new Uint32Array(Math.max(2 * written.length, id + 1));
    grown.set(written);
    written = grown;
  }
  if (written[id] === stamp) return;
  written[id] = stamp;
  ids.push(id);
}

/** The same as ids into the table of features (featureRecords.ts): what a line keeps. */
export function clauseFeatureIds(
  tokens: Token[],
  mentions: Mention[],
  origStart: (t: Token) => number,
  registry: Registry,
  folded: string,
  /** The folded-to-original offset map, when the caller has it (saves an object per token). */
  toOrig?: Uint32Array,
  /** Receives where each clause starts (the original offset of its first token, as origStart gives it). */
  starts?: number[],
): SentenceFeatureIds {
  const clauses: Array<{ stems: Set<WordFeature>; actors: Set<number>; at: number }> = [{ stems: new Set(), actors: new Set(), at: tokens.length ? origStart(tokens[0]) : 0 }];
  let mi = 0;
  // In a denial, the words of its frame say that it denies, not what: they give no feature (denialFrame.ts).
  const frame = denialFrame(tokens, folded);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // A token belongs to a mention when they overlap: «ومصر» starts with a proclitic the mention leaves out.
    const at = origStart(t);
    const atEnd = toOrig ? toOrig[t.end - 1] + 1 : origStart({ ...t, start: t.end - 1 }) + 1;
    while (mi < mentions.length && mentions[mi].end <= at) mi++;
    const m = mi < mentions.length && mentions[mi].start < atEnd ? mentions[mi] : undefined;
    // Who denies is not what is denied (the rumour seldom names the denier).
    if (frame?.denier.has(k)) continue;
    const cur = clauses[clauses.length - 1];
    if (k > 0 && cur.stems.size + cur.actors.size >= MIN_CLAUSE_FEATURES) {
      // A name is no verb («، وويتكوف», «، ويتكوف»).
      const opens = !m && (opensClause(t.text, CLAUSE_COMMA.any(folded, tokens[k - 1].end, t.start)) || (k > TOPIC_WORDS && dotRunBetween(folded, tokens[k - 1].end, t.start)));
      if (opens && !(tokens.length <= HEADLINE_WORDS && CONSEQUENCE.has(t.text))) clauses.push({ stems: new Set(), actors: new Set(), at });
    }
    const c = clauses[clauses.length - 1];
    if (m) {
      const a = registry.get(m.actorId);
      if (a && a.type !== 'media' && !m.nested) c.actors.add(actorFeature(registry, m.actorId));
      continue;
    }
    // «مسؤول أمريكي كبير», «مصادر مطلعة»: who says it, not what is said.
    const source = sourcePhraseLength(tokens, k);
    if (source) {
      k += source - 1;
      continue;
    }
    if (frame?.isFrame(t.text)) continue;
    const f = wordFeature(registry, t.text);
    if (f) c.stems.add(f);
  }
  // A short tail joins the clause before it.
  for (let i = clauses.length - 1; i > 0; i--) {
    if (clauses[i].stems.size + clauses[i].actors.size < MIN_CLAUSE_FEATURES) {
      for (const x of clauses[i].stems) clauses[i - 1].stems.add(x);
      for (const x of clauses[i].actors) clauses[i - 1].actors.add(x);
      clauses.splice(i, 1);
    }
  }
  // A clause that names no actor keeps the actors of the clause before it: its
  // subject is left implicit («يبقى موقف خامنئي متشدداً، حيث حذر ...»).
  if (starts) for (const c of clauses) starts.push(c.at);
  // Stems first, then actors, each once (stems that fold onto one synonym, a country named twice).
  const ids: number[] = [];
  const ends = new Uint32Array(clauses.length);
  let prevActors = new Set<number>();
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i];
    const actors = c.actors.size ? c.actors : prevActors;
    prevActors = actors;
    if (++stamp === 0xffffffff) {
      written.fill(0);
      stamp = 1;
    }
    for (const x of c.stems) writeOnce(ids, x.claimId);
    for (const x of actors) writeOnce(ids, x);
    ends[i] = ids.length;
  }
  return { ids: Int32Array.from(ids), ends };
}
