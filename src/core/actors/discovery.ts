import { normalize } from '../text/normalize';
import { isStopword } from '../text/stopwords';
import type { Token } from '../text/tokens';
import type { Mention } from '../types';

/**
 * Discovery of actors the registries do not know, from the way Arabic news
 * introduces a name: after a title or office («المتحدث باسم البيت الأبيض أليكس
 * فايفر», «وزير الدفاع الأمريكي بيت هيغسيث»), or right after a verb of saying
 * («قال جون سميث إن ...»). Candidates are unconfirmed: the corpus keeps those
 * introduced by a title, or met in two articles, and the reviewer can promote them.
 */

/** Words that head a title or an office; a name may follow the title. */
const TITLE_HEADS = new Set(
  `وزير وزيرة رئيس رئيسة نائب مستشار مستشارة سفير سفيرة قائد زعيم المتحدث المتحدثة الناطق متحدث مدير مديرة
  الأمين أمين مبعوث المبعوث المندوب مندوب عضو النائب السيناتور الجنرال اللواء العميد العقيد الشيخ الدكتور
  السيد السيدة الأمير الملك القاضي المدعي الحاكم حاكم محافظ عمدة رئيسة`
    .split(/\s+/)
    .filter(Boolean)
    .map(normalize),
);

/** Verbs of saying directly followed by a speaker's name. */
const SAY = new Set(
  `قال قالت أكد أكدت أضاف أضافت أوضح أوضحت صرح صرحت أعلن أعلنت كتب كتبت غرد غردت حذر حذرت`
    .split(/\s+/)
    .filter(Boolean)
    .map(normalize),
);

/** Words inside a name that may start with ال or are particles («عبد الفتاح», «بن سلمان»). */
const NAME_LINKS = new Set(['بن', 'ابن', 'بنت', 'عبد', 'ابو', 'ابي', 'ال', 'اّل', 'دي', 'دو', 'فان', 'فون'].map(normalize));

/** Words that end a name when they follow it. */
const AFTER_NAME = new Set(['ان', 'انه', 'انها', 'في', 'الي', 'علي', 'من', 'عن', 'مع', 'خلال', 'الذي', 'التي', 'لـ', 'ل', 'بان', 'امس', 'اليوم', 'يوم'].map(normalize));

/** Common nouns that follow titles and verbs of saying but never start a name. */
const NOT_FIRST_NAMES = new Set(
  `مسؤول مسؤولين مسؤولون مسؤولة مصدر مصادر مصدران مصدرين دبلوماسي دبلوماسيين دبلوماسيون خبراء محللون محللين شهود
  وسائل تقارير تقرير بيان بيانا مصادرنا قوات عناصر مقاتلين مقاتلون جنود سكان مواطنين مواطنون أطراف اطراف دول حكومة
  إدارة ادارة وزارة مجلس لجنة حركة حزب جماعة منظمة شركة وكالة صحيفة موقع قناة شبكة بلاده بلادها نظيره نظيرته`
    .split(/\s+/)
    .filter(Boolean)
    .map(normalize),
);

export interface Candidate {
  /** Folded name, words joined by one space: the key. */
  key: string;
  /** The name as written the first time. */
  text: string;
  byTitle: boolean;
}

/**
 * `article` says whether the word starts with the definite article: «ال» written
 * with a bare alef in the original («أليكس» folds to the same letters but is a name).
 */
function isNameWord(t: Token, first: boolean, article: boolean, prev?: Token): boolean {
  const w = t.text;
  if (w.length < 2 || /\d/.test(w) || isStopword(w) || TITLE_HEADS.has(w) || SAY.has(w)) return false;
  if (article && first) return false;
  // After the first word, an «ال» word belongs to the name only behind a link («عبد الفتاح»).
  if (article && prev && !NAME_LINKS.has(prev.text)) return false;
  return /^[\u0621-\u064a]+$/.test(w) || /^[a-z]+$/.test(w);
}

/**
 * Candidate names in one text. `covered(i)` says whether token i is already part
 * of a known mention (known names are never rediscovered).
 */
export function findCandidates(folded: string, original: string, toOrig: Uint32Array, tokens: Token[], covered: (i: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const breaks = (a: Token, b: Token): boolean => /[^\s]/.test(folded.slice(a.end, b.start));
  const article = (k: number): boolean => tokens[k].text.startsWith('ال') && original.charCodeAt(toOrig[tokens[k].start]) === 0x0627;
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i].text.replace(/^[وف]/, '');
    let start = -1;
    let byTitle = false;
    if (TITLE_HEADS.has(head) || TITLE_HEADS.has(tokens[i].text)) {
      // Skip the rest of the title: «ال» words, «باسم», known mentions, at most five tokens.
      let k = i + 1;
      // A known name inside the title (an organisation, «البيت الأبيض») is part of it;
      // a known person right after it means the title already has its holder.
      while (k < tokens.length && k <= i + 5 && !breaks(tokens[k - 1], tokens[k]) && (article(k) || tokens[k].text === 'باسم' || TITLE_HEADS.has(tokens[k].text) || (covered(k) && /^(ال|لل)/.test(tokens[k].text)))) k++;
      if (k > i + 1 && k < tokens.length && !breaks(tokens[k - 1], tokens[k])) {
        start = k;
        byTitle = true;
      }
    } else if (SAY.has(head) && i + 1 < tokens.length && !breaks(tokens[i], tokens[i + 1])) start = i + 1;
    if (start < 0 || covered(start) || !isNameWord(tokens[start], true, article(start)) || NOT_FIRST_NAMES.has(tokens[start].text.replace(/^و/, ''))) continue;
    let end = start + 1;
    while (end < tokens.length && end - start < 4 && !breaks(tokens[end - 1], tokens[end]) && !covered(end) && !AFTER_NAME.has(tokens[end].text) && isNameWord(tokens[end], false, article(end), tokens[end - 1])) end++;
    // A single word is too weak a name; a name must end where the phrase does.
    if (end - start < 2) continue;
    if (end < tokens.length && !breaks(tokens[end - 1], tokens[end]) && !AFTER_NAME.has(tokens[end].text) && !covered(end) && !SAY.has(tokens[end].text)) {
      // The next word is neither a particle nor punctuation: we may have cut a longer phrase.
      if (!byTitle) continue;
    }
    const words = tokens.slice(start, end);
    const key = words.map((t) => t.text).join(' ');
    const text = original.slice(toOrig[words[0].start], toOrig[words[words.length - 1].end - 1] + 1);
    out.push({ key, text, byTitle });
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

export function isDiscovered(m: Mention): boolean {
  return !!m.discovered;
}
