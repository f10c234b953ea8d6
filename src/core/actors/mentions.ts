import { toOriginalRange, normalize, type Normalized } from '../text/normalize';
import { spacedApart, type Token } from '../text/tokens';
import type { LineIndex } from '../text/lines';
import type { Mention, MentionKind } from '../types';
import type { PhraseHit } from './phrases';
import type { Registry } from './registry';
import { creditedAgency, outletMeansPlace, quotedOutlet } from './quotedOutlets';
import { afterDemonstrative, namesLongerBody, outletAfterQuasi } from './longerBody';
import { givenName } from './nameWords';

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

/**
 * Nouns that say what kind of outlet a name is («صحيفة الحياة», «جريدة السفير», «قناة الجزيرة»,
 * «مجلة العربي»): newswire names the outlet by what follows them (ANERcorp's training text
 * always, NewsFANE's five times in six), and so does the mention of a registry outlet.
 * «وكالة» stays: agencies are named with it («وكالة الأنباء القطرية»).
 */
const OUTLET_HEADS = new Set(['صحيفة', 'جريدة', 'مجلة', 'قناة'].map(normalize));

/** Words that chain a person's name («أحمد أبو غزة», «إسماعيل بن الخليل»): a place right after one is part of the name. */
const NAME_CHAIN = new Set(['بن', 'ابن', 'بنت', 'أبو', 'أبي', 'آل', 'عبد'].map(normalize));

/** Is a place the registry found the end of a person's name («أبو غزة», «بن الخليل»), not the place? */
function inPersonName(folded: string, tokens: Token[], n: { first: number; prefixLength: number; values: string[] }, registry: Registry): boolean {
  if (n.first === 0 || n.prefixLength) return false;
  const type = registry.get(n.values[0])?.type;
  if (type !== 'place' && type !== 'country') return false;
  return NAME_CHAIN.has(tokens[n.first - 1].text) && spacedApart(folded, tokens[n.first - 1], tokens[n.first]);
}

/**
 * Is a person's one-word name the registry found (a family name: «مبارك», «مودي») the end of
 * someone else's name, after a given name that is not the registry person's own («سوزان مبارك»,
 * «عبد الرحمن مودي», «إيفانكا ترامب»)? Then it is another person of that family, or another
 * family of that name: the registry's match is dropped and the name tagger reads the whole name.
 */
function otherGivenName(folded: string, tokens: Token[], n: { first: number; last: number; prefixLength: number; values: string[] }, registry: Registry): boolean {
  if (n.last - n.first !== 1 || n.prefixLength || n.first === 0) return false;
  const actor = registry.get(n.values[0]);
  if (actor?.type !== 'person') return false;
  const i = n.first;
  if (!spacedApart(folded, tokens[i - 1], tokens[i])) return false;
  const prev = tokens[i - 1].text;
  // «عبد الرحمن»: a compound given name written as two words.
  const compound = prev.startsWith('ال') && i >= 2 && tokens[i - 2].text === ABD && spacedApart(folded, tokens[i - 2], tokens[i - 1]);
  if (!compound && !givenName(prev)) return false;
  // The person's own given name, however the registry spells the rest («دونالد ترامب»).
  const own = [actor.name, ...actor.aliases].flatMap((x) => normalize(x).split(' '));
  return !own.includes(prev);
}

const ABD = normalize('عبد');

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

/** " ' “ ” « » */
function isQuote(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb;
}

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
  const names = registry.names.scan(folded, tokens).filter((n) => !inPersonName(folded, tokens, n, registry) && !otherGivenName(folded, tokens, n, registry) && !namesLongerBody(folded, tokens, n, registry) && !outletAfterQuasi(folded, tokens, n, registry) && !afterDemonstrative(folded, tokens, n.first, n.prefixLength) && !outletMeansPlace(folded, tokens, n, registry));
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
    // A place's name after the noun that says what kind of place it is («دولة الإمارات» -> «الإمارات»),
    // an outlet's after the noun that says what kind of outlet it is («صحيفة الحياة» -> «الحياة»).
    const type = registry.get(n.values[0])?.type;
    const head = tokens[n.first].text.slice(n.prefixLength);
    const headed = n.last - n.first >= 2 && (((type === 'place' || type === 'country') && PLACE_HEADS.has(head)) || (type === 'media' && OUTLET_HEADS.has(head)));
    // A place's name quoted whole may be the outlet named after it («« الشرق الأوسط »»: quotedOutlets.ts).
    const outlet = type === 'place' || type === 'country' ? quotedOutlet(folded, tokens, n, registry) : undefined;
    if (outlet) out.push({ first: n.first, last: n.last, prefixLength: 0, actorId: outlet, kind: 'name' });
    else if (headed) out.push({ first: n.first + 1, last: n.last, prefixLength: 0, actorId: n.values[0], kind: 'name' });
    else out.push({ first: n.first, last: n.last, prefixLength: n.prefixLength, actorId: n.values[0], kind: 'name' });
  }
  // A credit line's agency named by its nationality alone («( الفرنسية )»: quotedOutlets.ts).
  if (folded.includes('(')) {
    for (let i = 0; i < tokens.length; i++) {
      const id = creditedAgency(folded, tokens, i, registry);
      if (id && !names.some((n) => n.first <= i && i < n.last) && !titles.some((t) => t.first <= i && i < t.last)) out.push({ first: i, last: i + 1, prefixLength: 0, actorId: id, kind: 'name' });
    }
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
  for (let i = range.start; i < end; i++) if (isQuote(src.charCodeAt(i))) quotes++;
  if (quotes % 2 === 1 && isQuote(src.charCodeAt(end))) end++;
  const s = lines.position(range.start);
  const e = lines.position(end);
  // One object literal with the fields of lines.locate first: mentions are made by the thousand.
  const m: Mention = { start: range.start, end, line: s.line, character: s.character, endLine: e.line, endCharacter: e.character, actorId: c.actorId, text: src.slice(range.start, end), kind: c.kind };
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
