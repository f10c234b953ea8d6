/**
 * The frame of an official denial. A denial tells the rumour it denies in few
 * of the rumour's words and many of its own: «نفى المركز الإعلامي لمجلس الوزراء
 * ما تداولته بعض المواقع الإلكترونية وصفحات التواصل الاجتماعي من أنباء حول رفع
 * أسعار تذاكر المترو», «لا صحة لما تردد عن ...», «... عار عن الصحة», «شائعة ...».
 * Those words of the frame (the denial itself, where the rumour ran, «أنباء»,
 * «ما تردد») then outweigh what is denied, and the denial is not grouped with
 * the rumour. In a sentence that denies, they give the clause no feature: what
 * is left is what the denial is about, which groups with the rumour, and the
 * pair check (contradiction.ts), which reads the whole text, flags the denial.
 * Outside a denial the same words are content («صفحات التواصل الاجتماعي» in a
 * story about social media) and count as usual.
 */
import { normalize } from '../text/normalize';
import type { Token } from '../text/tokens';
import { DENIAL_PHRASES, DENIAL_WORDS } from './contradictionLexicon';

const fold = (w: string): string => normalize(w).trim();

/** Words that make a sentence a denial, besides the lexicon's («شائعة» alone says the claim is false). */
const CUES = ['شائعة', 'شائعات', 'الشائعات', 'الشائعة', 'إشاعة', 'إشاعات', 'شائعه'];

/** Words of a denial's frame: where the rumour ran and how the denial names it. */
const FRAME = [
  'تداولته', 'تداولت', 'تداول', 'يتداول', 'تتداول', 'تداوله', 'يتم', 'المتداولة', 'متداولة', 'المتداول', 'تردد', 'يتردد', 'ترددت', 'يتردد',
  'أثير', 'يثار', 'أثيرت', 'نشرته', 'زعمت', 'زعم', 'يزعم', 'روجت', 'يروج', 'تروج', 'روجته', 'ادعاءات', 'مزاعم',
  'مواقع', 'المواقع', 'صفحات', 'الصفحات', 'وسائل', 'التواصل', 'الاجتماعي', 'الإلكترونية', 'الالكترونية', 'الإخبارية', 'منصات',
  'أنباء', 'الأنباء', 'الأخبار', 'خبر', 'معلومات', 'صحة', 'الصحة', 'عار', 'عارية', 'صحيح', 'صحيحة', 'أساس', 'مجرد', 'كاذبة', 'مغلوطة', 'مفبركة',
  'جملة', 'وتفصيلا', 'تفصيلا', 'قطعيا', 'قاطعا',
];

let frame: Set<string> | undefined;
let cues: Set<string> | undefined;
let phrases: string[] | undefined;

function tables(): { frame: Set<string>; cues: Set<string>; phrases: string[] } {
  if (!frame || !cues || !phrases) {
    cues = new Set([...DENIAL_WORDS, ...CUES].map(fold));
    frame = new Set([...FRAME.map(fold), ...cues]);
    phrases = DENIAL_PHRASES.map(fold);
  }
  return { frame, cues, phrases };
}

/** The word without a one-letter proclitic «و», «ف», «ب», «ل» when the rest is a word of the tables. */
function bare(w: string, set: Set<string>): boolean {
  if (set.has(w)) return true;
  if (w.length > 3 && 'وفبل'.includes(w[0])) {
    if (set.has(w.slice(1))) return true;
    if (w.length > 4 && (w.startsWith('لل') || w.startsWith('وب') || w.startsWith('ول')) && set.has(w.slice(2))) return true;
    if (w.length > 4 && w.startsWith('لل') && set.has('ال' + w.slice(2))) return true;
  }
  return false;
}

/** Verbs of denial whose subject is the denier («نفى المركز الإعلامي لمجلس الوزراء ما ...»). */
const VERBS = ['نفى', 'نفت', 'ينفي', 'تنفي', 'نفوا', 'ينفون', 'تنفيان', 'كذب', 'كذبت', 'يكذب', 'تكذب'];
/** Where the denier ends and what is denied begins. */
const OBJECT_START = ['ما', 'لما', 'أن', 'ان', 'إن', 'صحة', 'الصحة', 'وجود', 'الأنباء', 'الأخبار', 'الشائعات', 'التقارير', 'المعلومات'];
/** Longest denier skipped: «المركز الإعلامي لمجلس الوزراء» is four words; a longer run is not a name. */
const MAX_DENIER = 7;

let verbs: Set<string> | undefined;
let objectStart: Set<string> | undefined;

export interface DenialFrame {
  /** Whether a word is of the denial's frame. */
  isFrame(w: string): boolean;
  /** Indexes of the tokens that name the denier (the subject of a verb of denial). */
  denier: Set<number>;
}

/**
 * Whether the sentence of these tokens denies something (a word or phrase of
 * denial), and then which of its words are the denial's frame and who denies;
 * undefined when it does not deny.
 */
export function denialFrame(tokens: Token[], folded: string): DenialFrame | undefined {
  if (tokens.length === 0) return undefined;
  const t = tables();
  let denies = tokens.some((tok) => bare(tok.text, t.cues));
  if (!denies) {
    const text = folded.slice(tokens[0].start, tokens[tokens.length - 1].end);
    denies = t.phrases.some((p) => text.includes(p));
  }
  if (!denies) return undefined;
  verbs ??= new Set(VERBS.map(fold));
  objectStart ??= new Set(OBJECT_START.map(fold));
  const denier = new Set<number>();
  for (let k = 0; k < tokens.length; k++) {
    if (!bare(tokens[k].text, verbs)) continue;
    // The words between the verb and its object name who denies: skipped when the object is near.
    let end = -1;
    for (let j = k + 1; j < tokens.length && j <= k + MAX_DENIER + 1; j++) {
      if (objectStart.has(tokens[j].text) || bare(tokens[j].text, t.frame)) {
        end = j;
        break;
      }
    }
    for (let j = k + 1; j < end; j++) denier.add(j);
  }
  return { isFrame: (w) => bare(w, t.frame), denier };
}
