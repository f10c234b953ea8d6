/**
 * A light Arabic stemmer for comparing sentences (not for display). Works on
 * folded text (see normalize.ts). Two spellings of one word in two articles
 * should land on one stem; that is all it is used for, so a stem need not be a
 * real word, only the same one for every form:
 *
 * - Proclitics, in the order Arabic writes them: a conjunction و ف, a
 *   preposition ب ك ل or the article ال/لل, and the future marker س before an
 *   imperfect verb. A word's own first letter can look like a proclitic
 *   («وزير», «بيان»); since «الوزير» and «وزير» must meet, one such letter is
 *   stripped after the others too, so every form of a word loses it alike. A
 *   letter is stripped only when three letters of stem stay once the suffixes
 *   are gone («بلاده», «البلاد» and «بلاد» meet; «فقدت» keeps its ف).
 * - Suffixes: pronouns, feminine, dual and plural endings, nisba, taken off
 *   twice at most, always leaving three letters (four for «ون» and «ان», which
 *   end many nouns: «تعاون», «قانون», «إيران», but not after an imperfect prefix).
 * - Verbs and their nouns: the imperfect prefix (يقصف/تقصف -> قصف), the ت of
 *   forms V and VI (يتحدث/التحدث -> حدث; «ي» and «ت» only: «ن» begins more
 *   nouns than verbs), the verbal noun of form II (تحذير -> حذر, like يحذر), and the perfect and verbal noun of forms VII,
 *   VIII and X (انسحب/انسحاب -> نسحب, like ينسحب).
 */

import { normalize } from './normalize';

const SUFFIXES = ['ياتها', 'ياتهم', 'ياته', 'يتها', 'يتهم', 'اتها', 'اتهم', 'يون', 'يين', 'تين', 'تان', 'هما', 'كما', 'يه', 'ها', 'هم', 'كم', 'نا', 'ات', 'ون', 'ين', 'ان', 'وا', 'ته', 'تم', 'ي', 'ه', 'ت', 'ا'];
/** Endings that are also the end of many stems: taken off only when four letters stay. */
const LONG_STEM = new Set(['ون', 'ان']);
const CONJUNCTION = new Set(['و', 'ف']);
const PREPOSITION = new Set(['ب', 'ك', 'ل']);
const PROCLITIC = new Set(['و', 'ف', 'ب', 'ك', 'ل']);
/**
 * Imperfect prefixes. «ن» (we) is left out: news tells in the third person,
 * and «ن» begins far more nouns (نفط, نظام, نشر, نسبة) than verbs it would
 * bring together.
 */
const IMPERFECT = new Set(['ي', 'ت']);

/** Suffixes of verbs and pronouns, which may sit on a root of two letters once a word's own first letter is taken for a proclitic. */
const VERB_OR_PRONOUN = new Set(['ت', 'ي', 'ا', 'وا', 'تم', 'ته', 'ها', 'هم', 'كم', 'نا', 'هما', 'كما']);

/**
 * Is `w`, what a conjunction or a preposition at a word's start leaves, a word
 * of three letters once its suffixes are gone (two at most)? A suffix of verbs
 * and pronouns may leave two here, so that a word's own letter stays on a root
 * of three («فقدت», «كانوا», «بينها», «كافيا»: «قد», «ان», «ين» are no stems); a noun's ending
 * must leave three, the ة of a short noun above all («بغزة», «لقوة», «ومدينة»,
 * «بقضية», «بمليون»), which the rule for a word's own letter (below) would read
 * as a pronoun and leave the proclitic on. Behind a conjunction that ة is read
 * as a pronoun like the rest (`shortNounInTa` false): «وفاة», «فرصة», «وحدة»
 * are words of their own far more often than «و» + a noun of three letters.
 */
function afterProclitic(w: string, shortNounInTa = true): boolean {
  // A nisba «ية» on one letter is no word: «ليبية» keeps its ل like «ليبي».
  if (w.length < 3 || (w.length === 3 && w.endsWith('يه'))) return false;
  for (let pass = 0; pass < 2; pass++) {
    const pronoun = (x: string): boolean => VERB_OR_PRONOUN.has(x) || (x === 'ه' && !shortNounInTa);
    const s = SUFFIXES.find((x) => w.endsWith(x) && w.length - x.length >= (pronoun(x) ? 2 : 3));
    if (!s) break;
    w = w.slice(0, -s.length);
    // A noun's ending is the last suffix: «قضية» is «قضي» + ة, not «قض».
    if (!pronoun(s)) break;
  }
  return w.length >= 3;
}

/** The same for a word's own first letter that looks like a proclitic: every suffix taken off, down to two letters («بلاده», «الفرصة» keep theirs). */
const afterOwnLetter = (w: string): boolean => w.length >= 3 && stripSuffixes(w, false, 2).length >= 3;

/**
 * Nouns of four letters in ل and ة, common in news, whose «لل» form («لليرة»,
 * «للجنة») cannot be told by its letters from «ل» + «ال» + a noun of three
 * («للقوة», «للمرة», «للسنة»), which are as common. Folded spelling.
 */
const L_NOUNS = new Set(['ليره', 'لجنه', 'ليله', 'لهجه', 'لوحه', 'لعبه', 'لحظه', 'لقطه']);

interface Prefixes {
  rest: string;
  /** The article or a preposition came off: what follows is a noun, never an imperfect verb. */
  nominal: boolean;
}

/**
 * In the order Arabic writes them: a conjunction (و ف), then a preposition
 * (ب ك ل) or the article (ال, لل) or both (بال), then one letter of the word's
 * own that looks like a proclitic, stripped from every form alike («وزير»,
 * «الوزير», «والوزير» -> «زير»). Each at most once, so that a word's own
 * letters are not read as a chain of proclitics («ولبنان», «لبنان»).
 */
function stripPrefixes(word: string): Prefixes {
  let w = word;
  let nominal = false;
  if (CONJUNCTION.has(w[0]) && afterProclitic(w.slice(1), false)) w = w.slice(1);
  if (w.startsWith('ال') && w.length - 2 >= 2) {
    w = w.slice(2);
    nominal = true;
  } else if (w.startsWith('لل') && w.length - 2 >= 3) {
    // «ل» + «ال» + a noun in ل writes two lams, not three: «لليرة» is «لـ الليرة».
    w = L_NOUNS.has('ل' + w.slice(2)) ? w.slice(1) : w.slice(2);
    nominal = true;
  } else if (PREPOSITION.has(w[0]) && !L_NOUNS.has(w) && afterProclitic(w.slice(1)) && !(IMPERFECT.has(w[1]) && nounEnding(w))) {
    // (A verb after «ل» of purpose, «ليقول», but not a noun that only begins like one: «ليبية».)
    w = w.slice(1);
    if (w[0] !== 'ي' && w[0] !== 'ت') nominal = true;
    if (w.startsWith('ال') && w.length - 2 >= 2) w = w.slice(2);
  }
  if (PROCLITIC.has(w[0]) && afterOwnLetter(w.slice(1))) w = w.slice(1);
  return { rest: w, nominal };
}

function stripSuffixes(word: string, verb: boolean, min = 3): string {
  let w = word;
  for (let pass = 0; pass < 2; pass++) {
    let cut = false;
    for (const s of SUFFIXES) {
      if (w.endsWith(s) && w.length - s.length >= (LONG_STEM.has(s) && !verb ? min + 1 : min)) {
        w = w.slice(0, -s.length);
        cut = true;
        break;
      }
    }
    if (!cut) break;
  }
  return w;
}

/**
 * Form VIII of a root whose first letter is ل begins with «الت», which reads as
 * the article before a ت: «التزم», «التزام», «التحق», «التقى» would lose «ال»
 * and then their ت as an imperfect prefix, and never meet «يلتزم», «الالتزام».
 * The perfect (five letters, no long vowel after the ت and its next letter)
 * and the verbal noun (six, alif before the last) keep their «لت», as the
 * imperfect does (behind a conjunction or preposition too: «والتزم», «بالتزام»).
 * An article before a three-letter ت-noun with a long vowel
 * («التاج», «التين») is left alone; «التمر» only stops meeting a bare «تمر».
 */
function formEightOfL(w: string): string | undefined {
  if (!w.startsWith('الت')) return undefined;
  const weak = (c: string): boolean => c === 'ا' || c === 'و' || c === 'ي' || c === 'ء';
  if (w.length === 5 && !weak(w[3])) return w.slice(1);
  if (w.length === 6 && w[4] === 'ا' && !weak(w[3])) return 'لت' + w[3] + w[5];
  return undefined;
}

export function lightStem(word: string): string {
  if (word.length <= 3) return word;
  const viii = formEightOfL(word) ?? ('وفبك'.includes(word[0]) ? formEightOfL(word.slice(1)) : undefined);
  if (viii) return viii;
  const { rest, nominal } = stripPrefixes(word);
  let w = rest;
  // Future «سي/ست»: the س goes with the verb it marks (not «السيطرة», «سيارات»).
  if (!nominal && futureVerb(w)) w = w.slice(1);
  // Imperfect prefix, then the ت of forms V/VI (يتحدث -> تحدث -> حدث). After
  // the article or a preposition only the ت of a verbal noun (التحدث, بتحذير).
  let verb = false;
  let taf = false;
  if (w.length >= 4 && (nominal ? w[0] === 'ت' : IMPERFECT.has(w[0]))) {
    verb = true;
    taf = w[0] === 'ت';
    w = w.slice(1);
    if (w.length >= 4 && w[0] === 'ت') {
      taf = true;
      w = w.slice(1);
    }
  }
  // A feminine plural فعولات is of a word of its own (عقوبات).
  const feminine = w.length === 6 && w.endsWith('ات');
  w = stripSuffixes(w, verb);
  // Form II verbal noun تفعيل -> فعل (تحذير, تخفيض, تعزيز meet يحذر, يخفض, يعزز).
  if (taf && w.length === 4 && w[2] === 'ي') w = w.slice(0, 2) + w[3];
  else if (!verb) w = derivedForm(w);
  if (!verb && !feminine) w = fuuul(w);
  return w;
}

/** Endings no imperfect verb has: a feminine plural, a nisba. */
const nounEnding = (w: string): boolean => /(ات|يه|يين|يون|يات)$/.test(w);

/**
 * «س» + «ي/ت» + a verb of at least three letters, and not a noun's shape: a
 * feminine plural (سيارات), a nisba (سياسية), or five letters ending in ة
 * (سيطرة, سيارة), which a future verb with a pronoun never has.
 */
function futureVerb(w: string): boolean {
  if (w[0] !== 'س' || !IMPERFECT.has(w[1]) || w.length < 5) return false;
  if (nounEnding(w)) return false;
  return !(w.length === 5 && w.endsWith('ه'));
}

const WEAK = new Set(['ا', 'و', 'ي', 'ء']);
/**
 * The pattern فعول, a verbal noun or a broken plural, meets its verb or
 * singular: وصول/وصل, خروج/خرج, سقوط/سقط, جهود/جهد, دروس/درس, and a doubled
 * root its short form: حلول/حل, حدود/حد. The feminine فعولة is often a word
 * of its own, and its ة is folded to the ه of a pronoun, so «جهوده» cannot be
 * told from «حكومه»: the common ones in news are kept whole.
 */
const FEMININE_FUUULA = new Set(['حكوم', 'عقوب', 'بطول']);
function fuuul(w: string): string {
  if (w.length !== 4 || w[2] !== 'و' || FEMININE_FUUULA.has(w) || WEAK.has(w[0]) || WEAK.has(w[1]) || WEAK.has(w[3])) return w;
  return w[1] === w[3] ? w.slice(0, 2) : w[0] + w[1] + w[3];
}

/**
 * Perfect verbs and verbal nouns of forms VII, VIII and X lose their initial
 * alif, and the nouns their long alif, to meet the imperfect stem:
 * انسحب/انسحاب -> نسحب (like ينسحب), ارتفع/ارتفاع -> رتفع, اتفق/اتفاق -> تفق,
 * استقبل/استقبال -> ستقبل.
 */
function derivedForm(w: string): string {
  if (w[0] !== 'ا') return w;
  const formX = w.startsWith('است');
  const formVII = w[1] === 'ن';
  const formVIII = w[1] === 'ت' || w[2] === 'ت';
  if (!formX && !formVII && !formVIII) return w;
  const verbLength = formX ? 6 : w[1] === 'ت' ? 4 : 5;
  if (w.length === verbLength) return w.slice(1);
  if (w.length === verbLength + 1 && w[verbLength - 1] === 'ا') return w.slice(1, verbLength - 1) + w[verbLength];
  return w;
}

/**
 * News wording that tells one thing with different words: a small table of
 * near-synonyms folded onto one stem (meeting, talks, strike, war, ...).
 * Written as words; each is stemmed like the text it is compared with.
 */
const SYNONYM_GROUPS: string[][] = [
  ['اجتماع', 'لقاء', 'قمة', 'اجتمع', 'التقى', 'يلتقي'],
  ['مفاوضات', 'تفاوض', 'محادثات', 'حوار'],
  ['ضربة', 'هجوم', 'قصف', 'غارة', 'ضربات', 'غارات'],
  ['حرب', 'مواجهة', 'صراع', 'نزاع', 'صدام'],
  ['اتفاق', 'صفقة', 'تسوية', 'اتفاقية'],
  ['قرار', 'قرر'],
  ['وساطة', 'وسيط', 'وسطاء'],
  ['دبلوماسية', 'دبلوماسي', 'ديبلوماسي'],
  ['عسكري', 'حربي'],
  ['ترتيب', 'تنظيم', 'رتب'],
  ['منفتح', 'انفتاح', 'استعداد', 'مستعد'],
  ['زار', 'زيارة'],
  ['قتل', 'مقتل', 'قتلى', 'قتيل'],
];
const SYNONYMS = new Map<string, string>();
for (const g of SYNONYM_GROUPS) {
  const head = lightStem(normalize(g[0]));
  for (const w of g) {
    const s = lightStem(normalize(w));
    if (!SYNONYMS.has(s)) SYNONYMS.set(s, head);
  }
}

export function synonym(stem: string): string {
  return SYNONYMS.get(stem) ?? stem;
}
