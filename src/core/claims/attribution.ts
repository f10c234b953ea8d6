import { normalize } from '../text/normalize';
import { lightStem } from '../text/stem';
import { isStopword } from '../text/stopwords';
import type { Token } from '../text/tokens';
import type { Attribution, Mention } from '../types';
import { SPEECH, CREDIT, CONTENT, CREDIT_FILLER, MEDIUM_WORDS, PLATFORM_BEFORE, PLATFORM_IDS, ADDRESSEE_BEFORE, UNNAMED_HEADS, QUALIFIER_STOP, OUTLET_ANAPHORA } from './attributionWords';

export interface SentenceTokens {
  tokens: Token[];
  /** Mentions inside the sentence (from the article's mention list). */
  mentions: Mention[];
  /** Article type of each mentioned actor. */
  typeOf: (actorId: string) => string | undefined;
  /** Original offset of a token (tokens are in folded text, mentions in original). */
  origStart: (t: Token) => number;
  /** Original offset of a token's end. */
  origEnd?: (t: Token) => number;
  /** The original text origStart indexes into (the line): for punctuation and the source's words as written. */
  source?: string;
}

function unnamedKey(tokens: Token[], i: number): { key: string; length: number } | undefined {
  // Skip «أحد» / «إحدى» before the head («أحد المسؤولين الأمريكيين»).
  let k = i;
  if (tokens[k] && (tokens[k].text === 'احد' || tokens[k].text === 'احدي')) k++;
  const tok = tokens[k];
  if (!tok) return undefined;
  let head = UNNAMED_HEADS.get(tok.text);
  if (!head && tok.text.startsWith('و')) head = UNNAMED_HEADS.get(tok.text.slice(1));
  if (!head) return undefined;
  const quals: string[] = [];
  let j = k + 1;
  for (; j < tokens.length && j < k + 4; j++) {
    const t = tokens[j].text;
    if (QUALIFIER_STOP.has(t) || UNNAMED_HEADS.has(t) || SPEECH.has(t)) break;
    quals.push(lightStem(t.replace(/^ال/, '')));
  }
  // Only the first qualifier (usually the nationality) names the source; «كبير»/«رفيع» do not change who it is.
  const key = quals.length ? `${head} ${quals[0]}` : head;
  return { key, length: j - i };
}

/** Relative pronouns: the verb after one has the name just before it as its subject. */
const RELATIVE = new Set(['الذي', 'التي', 'الذين', 'اللذان', 'اللتان'].map(normalize));

/** Openings that only introduce («يشار إلى أن», «يذكر أن», «الجدير بالذكر أن»): the attribution starts after them. */
const PREAMBLE = new Set(['يشار', 'ويشار', 'يذكر', 'ويذكر', 'الجدير', 'والجدير', 'يجدر', 'ويجدر'].map(normalize));

/** First token of the attribution part: after a preamble's «أن», else 0. */
function frameStart(tokens: Token[]): number {
  if (!tokens[0] || !PREAMBLE.has(tokens[0].text)) return 0;
  for (let i = 1; i < Math.min(tokens.length, 5); i++) if (CONTENT.has(tokens[i].text)) return i + 1;
  return 0;
}

/** Where the attribution part of a sentence ends: at «أن» and its kin, at a colon or an opening quote (what follows is what was said). */
function frameEnd(s: SentenceTokens, from: number): number {
  const { tokens, source, origStart } = s;
  for (let i = from; i < tokens.length; i++) {
    if (i > from && CONTENT.has(tokens[i].text)) return i;
    if (source && i > from) {
      // Between the two words (a character loop: this runs for most tokens of every sentence).
      let colon = false;
      let quote = false;
      for (let c = s.origEnd ? s.origEnd(tokens[i - 1]) : origStart(tokens[i - 1]), e = origStart(tokens[i]); c < e; c++) {
        const ch = source.charCodeAt(c);
        if (ch === 0x3a) colon = true;
        else if (ch === 0xab || ch === 0x201c || ch === 0x22) quote = true;
      }
      // A quote opens what was said, unless it only wraps a name («لموقع "أكسيوس"»).
      if (colon || (quote && !mentionAt(s, i))) return i;
    }
  }
  return tokens.length;
}

/** Whether a comma stands between token j and the next one. */
function commaAfter(s: SentenceTokens, j: number): boolean {
  if (!s.source || j + 1 >= s.tokens.length) return false;
  const from = s.origEnd ? s.origEnd(s.tokens[j]) : s.origStart(s.tokens[j]) + s.tokens[j].text.length;
  return /[،,؛;]/.test(s.source.slice(from, s.origStart(s.tokens[j + 1])));
}

/** The mention covering token j (not nested), if any. */
function mentionAt(s: SentenceTokens, j: number): Mention | undefined {
  const at = s.origStart(s.tokens[j]);
  return s.mentions.find((mm) => !mm.nested && at >= mm.start && at < mm.end);
}

/** Index of the first token at or after an original offset. */
function tokenIndexAt(s: SentenceTokens, offset: number): number {
  let i = 0;
  while (i < s.tokens.length && s.origStart(s.tokens[i]) < offset) i++;
  return i;
}

/** Whether a media mention is a platform something was posted on («على منصة إكس»). */
function isPlatform(s: SentenceTokens, m: Mention): boolean {
  if (PLATFORM_IDS.has(m.actorId)) return true;
  const i = tokenIndexAt(s, m.start);
  const first = s.tokens[i]?.text;
  const prev = i > 0 ? s.tokens[i - 1].text : '';
  return PLATFORM_BEFORE.has(prev) || (first !== undefined && PLATFORM_BEFORE.has(first));
}

/** Whether a media mention is the one spoken to («لشبكة سي إن إن», «تحدثا إلى أكسيوس»). */
function isAddressee(s: SentenceTokens, m: Mention): boolean {
  const i = tokenIndexAt(s, m.start);
  const prev = i > 0 ? s.tokens[i - 1].text : '';
  const prev2 = i > 1 ? s.tokens[i - 2].text : '';
  return ADDRESSEE_BEFORE.has(prev) || (ADDRESSEE_BEFORE.has(prev2) && prev.length <= 6 && /^(موقع|شبك|صحيف|وكال|قنا|مجل)/.test(prev));
}

/** Words that end an unnamed source's phrase as shown («مصدرين إقليميين تحدثا إلى», «مسؤول كبير لموقع»). */
const PHRASE_END = /^(تحدث|ل|قول|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|امس|اليوم)/;

/** Nouns that name an outlet by what it is («صحيفة لانس», «وكالة الأنباء السورية»), folded, with the word shown. */
const OUTLET_NOUNS = new Map<string, string>(
  [['صحيفة', 'صحيفة'], ['جريدة', 'جريدة'], ['وكالة', 'وكالة'], ['موقع', 'موقع'], ['شبكة', 'شبكة'], ['قناة', 'قناة'], ['مجلة', 'مجلة'], ['إذاعة', 'إذاعة'], ['تلفزيون', 'تلفزيون']]
    .map(([k, v]) => [normalize(k), v]),
);

/** Prefix of a key for an outlet the registry does not know, named in the text. */
export const UNKNOWN_OUTLET_PREFIX = 'outlet:';

/**
 * An outlet the registry does not know, named by what it is: the subject of a
 * verb of saying or the object of a credit («ذكرت صحيفة لانس البرازيلية»,
 * «بحسب وكالة الأنباء السورية»), or the one spoken to («صرح رونالدو لصحيفة صن»).
 * Elsewhere those nouns are often something else («موقع الانفجار», «قناة السويس»).
 */
function unknownOutlet(s: SentenceTokens, begin: number, end: number): { key: string; text: string; addressee: boolean } | undefined {
  const { tokens } = s;
  for (let j = begin; j < end; j++) {
    let t = tokens[j].text;
    let addressee = false;
    if (!OUTLET_NOUNS.has(t) && t.length > 4 && t[0] === 'ل' && OUTLET_NOUNS.has(t.slice(1))) {
      t = t.slice(1);
      addressee = true;
    }
    const noun = OUTLET_NOUNS.get(t);
    if (!noun) continue;
    const prev = j > 0 ? tokens[j - 1].text : '';
    const introduced = addressee ? j > begin : SPEECH.has(bare(prev, SPEECH)) || CREDIT.has(bare(prev, CREDIT)) || prev === 'عن';
    if (!introduced || j + 1 >= tokens.length || mentionAt(s, j + 1)) continue;
    const next = tokens[j + 1].text;
    if (CONTENT.has(next) || SPEECH.has(bare(next, SPEECH)) || CREDIT_FILLER.has(next)) continue;
    // The name: up to three words, ending before a function word («في عددها», «امس»).
    let n = 1;
    while (n < 3 && j + 1 + n < end && !isStopword(tokens[j + 1 + n].text) && !PHRASE_END.test(tokens[j + 1 + n].text)) n++;
    const name = written(s, j + 1, n);
    if (!name) continue;
    const folded = tokens.slice(j + 1, j + 1 + n).map((x) => x.text).join(' ');
    // The key is the name's words as far as it was read (up to punctuation), folded.
    const words = folded.split(' ').slice(0, name.split(/\s+/).length);
    return { key: UNKNOWN_OUTLET_PREFIX + words.join(' '), text: `${noun} ${name}`, addressee };
  }
  return undefined;
}

/** The source's words as written, from token i for at most n tokens, up to punctuation or a word that is not part of it. */
function written(s: SentenceTokens, i: number, n: number): string | undefined {
  if (!s.source || n <= 0) return undefined;
  const a = s.tokens[i];
  let k = i + 1;
  for (; k < Math.min(s.tokens.length, i + n); k++) {
    const gap = s.source.slice(s.origEnd ? s.origEnd(s.tokens[k - 1]) : s.origStart(s.tokens[k - 1]) + s.tokens[k - 1].text.length, s.origStart(s.tokens[k]));
    if (/[^\s]/.test(gap) || PHRASE_END.test(s.tokens[k].text)) break;
  }
  const b = s.tokens[k - 1];
  return s.source.slice(s.origStart(a), s.origEnd ? s.origEnd(b) : s.origStart(b) + b.text.length);
}

/** Strip a conjunction or preposition glued to a word («وأضاف», «فقال», «بحسب» stays). */
function bare(t: string, set: ReadonlySet<string> | ReadonlyMap<string, unknown>): string {
  return gluedForms(set).get(t) ?? t;
}

/**
 * Every word of a list with و, ف, ب or وب glued in front, to the word itself: bare()
 * runs on every token of every sentence, and one lookup costs less than slicing.
 */
const GLUED = new WeakMap<object, Map<string, string>>();
function gluedForms(set: ReadonlySet<string> | ReadonlyMap<string, unknown>): Map<string, string> {
  let forms = GLUED.get(set);
  if (!forms) {
    forms = new Map();
    for (const w of set.keys()) {
      for (const p of ['و', 'ف', 'ب']) if (w.length + 1 > 3 && !forms.has(p + w)) forms.set(p + w, w);
      if (w.length + 2 > 4 && !forms.has('وب' + w)) forms.set('وب' + w, w);
    }
    // A word of the list is itself, even when it also reads as another with a prefix.
    for (const w of set.keys()) forms.set(w, w);
    GLUED.set(set, forms);
  }
  return forms;
}

/**
 * Who made or reported a sentence's claim: a speaker (a known actor or an
 * unnamed source), the outlet that reported or carried it, and the medium
 * (an interview, a post, a speech, a statement). `lastOutlet` is the outlet
 * the article named most recently, for «بحسب الموقع» and «أشار التقرير».
 *
 * The speaker is looked for where Arabic news names sources: after a credit
 * («بحسب», «وفق ما صرح به», «نقلا عن»), then right after a verb of saying
 * (verb-subject order), then before it («تبنى خامنئي موقفا، وادعى أن»), never
 * after «أن» or a colon (that is what was said, and its subject is not the source).
 */
export function attribute(s: SentenceTokens, lastOutlet: string | undefined): Attribution {
  const { tokens, mentions, typeOf } = s;
  const att: Attribution = {};
  const begin = frameStart(tokens);
  const end = frameEnd(s, begin);
  const inFrame = (m: Mention): boolean => {
    const i = tokenIndexAt(s, m.start);
    return i >= begin && i < end;
  };

  // Media: platforms are media of a post; an outlet spoken to is an interview's; any other is the reporting outlet.
  for (const m of mentions) {
    if (m.nested || typeOf(m.actorId) !== 'media') continue;
    if (isPlatform(s, m)) {
      if (!att.medium && inFrame(m)) att.medium = { kind: 'post', actorId: m.actorId };
      continue;
    }
    if (!att.outletActorId) {
      att.outletActorId = m.actorId;
      att.outletText = m.text;
      if (inFrame(m) && isAddressee(s, m) && !att.medium) att.medium = { kind: 'interview', actorId: m.actorId };
    }
  }
  if (!att.outletActorId) {
    const unknown = unknownOutlet(s, begin, end);
    if (unknown) {
      att.outletActorId = unknown.key;
      att.outletText = unknown.text;
      if (unknown.addressee && !att.medium) att.medium = { kind: 'interview', actorId: unknown.key };
    }
  }
  if (!att.outletActorId && lastOutlet && tokens.some((t) => OUTLET_ANAPHORA.has(t.text) || (t.text.length > 6 && OUTLET_ANAPHORA.has(t.text.slice(1))))) {
    att.outletActorId = lastOutlet;
  }
  // Medium words in the attribution part («في خطاب ألقاه», «في تغريدة على»).
  if (!att.medium) {
    for (let i = begin; i < end; i++) {
      const kind = MEDIUM_WORDS.get(bare(tokens[i].text, MEDIUM_WORDS));
      if (kind) {
        att.medium = { kind };
        break;
      }
    }
  } else if (att.medium.kind === 'interview') {
    // «في تصريح لشبكة»: an interview all the same; «في بيان لوكالة» is a statement carried by the agency.
    for (let i = begin; i < end; i++) {
      const kind = MEDIUM_WORDS.get(bare(tokens[i].text, MEDIUM_WORDS));
      if (kind === 'statement' || kind === 'speech') att.medium = { kind, actorId: att.medium.actorId };
      if (kind) break;
    }
  }

  const setSpeaker = (j: number): boolean => {
    const u = unnamedKey(tokens, j);
    if (u) {
      att.speakerText = u.key;
      const w = written(s, j, u.length);
      if (w) att.speakerPhrase = w;
      return true;
    }
    const m = mentionAt(s, j);
    if (m && typeOf(m.actorId) !== 'media') {
      att.speakerActorId = m.actorId;
      att.speakerText = m.text;
      return true;
    }
    return false;
  };

  // 1. A credit names the source, whatever the verb («أبلغت الإدارة إيران ...، وفق ما صرح به مسؤول»).
  for (let i = 0; i < tokens.length; i++) {
    if (!CREDIT.has(bare(tokens[i].text, CREDIT))) continue;
    let sawOutlet = false;
    for (let j = i + 1, seen = 0; j < tokens.length && seen < 5; j++) {
      const t = tokens[j].text;
      // «وفقا لمصادر مطلعة»: the preposition glued to the source.
      if (t.length > 4 && t[0] === 'ل' && UNNAMED_HEADS.has(t.slice(1))) {
        const glued = tokens.slice();
        glued[j] = { ...tokens[j], text: t.slice(1) };
        const u = unnamedKey(glued, j);
        if (u) {
          att.speakerText = u.key;
          const w = written(s, j, u.length);
          if (w) att.speakerPhrase = w.replace(/^ل/, '');
          return att;
        }
      }
      if (CREDIT_FILLER.has(t) || SPEECH.has(t)) continue;
      const m = mentionAt(s, j);
      if (m && typeOf(m.actorId) === 'media') {
        // «بحسب ما نقل موقع أكسيوس عن مصادر مطلعة»: the outlet, then maybe its source.
        sawOutlet = true;
        while (j + 1 < tokens.length && s.origStart(tokens[j + 1]) < m.end) j++;
        seen = 2;
        continue;
      }
      if (setSpeaker(j)) return att;
      seen++;
    }
    if (sawOutlet) return att;
  }

  // 2. The first verb of saying: its subject after it, else before it, else the speaker of the sentence before.
  for (let i = begin; i < end; i++) {
    const t = bare(tokens[i].text, SPEECH);
    if (!SPEECH.has(t)) continue;
    for (let j = i + 1, last = i + 4; j < end && j <= last; j++) {
      const m = mentionAt(s, j);
      if (m && typeOf(m.actorId) === 'media') {
        // «نقلت وكالة رويترز عن مسؤول أمريكي»: the outlet reports; its source may follow.
        while (j + 1 < tokens.length && s.origStart(tokens[j + 1]) < m.end) j++;
        last = j + 4;
        continue;
      }
      if (setSpeaker(j)) return att;
    }
    // Before the verb: after a relative («والتقى لاريجاني، والذي أكد») the nearest name; a
    // coordinated verb («هاجم ترامب تصريحات عراقجي، وحذر من») shares the subject of the clause
    // before it: the first name of the nearest comma-separated part that has one.
    const relative = i > begin && RELATIVE.has(bare(tokens[i - 1].text, RELATIVE));
    let found: Mention | undefined;
    for (let j = i - 1; j >= begin; j--) {
      if (CONTENT.has(tokens[j].text)) break;
      if (found && !relative && commaAfter(s, j)) break; // the part with a name is read to its start
      const m = mentionAt(s, j);
      const type = m && typeOf(m.actorId);
      if (m && (type === 'person' || type === 'organization')) {
        found = m;
        if (relative) break;
      }
    }
    if (found) {
      att.speakerActorId = found.actorId;
      att.speakerText = found.text;
      return att;
    }
    // «وأضاف: ...», «وأضاف أن», «وأضاف في حديثه»: no subject of its own («وأشار التقرير» has one).
    const next = tokens[i + 1]?.text;
    if (i <= begin + 1 && !att.outletActorId && (i + 1 >= end || next === 'في' || next === 'خلال' || MEDIUM_WORDS.has(bare(next ?? '', MEDIUM_WORDS)))) {
      att.speakerFromContext = true;
    }
    break;
  }
  // A source at the start without a verb:
  const u = unnamedKey(tokens, 0);
  if (u) {
    att.speakerText = u.key;
    const w = written(s, 0, u.length);
    if (w) att.speakerPhrase = w;
  }
  return att;
}

/** Length in tokens of an unnamed-source phrase starting at token i («مسؤول أمريكي كبير»), or 0. */
export function sourcePhraseLength(tokens: Token[], i: number): number {
  const t = tokens[i].text;
  // Only heads that are always sources: «دبلوماسي» is also an adjective («حل دبلوماسي»).
  // Asked first: this runs on every token, and few are such a head (sourceHead slices none of the others).
  if (!sourceHead(t) && t !== 'احد' && t !== 'احدي') return 0;
  // A source phrase credits a claim only where it is introduced as one: at the
  // start, or after a verb of saying or «بحسب»/«عن»; «مع مسؤولين إيرانيين» is content.
  const prev = i > 0 ? tokens[i - 1].text : '';
  const cue = i === 0 || SPEECH.has(prev) || SPEECH.has(prev.slice(1)) || prev === 'عن' || prev === 'احد' || prev === 'احدي';
  if (!cue) return 0;
  return unnamedKey(tokens, i)?.length ?? 0;
}
const SOURCE_ONLY_HEADS = new Set(['مسؤول', 'مصدر']);
/** The first letters of the forms of SOURCE_ONLY_HEADS: a token whose second letter is none of them has no such form behind a letter. */
const SOURCE_FORM_STARTS = new Set([...UNNAMED_HEADS].filter(([, head]) => SOURCE_ONLY_HEADS.has(head)).map(([form]) => form.charCodeAt(0)));

/** Whether t is a form of a head of SOURCE_ONLY_HEADS, or, when it is no form of any head, one behind a letter («ومسؤولون»). */
function sourceHead(t: string): boolean {
  const head = UNNAMED_HEADS.get(t);
  if (head !== undefined) return SOURCE_ONLY_HEADS.has(head);
  return t.length > 1 && SOURCE_FORM_STARTS.has(t.charCodeAt(1)) && SOURCE_ONLY_HEADS.has(UNNAMED_HEADS.get(t.slice(1)) ?? '');
}

/** Words of reporting and crediting: they say where a claim comes from, not what it is. */
export const REPORTING: ReadonlySet<string> = new Set(
  `موقع الموقع للموقع لموقع شبكة الشبكة لشبكة صحيفة الصحيفة لصحيفة وكالة الوكالة لوكالة قناة القناة لقناة تقرير التقرير
  تقارير وسائل إعلام الإعلام مصادر مصدر مسؤول مسؤولون مسؤولين المسؤولين مطلعة مطلع رفيع رفيعة كبير كبار رسمية رسمي
  تصريح تصريحات بيان البيان حديثه حديثها قوله قولها قولهم للصحفيين الصحفيين
  مؤكدا مؤكدة مؤكدين مؤكدون مشيرا مشيرة مشيرين مضيفا مضيفة مضيفين موضحا موضحة موضحين لافتا لافتة معتبرا معتبرة معتبرين`
    .split(/\s+/)
    .filter(Boolean)
    .map(normalize),
);
