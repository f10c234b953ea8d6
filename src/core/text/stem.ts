/**
 * A light Arabic stemmer for comparing sentences (not for display). Works on
 * folded text (see normalize.ts). Two spellings of one word in two articles
 * should land on one stem; that is all it is used for, so a stem need not be a
 * real word, only the same one for every form:
 *
 * - Proclitics: the conjunctions و ف, the prepositions ب ك ل, the article ال/لل,
 *   and the future marker س before an imperfect verb. A word's own first letter
 *   can look like a proclitic («وزير», «بيان»); since «الوزير» and «وزير» must
 *   meet, such a letter is stripped after the article too, so every form of a
 *   word loses it alike. A letter is stripped only when three letters of stem
 *   stay once the suffixes are gone («بلاده», «البلاد» and «بلاد» meet).
 * - Suffixes: pronouns, feminine, dual and plural endings, nisba, taken off
 *   twice at most, always leaving three letters (four for «ون» and «ان», which
 *   end many nouns: «تعاون», «قانون», «إيران», but not after an imperfect prefix).
 * - Verbs and their nouns: the imperfect prefix (يقصف/تقصف -> قصف), the ت of
 *   forms V and VI (يتحدث/التحدث -> حدث), the verbal noun of form II
 *   (تحذير -> حذر, like يحذر), and the perfect and verbal noun of forms VII,
 *   VIII and X (انسحب/انسحاب -> نسحب, like ينسحب).
 */

import { normalize } from './normalize';

const SUFFIXES = ['يتها', 'يتهم', 'اتها', 'اتهم', 'يون', 'يين', 'تين', 'تان', 'هما', 'كما', 'يه', 'ها', 'هم', 'كم', 'نا', 'ات', 'ون', 'ين', 'ان', 'وا', 'ته', 'تم', 'ي', 'ه', 'ت', 'ا'];
/** Endings that are also the end of many stems: taken off only when four letters stay. */
const LONG_STEM = new Set(['ون', 'ان']);
const PROCLITIC = new Set(['و', 'ف', 'ب', 'ك', 'ل']);
const IMPERFECT = new Set(['ي', 'ت', 'ن']);

function stripPrefixes(word: string): string {
  let w = word;
  let letters = 0;
  let article = false;
  for (;;) {
    if (!article && w.startsWith('ال') && w.length - 2 >= 2) {
      w = w.slice(2);
      article = true;
    } else if (!article && w.startsWith('لل') && w.length - 2 >= 3) {
      w = w.slice(2);
      article = true;
    } else if (letters < 2 && PROCLITIC.has(w[0]) && stripSuffixes(w.slice(1), false, 2).length >= 3) {
      w = w.slice(1);
      letters++;
    } else break;
  }
  return w;
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
  let w = stripPrefixes(word);
  // Future «سي/ست/سن»: the س goes with the verb it marks.
  if (w[0] === 'س' && IMPERFECT.has(w[1]) && w.length >= 5) w = w.slice(1);
  // Imperfect prefix, then the ت of forms V/VI (يتحدث -> تحدث -> حدث).
  let verb = false;
  let taf = false;
  if (w.length >= 4 && IMPERFECT.has(w[0])) {
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
