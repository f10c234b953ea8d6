import { isStopword } from '../text/stopwords';
import type { Token } from '../text/tokens';
import type { ActorType, Mention } from '../types';
import { ADJECTIVES, AFTER_NAME, FOREIGN_WAW, GIVEN_NAMES, INSTITUTION_NOUNS, NAMED_INSTITUTIONS, NAME_LINKS, NOT_FIRST_NAMES, NOT_NAME, SAID, SAY, TITLE_HEADS, TITLE_WORDS, WAW_NAMES, WAW_NOUNS, WEAK_HEADS, compoundGiven, givenName } from './nameWords';

/**
 * Discovery of actors the registries do not know, from the way Arabic news
 * introduces a name: after a title or office («المتحدث باسم البيت الأبيض أليكس
 * فايفر», «وزير الدفاع الأمريكي بيت هيغسيث»), or right after a verb of saying
 * («قال جون سميث إن ...»). Candidates are unconfirmed: the corpus keeps those
 * introduced by a title, or met in two articles, and the reviewer can promote them.
 *
 * A name is two to four words. It may end with one «ال» word, a family name
 * («حاتم الجبلي», «عبد الإله الخطيب»), when that word is not an adjective
 * («الأمريكي», «السابق») and the name ends right after it. Words that are
 * never names (verbs and nouns that follow a name in news, «محادثات», «قوله»,
 * «والسفير») stop it.
 */

export { givenName } from './nameWords';

export interface Candidate {
  /** Folded name, words joined by one space: the key. */
  key: string;
  /** The name as written the first time. */
  text: string;
  byTitle: boolean;
  /** Found by the name tagger: its type and confidence (rule-found names are persons). */
  type?: ActorType;
  confidence?: number;
  /** The tagger is sure enough of it to show it (its confidence reaches the threshold). */
  sure?: boolean;
  /** Found by the tagger alone, below the threshold: shown only where the corpus confirms it elsewhere. */
  weak?: boolean;
}

/** Pronoun suffixes of two letters or more, folded (one letter is too short for a name anyway). */
const SPLIT_PRONOUNS = new Set(['ها', 'هم', 'هما', 'هن', 'كم', 'كما', 'كن', 'نا']);

/** A word with a proclitic and the article («والسفير», «بالمواجهة», «للشرطة»): never inside a name. */
function cliticArticle(w: string): boolean {
  return w.length >= 6 && /^(?:[وف]?(?:[بكل]?ال|لل))/.test(w) && !w.startsWith('ال');
}

/** Is the word, or the word without a leading و/ف, in the set? */
function inSet(set: ReadonlySet<string>, w: string): boolean {
  return set.has(w) || set.has(plain(w));
}

function plain(w: string): string {
  return w.length > 3 && (w[0] === 'و' || w[0] === 'ف') ? w.slice(1) : w;
}

/** The word without a conjunction و («وتشكيل» -> «تشكيل»), unless it is a name that starts with و. */
function noWaw(w: string): string {
  return w.length > 3 && w[0] === 'و' && !WAW_NAMES.has(w) ? w.slice(1) : w;
}

function isNotName(w: string): boolean {
  const v = noWaw(w);
  for (const x of [w, v]) if (NOT_NAME.has(x) || TITLE_HEADS.has(x) || SAY.has(x) || INSTITUTION_NOUNS.has(x)) return true;
  // Behind a preposition («بمقر», «لراديو», «بوزارة»): the rest is a common word.
  const p = v.length > 3 && (v[0] === 'ب' || v[0] === 'ل') ? v.slice(1) : '';
  return !!p && (NOT_NAME.has(p) || INSTITUTION_NOUNS.has(p) || NOT_FIRST_NAMES.has(p));
}

/**
 * `article` says whether the word starts with the definite article: «ال» written
 * with a bare alef in the original («أليكس» folds to the same letters but is a name).
 */
function isNameWord(t: Token, first: boolean, article: boolean, prev?: Token): boolean {
  const w = t.text;
  if (w.length < 2 || /\d/.test(w) || isStopword(w) || TITLE_HEADS.has(w) || SAY.has(w) || isNotName(w) || cliticArticle(w)) return false;
  if (w === 'ال') return !first;
  // A pronoun suffix written apart from its word, as text with split clitics has it («المتحدث باسم
  // ها عبد الرحمن», «كتب ها اينشتاين»): the name, if any, follows it.
  if (SPLIT_PRONOUNS.has(w)) return false;
  if (article && first) return false;
  // After the first word, an «ال» word belongs to the name only behind a link («عبد الفتاح»).
  if (article && prev && !NAME_LINKS.has(prev.text)) return false;
  // Nouns with a pronoun suffix («أكثرهم», «خارجيتها») are not names.
  if (w.length >= 5 && /(?:ها|هم|هما)$/.test(w)) return false;
  if (first) {
    if (NOT_FIRST_NAMES.has(w) || NOT_FIRST_NAMES.has(noWaw(w))) return false;
    // Plurals and nouns with a pronoun suffix («محادثات», «خارجيتها») do not start names.
    if ((w.length >= 5 && /(?:ات|ها|هم|هما)$/.test(w)) || (w.length >= 7 && w.endsWith('نا'))) return false;
    // A word starting with و is the conjunction unless it is a name that starts with the letter.
    if (w[0] === 'و' && !WAW_NAMES.has(w)) return false;
  }
  return /^[\u0621-\u064a]+$/.test(w) || /^[a-z]+$/.test(w);
}

/**
 * Candidate names in one text. `covered(i)` says whether token i is already part
 * of a known mention (known names are never rediscovered).
 */
export function findCandidates(folded: string, original: string, toOrig: Uint32Array, tokens: Token[], covered: (i: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  // Anything but spaces between two words breaks a name: punctuation, and a line break too.
  // Two words with nothing between them («أليكسdate»: an Arabic and a Latin run) are not one name.
  const breaks = (a: Token, b: Token): boolean => a.end === b.start || /[^ \t\u00a0]/.test(folded.slice(a.end, b.start));
  const article = (k: number): boolean => tokens[k].text.startsWith('ال') && original.charCodeAt(toOrig[tokens[k].start]) === 0x0627;
  // Tanween («رفضاً», «ترجمةً») and damma («يُسجن») mark common words and verbs: names do not take them.
  const tanween = (k: number): boolean => /[\u064b-\u064d\u064f]/.test(original.slice(toOrig[tokens[k].start], toOrig[tokens[k].end - 1] + 2));
  /** Does the name end before token k (a particle, a verb of saying, a title, punctuation or the end)? */
  const endsBefore = (k: number): boolean =>
    k >= tokens.length ||
    breaks(tokens[k - 1], tokens[k]) ||
    AFTER_NAME.has(tokens[k].text) ||
    inSet(SAY, tokens[k].text) ||
    inSet(TITLE_HEADS, tokens[k].text) ||
    inSet(TITLE_WORDS, tokens[k].text) ||
    covered(k) ||
    isStopword(tokens[k].text) ||
    isNotName(tokens[k].text);
  // «علي» folds onto the preposition «على». It opens a name where the preposition cannot stand: after a
  // title («وزير الخارجية علي كرتي») or «قال» («قال علي ولايتي»), written with ي in a line that writes the
  // preposition with ى, or before a family name. Older newswire writes the preposition «علي» too («أكد علي
  // ضرورة», «وافق علي بدعم»): there, without those signs, it stays a preposition.
  // Whether the line writes «على» with ى: looked for only once a «علي» asks (most lines have none).
  let writesAla: boolean | undefined;
  const aliName = (k: number, afterTitle: boolean): boolean => {
    if (tokens[k].text !== 'علي' || original.charCodeAt(toOrig[tokens[k].end - 1]) !== 0x064a) return false;
    writesAla ??= /(?:^|[^\u0621-\u064a])على(?![\u0621-\u064a])/.test(original);
    if (writesAla) return true;
    const said = k > 0 && SAID.has(tokens[k - 1].text);
    const next = tokens[k + 1]?.text;
    return (afterTitle || said) && !!next && !breaks(tokens[k], tokens[k + 1]) && !next.startsWith('ال') && (givenName(next) || compoundGiven('علي', next) || (wordList(next) === '' && !isStopword(next) && !isNotName(next) && !tanween(k + 1)));
  };
  const nameWord = (k: number, first: boolean, afterTitle = false): boolean => {
    if (first && aliName(k, afterTitle)) return true;
    // «علي أكبر»: a comparative after a given name that opens it is the name's second half.
    if (!first && k > 0 && compoundGiven(tokens[k - 1].text, tokens[k].text) && !breaks(tokens[k - 1], tokens[k])) return true;
    if (tanween(k) || !isNameWord(tokens[k], first, article(k), first ? undefined : tokens[k - 1])) return false;
    const w = tokens[k].text;
    // Inside a name, a word starting with و is the conjunction («عمير بيرتس ودان حالوتس»), except
    // a family name right after a lone given name («علي ولايتي»: wawFamilyName).
    return first || w[0] !== 'و' || WAW_NAMES.has(w) || wawFamilyName(k);
  };
  /**
   * «علي ولايتي», «جمال ونوس»: a word that starts with و right after a given name that opens the
   * name is its family name when the rest is no given name («محمد وعلي» are two), no common
   * word, has no pronoun suffix («محمد وزملاؤه») and the name ends after it.
   */
  const wawFamilyName = (k: number): boolean => {
    // The given name may be compound («علي أكبر ولايتي»): its first half is the one to look behind.
    const g = k >= 2 && compoundGiven(tokens[k - 2].text, tokens[k - 1].text) ? k - 2 : k - 1;
    if (g < 0 || !givenName(tokens[g].text) || (g >= 1 && !breaks(tokens[g - 1], tokens[g]) && givenName(tokens[g - 1].text))) return false;
    const rest = tokens[k].text.slice(1);
    if (rest.length < 3 || givenName(rest) || isStopword(rest) || isNotName(rest) || wordList(rest) !== '' || /(?:ه|ها|هم|هما|نا|كم)$/.test(rest)) return false;
    return endsBefore(k + 1);
  };
  /** Tokens before this index belong to a name already taken. */
  let taken = 0;
  const push = (from: number, to: number, byTitle: boolean): void => {
    const ws = tokens.slice(from, to);
    const key = ws.map((t) => t.text).join(' ');
    const text = original.slice(toOrig[ws[0].start], toOrig[ws[ws.length - 1].end - 1] + 1);
    out.push({ key, text, byTitle });
    taken = to;
  };
  for (let i = 0; i < tokens.length; i++) {
    // A name in apposition before a title («حاتم الجبلي، وزير الصحة», «كارل فينتر رئيس الاتحاد»):
    // up to four name words back from the title, from the first given name; a comma may stand between.
    if (i > taken && inSet(TITLE_HEADS, tokens[i].text) && !inSet(WEAK_HEADS, tokens[i].text) && !/^[وف]/.test(tokens[i].text)) {
      const gap = folded.slice(tokens[i - 1].end, tokens[i].start);
      if (/^[ \t]*[،,]?[ \t]*$/.test(gap) && !covered(i - 1)) {
        let j = i - 1;
        const last = j;
        // The last word may be a family name with the article.
        const famOk = (k: number): boolean => article(k) && !tanween(k) && tokens[k].text.length >= 4 && !ADJECTIVES.has(tokens[k].text) && !TITLE_WORDS.has(tokens[k].text) && !isStopword(tokens[k].text) && !isNotName(tokens[k].text);
        let from = -1;
        if (famOk(j)) j--;
        while (j >= taken && last - j < 5 && !covered(j) && (j === last || !breaks(tokens[j], tokens[j + 1])) && (nameWord(j, false) || (NAME_LINKS.has(tokens[j].text) && j < last))) {
          if (givenName(tokens[j].text) && !NAME_LINKS.has(tokens[j].text)) from = j;
          j--;
        }
        if (from >= 0 && last - from >= 1 && nameWord(from, true) && !NAME_LINKS.has(tokens[last].text)) push(from, last + 1, true);
      }
    }
    const head = plain(tokens[i].text);
    let start = -1;
    let byTitle = false;
    let weak = false;
    if (inSet(TITLE_HEADS, tokens[i].text)) {
      // Honorifics and royal titles («الشيخ», «سمو», «الملك») take only more of the same or «ال» words
      // («صاحب السمو الملكي الأمير»), and the name after them must start with a given name.
      weak = inSet(WEAK_HEADS, tokens[i].text);
      // Skip the rest of the title: «ال» words (with a proclitic too: «والسكان», «للشرطة»), «باسم»,
      // institutions and the one-word name that follows some («شركة نوكيا»), known names, at most six tokens.
      let k = i + 1;
      while (k < tokens.length && k <= i + 6 && !breaks(tokens[k - 1], tokens[k]) && !isStopword(tokens[k].text)) {
        const w = tokens[k].text;
        if (weak) {
          if (inSet(WEAK_HEADS, w) || article(k)) k++;
          else break;
        } else if (article(k) || cliticArticle(w) || w === 'باسم' || TITLE_HEADS.has(w) || (covered(k) && /^(ال|لل)/.test(w))) k++;
        else if (inSet(INSTITUTION_NOUNS, w) || (w.length > 4 && (w[0] === 'ب' || w[0] === 'ل') && INSTITUTION_NOUNS.has(w.slice(1)))) {
          // «وزير الدولة بوزارة الخارجية»: an institution behind a preposition goes on with the title too.
          k++;
          if (inSet(NAMED_INSTITUTIONS, w) && k + 1 < tokens.length && !covered(k) && !article(k) && !breaks(tokens[k - 1], tokens[k])) k++;
        } else break;
      }
      if ((k > i + 1 || weak) && k < tokens.length && !breaks(tokens[k - 1], tokens[k])) {
        start = k;
        byTitle = true;
      }
    } else if (inSet(SAY, tokens[i].text) && i + 1 < tokens.length && !breaks(tokens[i], tokens[i + 1])) start = i + 1;
    if (start < 0 || start < taken || covered(start) || !nameWord(start, true, byTitle)) continue;
    const first = tokens[start].text;
    if (weak && !givenName(first)) continue;
    let end = start + 1;
    let links = NAME_LINKS.has(first) ? 1 : 0;
    while (end < tokens.length && end - start < (links ? 6 : 4) && !breaks(tokens[end - 1], tokens[end]) && !covered(end) && !AFTER_NAME.has(tokens[end].text) && nameWord(end, false)) {
      if (NAME_LINKS.has(tokens[end].text)) links++;
      end++;
      // The family after «آل» ends the name («آل ثاني»).
      if (end - start >= 3 && tokens[end - 2].text === 'ال') break;
    }
    // A family name with the article closes a name that starts with a given name («حاتم الجبلي»),
    // when the name ends right after it.
    if (
      end < tokens.length &&
      end - start < 4 &&
      (givenName(first) || links > 0) &&
      !breaks(tokens[end - 1], tokens[end]) &&
      !covered(end) &&
      article(end) &&
      !tanween(end) &&
      tokens[end].text.length >= 4 &&
      !ADJECTIVES.has(tokens[end].text) &&
      !TITLE_WORDS.has(tokens[end].text) &&
      !isStopword(tokens[end].text) &&
      !isNotName(tokens[end].text) &&
      (endsBefore(end + 1) || article(end + 1))
    )
      end++;
    // A single word is too weak a name; a name never ends on a link («أحمد بن») nor runs into a known name.
    if (end - start < 2 || NAME_LINKS.has(tokens[end - 1].text)) continue;
    if (end < tokens.length && !breaks(tokens[end - 1], tokens[end]) && covered(end)) continue;
    // A name that stops on a given name before an «ال» word goes on with a family name we could not take.
    if (end < tokens.length && !breaks(tokens[end - 1], tokens[end]) && article(end) && GIVEN_NAMES.has(tokens[end - 1].text) && !ADJECTIVES.has(tokens[end].text)) continue;
    // A name must end where the phrase does (after a title, a following word may be the verb).
    if (!endsBefore(end) && !byTitle) continue;
    push(start, end, byTitle);
    i = end - 1;
  }
  return out;
}

/** Stable id for a discovered name. */
export function discoveredId(key: string): string {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) >>> 0;
  return `discovered_${h.toString(36)}`;
}

/**
 * Which of discovery's word lists a folded word (or the word without a leading و/ف)
 * is in: 'g' given name, 't' title head, 's' verb of saying, 'i' institution noun,
 * 'a' adjective, 'n' never a name, '' none. The name tagger uses it as a feature.
 */
export function wordList(w: string): string {
  if (givenName(w) || givenName(plain(w))) return 'g';
  if (inSet(TITLE_HEADS, w) || inSet(TITLE_WORDS, w)) return 't';
  if (inSet(SAY, w)) return 's';
  if (inSet(INSTITUTION_NOUNS, w)) return 'i';
  if (ADJECTIVES.has(w)) return 'a';
  if (inSet(NOT_NAME, w) || inSet(NOT_FIRST_NAMES, w)) return 'n';
  return '';
}

/**
 * Letters of proclitics to leave out of a name's highlight: a conjunction و/ف
 * («وترامب»), and a preposition before the article («بالعراق», «والقاهرة» -> «القاهرة»).
 * A name that starts with the letter («وليد», «بغداد», «لبنان») keeps it.
 */
export function procliticLength(w: string): number {
  let n = 0;
  // Only و: names that start with ف are many («فرنسا», «فلسطين», «فيرغوسن»), a conjunction ف before a name rare.
  // Nouns that start with the letter («وزارة», «وكالة», «وزير») head names of institutions.
  const noun = INSTITUTION_NOUNS.has(w) || TITLE_HEADS.has(w) || NOT_NAME.has(w) || WAW_NOUNS.has(w);
  if (w.length > 3 && w[0] === 'و' && !noun && !WAW_NAMES.has(w) && !givenName(w) && !FOREIGN_WAW.test(w)) n = 1;
  const rest = w.slice(n);
  if (rest.length > 4 && (rest[0] === 'ب' || rest[0] === 'ك' || rest[0] === 'ل') && rest.startsWith('ال', 1)) n++;
  return n;
}

export function isDiscovered(m: Mention): boolean {
  return !!m.discovered;
}
