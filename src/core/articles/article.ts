import { joinWords } from '../text/charClass';
import { normalize } from '../text/normalize';
import { arabicShare } from '../text/tokens';
import type { LineIndex } from '../text/lines';
import { findDate, leadingDateLength } from './dates';

/** Whole lines that sites add around an article: banners, menus, share buttons. */
const BANNERS = new Set(
  [
    'عاجل', 'خبر عاجل', 'عاجل الان', 'الان', 'اخبار', 'الرئيسيه', 'اقرا ايضا', 'اقرأ أيضاً', 'اقرا المزيد', 'المزيد',
    'شارك', 'شارك الخبر', 'مشاركه', 'تابعنا', 'تابعونا', 'طباعه', 'الاكثر قراءه', 'الأكثر مشاهدة', 'مواضيع ذات صله',
    'اخبار ذات صله', 'اعلان', 'إعلان', 'تعليقات', 'اضف تعليق', 'سياسه', 'اقتصاد', 'رياضه', 'منوعات', 'فيديو', 'صور',
    'آخر الأخبار', 'اخر الاخبار', 'الأخبار العاجلة', 'تابعوا آخر الأخبار', 'حمل التطبيق', 'مباشر', 'بث مباشر',
  ].map((s) => normalize(s)),
);
const BANNER_PREFIX = /^(?:اقرا ايضا|اقرا المزيد|اقرا كذلك|شاهد ايضا|شاهد|المصدر|مصدر الخبر|تابعونا على|تابعنا على|حمل تطبيق)\s*[:：]/;

export type LineKind = 'text' | 'empty' | 'date' | 'boilerplate';

export interface ArticleLines {
  kinds: LineKind[];
  date: string | null;
  title: string;
  titleLine: number;
  duplicateOf: Map<number, number>;
  /** Length of a date written at the start of each line (0 for most). */
  datePrefix: number[];
}

function key(s: string): string {
  return joinWords(normalize(s));
}

/** What a line is, from its text alone: its key (folded, punctuation as spaces), date prefix and kind. */
export interface LineClass {
  key: string;
  datePrefix: number;
  kind: LineKind;
}

export function classifyLine(text: string): LineClass {
  const k = key(text);
  const pre = leadingDateLength(text);
  if (!k) return { key: k, datePrefix: pre, kind: 'empty' };
  const rest = text.slice(pre);
  const kind: LineKind = pre && !key(rest) ? 'date' : arabicShare(rest) < 0.3 || BANNERS.has(k) || BANNER_PREFIX.test(k) ? 'boilerplate' : 'text';
  return { key: k, datePrefix: pre, kind };
}

/**
 * The article's lines: each line's class (from its text alone: `classOf` may
 * answer from a cache while an article is being edited), then what depends on
 * the whole article: its date, headline and repeated lines.
 */
export function classifyLines(lines: LineIndex, classOf: (text: string) => LineClass = classifyLine): ArticleLines {
  const kinds: LineKind[] = [];
  const datePrefix: number[] = [];
  const duplicateOf = new Map<number, number>();
  const seen = new Map<string, number>();
  let date: string | null = null;
  let titleLine = -1;
  let nonEmpty = 0;
  for (let i = 0; i < lines.lineCount; i++) {
    const text = lines.lineText(i);
    const { key: k, datePrefix: pre, kind } = classOf(text);
    datePrefix.push(pre);
    kinds.push(kind);
    if (kind === 'empty') continue;
    // The article's date: a date line or a date at a line's start near the top, or any
    // date in its first lines (a date deep in the body is an event, not the article's).
    if (date === null && i < 40 && (pre || nonEmpty < 3)) date = findDate(normalize(pre ? text.slice(0, pre) : text));
    nonEmpty++;
    if (kind === 'text') {
      const first = seen.get(k);
      if (first !== undefined) duplicateOf.set(i, first);
      else seen.set(k, i);
      if (titleLine < 0) titleLine = i;
    }
  }
  return { kinds, date, title: titleLine >= 0 ? headline(lines.lineText(titleLine).slice(datePrefix[titleLine])) : '', titleLine, duplicateOf, datePrefix };
}

/** A headline from the first text line: the line itself, or its first sentence when it is a paragraph. */
function headline(line: string): string {
  const t = line.trim();
  if (t.length <= 140) return t.replace(/[.。]$/, '');
  const end = t.search(/[.!?؟…](?=\s|$)/);
  const first = end > 0 && end < 200 ? t.slice(0, end) : t;
  return first.length > 140 ? first.slice(0, 137).replace(/\s+\S*$/, '') + '…' : first;
}
