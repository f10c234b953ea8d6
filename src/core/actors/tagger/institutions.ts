import { normalize } from '../../text/normalize';
import { isStopword } from '../../text/stopwords';
import { spacedApart, type Token } from '../../text/tokens';
import { NATIONALITIES, words } from '../nameWords';

/**
 * Organisations named by what they are: a head noun and the definite noun it
 * governs, with the adjectives and the complements that belong to the name
 * («وزارة التربية والتعليم المصرية», «هيئة الرقابة الإدارية», «حزب العمال
 * البريطاني», «المجلس الأعلى للقضاء», «المرصد السوري لحقوق الإنسان»). The
 * model finds such names by halves («التربية والتعليم» without «وزارة») or not
 * at all when their words are common ones; the grammar of the name is regular
 * enough to read by rule. A wrong highlight costs the reviewer more than a
 * missing one, so the heads are nouns that name a body and little else, and
 * what may follow them is narrow: the definite noun the head governs
 * (indefinite heads), nisba adjectives («الإدارية», «الأعلى», «المصريين»),
 * one coordinated noun after «وزارة», and a complement with «ل» from a short list.
 */

/**
 * Heads that name a body by the definite noun they govern alone: «وزارة الخارجية»,
 * «حزب العمال», «محكمة الاستئناف», «نقابة الصحفيين».
 */
const HEADS = new Set(
  words(`وزارة حزب محكمة منظمة نقابة مفوضية مرصد جمعية مؤسسة بنك مصرف صندوق جامعة اتحاد كلية معهد مستشفى مديرية`),
);

/**
 * Heads that are also common nouns («مجلس الإدارة», «هيئة التحكيم», «دائرة الاهتمام»,
 * «وكالة الأنباء» as a kind of outlet): they name a body only with an adjective or a complement
 * after the noun they govern («هيئة الرقابة الإدارية», «مجلس الوزراء السعودي»,
 * «وكالة الطاقة الذرية»).
 */
const WEAK_HEADS = new Set(words(`مجلس هيئة وكالة سلطة دائرة`));

/** Chambers that «مجلس» names alone («مجلس النواب», «مجلس الشورى»). */
const LEGISLATURES = new Set(words(`النواب الشيوخ الشعب الشورى الأمة`));
const MAJLIS = normalize('مجلس');
const WAKALA = normalize('وكالة');
const JAMIA = normalize('جامعة');

/**
 * Definite heads named by their adjectives: «البرلمان العراقي», «المحكمة العليا
 * الإسرائيلية», «الحزب الشيوعي الصيني», «المجلس الأعلى للقضاء». Without a
 * nationality, a complement, or an adjective that names («الأعلى», «الثوري»),
 * such words describe («المنظمة الدولية», «المؤسسة المالية», «المجلس العسكري»).
 */
const DEFINITE_HEADS = new Set(words(`المجلس المحكمة البرلمان المرصد الحزب البنك الجيش الاتحاد الهيئة المفوضية الحرس`));

/** Adjectives that make a definite head a name without a nationality. */
const NAMING_ADJECTIVES = new Set(
  words(`الأعلى العليا الثوري الشيوعي الديمقراطي الديموقراطي الجمهوري الاشتراكي الاحتياطي المركزي الدستورية الجنائية
  الاتحادي الاتحادية الفيدرالي الفيدرالية`),
);

/** Bodies that are no name as the noun a head governs («مجلس الجامعة», «هيئة المكتب», «مجلس الإدارة»). */
const BODIES = new Set(
  words(`الجامعة المكتب الإدارة المدرسة الشركة المؤسسة المجلس الهيئة اللجنة الجمعية الحزب النادي الكلية المعهد المركز
  الدائرة المدينة البلدية القرية`),
);

/** Heads whose genitive often joins a second noun («وزارة التربية والتعليم», «كلية الآداب والعلوم»). */
const COORDINATING = new Set(words(`وزارة كلية هيئة دائرة`));

/** Words before a head that make the whole a building («مبنى وزارة الخارجية»). */
const BUILDINGS = new Set(words(`مبنى ومبنى بمبنى`));

/** Nouns that head the names of outlets («صحيفة القدس», «قناة الميادين», «إذاعة صوت فلسطين»). */
const MEDIA_HEADS = new Set(words(`صحيفة جريدة مجلة قناة إذاعة تلفزيون`));

/** Nouns before a name that make it a place («مدينة بورصة», «بلدة بوداي»). */
const PLACE_NOUNS = new Set(words(`مدينة بلدة قرية محافظة ولاية عاصمة`));

/**
 * The type of an organisation the tagger found, read from its head and the word
 * before it: an outlet is media («جريدة القدس»: the model reads the head, not what
 * kind of body it names), and a name after «مدينة», «بلدة», «قرية» is a place (in
 * sports news the model reads a city as its club: «مدينة بورصة»).
 */
export function typeByHead(type: string, head: string, before: string | undefined): string {
  if (type !== 'organization') return type;
  if (MEDIA_HEADS.has(head)) return 'media';
  return before !== undefined && PLACE_NOUNS.has(before) ? 'place' : type;
}

/** Genitives that make «وكالة» an outlet («وكالة الأنباء الفرنسية»). */
const MEDIA_GENITIVES = new Set(words(`الأنباء الانباء`));

/**
 * Words ending like nisba adjectives that do not continue a name: time («الماضي», «الحالي»),
 * order («الثاني»), relatives («الذي»), nouns («التحية», «القضية», «العملية»), and the
 * descriptions of a body that are no part of its name («وكالة الأنباء الرسمية»).
 */
const NOT_NISBA = new Set(
  words(`الذي التي الماضي الماضية الحالي الحالية الثاني الثانية التالي التالية الجاري الجارية المعني المعنية الآتي
  الرسمي الرسمية الحكومي الحكومية الأسبوعي الأسبوعية اليومي اليومية الشهري الشهرية السنوي السنوية الذاتي
  الفعلي الحقيقي الرئيسي الرئيسية الأساسي الأساسية المبدئي الأولي الأولية النهائي النهائية الكلي الإضافي
  الجزئي الفوري الفورية الثنائي الثنائية الجماعي الجماعية التحية القضية الهدية الحرية الأغلبية الغالبية الشخصية
  البقية الأولوية العملية الرؤية الميزانية الاتفاقية الهوية النية البنية الأمنية التنمية التسوية التوصية التغطية
  الترقية الجمعية الحماية الرعاية الغاية البداية النهاية الكمية النوعية الأهمية الضحية الضحايا الوصية`),
);
/** Complements with «لل» that belong to an organisation's name («للأنباء», «للقضاء», «للاجئين»). */
const LAM_COMPLEMENTS = new Set(
  words(`للأنباء للإعلام للقضاء للتنمية للإحصاء للطاقة للاستثمار للإغاثة للاجئين للسكان للبيئة للسلام للثقافة
  للعلوم للتربية للتعليم للصحافة للدراسات للبحوث للأبحاث للشباب للرياضة للمرأة للطفولة للتجارة للنفط للبترول
  للكهرباء للطيران للاتصالات للمياه للتأمين للحريات للانتخابات للدولة للصحة للزراعة للتخطيط للإسكان للنقل
  للسياحة للآثار للكتاب للمحاسبات`),
);

/** Complements with «ل» before an indefinite noun that governs a definite one («لحقوق الإنسان», «لشؤون اللاجئين»). */
const LAM_GOVERNORS = new Set(words(`لحقوق لشؤون لكرة لمكافحة لمراقبة لرعاية لتنمية لدعم`));

export interface InstitutionSpan {
  /** Tokens [first, last) of the name, and the letters of proclitics left out of its first token. */
  first: number;
  last: number;
  prefixLength: number;
  type: 'organization' | 'media';
}

/** Adjectives of bodies that do not end like a nisba («المحكمة العليا», «الهيئة العامة»). */
const MORE_ADJECTIVES = new Set(words(`العليا العامة العام`));

const isNisba = (w: string): boolean =>
  MORE_ADJECTIVES.has(w) || (w.length >= 5 && w.startsWith('ال') && /(?:ي|يه|يين|يون)$/.test(w) && !NOT_NISBA.has(w) && !isStopword(w));

/** A definite noun the head governs: «الخارجية», «العمال», «الصحة» (not an adjective, not a particle). */
const isGenitive = (w: string): boolean => w.length >= 4 && w.startsWith('ال') && !isStopword(w) && !NOT_NISBA.has(w);

/**
 * Does an adjective agree with a noun? Plural adjectives («المصريين») and names' elatives («الأعلى») always
 * may; plurals in «ات» take the feminine («قوات سورية الديمقراطية»).
 */
const agrees = (adjective: string, noun: string): boolean =>
  /(?:ين|ون)$/.test(adjective) || adjective === ALA || /(?:ه|يا)$/.test(adjective) === /(?:ه|يا|ات)$/.test(noun);
const ALA = normalize('الأعلى');

type Head = { prefix: number; kind: 'strong' | 'weak' | 'definite' };

/**
 * A sieve of written forms: a bit per hash of a word's length and its first two
 * and last two letters. A word whose bit is clear is none of the forms; one whose
 * bit is set is looked up in the map of forms. Reading four letters costs a few
 * nanoseconds, where the map hashes the whole word and compares it: most tokens
 * head nothing, and 14 bits leave about one word in forty to the map.
 */
class FormSieve {
  private readonly bits = new Int32Array(1 << 9);
  static slot(w: string): number {
    const n = w.length;
    if (n < 2) return 0;
    return Math.imul(n ^ (w.charCodeAt(0) << 4) ^ (w.charCodeAt(1) << 9) ^ (w.charCodeAt(n - 1) << 14) ^ (w.charCodeAt(n - 2) << 19), 0x9e3779b1) >>> 18;
  }
  add(w: string): void {
    const s = FormSieve.slot(w);
    this.bits[s >> 5] |= 1 << (s & 31);
  }
  mayHold(w: string): boolean {
    const s = FormSieve.slot(w);
    return (this.bits[s >> 5] & (1 << (s & 31))) !== 0;
  }
}

/**
 * Every written form of a head, with its proclitics («بوزارة», «ووزارة», «فالمجلس», «بالمحكمة»):
 * one lookup a token, as most tokens head nothing (built on first use), behind a sieve of the forms.
 */
let headForms: Map<string, Head> | undefined;
const headSieve = new FormSieve();
function headAt(w: string): Head | undefined {
  if (!headForms) {
    headForms = new Map();
    const kinds: Array<[ReadonlySet<string>, Head['kind']]> = [[HEADS, 'strong'], [WEAK_HEADS, 'weak'], [DEFINITE_HEADS, 'definite']];
    // The reading with the fewest proclitics first, then the strongest head: the first reading of a form stands.
    for (const prefix of ['', 'و', 'ف', 'ب', 'ك', 'ل', 'وب', 'وك', 'ول', 'فب', 'فك', 'فل']) {
      for (const [set, kind] of kinds) for (const h of set) if (!headForms.has(prefix + h)) headForms.set(prefix + h, { prefix: prefix.length, kind });
    }
    for (const form of headForms.keys()) headSieve.add(form);
  }
  return headSieve.mayHold(w) ? headForms.get(w) : undefined;
}

/**
 * The organisations named by rule on a line: token spans that no registry
 * mention touches (`covered`). Spans do not overlap.
 */
export function institutionSpans(tokens: Token[], folded: string, covered: Uint8Array): InstitutionSpan[] {
  const out: InstitutionSpan[] = [];
  const next = (k: number): boolean => k < tokens.length && !covered[k] && spacedApart(folded, tokens[k - 1], tokens[k]);
  for (let i = 0; i < tokens.length - 1; i++) {
    if (covered[i]) continue;
    const head = headAt(tokens[i].text);
    if (!head) continue;
    // «مبنى وزارة الخارجية» is a building, a place.
    if (i > 0 && BUILDINGS.has(tokens[i - 1].text) && spacedApart(folded, tokens[i - 1], tokens[i])) continue;
    const headWord = tokens[i].text.slice(head.prefix);
    const definite = head.kind === 'definite';
    if (!next(i + 1)) continue;
    const gen = tokens[i + 1].text;
    // «الاتحاد الجنوب أفريقي»: a nationality of two words stands for one adjective.
    const pair = (k: number): boolean => next(k) && next(k + 1) && NATIONALITIES.has(tokens[k].text + ' ' + tokens[k + 1].text);
    if (definite && pair(i + 1)) {
      let k = i + 3;
      if (next(k) && LAM_GOVERNORS.has(tokens[k].text) && next(k + 1) && isGenitive(tokens[k + 1].text)) k += 2;
      out.push({ first: i, last: k, prefixLength: head.prefix, type: 'organization' });
      i = k - 1;
      continue;
    }
    // The noun governed is no institution of its own («مجلس الجامعة», «هيئة المكتب»).
    if (definite ? !isNisba(gen) || !agrees(gen, headWord) : !isGenitive(gen) || BODIES.has(gen)) continue;
    let k = i + 2;
    let coordinated = false;
    let named = head.kind === 'strong' || NAMING_ADJECTIVES.has(gen) || NATIONALITIES.has(gen) || (headWord === MAJLIS && LEGISLATURES.has(gen));
    while (k - i < 7 && next(k)) {
      const w = tokens[k].text;
      if (pair(k)) {
        named = true;
        k += 2;
        continue;
      }
      // An adjective after an adjective agrees with it or with the head («الحرس البلدي التحية» is a new clause); after
      // the noun governed, it may be of any gender (plurals of things take the feminine: «المحاكم الإسلامية»).
      if (isNisba(w) && (k === i + 2 || agrees(w, headWord) || agrees(w, tokens[k - 1].text))) {
        if (!definite || NAMING_ADJECTIVES.has(w) || NATIONALITIES.has(w)) named = true;
        k++;
      }
      // «دائرة الشؤون الإسلامية والدرزية»: a nisba joined by «و» to the one before it.
      else if (w[0] === 'و' && isNisba(tokens[k - 1].text) && isNisba(w.slice(1)) && !MORE_ADJECTIVES.has(w.slice(1))) k++;
      else if (LAM_COMPLEMENTS.has(w) || (LAM_GOVERNORS.has(w) && next(k + 1) && isGenitive(tokens[k + 1].text))) {
        k += LAM_COMPLEMENTS.has(w) ? 1 : 2;
        named = true;
      }
      // «وزارة التربية والتعليم», «كلية الآداب والعلوم»: one noun joined by «و», right after the genitive.
      else if (!coordinated && !definite && k === i + 2 && COORDINATING.has(headWord) && /^وال/.test(w) && isGenitive(w.slice(1))) {
        coordinated = true;
        k++;
      } else break;
    }
    if (!named) continue;
    const media = headWord === WAKALA && MEDIA_GENITIVES.has(gen);
    out.push({ first: i, last: k, prefixLength: head.prefix, type: media ? 'media' : 'organization' });
    i = k - 1;
  }
  return out;
}

/** Heads named after a place («جامعة بيونغ يانغ», «قوات سورية الديمقراطية», «حركة تحرير السودان»). */
const PLACE_HEADS = new Set(words(`حركة جبهة قوات جامعة حزب جيش`));
/** Heads a place alone may follow in a name («جامعة بيونغ يانغ», «حزب مصر»). */
const ALONE_BEFORE_PLACE = new Set(words(`جامعة حزب`));
/** Every written form of those heads: the letters of its proclitic (built on first use). */
let placeForms: Map<string, number> | undefined;
const placeSieve = new FormSieve();
function placeHeadAt(w: string): number | undefined {
  if (!placeForms) {
    placeForms = new Map();
    for (const prefix of ['', 'و', 'ف', 'ب', 'ل']) for (const h of PLACE_HEADS) if (!placeForms.has(prefix + h)) placeForms.set(prefix + h, prefix.length);
    for (const form of placeForms.keys()) placeSieve.add(form);
  }
  return placeSieve.mayHold(w) ? placeForms.get(w) : undefined;
}
/** The one word that may stand between such a head and its place («حركة تحرير السودان»). */
const BEFORE_PLACE = new Set(words(`تحرير تحرر`));

/**
 * Organisations named after a place the registry knows: the head, at most «تحرير»,
 * the registry's words (`covered`), and adjectives that agree with the head. The
 * caller nests the place in the name where it is a place's or a country's mention
 * (spanRules.ts institutionOverPlace), as it does for the tagger's «بلدية نابلس».
 */
export function placeInstitutionSpans(tokens: Token[], folded: string, covered: Uint8Array): InstitutionSpan[] {
  const out: InstitutionSpan[] = [];
  const joined = (k: number): boolean => k < tokens.length && spacedApart(folded, tokens[k - 1], tokens[k]);
  for (let i = 0; i < tokens.length - 1; i++) {
    if (covered[i]) continue;
    const w = tokens[i].text;
    const prefix = placeHeadAt(w);
    if (prefix === undefined) continue;
    const head = w.slice(prefix);
    let k = i + 1;
    if (joined(k) && !covered[k] && BEFORE_PLACE.has(tokens[k].text) && head !== JAMIA) k++;
    if (!joined(k) || !covered[k]) continue;
    while (joined(k) && covered[k]) k++;
    const place = k;
    while (joined(k) && !covered[k] && isNisba(tokens[k].text) && agrees(tokens[k].text, head)) k++;
    // «قوات سورية» are Syrian forces: forces and movements are named by more than a place («قوات سورية الديمقراطية»).
    if (k === place && !ALONE_BEFORE_PLACE.has(head) && !BEFORE_PLACE.has(tokens[i + 1].text)) continue;
    out.push({ first: i, last: k, prefixLength: prefix, type: 'organization' });
    i = k - 1;
  }
  return out;
}
