/**
 * A light Arabic stemmer for comparing sentences (not for display): strips the
 * proclitics و ف ب ك ل and the article ال/لل, and the commonest suffixes
 * (pronouns, feminine and plural endings, nisba), keeping at least three letters.
 * Two spellings of one word in two articles land on one stem often enough for
 * a bag-of-stems similarity, which is all it is used for.
 */

const PREFIXES = ['وبال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'وب', 'ول', 'وس', 'فس', 'و', 'ف', 'ب', 'ل', 'س'];
const SUFFIXES = ['يتها', 'يتهم', 'اتها', 'اتهم', 'يون', 'يين', 'تين', 'تان', 'هما', 'كما', 'يه', 'ها', 'هم', 'كم', 'نا', 'ات', 'ون', 'ين', 'ان', 'وا', 'ته', 'تم', 'ي', 'ه', 'ت', 'ا'];

export function lightStem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  for (const p of PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 3) {
      // A single-letter conjunction/preposition is only stripped when what is left is long enough to be a word.
      if (p.length === 1 && w.length - 1 < 3) continue;
      w = w.slice(p.length);
      break;
    }
  }
  for (let pass = 0; pass < 2; pass++) {
    let cut = false;
    for (const s of SUFFIXES) {
      if (w.endsWith(s) && w.length - s.length >= 3) {
        w = w.slice(0, -s.length);
        cut = true;
        break;
      }
    }
    if (!cut) break;
  }
  // Imperfect-verb prefixes (يتحدث/تتحدث/نتحدث -> تحدث) when the word is long enough.
  if (w.length >= 5 && (w[0] === 'ي' || w[0] === 'ت' || w[0] === 'ن') && (w[1] === 'ت' || w[1] === 'س')) w = w.slice(1);
  return w;
}

/**
 * News wording that tells one thing with different words: a small table of
 * near-synonyms folded onto one stem (meeting, talks, strike, war, ...).
 * Keys and values are stems as lightStem returns them.
 */
const SYNONYM_GROUPS: string[][] = [
  ['اجتماع', 'قاء', 'لقاء', 'قمه', 'اجتمع', 'لتق', 'يلتق', 'التق'],
  ['تفاوض', 'مفاوض', 'محادث', 'حوار', 'تفاوضي'],
  ['ضرب', 'هجوم', 'قصف', 'غار', 'ضربه', 'ضربت'],
  ['حرب', 'مواج', 'صراع', 'نزاع', 'صدام'],
  ['اتفاق', 'صفق', 'تسو', 'اتفاقي'],
  ['قرار', 'قرر'],
  ['وساط', 'وسيط', 'وسطاء'],
  ['دبلوماس', 'دبلوماسي', 'ديبلوماس'],
  ['عسكر', 'حربي'],
  ['ترتيب', 'تنظيم', 'رتب'],
  ['منفتح', 'انفتاح', 'استعداد', 'مستعد'],
  ['زار', 'زيار'],
  ['تحذير', 'حذر', 'تحذر'],
];
const SYNONYMS = new Map<string, string>();
for (const g of SYNONYM_GROUPS) for (const w of g) SYNONYMS.set(w, g[0]);

export function synonym(stem: string): string {
  return SYNONYMS.get(stem) ?? stem;
}
