import type { Random } from './random';

/**
 * How one outlet retells another's report: other verbs of saying, other
 * common words, its own attribution, a clause left out. Every change is a
 * real Arabic word or phrase; the sentence stays readable news.
 */

/** Words news uses interchangeably; each is replaced by another of its set. */
const VARIANTS: string[][] = [
  ['قال', 'أوضح', 'ذكر'],
  ['وقال', 'وأوضح', 'وذكر'],
  ['أكد', 'شدد'],
  ['وأكد', 'وشدد'],
  ['أعلن', 'كشف'],
  ['وأعلن', 'وكشف'],
  ['أضاف', 'تابع'],
  ['وأضاف', 'وتابع'],
  ['أمس', 'يوم أمس'],
  ['اجتماع', 'لقاء'],
  ['الاجتماع', 'اللقاء'],
  ['هجوم', 'اعتداء'],
  ['الهجوم', 'الاعتداء'],
  ['محادثات', 'مباحثات'],
  ['المحادثات', 'المباحثات'],
  ['حوالي', 'نحو', 'قرابة'],
  ['إلى', 'الى'],
  ['إن', 'إنّ'],
  ['الحكومة', 'السلطات'],
  ['مقتل', 'مصرع'],
  ['كبير', 'بارز'],
];
const VARIANT_OF = new Map<string, string[]>();
for (const set of VARIANTS) for (const w of set) VARIANT_OF.set(w, set.filter((x) => x !== w));

/** Openers an outlet puts before a retold sentence. */
const OPENERS = ['من جهة أخرى، ', 'في غضون ذلك، ', 'وفي السياق نفسه، ', 'إلى ذلك، ', 'وفي تطور لافت، '];

export interface Voice {
  /** The outlet the article credits («وكالة رويترز»). */
  outlet: string;
  /** Who the story quotes. */
  speaker: string;
}

/** The same sentence with some common words swapped for their variants. */
export function swapWords(s: string, r: Random): string {
  return s
    .split(' ')
    .map((w) => {
      const alt = VARIANT_OF.get(w);
      return alt && r.chance(0.6) ? r.pick(alt) : w;
    })
    .join(' ');
}

function dropLastClause(s: string): string {
  const cut = s.lastIndexOf('، ');
  if (cut < 0) return s;
  const head = s.slice(0, cut);
  return head.split(' ').length >= 6 ? head + '.' : s;
}

function withoutFinalStop(s: string): string {
  return s.replace(/[.]$/, '');
}

/** A sentence's opening «و» (as a word or on a common first word), which a quote frame replaces. */
const LEADING_AND = /^و(?: |(?=(?:قال|أضاف|أكد|أوضح|ذكر|كان|كانت|في|قد|لم|تابع|شدد|كشف|أعلن|أشار|على|علي|من|أن|إن) ))/;

function attribute(s: string, voice: Voice, r: Random): string {
  const body = withoutFinalStop(s);
  const inner = body.replace(LEADING_AND, '');
  // «وكالة», «قناة» take a feminine verb; «موقع» a masculine one.
  const t = voice.outlet.split(' ')[0].endsWith('ة') ? 'ت' : '';
  switch (r.int(4)) {
    case 0:
      return `وقال ${voice.speaker} إن ${inner}.`;
    case 1:
      return `وذكر${t} ${voice.outlet} أن ${inner}.`;
    case 2:
      return `${body}، بحسب ما نقل${t} ${voice.outlet}.`;
    default:
      return `${body}، وفقا لمصادر مطلعة.`;
  }
}

/** One retelling of `s`: each article changes it its own way (some keep it as it is). */
export function retell(s: string, voice: Voice, r: Random): string {
  let out = s;
  if (r.chance(0.7)) out = swapWords(out, r);
  if (r.chance(0.3)) out = dropLastClause(out);
  if (r.chance(0.35)) out = attribute(out, voice, r);
  else if (r.chance(0.2)) out = r.pick(OPENERS) + out;
  return out;
}

/** A sentence's clauses: cut at commas and before words joined by «و», pieces of four words or more. */
export function clauses(s: string): string[] {
  const body = s.replace(/[.!؟?]+["»”]?$/, '');
  const out: string[] = [];
  for (const part of body.split(/،\s*|\s(?=و[\u0621-\u064a]{3,})/)) {
    const words = part.trim();
    if (words.split(/\s+/).length >= 4) out.push(words);
  }
  return out.length ? out : [body.trim()];
}

/** A sentence made of pieces of several sentences (text around the story: background, other news). */
export function splice(parts: string[]): string {
  return parts.join('، ') + '.';
}
