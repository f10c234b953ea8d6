import { normalize } from '../text/normalize';
import { lightStem } from '../text/stem';
import type { Token } from '../text/tokens';
import type { Attribution, Mention } from '../types';

/** Verbs that introduce what someone said or reported. */
const SPEECH = new Set(
  `قال قالت قالوا يقول تقول يقولون أكد أكدت أكدوا يؤكد تؤكد يؤكدون أوضح أوضحت أضاف أضافت أشار أشارت صرح صرحت
  أعلن أعلنت ذكر ذكرت يذكر أفاد أفادت كشف كشفت حذر حذرت اعتبر اعتبرت وصف وصفت شدد شددت نقل نقلت نقلا نقلاً
  كتب كتبت غرد غردت رأى رأت أبلغ أبلغت أعرب أعربت نفى نفت زعم زعمت ادعى ادعت بحسب حسب وفق وفقا وفقاً طبقا لفت لفتت`
    .split(/\s+/)
    .filter(Boolean)
    .map(normalize),
);

/** Heads of unnamed sources («مسؤول أمريكي كبير», «مصادر مطلعة»), folded to one key per head. */
const UNNAMED_HEADS = new Map<string, string>(
  (
    [
      ['مسؤول', 'مسؤول'], ['مسؤوله', 'مسؤول'], ['مسؤولون', 'مسؤول'], ['مسؤولين', 'مسؤول'], ['المسؤولين', 'مسؤول'],
      ['المسؤولون', 'مسؤول'], ['مسؤولو', 'مسؤول'], ['مسئول', 'مسؤول'], ['مسئولون', 'مسؤول'], ['مسئولين', 'مسؤول'],
      ['مصدر', 'مصدر'], ['مصادر', 'مصدر'], ['مصدران', 'مصدر'], ['مصدرين', 'مصدر'], ['المصادر', 'مصدر'],
      ['دبلوماسي', 'دبلوماسي'], ['دبلوماسيون', 'دبلوماسي'], ['دبلوماسيين', 'دبلوماسي'], ['ديبلوماسي', 'دبلوماسي'],
      ['متحدث', 'متحدث'], ['المتحدث', 'متحدث'], ['مصدرا', 'مصدر'], ['شهود', 'شهود'], ['مراقبون', 'مراقب'],
      ['وسائل', 'وسائل اعلام'], ['تقارير', 'تقارير'], ['تقرير', 'تقرير'],
    ] as Array<[string, string]>
  ).map(([k, v]) => [normalize(k), v]),
);

/** Words that can qualify an unnamed source; anything else ends the phrase. */
const QUALIFIER_STOP = new Set(['في', 'من', 'ل', 'لل', 'ان', 'عن', 'الي', 'علي', 'قوله', 'قولها', 'قولهم', 'مع', 'بان', 'انه', 'انها', 'ان', 'الذي', 'التي'].map(normalize));

/** Words that point back at an outlet named earlier in the article. */
const OUTLET_ANAPHORA = new Set(['الموقع', 'للموقع', 'التقرير', 'الصحيفه', 'للصحيفه', 'الوكاله', 'للوكاله', 'الشبكه', 'للشبكه', 'القناه', 'للقناه', 'المصدر'].map(normalize));

export interface SentenceTokens {
  tokens: Token[];
  /** Mentions inside the sentence (from the article's mention list). */
  mentions: Mention[];
  /** Article type of each mentioned actor. */
  typeOf: (actorId: string) => string | undefined;
  /** Original offset of a token (tokens are in folded text, mentions in original). */
  origStart: (t: Token) => number;
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

/**
 * Who made or reported a sentence's claim: a speaker (a known actor or an
 * unnamed source) and an outlet. `lastOutlet` is the outlet the article named
 * most recently, for «بحسب الموقع» and «أشار التقرير».
 */
export function attribute(s: SentenceTokens, lastOutlet: string | undefined): Attribution {
  const { tokens, mentions, typeOf } = s;
  const att: Attribution = {};
  const media = mentions.find((m) => !m.nested && typeOf(m.actorId) === 'media');
  if (media) {
    att.outletActorId = media.actorId;
    att.outletText = media.text;
  } else if (lastOutlet && tokens.some((t) => OUTLET_ANAPHORA.has(t.text) || (t.text.length > 6 && OUTLET_ANAPHORA.has(t.text.slice(1))))) {
    att.outletActorId = lastOutlet;
  }
  // Speaker: the first speech verb followed closely by a named actor or an unnamed source.
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i].text;
    if (!SPEECH.has(t) && t.length > 3 && (t[0] === 'و' || t[0] === 'ف')) t = t.slice(1);
    if (!SPEECH.has(t)) continue;
    for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
      const u = unnamedKey(tokens, j);
      if (u) {
        att.speakerText = u.key;
        return att;
      }
      const at = s.origStart(tokens[j]);
      const m = mentions.find((mm) => !mm.nested && typeOf(mm.actorId) !== 'media' && at >= mm.start && at < mm.end);
      if (m) {
        att.speakerActorId = m.actorId;
        att.speakerText = m.text;
        return att;
      }
    }
  }
  // «بحسب مسؤول أمريكي كبير، ...» at the very start is caught above; a source at the start without a verb:
  const u = unnamedKey(tokens, 0);
  if (u) att.speakerText = u.key;
  return att;
}

/** Length in tokens of an unnamed-source phrase starting at token i («مسؤول أمريكي كبير»), or 0. */
export function sourcePhraseLength(tokens: Token[], i: number): number {
  const t = tokens[i].text;
  // A source phrase credits a claim only where it is introduced as one: at the
  // start, or after a verb of saying or «بحسب»/«عن»; «مع مسؤولين إيرانيين» is content.
  const prev = i > 0 ? tokens[i - 1].text : '';
  const cue = i === 0 || SPEECH.has(prev) || SPEECH.has(prev.slice(1)) || prev === 'عن' || prev === 'احد' || prev === 'احدي';
  if (!cue) return 0;
  // Only heads that are always sources: «دبلوماسي» is also an adjective («حل دبلوماسي»).
  if (!SOURCE_ONLY_HEADS.has(UNNAMED_HEADS.get(t) ?? UNNAMED_HEADS.get(t.slice(1)) ?? '') && t !== 'احد' && t !== 'احدي') return 0;
  return unnamedKey(tokens, i)?.length ?? 0;
}
const SOURCE_ONLY_HEADS = new Set(['مسؤول', 'مصدر']);

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
