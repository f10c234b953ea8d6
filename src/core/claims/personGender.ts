/**
 * Two people of one template: «حبس الناشط السياسي المصري حازم عبدالعظيم» / «الحكم على ناشطة
 * مصرية بالسجن لسنتين», «سرقة جائزة أفضل ممثل» / «أفضل ممثلة». The light stem folds the feminine
 * ending away (ناشط, ناشطة: one feature), so the grouping sees one claim; a noun of a person named
 * masculine in one version and feminine in the other is two people, two claims (rivals.ts, beside
 * another actor in the same slot). Only nouns of a person with both forms, read as written
 * (the bare word, or with the article or a one-letter proclitic), so an adjective agreeing with
 * another noun («الرئيسية», «جديدة») is never one.
 */
import { BoundedMap } from '../text/boundedMap';
import { normalize } from '../text/normalize';

/** Masculine singular forms, folded. */
const PERSONS = ['ناشط', 'صحفي', 'طالب', 'معلم', 'مدرس', 'طبيب', 'محامي', 'لاعب', 'مذيع', 'ممثل', 'مغني', 'كاتب', 'شاعر', 'رئيس', 'وزير', 'سفير', 'مواطن', 'مراسل', 'مدون', 'سائح', 'موظف', 'فنان', 'نائب', 'مرشح', 'متهم', 'سجين', 'أسير', 'زعيم', 'مسؤول', 'لاجئ', 'مهاجر', 'ضابط', 'إعلامي', 'باحث', 'أستاذ', 'مدير'].map(normalize);

/** Each written form of a person noun: its masculine singular and its gender (m: singular, sound masculine plural; f: singular, sound feminine plural). */
const FORMS = new Map<string, [string, 'm' | 'f']>();
for (const p of PERSONS) {
  for (const m of [p, p + 'ين', p + 'ون']) FORMS.set(m, [p, 'm']);
  for (const f of [p + 'ه', p + 'ات']) FORMS.set(f, [p, 'f']);
}
const PROCLITICS = /^(وال|بال|فال|كال|لل|ال|و|ب|ل|ف)/;

const cache = new BoundedMap<string, Map<string, string>>(50_001);

/** Each person noun the text names with the gender it names it in ('mf' when both). */
function persons(text: string): Map<string, string> {
  let out = cache.get(text);
  if (out) return out;
  out = new Map();
  // Words as written (diacritics and tatweel aside): the folding reads a final «ة» as «ه», and
  // «وزيره», «رئيسه» (his minister, his president) would read as feminine.
  for (const raw of text.match(/[\u0621-\u064a\u0640\u064b-\u065f\u0670]+/g) ?? []) {
    const w = normalize(raw);
    const hit = FORMS.get(w) ?? FORMS.get(w.replace(PROCLITICS, '')) ?? FORMS.get(w.replace(/(ها|هم|هن)$/, '').replace(PROCLITICS, ''));
    if (!hit) continue;
    // A final «ه» as written is a pronoun or a misspelt «ة»: neither gender is sure.
    if (hit[1] === 'f' && w.endsWith('ه') && !/ة[\u0640\u064b-\u065f\u0670]*$/.test(raw)) continue;
    const [p, g] = hit;
    const had = out.get(p);
    out.set(p, had && had !== g ? 'mf' : g);
  }
  cache.set(text, out);
  return out;
}

/** Does the text name a person noun of this list at all? (What the split needs before it compares.) */
export function namesPersonNoun(text: string): boolean {
  return persons(text).size > 0;
}

/** One person noun, masculine in one version and feminine in the other (each naming it in one gender only). */
export function genderDiffers(a: string, b: string): boolean {
  const pa = persons(a);
  if (pa.size === 0) return false;
  const pb = persons(b);
  for (const [p, g] of pa) {
    const h = pb.get(p);
    if (h && g !== 'mf' && h !== 'mf' && g !== h) return true;
  }
  return false;
}
