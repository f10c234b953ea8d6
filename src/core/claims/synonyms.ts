/**
 * News wording that retells one claim in other words, for grouping: each group
 * folds onto one feature (its first word's stem), after the general table of
 * text/stem.ts. Gathered from the paraphrase pairs of the Arabic News Stance
 * data (Khouja 2020, Apache-2.0; see NOTICE), the words an agreeing version
 * swaps for another, and curated by hand. Opposites never share a group (the
 * contradiction check reads the sentences themselves, not these features).
 * The learned variants and synonyms below are applied after these groups.
 */
import { normalize } from '../text/normalize';
import { lightStem } from '../text/stem';
import learned from '../data/claims/learned-synonyms.json';

const GROUPS: string[][] = [
  ['ارتفاع', 'ارتفع', 'يرتفع', 'صعود', 'صعد', 'يصعد', 'قفز', 'يقفز', 'زيادة', 'يزيد'],
  ['انخفاض', 'انخفض', 'ينخفض', 'هبوط', 'هبط', 'يهبط', 'تراجع', 'يتراجع', 'نزول', 'نزل', 'ينزل', 'هوى', 'يهوي', 'تهاوى', 'يتهاوى', 'انهيار', 'انهار', 'ينهار', 'انحدار', 'ينحدر', 'تنحدر', 'تدهور', 'يتدهور', 'تتدهور', 'خفض', 'تخفيض', 'يخفض', 'تخفض'],
  ['خسائر', 'خسارة', 'خسر', 'يخسر', 'تخسر'],
  ['بحث', 'يبحث', 'تبحث', 'ناقش', 'يناقش', 'تناقش', 'مناقشة'],
  ['طالب', 'يطالب', 'تطالب', 'مطالبة', 'مطالبات', 'حث', 'يحث', 'تحث', 'دعا', 'يدعو', 'تدعو', 'دعوة'],
  ['مقاطعة', 'حصار'],
  ['دعم', 'يدعم', 'تأييد', 'أيد', 'يؤيد', 'مؤيد'],
  ['منع', 'يمنع', 'حظر', 'يحظر', 'حرم', 'يحرم'],
  ['إغلاق', 'أغلق', 'يغلق', 'غلق'],
  ['انتقاد', 'انتقد', 'ينتقد', 'احتجاج', 'احتج', 'يحتج'],
  ['وفاة', 'توفي', 'موت', 'مات', 'يموت'],
  ['فرار', 'فر', 'يفر', 'هروب', 'هرب', 'يهرب', 'نزوح', 'نزح'],
  ['تهديد', 'هدد', 'يهدد', 'تحذير', 'حذر', 'يحذر', 'أنذر', 'ينذر'],
  ['استقرار', 'استقر', 'يستقر', 'مستقر'],
  ['تعافي', 'تعافى', 'يتعافى', 'تعويض', 'عوض', 'يعوض'],
  ['إنشاء', 'أنشأ', 'استحداث', 'استحدث', 'تأسيس', 'أسس'],
  ['اتهام', 'اتهم', 'يتهم', 'تهمة', 'متهم'],
  ['إخفاق', 'أخفق', 'فشل', 'يفشل'],
  ['تصدير', 'صادرات', 'صدر'],
  ['مئة', 'مائة', 'مئات'],
  ['مقتل', 'قتل', 'قتيل', 'قتلى', 'مصرع'],
  ['اعتقال', 'اعتقل', 'يعتقل', 'تعتقل', 'القبض', 'احتجاز', 'احتجز', 'يحتجز'],
  ['زيارة', 'زار', 'يزور', 'تزور'],
  ['مغادرة', 'غادر', 'يغادر', 'تغادر', 'يغادرون'],
  ['إطلاق', 'أطلق', 'يطلق', 'تطلق'],
  ['قيادة', 'قاد', 'يقود', 'تقود'],
  ['إلغاء', 'ألغى', 'يلغي', 'تلغي'],
  ['مستوى', 'مستويات'],
  ['حشد', 'حشود', 'تعزيز', 'تعزيزات'],
  ['تزامن', 'بالتزامن', 'تزامنا', 'توازي', 'بالتوازي', 'موازاة'],
  ['أوامر', 'أمر', 'أمرت', 'يأمر', 'تأمر'],
  ['استعداد', 'مستعد', 'مستعدة', 'انفتاح', 'منفتح', 'منفتحة'],
  ['سوق', 'أسواق'],
  ['وقف', 'يوقف', 'توقف', 'يتوقف', 'إيقاف', 'إنهاء', 'ينهي', 'تنهي', 'تعليق', 'يعلق', 'تعلق'],
  // Common news words a retelling swaps for another (not from the pairs: general usage). Words with a second
  // sense a claim often has are left out («أجل» of «من أجل», «عام» of «الرأي العام», «فجر» the dawn and the stem of «تفجير», «ترحيل» whose stem is «رحيل»'s, «وقع»
  // as «occurred», «مركبة» whose stem is the boat's «مركب», «نار» of gunfire).
  ['فيديو', 'مقطع', 'شريط'],
  ['ضريبة', 'ضرائب', 'رسوم'],
  ['هاتف', 'هواتف', 'جوال', 'موبايل'],
  ['عثور', 'عثر', 'يعثر', 'انتشال', 'انتشل', 'ينتشل'],
  ['مقبل', 'قادم'],
  ['تأجيل', 'يؤجل', 'تؤجل', 'إرجاء', 'أرجأ', 'يرجئ', 'ترجئ', 'تأخير'],
  ['امتحان', 'امتحانات', 'اختبار', 'اختبارات'],
  ['حريق', 'حرائق', 'نيران'],
  ['إصابة', 'إصابات', 'مصاب', 'مصابين', 'جريح', 'جرحى'],
  ['إفراج', 'أفرج', 'يفرج', 'تفرج', 'سراح'],
  ['استقالة', 'استقال', 'يستقيل', 'تستقيل'],
  ['سيارة', 'سيارات'],
  ['رواتب', 'راتب', 'أجور'],
  ['قارب', 'مركب', 'زورق', 'قوارب'],
  ['سجن', 'يسجن', 'حبس', 'يحبس', 'سجين', 'سجناء', 'مساجين'],
  ['سنوات', 'أعوام', 'سنين'],
  ['اختطاف', 'خطف', 'يخطف', 'يختطف'],
  ['كهرباء', 'كهربائي', 'كهربائية'],
  ['جثة', 'جثث', 'جثمان', 'رفات'],
  ['انفجار', 'انفجر', 'انفجارات'],
  ['شائعة', 'شائعات', 'إشاعة', 'إشاعات'],
  ['مستشفى', 'مشفى', 'مستشفيات'],
  ['مظاهرة', 'مظاهرات', 'تظاهرة', 'تظاهرات', 'متظاهرين', 'متظاهرون'],
  ['زلزال', 'هزة'],
  ['فيضان', 'فيضانات', 'سيول'],
  ['مساعدات', 'معونات', 'إغاثة'],
  ['صاروخ', 'صواريخ', 'قذيفة', 'قذائف'],
];

/** Stem -> its group's head stem; built on first use, not when the bundle loads. */
let table: Map<string, string> | undefined;
function synonymTable(): Map<string, string> {
  if (table) return table;
  table = new Map();
  for (const g of GROUPS) {
    const head = lightStem(normalize(g[0]));
    for (const w of g) {
      const s = lightStem(normalize(w));
      if (!table.has(s)) table.set(s, head);
    }
  }
  return table;
}

/** The hand groups alone. */
export function handSynonym(stem: string): string {
  return synonymTable().get(stem) ?? stem;
}

/**
 * Stem variants and synonyms learned from the paraphrase pairs of the same data
 * (src/core/data/claims/learned-synonyms.json, `npm run build:claim-synonyms`,
 * src/eval/claims/learnSynonyms.ts): a hand group's head -> its learned class's
 * head. Learned after the hand groups, so they apply after them.
 */
const LEARNED: Readonly<Record<string, string>> = learned.map;

/** The feature a claim stem stands for: its group's (by hand, then learned), or itself. */
export function claimSynonym(stem: string): string {
  const hand = handSynonym(stem);
  return Object.prototype.hasOwnProperty.call(LEARNED, hand) ? LEARNED[hand] : hand;
}
