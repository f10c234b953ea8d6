/**
 * The words of contradiction.ts by stem: the contrary-wording lists stemmed once,
 * the word tests it uses to tell a swapped word from a form of the same root, and
 * how one word reads in its sentence («قبل», a loss made good, «لم ... منذ»).
 */
import { normalize } from '../text/normalize';
import { isStopword } from '../text/stopwords';
import { cachedStem } from '../text/stemCache';
import { claimSynonym } from './synonyms';
import { ANTONYM_PAIRS, AUXILIARIES, COMPENSATE_WORDS, CONDITIONAL_BEFORE, LOSS_WORDS, CONTRARY_WORDS, CONTRAST_AS_WRITTEN, CONTRAST_DESCRIBED_BY, CONTRAST_WORDS, DENIAL_PHRASES, DENIAL_WORDS, NEGATION_WORDS, NOT_NEGATING_NEXT, PLATFORM_WORDS, RARITY_AFTER, SLOT_KINDS, SLOT_WORDS } from './contradictionLexicon';

export const stemOf = (w: string): string => (w.length >= 3 ? cachedStem(w) : w);
export const stemSet = (words: readonly string[]): Set<string> => new Set(words.map((w) => stemOf(normalize(w))));

/** A word's stem, or a reading marked «@» as written (no word of the text folds to it: contradiction.ts gives it). */
const literalOrStem = (w: string): string => (w.startsWith('@') ? w : w.startsWith('=') ? `@${normalize(w.slice(1))}` : stemOf(normalize(w)));

/**
 * The reading of a word the lexicon matches as written (marked «=»): «@» and the word without its
 * proclitics, article and pronoun («وللبقاء» -> «@بقاء»), when it is one; «وراء» is no «براءة».
 */
export function writtenOpposite(w: string): string | undefined {
  const written = lex().WRITTEN;
  for (const x of [w, w.replace(/^[وف]/, '')]) {
    for (const y of [x, x.replace(/^(بال|لل|ال|كال|ب|ل|ك)/, '')]) {
      // And behind a pronoun («لتشهيره», «براءتهم»: the folded «ة» written «ت» before it); a final «يه» is the
      // folded «ية» of a noun, no pronoun («الهوية» is no «هوى»).
      const pronoun = /يه$/.test(y) ? y.replace(/(ها|هم)$/, '') : y.replace(/(ه|ها|هم)$/, '');
      for (const z of [y, pronoun, y.replace(/ت(ه|ها|هم)$/, 'ه')]) if (written.has(z)) return `@${z}`;
    }
  }
  return undefined;
}

/**
 * The word lists by stem, built when a pair is first checked, not when the
 * bundle loads (stemming them all was a third of the extension's load time).
 */
function buildLexicon() {
  /** Antonyms by stem, both ways. */
  const ANTONYMS = new Map<string, Set<string>>();
  for (const [xs, ys] of ANTONYM_PAIRS) {
    for (const x of xs.split(' ')) {
      for (const y of ys.split(' ')) {
        const a = literalOrStem(x);
        const b = literalOrStem(y);
        if (a === b) continue;
        if (!ANTONYMS.has(a)) ANTONYMS.set(a, new Set());
        if (!ANTONYMS.has(b)) ANTONYMS.set(b, new Set());
        ANTONYMS.get(a)!.add(b);
        ANTONYMS.get(b)!.add(a);
      }
    }
  }
  const WRITTEN = new Set(ANTONYM_PAIRS.flatMap(([xs, ys]) => `${xs} ${ys}`.split(' ')).filter((w) => w.startsWith('=')).map((w) => normalize(w.slice(1))));
  /** The stems of the words matched as written: another word of that stem is none of them (direction.ts). */
  const WRITTEN_STEMS = new Set([...WRITTEN].map(stemOf));
  const DENIALS = stemSet(DENIAL_WORDS);
  const SLOTS = stemSet([...SLOT_WORDS, ...PLATFORM_WORDS]);
  /** Each stem of SLOT_KINDS with its kind and group, «kind:group». */
  const KINDS = new Map<string, string>();
  SLOT_KINDS.forEach((line, k) => line.split('/').forEach((group, g) => { for (const w of group.trim().split(/\s+/)) KINDS.set(stemOf(normalize(w)), `${k}:${g}`); }));
  const AUX = new Set(AUXILIARIES.map(normalize));
  const CONTRARY = stemSet(CONTRARY_WORDS);
  const CONTRAST = stemSet(CONTRAST_WORDS);
  const AS_WRITTEN = new Set(CONTRAST_AS_WRITTEN.map(normalize));
  const DESCRIBED = new Set(CONTRAST_DESCRIBED_BY.map(normalize));
  const FRAMING = stemSet(['رغم', 'بالرغم']);
  /** Contrary words that add a circumstance to a claim rather than state its predicate (contradiction.ts, contrast). */
  /** Prepositions of time before a contrary word make it the claim's background, not its predicate. */
  const TEMPORAL = new Set(['بعد', 'وبعد', 'عقب', 'قبل', 'وقبل'].map(normalize));
  const CIRCUMSTANCE = stemSet(['رغم', 'بالرغم', 'رغما', 'دون', 'بدون']);
  const NEGATIONS = new Set(NEGATION_WORDS.map(normalize));
  const NOT_NEGATING = new Set(NOT_NEGATING_NEXT.map(normalize));
  const DENIAL_RES = DENIAL_PHRASES.map((p) => normalize(p));
  const CONDITIONAL = new Set(CONDITIONAL_BEFORE.map(normalize));
  const RARITY = new Set(RARITY_AFTER.map(normalize));
  const COMPENSATE = new Set(COMPENSATE_WORDS.map(normalize));
  const LOSS = stemSet(LOSS_WORDS);
  return { WRITTEN, WRITTEN_STEMS, COMPENSATE, LOSS, AS_WRITTEN, TEMPORAL, CIRCUMSTANCE, CONDITIONAL, RARITY, ANTONYMS, DENIALS, SLOTS, KINDS, AUX, CONTRARY, CONTRAST, DESCRIBED, FRAMING, NEGATIONS, NOT_NEGATING, DENIAL_RES };
}

let lexicon: ReturnType<typeof buildLexicon> | undefined;
export const lex = (): ReturnType<typeof buildLexicon> => (lexicon ??= buildLexicon());

/** A stem without the long vowels after its first letter: the verb and its noun meet («سمح», «سماح»). */
export function loose(stem: string): string {
  return stem.length > 3 ? stem[0] + stem.slice(1).replace(/[اوي]/g, '') : stem;
}

/**
 * A rough root: the word without the article, verb and noun prefixes, plural
 * and feminine endings, and its long vowels («تغلق», «إغلاق» -> «غلق»).
 */
export function skeleton(w: string): string {
  let x = w.replace(/^(وال|بال|فال|كال|لل|ال)/, '');
  for (let k = 0; k < 2 && x.length > 3 && 'يتناوبلفسم'.includes(x[0]); k++) x = x.slice(1);
  x = x.replace(/(ون|ين|ات|ان|وا|ها|ه|ة)$/, '');
  return x.length > 2 ? x[0] + x.slice(1).replace(/[اويى]/g, '') : x;
}

/** Is the shorter rough root a subsequence of the longer one (at least two letters)? */
export function sameRoot(a: string, b: string): boolean {
  const [x, y] = [skeleton(a), skeleton(b)].sort((p, q) => p.length - q.length);
  if (x.length < 2) return false;
  let k = 0;
  for (const c of y) if (c === x[k]) k++;
  return k === x.length;
}

/** The lexicon's key of a word: its as-written key for an opposite matched as written («@براءة»), else its stem. */
export const lexiconStem = (w: string): string => writtenOpposite(w) ?? stemOf(w);

/** A word without a one-letter proclitic, when that gives a known word («ولم» -> «لم»). */
export function bare(w: string, known: (x: string) => boolean): string | undefined {
  if (known(w)) return w;
  // Not «ب»: «بلا» is "without" («أطباء بلا حدود»), not a negated claim.
  if (w.length > 2 && 'وف'.includes(w[0]) && known(w.slice(1))) return w.slice(1);
  return undefined;
}

/**
 * Every word of the stem's synonym class stands after «من», what the version escaped («نجاة من
 * الغرق»), or right after a word opposite to it, which governs it («يغيبان عن حضور الحفل», «لحل
 * الخلافات»: «عن», «من» between, and a one-letter preposition before the governing word, allowed).
 */
export function escapedFrom(words: readonly string[], stem: string): boolean {
  const c = claimSynonym(stem);
  let seen = false;
  for (let k = 0; k < words.length; k++) {
    if (claimSynonym(lexiconStem(words[k])) !== c) continue;
    if (k === 0 || (words[k - 1] !== 'من' && !governedByOpposite(words, k, stem))) return false;
    seen = true;
  }
  return seen;
}

/** The word before k (past «عن», «من») is an opposite of `stem`, with or without a one-letter preposition. */
function governedByOpposite(words: readonly string[], k: number, stem: string): boolean {
  const g = words[k - 1] === 'عن' || words[k - 1] === 'من' ? k - 2 : k - 1;
  const w = words[g];
  // The governed word itself takes no preposition: «تربح بهبوط الأسعار» gains by the fall, it escapes nothing.
  const governed = words[k];
  if (w === undefined || ('بلك'.includes(governed[0]) && stemOf(governed.slice(1)) === stemOf(governed))) return false;
  const opposites = lex().ANTONYMS.get(stem);
  if (!opposites) return false;
  return [w, /^[لبو]/.test(w) && w.length >= 3 ? w.slice(1) : w].some((x) => opposites.has(lexiconStem(x)));
}

/**
 * How «قبل» reads at i: "by" after «من» («من قبل الشرطة»), the verb "accepted" before its subject and
 * its object («قبل الرئيس استقالة الحكومة»: a word with «ال», then a word without it, no punctuation
 * between), else the preposition of time («قبل العقوبات»، «قبل لقائه يونكر», «قبل الانتخابات بأيام»).
 * Only the preposition stands against «بعد».
 */
export function beforeReading(words: readonly string[], i: number, folded: string): 'by' | 'verb' | 'time' {
  if (words[i - 1] === 'من') return 'by';
  const subject = words[i + 1] ?? '';
  const object = words[i + 2] ?? '';
  const definite = (x: string): boolean => /^[وف]?(ال|بال|لل|كال)/.test(x);
  if (definite(subject) && object.length >= 3 && !definite(object) && !isStopword(object) && !'بلك'.includes(object[0]) && folded.includes(`${subject} ${object}`)) return 'verb';
  return 'time';
}

/** The stem of «و» + a present verb without the «و», when only that form has an opposite («ويحاكم» -> «يحاكم»); the stemmer fixes most such words itself. */
export function conjoined(w: string, st: string): string | undefined {
  if (w.length < 5 || w[0] !== 'و' || !'يت'.includes(w[1]) || lex().ANTONYMS.has(st)) return undefined;
  const bareStem = stemOf(w.slice(1));
  return lex().ANTONYMS.has(bareStem) ? bareStem : undefined;
}

/** Is the loss at i governed by a verb of making good, right before it or one word before? */
export function compensated(words: string[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) if (bare(words[k], (x) => lex().COMPENSATE.has(x)) !== undefined) return true;
  return false;
}

/** A «لم» whose clause goes on to «منذ» within a few words: not since, a rarity. */
export function rarity(words: string[], i: number): boolean {
  if (words[i] !== 'لم' && words[i] !== 'ولم') return false;
  for (let k = i + 1; k < Math.min(words.length, i + 5); k++) if (lex().RARITY.has(words[k])) return true;
  return false;
}
