import type { Normalized } from '../../text/normalize';
import { isStopword } from '../../text/stopwords';
import { spacedApart, type Token } from '../../text/tokens';
import { wordList } from '../discovery';
import { NATIONALITIES, words } from '../nameWords';
import type { InstitutionSpan } from './institutions';
import type { TaggedSpan } from './tag';

/**
 * Clubs named as a match's host or guest: a match report names the other side
 * by what it is to the team, «تغلب نيوكاسل على ضيفه ويجان», «خسر أمام مضيفه
 * ليون», «فاز إيفرتون على ضيفه واتفورد». The word after «ضيفه», «مضيفه» is the
 * club (ANERcorp's training text: 14 times in 17, the other three a nationality
 * or a country's side, «ضيفه البوروندي», «ضيفه ملاوي»). Such names are foreign
 * words the model rarely knows, and it reads them as nothing or as a person.
 */
const HOST_WORDS = new Set(words(`ضيفه مضيفه ضيفها مضيفها وضيفه ومضيفه`));

const HEH = 0x647;

/** Can the word open a club's name: letters only, not a nationality, a particle, or a word of the lists (a title, a verb of saying, a noun)? */
function clubWord(w: string): boolean {
  if (w.length < 3 || !/^[\u0621-\u064a]+$/.test(w) || NATIONALITIES.has(w) || isStopword(w)) return false;
  const list = wordList(w);
  return list === '' || list === 'g';
}

/**
 * The clubs after a host's or guest's word on a line (tokens the registry left
 * free, `covered`): one word, or the tagger's name that starts there when it is
 * of two or three words («أستون فيلا»).
 */
export function clubSpans(norm: Normalized, tokens: Token[], covered: Uint8Array, spans: readonly TaggedSpan[]): InstitutionSpan[] {
  const out: InstitutionSpan[] = [];
  const folded = norm.text;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!HOST_WORDS.has(tokens[i].text)) continue;
    // Folding writes «مضيفة» (a hostess, «مضيفة جوية») as «مضيفه»: the pronoun is a written «ه».
    if (norm.original.charCodeAt(norm.toOrig[tokens[i].end - 1]) !== HEH) continue;
    const k = i + 1;
    if (covered[k] || !spacedApart(folded, tokens[i], tokens[k]) || !clubWord(tokens[k].text)) continue;
    const tagged = spans.find((s) => s.first === k);
    let last = k + 1;
    if (tagged && tagged.last - k <= 3) for (let j = k + 1; j < tagged.last && !covered[j]; j++) last = j + 1;
    out.push({ first: k, last, prefixLength: 0, type: 'organization' });
  }
  return out;
}

/**
 * Words that open a club's name and never end it («أولمبيك آسفي», «بايرن ميونيخ», «إنتر ميلان»,
 * «لوكوموتيف موسكو»): in ANERcorp's training text the word after one is the name's
 * 42 times in 47 (four times a city the gold tags apart, «ريال مدريد»). Folded.
 */
const CLUB_OPENERS = new Set(words(`أولمبيك أولمبي ريال أتلتيكو سبورتينغ سبورتنغ دينامو لوكوموتيف سبارتاك بايرن إنتر سسكا بوروسيا فيردر ستيوا`));

/** Where an organisation the tagger ends on a club's opening word ends: after the word that follows it, when that word can be a name. */
export function clubEnd(span: TaggedSpan, tokens: Token[], folded: string, covered: Uint8Array, end: number): number {
  if (span.type !== 'organization' || end - span.first !== 1 || end >= tokens.length) return end;
  if (!CLUB_OPENERS.has(tokens[span.first].text.slice(span.prefixLength))) return end;
  const next = tokens[end];
  return !covered[end] && spacedApart(folded, tokens[end - 1], next) && clubWord(next.text) ? end + 1 : end;
}
