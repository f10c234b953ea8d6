/**
 * The words attribution.ts reads a sentence's source by: verbs of saying, credit frames, media and
 * platform words, heads of unnamed sources; folded once here, so the rules there stay short.
 */
import { normalize } from '../text/normalize';
import type { MediumKind } from '../types';

/** Verbs that introduce what someone said or reported. */
export const SPEECH = new Set(
  `قال قالت قالوا يقول تقول يقولون أكد أكدت أكدوا يؤكد تؤكد يؤكدون أوضح أوضحت أضاف أضافت أشار أشارت صرح صرحت
  أعلن أعلنت ذكر ذكرت يذكر أفاد أفادت كشف كشفت حذر حذرت اعتبر اعتبرت وصف وصفت شدد شددت نقل نقلت نقلا نقلاً
  كتب كتبت غرد غردت رأى رأت أبلغ أبلغت أعرب أعربت نفى نفت زعم زعمت ادعى ادعت بحسب حسب وفق وفقا وفقاً طبقا لفت لفتت
  أشاد أشادت انتقد انتقدت اتهم اتهمت رحب رحبت دعا دعت طالب طالبت`
    .split(/\s+/)
    .filter(Boolean)
    .map(normalize),
);

/** Words that credit a source rather than tell («بحسب», «وفق ما صرح به», «نقلا عن»): what follows is the source, whatever the sentence's verb. */
export const CREDIT = new Set(['بحسب', 'حسب', 'وفق', 'وفقا', 'طبقا', 'نقلا'].map(normalize));

/** Complementisers: what follows is what was said (its subject is never who said it). */
export const CONTENT = new Set(['ان', 'بان', 'انه', 'انها', 'انهم', 'بانه', 'بانها', 'بانهم', 'فان', 'فانه', 'فانها', 'لان'].map(normalize));

/** Words a credit frame may hold before its source («وفق ما صرح به مسؤول», «بحسب ما نقل موقع أكسيوس عن»). */
export const CREDIT_FILLER = new Set(['ما', 'لما', 'به', 'بها', 'عن', 'ل', 'لـ', 'الي'].map(normalize));

/** Words that say how something was said: the medium, a link of the chain. */
export const MEDIUM_WORDS = new Map<string, MediumKind>(
  (
    [
      ['مقابلة', 'interview'], ['مقابلته', 'interview'], ['مقابلتها', 'interview'], ['حوار', 'interview'], ['حواره', 'interview'],
      ['حديثه', 'interview'], ['حديثها', 'interview'],
      ['تغريدة', 'post'], ['تغريدته', 'post'], ['تغريدتها', 'post'], ['منشور', 'post'], ['منشوره', 'post'], ['تدوينة', 'post'],
      ['تدوينته', 'post'], ['غرد', 'post'], ['غردت', 'post'],
      ['خطاب', 'speech'], ['خطابه', 'speech'], ['خطابها', 'speech'], ['كلمته', 'speech'], ['كلمتها', 'speech'],
      ['بيان', 'statement'], ['بيانا', 'statement'], ['البيان', 'statement'], ['بيانه', 'statement'], ['بيانها', 'statement'],
      ['تصريح', 'remarks'], ['تصريحات', 'remarks'], ['تصريحه', 'remarks'], ['تصريحاته', 'remarks'], ['للصحفيين', 'remarks'],
      ['للصحافيين', 'remarks'], ['مؤتمر', 'remarks'],
    ] as Array<[string, MediumKind]>
  ).map(([k, v]) => [normalize(k), v]),
);

/** Words before a media name that make it the place something was posted («على منصة», «عبر حسابه»), not a reporting outlet. */
export const PLATFORM_BEFORE = new Set(['علي', 'عبر', 'منصه', 'منصته', 'منصتها', 'حساب', 'حسابه', 'حسابها', 'صفحته', 'صفحتها'].map(normalize));
/** Built-in media actors that are platforms: what is posted there has an author, never the platform. */
export const PLATFORM_IDS = new Set(['x_platform', 'truth_social', 'telegram', 'facebook', 'instagram', 'youtube', 'tiktok']);

/** Words before a media name that make it the one spoken to («قال لشبكة», «تحدث إلى», «في مقابلة مع»). */
export const ADDRESSEE_BEFORE = new Set(['ل', 'لـ', 'الي', 'مع', 'لشبكه', 'لموقع', 'لصحيفه', 'لوكاله', 'لقناه', 'لمجله', 'لاذاعه', 'لتلفزيون'].map(normalize));

/** Heads of unnamed sources («مسؤول أمريكي كبير», «مصادر مطلعة»), folded to one key per head. */
export const UNNAMED_HEADS = new Map<string, string>(
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
export const QUALIFIER_STOP = new Set(['في', 'من', 'ل', 'لل', 'ان', 'عن', 'الي', 'علي', 'قوله', 'قولها', 'قولهم', 'مع', 'بان', 'انه', 'انها', 'ان', 'الذي', 'التي'].map(normalize));

/** Words that point back at an outlet named earlier in the article. */
export const OUTLET_ANAPHORA = new Set(['الموقع', 'للموقع', 'التقرير', 'الصحيفه', 'للصحيفه', 'الوكاله', 'للوكاله', 'الشبكه', 'للشبكه', 'القناه', 'للقناه', 'المصدر'].map(normalize));
