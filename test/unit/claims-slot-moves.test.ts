import { describe, expect, it } from 'vitest';
import { marketsDiffer, movesApart, slotMoves } from '../../src/core/claims/slotMoves';
import { stemOf } from '../../src/core/claims/contradictionWords';
import { normalize } from '../../src/core/text/normalize';

/**
 * Which way each market moves in a headline (src/core/claims/slotMoves.ts), on
 * market reports of the Arabic News Stance pairs (Khouja 2020).
 */
const st = (w: string): string => stemOf(normalize(w));
const moves = (text: string): Record<string, number> => Object.fromEntries(slotMoves(text));

describe('the way each market moves', () => {
  it('a movement named before a market governs it, even with a verb after', () => {
    expect(moves('ارتفاع الدولار ينزل بالذهب')).toEqual({ [st('الدولار')]: 1, [st('الذهب')]: -1 });
    expect(moves('صعود للذهب بانخفاض الدولار')).toEqual({ [st('الذهب')]: 1, [st('الدولار')]: -1 });
    expect(moves('هبوط متواصل للذهب مقابل صعود للدولار')).toEqual({ [st('الذهب')]: -1, [st('الدولار')]: 1 });
  });
  it('else the movement the market is the subject of', () => {
    expect(moves('الذهب يهبط والدولار يواصل صعوده')).toEqual({ [st('الذهب')]: -1, [st('الدولار')]: 1 });
    expect(moves('الإسترليني يهبط والدولار يصعد')).toEqual({ [st('الإسترليني')]: -1, [st('الدولار')]: 1 });
  });
  it('a movement acting on another governs the market: recovering losses is up', () => {
    expect(moves('تصريحات ترامب تعوض خسائر النفط الأخيرة')).toEqual({ [st('النفط')]: 1 });
    expect(movesApart('النفط يعوض بعض خسائره بعد إعلان ترامب', 'تصريحات ترامب تعوض خسائر النفط الأخيرة')).toBe(false);
  });
  it('a market that holds still moves no way', () => {
    expect(moves('الذهب يستقر رغم صعود الدولار')).toEqual({ [st('الدولار')]: 1 });
  });
  it('two reports of the markets moving apart', () => {
    expect(movesApart('ارتفاع الدولار ينزل بالذهب', 'صعود للذهب بانخفاض الدولار')).toBe(true);
    expect(movesApart('الذهب يرتفع مع تراجع الدولار', 'الإسترليني يهبط والدولار يصعد')).toBe(true);
  });
  it('retellings of one report, and an odd headline moving one market each way, are not', () => {
    expect(movesApart('الذهب يرتفع مع تراجع الدولار', 'تراجع للدولار وصعود للذهب')).toBe(false);
    expect(movesApart('الذهب يصعد مع تراجع الدولار', 'الدولار يرتفع مع صعود الذهب')).toBe(false);
    expect(movesApart('الذهب يستقر رغم صعود الدولار', 'هبوط الذهب بارتفاع الدولار')).toBe(false);
  });
});

describe('punctuation', () => {
  it('a movement across a stop governs nothing after it', () => {
    expect(moves('بعد الانهيار.. الليرة التركية تسجل ارتفاعا طفيفا')).toEqual({ [st('الليرة')]: 1 });
  });
});

describe('where a market stands and how far it moved', () => {
  it('a market «في» its lowest level, a marked fall in its value', () => {
    expect(moves('اليورو في أدنى مستوياته في ستة أشهر')).toEqual({ [st('اليورو')]: -1 });
    expect(moves('انخفاض ملحوظ لقيمة الليرة التركية')).toEqual({ [st('الليرة')]: -1 });
    expect(movesApart('اليورو في أدنى مستوياته في ستة أشهر', 'أعلى مستوى لليورو في عام')).toBe(true);
  });
});

describe('movements the pair check does not list, and words of speed between', () => {
  it('a fall, a recovery, a fast decline', () => {
    expect(moves('الليرة التركية تواصل السقوط')).toEqual({ [st('الليرة')]: -1 });
    expect(moves('الريال الإيراني يتعافى رغم العقوبات')).toEqual({ [st('الريال')]: 1 });
    expect(moves('تدهور سريع بالليرة التركية')).toEqual({ [st('الليرة')]: -1 });
    expect(movesApart('تدهور سريع بالليرة التركية', 'الليرة تتعافى في تركيا والتضخم يتراجع')).toBe(true);
  });
  it('a movement the market makes, its object a pronoun', () => {
    expect(moves('صعود قياسي تحققه الليرة التركية')).toEqual({ [st('الليرة')]: 1 });
    expect(movesApart('صعود قياسي تحققه الليرة التركية', 'تركيا.. التضخم يرتفع والليرة تتراجع لمستوى قياسي')).toBe(true);
  });
});

describe('reports of different markets', () => {
  it('each moves a market the other does not name', () => {
    expect(marketsDiffer('الذهب يرتفع بدعم النزاع الأميركي الصيني', 'الدولار ينخفض مع تفاقم نزاع تجاري بين الصين وأميركا')).toBe(true);
    expect(marketsDiffer('تراجع للذهب مع زيادة المخزونات الأمريكية', 'النفط يصعد بعد معلومات عن ارتفاع المخزون الاميركي')).toBe(true);
    expect(marketsDiffer('الإسترليني يهبط والدولار يصعد', 'صعود للدولار بالتزامن مع هبوط للذهب')).toBe(true);
  });
  it('not when one names the other\'s market, nor when one moves none', () => {
    expect(marketsDiffer('الذهب يرتفع مع تراجع الدولار', 'الدولار يتراجع أمام العملات الرئيسية')).toBe(false);
    expect(marketsDiffer('ارتفاع الدولار ينزل بالذهب', 'الذهب يتراجع')).toBe(false);
    expect(marketsDiffer('الذهب يرتفع', 'المعدن الأصفر يواصل الصعود')).toBe(false);
  });
});
