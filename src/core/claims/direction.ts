/**
 * Words of direction for the pair check (contradiction.ts): a market or a
 * figure that goes up in one version and down in the other.
 */
import { DIRECTION_DOWN, DIRECTION_UP } from './contradictionLexicon';
import { normalize } from '../text/normalize';
import { lex, stemOf, stemSet, writtenOpposite } from './contradictionWords';

/** What the direction signals read of a version. */
export interface DirectionSide {
  words: string[];
  /** Content stems, with the word each came from. */
  content: Map<string, string>;
  /** Content stems with the direction a neighbouring word gives them (directions). */
  directions: Map<string, number>;
  /** The way all its words of direction point, read once (oneWay). */
  way?: [number, string];
}

const UP = stemSet(DIRECTION_UP);
const DOWN = stemSet(DIRECTION_DOWN);

/** The direction a word states: +1 up, -1 down, 0 none (also behind «ب», «ل», «و»: «بانخفاض»). */
export function directionOf(w: string): number {
  for (const x of [w, w.length > 3 && 'وبل'.includes(w[0]) ? w.slice(1) : '']) {
    if (!x) continue;
    const st = stemOf(x);
    // «الهوية» is no «يهوي»: a stem the pair check matches as written needs the written word.
    if (lex().WRITTEN_STEMS.has(st) && writtenOpposite(x) === undefined) continue;
    if (UP.has(st)) return 1;
    if (DOWN.has(st)) return -1;
  }
  return 0;
}

/**
 * Each content word's stem with the direction of the nearest word of direction,
 * the next word on either side; none when the two sides disagree (further off,
 * the word of direction belongs to another noun more often than not: ANS dev).
 */
export function directions(s: Pick<DirectionSide, 'words' | 'content'>): Map<string, number> {
  const out = new Map<string, number>();
  const stems = s.words.map(stemOf);
  const dir = s.words.map(directionOf);
  for (let i = 0; i < stems.length; i++) {
    if (dir[i] !== 0 || !s.content.has(stems[i])) continue;
    for (let d = 1; d <= 1; d++) {
      const left = i - d >= 0 ? dir[i - d] : 0;
      const right = i + d < stems.length ? dir[i + d] : 0;
      if (left && right && left !== right) break;
      const near = left || right;
      if (near) {
        out.set(stems[i], near);
        break;
      }
    }
  }
  // A movement named first governs the thing after it, past a preposition, a word of price
  // and one of degree («انخفاض على أسعار الذهب», «صعود كبير للإسترليني», «ارتفاع في قيمة الدولار»),
  // unless the thing has a movement of its own right after it.
  for (let i = 0; i < stems.length; i++) {
    if (!dir[i]) continue;
    for (let k = i + 1; k < Math.min(stems.length, i + 5); k++) {
      if (dir[k]) break;
      if (MOVED_PAST.has(s.words[k]) || MOVED_PAST.has(stems[k])) continue;
      // Not the subject of a movement of its own («يرتفع.. والدولار يهبط»).
      if (s.content.has(stems[k]) && !out.has(stems[k]) && !dir[k + 1]) out.set(stems[k], dir[i]);
      break;
    }
  }
  return out;
}

/** Prepositions between a movement and what moves («انخفاض على أسعار الذهب»), folded. */
export const MOVEMENT_PREPOSITIONS = ['على', 'في', 'فى'].map(normalize);
/** Words of price and of degree between a movement and what moves («صعود كبير للإسترليني»), as written. */
export const PRICE_AND_DEGREE = ['أسعار', 'سعر', 'قيمة', 'حاد', 'حادة', 'كبير', 'كبيرة', 'طفيف', 'طفيفة', 'قوي', 'قوية', 'ملحوظ', 'ملحوظة', 'جديد', 'جديدة'];
/** Words between a movement and what moves: prepositions, words of price (and an index), words of degree. */
const MOVED_PAST = new Set([...MOVEMENT_PREPOSITIONS, ...stemSet([...PRICE_AND_DEGREE, 'مؤشر'])]);

/** A shared word whose nearest word of direction is up in one version and down in the other. */
export function reversedDirection(a: DirectionSide, b: DirectionSide): string | undefined {
  const da = a.directions;
  if (!da.size) return undefined;
  const db = b.directions;
  for (const [st, d] of da) {
    if (db.get(st) === -d) {
      const w = a.content.get(st) ?? st;
      return d > 0 ? `${w} ↑ | ${w} ↓` : `${w} ↓ | ${w} ↑`;
    }
  }
  return undefined;
}

/** The first word of direction when all of a version's point one way, with that way (0: none, or both ways). */
function oneWay(s: DirectionSide): [number, string] {
  if (s.way) return s.way;
  let way = 0;
  let first = '';
  for (const w of s.words) {
    const d = directionOf(w);
    if (!d) continue;
    if (way && d !== way) return (s.way = [0, '']);
    if (!way) [way, first] = [d, w];
  }
  return (s.way = [way, first]);
}

/** Every word of direction up in one version and down in the other: the two words, else undefined. */
export function oneWayEach(a: DirectionSide, b: DirectionSide): string | undefined {
  const [wa, xa] = oneWay(a);
  const [wb, xb] = oneWay(b);
  return wa && wa === -wb ? `${xa} | ${xb}` : undefined;
}

