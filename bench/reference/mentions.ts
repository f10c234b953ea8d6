// Reference copy of the engine before the performance work (see README.md): kept to check that
// the optimised code gives the same results, and to measure the speed-up. Do not optimise.
import { toOriginalRange, normalize, type Normalized } from './normalize';
import type { Token } from './tokens';
import type { LineIndex } from './lines';
import type { Mention, MentionKind } from '../../src/core/types';
import type { PhraseHit } from './phrases';
import type { Registry } from './registry';
import { creditedAgency, quotedOutlet } from '../../src/core/actors/quotedOutlets';

/**
 * Words that may stand between a title and the holder's name without breaking
 * «title + name» into two mentions: ranks and honorifics («الفريق أول», «الشيخ»).
 */
const HONORIFICS = new Set(
  [
    'الشيخ', 'الشيخه', 'السيد', 'السيده', 'الدكتور', 'الدكتوره', 'الجنرال', 'الفريق', 'اول', 'الاول', 'اللواء',
    'العميد', 'العقيد', 'المقدم', 'الرائد', 'المشير', 'الاميرال', 'الامير', 'الاميره', 'الحاج', 'المهندس',
    'الاستاذ', 'القاضي', 'الحاخام', 'اية', 'الله', 'حجه', 'الاسلام', 'سماحه', 'فخامه', 'معالي', 'سمو', 'السفير',
    // «الرئيس الأمريكي السابق جو بايدن»: a former holder is still the one the title names.
    'السابق', 'السابقه', 'الاسبق', 'الراحل', 'الراحله', 'المخلوع',
  ].map(normalize),
);

/**
 * Nouns that say what kind of place a name is («دولة الإمارات», «مدينة القدس», «إقليم دارفور»,
 * «جمهورية العراق»): newswire names the place by what follows them, and so does the mention.
 */
const PLACE_HEADS = new Set(['مدينة', 'دولة', 'جمهورية', 'مملكة', 'إمارة', 'محافظة', 'إقليم', 'ولاية', 'جزيرة', 'بلدة', 'قرية'].map(normalize));

/** Nouns that say what kind of outlet a name is («صحيفة الحياة» -> «الحياة»); «وكالة» stays. */
const OUTLET_HEADS = new Set(['صحيفة', 'جريدة', 'مجلة', 'قناة'].map(normalize));

/** Words that chain a person's name («أحمد أبو غزة», «إسماعيل بن الخليل»): a place right after one is part of the name. */
const NAME_CHAIN = new Set(['بن', 'ابن', 'بنت', 'أبو', 'أبي', 'آل', 'عبد'].map(normalize));

/** Is a place the registry found the end of a person's name («أبو غزة», «بن الخليل»), not the place? */
function inPersonName(folded: string, tokens: Token[], n: { first: number; prefixLength: number; values: string[] }, registry: Registry): boolean {
  if (n.first === 0 || n.prefixLength) return false;
  const type = registry.get(n.values[0])?.type;
  if (type !== 'place' && type !== 'country') return false;
  return NAME_CHAIN.has(tokens[n.first - 1].text) && /^[ \t]+$/.test(folded.slice(tokens[n.first - 1].end, tokens[n.first].start));
}

const FORMER = new Set(['السابق', 'السابقه', 'الاسبق', 'الراحل', 'الراحله', 'المخلوع'].map(normalize));

interface Span {
  first: number;
  last: number;
  prefixLength: number;
}

interface Candidate extends Span {
  actorId: string;
  kind: MentionKind;
  /** For titles: the role key. */
  role?: string;
  nested?: boolean;
  /** For a title with its holder's name: the name's and the title's own tokens. */
  name?: Span;
  title?: Span;
}

/** What separates two token positions: only spaces and at most one comma. */
function softGap(folded: string, from: number, to: number): boolean {
  let commas = 0;
  for (let i = from; i < to; i++) {
    const c = folded.charCodeAt(i);
    if (c === 0x20 || c === 0x09) continue;
    if (c === 0x060c || c === 0x2c) {
      if (++commas > 1) return false;
      continue;
    }
    return false;
  }
  return true;
}

/** Index of the first token after `from` that is not an honorific, if the way there is soft. */
function skipHonorifics(folded: string, tokens: Token[], from: number, gapFrom: number): number | undefined {
  let i = from;
  let prevEnd = gapFrom;
  while (i < tokens.length) {
    if (!softGap(folded, prevEnd, tokens[i].start)) return undefined;
    if (!HONORIFICS.has(tokens[i].text) || i - from >= 3) return i;
    prevEnd = tokens[i].end;
    i++;
  }
  return undefined;
}

const QUOTES = new Set([0x22, 0x27, 0x201c, 0x201d, 0xab, 0xbb]);

export interface MentionContext {
  norm: Normalized;
  tokens: Token[];
  lines: LineIndex;
  registry: Registry;
  date: string | null;
}

/**
 * Find actor mentions in one article:
 * 1. names and aliases, leftmost-longest;
 * 2. role titles, leftmost-longest («نائب الرئيس الأميركي» is not «الرئيس الأميركي»);
 * 3. a title next to the name of someone who held it is one mention
 *    («وزير الخارجية الإيراني عباس عراقجي», «علي لاريجاني، أمين المجلس ...»);
 * 4. a bare title stands for its holder at the article's date;
 * 5. names inside a title that are not its holder stay, marked nested.
 */
export function findMentions(ctx: MentionContext): Mention[] {
  const { norm, tokens, registry } = ctx;
  const folded = norm.text;
  const names = registry.names.scan(folded, tokens).filter((n) => !inPersonName(folded, tokens, n, registry));
  const titles = registry.titles.scan(folded, tokens);

  const nameAtStart = new Map<number, PhraseHit<string>>();
  const nameAtEnd = new Map<number, PhraseHit<string>>();
  for (const n of names) {
    nameAtStart.set(n.first, n);
    nameAtEnd.set(n.last, n);
  }
  const consumed = new Set<PhraseHit<string>>();
  const out: Candidate[] = [];

  for (const t of titles) {
    // A name that covers the title, or crosses its edge, wins over it.
    let clash = false;
    for (const n of names) {
      if (n.last <= t.first || n.first >= t.last) continue;
      const inside = n.first >= t.first && n.last <= t.last && !(n.first === t.first && n.last === t.last);
      if (!inside) clash = true;
    }
    if (clash) continue;
    const roles = t.values;
    let merged: Candidate | undefined;
    // Title then name («الرئيس المصري، عبد الفتاح السيسي»).
    const after = skipHonorifics(folded, tokens, t.last, tokens[t.last - 1].end);
    const n1 = after !== undefined ? nameAtStart.get(after) : undefined;
    if (n1 && n1.prefixLength === 0) {
      const id = n1.values.find((v) => roles.some((r) => registry.held(v, r)));
      if (id) {
        merged = { first: t.first, last: n1.last, prefixLength: t.prefixLength, actorId: id, kind: 'title+name', name: n1, title: t };
        consumed.add(n1);
      }
    }
    // Name then title («علي لاريجاني، أمين المجلس الأعلى للأمن القومي»).
    if (!merged && t.prefixLength === 0) {
      const n0 = nameAtEnd.get(t.first);
      if (n0 && !consumed.has(n0) && softGap(folded, tokens[n0.last - 1].end, tokens[t.first].start)) {
        const id = n0.values.find((v) => roles.some((r) => registry.held(v, r)));
        if (id) {
          merged = { first: n0.first, last: t.last, prefixLength: n0.prefixLength, actorId: id, kind: 'title+name', name: n0, title: t };
          consumed.add(n0);
        }
      }
    }
    let holder = merged?.actorId;
    // «الرئيس الأمريكي السابق» without a name: some former holder, not the one in office on the article's date.
    const former = t.last < tokens.length && FORMER.has(tokens[t.last].text) && softGap(folded, tokens[t.last - 1].end, tokens[t.last].start);
    if (merged) out.push(merged);
    else if (!former) {
      for (const r of roles) {
        holder = registry.holder(r, ctx.date);
        if (holder) {
          out.push({ first: t.first, last: t.last, prefixLength: t.prefixLength, actorId: holder, kind: 'title', role: r });
          break;
        }
      }
    }
    // Names inside the title: nested when they are someone else, gone when they are the holder.
    for (const n of names) {
      if (n.first >= t.first && n.last <= t.last) {
        consumed.add(n);
        if (holder && !n.values.includes(holder)) {
          out.push({ first: n.first, last: n.last, prefixLength: n.prefixLength, actorId: n.values[0], kind: 'name', nested: true });
        } else if (!holder) {
          out.push({ first: n.first, last: n.last, prefixLength: n.prefixLength, actorId: n.values[0], kind: 'name' });
        }
      }
    }
  }
  for (const n of names) {
    if (consumed.has(n)) continue;
    // A place's name after the noun that says what kind of place it is («دولة الإمارات» -> «الإمارات»).
    const type = registry.get(n.values[0])?.type;
    const head = tokens[n.first].text.slice(n.prefixLength);
    const headed = n.last - n.first >= 2 && (((type === 'place' || type === 'country') && PLACE_HEADS.has(head)) || (type === 'media' && OUTLET_HEADS.has(head)));
    // A place's name quoted whole may be the outlet named after it («« الشرق الأوسط »»).
    const outlet = type === 'place' || type === 'country' ? quotedOutlet(folded, tokens, n, registry) : undefined;
    if (outlet) out.push({ first: n.first, last: n.last, prefixLength: 0, actorId: outlet, kind: 'name' });
    else if (headed) out.push({ first: n.first + 1, last: n.last, prefixLength: 0, actorId: n.values[0], kind: 'name' });
    else out.push({ first: n.first, last: n.last, prefixLength: n.prefixLength, actorId: n.values[0], kind: 'name' });
  }
  // A credit line's agency named by its nationality alone («( الفرنسية )»).
  for (let i = 0; i < tokens.length; i++) {
    const id = creditedAgency(folded, tokens, i, registry);
    if (id && !names.some((n) => n.first <= i && i < n.last) && !titles.some((t) => t.first <= i && i < t.last)) out.push({ first: i, last: i + 1, prefixLength: 0, actorId: id, kind: 'name' });
  }
  return out.map((c) => toMention(ctx, c)).sort((a, b) => a.start - b.start || b.end - a.end);
}

export function toMention(ctx: MentionContext, c: Span & { actorId: string; kind: MentionKind; nested?: boolean; name?: Span; title?: Span }): Mention {
  const { norm, tokens, lines } = ctx;
  const range = toOriginalRange(norm, tokens[c.first].start + c.prefixLength, tokens[c.last - 1].end);
  let end = range.end;
  const src = norm.original;
  // An alias with a quote in it («منصة “إكس”») takes the closing quote too.
  let quotes = 0;
  for (let i = range.start; i < end; i++) if (QUOTES.has(src.charCodeAt(i))) quotes++;
  if (quotes % 2 === 1 && QUOTES.has(src.charCodeAt(end))) end++;
  const loc = lines.locate(range.start, end);
  const m: Mention = { ...loc, actorId: c.actorId, text: src.slice(range.start, end), kind: c.kind };
  if (c.nested) m.nested = true;
  if (c.name && c.title) {
    const part = (p: Span): { start: number; end: number } => toOriginalRange(norm, tokens[p.first].start + p.prefixLength, tokens[p.last - 1].end);
    const name = part(c.name);
    const title = part(c.title);
    m.nameStart = name.start;
    m.nameEnd = name.end;
    m.titleStart = title.start;
    m.titleEnd = title.end;
  }
  return m;
}
