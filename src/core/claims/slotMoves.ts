/**
 * Which way each market moves in a headline («الذهب يرتفع مع تراجع الدولار»:
 * gold up, the dollar down), for the rival split (rivals.ts). A market report
 * names two markets moving, and its two sides share every word but their
 * movements: «ارتفاع الدولار ينزل بالذهب» / «صعود للذهب بانخفاض الدولار». The
 * pair check reads a word of direction beside a noun on either side and drops
 * a noun that has one on each side (direction.ts), and it asks every word of
 * direction of one version to point against every one of the other: a report
 * of two markets moving apart passes both. Here each market takes the movement
 * that governs it, read the way the headline is built: a movement named
 * before it governs it («ارتفاع الدولار», «صعود للذهب», «ينزل بالذهب»: a noun
 * right after a movement is its complement, even when a verb follows: «ارتفاع
 * الدولار ينزل بالذهب»), else the movement it is the subject of, right after it
 * («الذهب يهبط», «الدولار يواصل صعوده»).
 */
import { BoundedMap } from '../text/boundedMap';
import { normalize } from '../text/normalize';
import { directionOf, MOVEMENT_PREPOSITIONS, PRICE_AND_DEGREE } from './direction';
import { lex, stemOf, stemSet } from './contradictionWords';

/** Markets the pair check's slot list lacks (contradictionLexicon.ts SLOT_WORDS), read here too. */
const MORE_MARKETS = stemSet(['الإسترليني', 'إسترليني', 'الاسترليني', 'استرليني', 'البورصة', 'بورصة', 'الأسهم', 'أسهم']);
/** Words between a movement and the market it governs: prepositions, price, degree, speed, novelty, continuation, level («أعلى مستوى لليورو», «تدهور سريع بالليرة»). */
/**
 * Also a verb the market does to the movement, its object a pronoun («صعود قياسي تحققه الليرة
 * التركية»: the lira's rise), matched as written: the stem would take the plain verb too.
 */
const MOVEMENT_MADE_BY = ['تحققه', 'يحققه', 'تحققها', 'يحققها', 'تسجله', 'يسجله', 'تسجلها', 'يسجلها', 'تشهده', 'يشهده', 'تشهدها', 'يشهدها'].map(normalize);
const BETWEEN_BEFORE = new Set([...MOVEMENT_PREPOSITIONS, ...MOVEMENT_MADE_BY, ...stemSet([...PRICE_AND_DEGREE, 'متواصل', 'متواصلة', 'قياسي', 'مفاجئ', 'مستوى', 'مستويات', 'سريع', 'سريعة', 'متسارع', 'متسارعة', 'مفاجئة', 'قياسية'])]);
/** A fall the pair check's list lacks («الليرة التركية تواصل السقوط»); a recovery («الريال يتعافى») it reads by stem already. */
const MORE_DOWN = stemSet(['السقوط', 'سقوط', 'يسقط', 'تسقط']);
const moveOf = (w: string): number => directionOf(w) || (MORE_DOWN.has(stemOf(w)) ? -1 : 0);
/** Words between a market and the movement it makes: continuation and recording verbs, price, where it stands («اليورو في أدنى مستوياته»). */
const BETWEEN_AFTER = new Set([...['في', 'فى', 'عند', 'الى'].map(normalize), ...stemSet(['يواصل', 'تواصل', 'يعاود', 'تعاود', 'يسجل', 'تسجل', 'يعود', 'تعود', 'أسعار', 'سعر'])]);

/** Is «و» at the start of the word the conjunction (the rest still a market)? */
function slotsAfterWaw(w: string): boolean {
  const st = stemOf(w.slice(1));
  return lex().SLOTS.has(st) || MORE_MARKETS.has(st);
}

/** The market's adjective of origin («الليرة التركية تسجل», «الجنيه السوداني يتراجع»), folded (teh marbuta as heh). */
const NISBA = /^ال[\u0621-\u064a]{2,}(ي|يه)$/;

/** A text's markets as read once: those it moves (by stem, +1 up, -1 down) and every one it names, moving or not. */
interface MarketReading {
  moves: Map<string, number>;
  named: Set<string>;
}

const cache = new BoundedMap<string, MarketReading>(50_001);

/** Each market the text names (by stem) with the way it moves: +1 up, -1 down; a market named twice with two ways is left out. */
export function slotMoves(text: string): Map<string, number> {
  return readMarkets(text).moves;
}

function readMarkets(text: string): MarketReading {
  const hit = cache.get(text);
  if (hit) return hit;
  const out = new Map<string, number>();
  const named = new Set<string>();
  // Punctuation parts a headline («بعد الانهيار.. الليرة التركية تسجل ارتفاعا»): an empty word stands for it, and no reading crosses it.
  const words = (normalize(text).match(/[\u0621-\u064a]+|[.:،,؛;!?؟()«»"\-–]+/g) ?? []).map((w) => (/^[\u0621-\u064a]/.test(w) ? w : ''));
  const stems = words.map((w) => (w ? stemOf(w) : ''));
  const dir = words.map((w) => (w ? moveOf(w) : 0));
  const slots = lex().SLOTS;
  const mixed = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    if (!words[i]) continue;
    const market = slots.has(stems[i]) || MORE_MARKETS.has(stems[i]);
    if (words[i].length >= 2) {
      if (market) named.add(stems[i]);
      else if (words[i].startsWith('و') && slotsAfterWaw(words[i])) named.add(stemOf(words[i].slice(1)));
    }
    if (dir[i] || !market) continue;
    let way = 0;
    // A market after «و» opens a clause of its own («الذهب يهبط والدولار يواصل صعوده»): nothing before it governs it.
    const opens = words[i].startsWith('و') && !words[i].startsWith('وو') && slotsAfterWaw(words[i]);
    for (let j = i - 1; !opens && j >= 0 && j >= i - 3; j--) {
      if (dir[j]) {
        // A movement right before it acts on that movement, and governs the market: «تعوض خسائر النفط» (recovers the losses: up).
        way = j > 0 && dir[j - 1] ? dir[j - 1] : dir[j];
        break;
      }
      if (!words[j] || (!BETWEEN_BEFORE.has(words[j]) && !BETWEEN_BEFORE.has(stems[j]))) break;
    }
    for (let j = i + 1; !way && j < words.length && j <= i + 3; j++) {
      if (dir[j]) way = dir[j];
      else if (!words[j] || !(BETWEEN_AFTER.has(words[j]) || BETWEEN_AFTER.has(stems[j]) || (j === i + 1 && NISBA.test(words[j])))) break;
    }
    if (!way) continue;
    const st = stems[i];
    if (out.has(st) && out.get(st) !== way) mixed.add(st);
    out.set(st, way);
  }
  for (const st of mixed) out.delete(st);
  const reading = { moves: out, named };
  cache.set(text, reading);
  return reading;
}

/**
 * Two versions move the markets they both name apart: one market at least up in one and down
 * in the other, and none the same way («الإسترليني يهبط والدولار يصعد» / «الذهب يرتفع مع تراجع
 * الدولار»). A version moving one market each way against the other (an odd headline:
 * «الدولار يرتفع مع صعود الذهب») is no such report.
 */
export function movesApart(a: string, b: string): boolean {
  const ma = slotMoves(a);
  if (ma.size === 0) return false;
  const mb = slotMoves(b);
  let apart = false;
  for (const [st, way] of ma) {
    const other = mb.get(st);
    if (other === undefined) continue;
    if (other === way) return false;
    apart = true;
  }
  return apart;
}

/**
 * Two versions report different markets moving: each moves a market the other does not name at all
 * («الذهب يرتفع بدعم النزاع الأميركي الصيني» / «الدولار ينخفض مع تفاقم نزاع تجاري»; «الإسترليني
 * يهبط والدولار يصعد» / «صعود للدولار بالتزامن مع هبوط للذهب»: the pound's report and gold's). The
 * same event may move both, but each headline tells its own market's report. (Every market of each
 * unnamed in the other instead: ANS train false pairs 298, against 295 so.)
 */
export function marketsDiffer(a: string, b: string): boolean {
  const ma = slotMoves(a);
  if (ma.size === 0) return false;
  const mb = slotMoves(b);
  if (mb.size === 0) return false;
  const na = readMarkets(a).named;
  const nb = readMarkets(b).named;
  let aOwn = false;
  for (const st of ma.keys()) aOwn ||= !nb.has(st);
  if (!aOwn) return false;
  for (const st of mb.keys()) if (!na.has(st)) return true;
  return false;
}
