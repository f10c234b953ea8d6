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
 * The rumour, told as one («تداولت مواقع التواصل الاجتماعي أن ...»), drops the
 * words of where it ran likewise, so that both sides keep what they are about.
 * Outside a denial or a rumour the same words are content («صفحات التواصل الاجتماعي» in a
 * story about social media) and count as usual.
 */
import { normalize } from '../text/normalize';
import type { Token } from '../text/tokens';
import { DENIAL_PHRASES, DENIAL_WORDS } from './contradictionLexicon';

const fold = (w: string): string => normalize(w).trim();

/** Words that make a sentence a denial, besides the lexicon's («شائعة» alone says the claim is false). */
const CUES = ['شائعة', 'شائعات', 'الشائعات', 'الشائعة', 'إشاعة', 'إشاعات', 'شائعه'];

/**
 * Where a claim ran and how it is named: the frame of a rumour told as a rumour
 * («تداولت مواقع التواصل الاجتماعي أن ...», «انتشرت أنباء عن ...») and of the
 * denial that answers it. A sentence with one of CIRCULATION_CUES, or one that
 * denies, drops these words.
 */
const CIRCULATION = [
  'تداولته', 'تداولت', 'تداول', 'يتداول', 'تتداول', 'تداوله', 'يتم', 'المتداولة', 'متداولة', 'المتداول', 'تردد', 'يتردد', 'ترددت',
  'أثير', 'يثار', 'أثيرت', 'نشرته', 'انتشرت', 'انتشر', 'زعمت', 'زعم', 'يزعم', 'روجت', 'يروج', 'تروج', 'روجته', 'ادعاءات', 'مزاعم',
  'مواقع', 'المواقع', 'صفحات', 'الصفحات', 'وسائل', 'التواصل', 'الاجتماعي', 'الإلكترونية', 'الالكترونية', 'الإخبارية', 'منصات',
  'أنباء', 'الأنباء', 'الأخبار', 'خبر', 'معلومات',
];
/** Verbs that tell a claim as something circulating, not as a fact. */
const CIRCULATION_CUES = ['تداولت', 'تداول', 'يتداول', 'تتداول', 'تداولته', 'تداوله', 'المتداولة', 'متداولة', 'تردد', 'يتردد', 'ترددت', 'انتشرت', 'روجت', 'يروج', 'تروج'];
/** Words of a denial's frame besides those: how it says the claim is false. */
const DENIAL_FRAME = ['صحة', 'الصحة', 'عار', 'عارية', 'صحيح', 'صحيحة', 'أساس', 'مجرد', 'كاذبة', 'مغلوطة', 'مفبركة', 'جملة', 'وتفصيلا', 'تفصيلا', 'قطعيا', 'قاطعا'];

/** The word lists, each with its words behind proclitics (glued) but objectStart, read as written. */
interface Tables {
  /** Frame words of a denial (circulation, denial words and phrases' words). */
  frame: Set<string>;
  /** Frame words of a rumour told as one. */
  circulation: Set<string>;
  cues: Set<string>;
  circulationCues: Set<string>;
  verbs: Set<string>;
  objectStart: Set<string>;
  phrases: string[];
}
let tablesMade: Tables | undefined;

function tables(): Tables {
  if (!tablesMade) {
    const cues = [...DENIAL_WORDS, ...CUES].map(fold);
    const circulation = CIRCULATION.map(fold);
    tablesMade = {
      frame: glued([...circulation, ...DENIAL_FRAME.map(fold), ...cues]),
      circulation: glued(circulation),
      cues: glued(cues),
      circulationCues: glued(CIRCULATION_CUES.map(fold)),
      verbs: glued(VERBS.map(fold)),
      objectStart: new Set(OBJECT_START.map(fold)),
      phrases: DENIAL_PHRASES.map(fold),
    };
  }
  return tablesMade;
}

/**
 * Every word of a list, alone and behind the proclitics a token glues on: «و»,
 * «ف», «ب», «ل» (the rest three letters at least), «لل», «وب», «ول» (four at
 * least), and «لل» for the «ال» it stands for («للاجتماعي»). The tables hold
 * these forms, so a token is looked up once as written: this runs on every
 * token of every sentence, where stripping it three ways sliced and hashed each.
 */
function glued(words: Iterable<string>): Set<string> {
  const forms = new Set<string>();
  for (const w of words) {
    forms.add(w);
    if (w.length >= 3) for (const p of ['و', 'ف', 'ب', 'ل', 'لل', 'وب', 'ول']) forms.add(p + w);
    if (w.startsWith('ال') && w.length > 4) forms.add('لل' + w.slice(2));
  }
  return forms;
}

/** Verbs of denial whose subject is the denier («نفى المركز الإعلامي لمجلس الوزراء ما ...»). */
const VERBS = ['نفى', 'نفت', 'ينفي', 'تنفي', 'نفوا', 'ينفون', 'تنفيان', 'كذب', 'كذبت', 'يكذب', 'تكذب'];
/** Where the denier ends and what is denied begins. */
const OBJECT_START = ['ما', 'لما', 'أن', 'ان', 'إن', 'صحة', 'الصحة', 'وجود', 'الأنباء', 'الأخبار', 'الشائعات', 'التقارير', 'المعلومات'];
/** Longest denier skipped: «المركز الإعلامي لمجلس الوزراء» is four words; a longer run is not a name. */
const MAX_DENIER = 7;

export interface DenialFrame {
  /** Whether a word is of the denial's frame. */
  isFrame(w: string): boolean;
  /** Indexes of the tokens that name the denier (the subject of a verb of denial). */
  denier: Set<number>;
}

/**
 * Whether the sentence of these tokens denies something (a word or phrase of
 * denial), and then which of its words are the denial's frame and who denies;
 * else whether it tells a claim as circulating, and then which words say where;
 * undefined when it does neither.
 */
export function denialFrame(tokens: Token[], folded: string): DenialFrame | undefined {
  if (tokens.length === 0) return undefined;
  const t = tables();
  let denies = tokens.some((tok) => t.cues.has(tok.text));
  if (!denies) {
    const text = folded.slice(tokens[0].start, tokens[tokens.length - 1].end);
    denies = t.phrases.some((p) => text.includes(p));
  }
  if (!denies) return tokens.some((tok) => t.circulationCues.has(tok.text)) ? { isFrame: (w) => t.circulation.has(w), denier: new Set() } : undefined;
  const denier = new Set<number>();
  for (let k = 0; k < tokens.length; k++) {
    if (!t.verbs.has(tokens[k].text)) continue;
    // The words between the verb and its object name who denies: skipped when the object is near.
    let end = -1;
    for (let j = k + 1; j < tokens.length && j <= k + MAX_DENIER + 1; j++) {
      if (t.objectStart.has(tokens[j].text) || t.frame.has(tokens[j].text)) {
        end = j;
        break;
      }
    }
    for (let j = k + 1; j < end; j++) denier.add(j);
  }
  return { isFrame: (w) => t.frame.has(w), denier };
}
