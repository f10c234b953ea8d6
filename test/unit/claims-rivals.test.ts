import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/core/corpus/corpus';
import { buildReport } from '../../src/core/report/report';

/**
 * Rival claims out of one group (src/core/claims/rivals.ts), on real headlines
 * of the Arabic News Stance development pairs (Khouja 2020): market reports of
 * one template with opposite directions, each told by several articles, are
 * two claims; in a chain of four look-alikes or more a lone opposite version
 * leaves too (another day's report), and so does one moving the markets the
 * other way in a group of three, or of two (two reports, each alone); otherwise
 * in a smaller group a lone contradicting version stays with the claim as its
 * disagreement row.
 */
function report(articles: string[]) {
  const corpus = new Corpus();
  articles.forEach((text, i) => corpus.setArticle(`a${i}.txt`, text + '\n'));
  return buildReport(corpus).claims;
}

const UP = ['الذهب يصعد مع تراجع الدولار', 'الذهب يصعد مع هبوط الدولار', 'صعود للذهب بانخفاض الدولار', 'الذهب يرتفع مع هبوط الدولار وانحسار المخاوف'];
const DOWN = ['الذهب يتراجع مع صعود للدولار', 'هبوط الذهب بارتفاع الدولار', 'أسعار الذهب تنخفض مع صعود الدولار', 'هبوط للذهب وسط صعود للدولار وتجدد المخاوف'];

describe('rival claims of one template', () => {
  it('gold up and gold down, each told by several articles, are two claims', () => {
    const claims = report([...UP, ...DOWN]);
    const up = new Set(UP.map((_, i) => `a${i}.txt`));
    const down = new Set(DOWN.map((_, i) => `a${UP.length + i}.txt`));
    // No claim holds the two sides, but for a pair left over from the split
    // (one version of each, sharing a circumstance: «وانحسار المخاوف» / «وتجدد
    // المخاوف»), which must then show its contradiction naming both files.
    for (const c of claims) {
      const files = c.sentences.map((s) => s.file);
      const ups = files.filter((f) => up.has(f));
      const downs = files.filter((f) => down.has(f));
      if (ups.length === 0 || downs.length === 0) continue;
      expect([ups.length, downs.length]).toEqual([1, 1]);
      expect(c.disagreements.find((d) => d.kind === 'contradiction')?.files).toEqual(expect.arrayContaining([...ups, ...downs]));
    }
    // And each side is still told as a recurring claim.
    expect(claims.some((c) => c.sentences.filter((s) => up.has(s.file)).length >= 2)).toBe(true);
    expect(claims.some((c) => c.sentences.filter((s) => down.has(s.file)).length >= 2)).toBe(true);
  });

  it('four articles, two on each side, are two claims too', () => {
    const claims = report([UP[0], UP[3], DOWN[0], DOWN[3]]);
    for (const c of claims) {
      const files = new Set(c.sentences.map((s) => s.file));
      expect((files.has('a0.txt') || files.has('a1.txt')) && (files.has('a2.txt') || files.has('a3.txt'))).toBe(false);
    }
  });

  it('in a group of three articles a lone market report moving the markets the other way leaves', () => {
    const claims = report([...UP.slice(0, 2), DOWN[0]]);
    expect(claims.some((c) => c.sentences.some((s) => s.file === 'a2.txt'))).toBe(false);
    const up = claims.find((c) => c.sentences.some((s) => s.file === 'a0.txt'));
    expect(new Set(up!.sentences.map((s) => s.file))).toEqual(new Set(['a0.txt', 'a1.txt']));
  });

  it('outside a chain of look-alikes (under four articles) a lone contradicting version of another kind stays in the group, flagged as a contradiction naming its file', () => {
    const claims = report(['السلطات التركية تفرج عن القس الأمريكي أندرو برانسون', 'تركيا تفرج عن القس الأمريكي أندرو برانسون', 'تركيا ترفض الإفراج عن القس الأمريكي أندرو برانسون']);
    const withRefusal = claims.find((c) => c.sentences.some((s) => s.file === 'a2.txt'));
    expect(withRefusal).toBeDefined();
    expect(new Set(withRefusal!.sentences.map((s) => s.file)).size).toBe(3);
    const flag = withRefusal!.disagreements.find((d) => d.kind === 'contradiction');
    expect(flag?.files).toContain('a2.txt');
  });

  it('the centre alone against two reports moving the markets the other way is the odd one: it leaves them', () => {
    const claims = report([DOWN[1], UP[0], UP[1]]);
    expect(claims.some((c) => c.sentences.some((s) => s.file === 'a0.txt'))).toBe(false);
    const up = claims.find((c) => c.sentences.some((s) => s.file === 'a1.txt'));
    expect(new Set(up!.sentences.map((s) => s.file))).toEqual(new Set(['a1.txt', 'a2.txt']));
  });

  it('a lone opposite version leaves a chain of four look-alikes: the four are one claim, with no disagreement', () => {
    const claims = report([...UP, DOWN[1]]);
    expect(claims.some((c) => c.sentences.some((s) => s.file === 'a4.txt'))).toBe(false);
    const up = claims.find((c) => c.sentences.some((s) => s.file === 'a0.txt'));
    expect(new Set(up!.sentences.map((s) => s.file))).toEqual(new Set(['a0.txt', 'a1.txt', 'a2.txt', 'a3.txt']));
    expect(up!.disagreements).toHaveLength(0);
  });

  it('two articles moving one market apart are two reports (another day), not one claim flagged', () => {
    const claims = report(['الدولار يرتفع لأعلى مستوى في 4 أشهر', 'الدولار يهبط لأدنى مستوى في ٤ أشهر']);
    expect(claims).toHaveLength(0);
  });

  it('two articles telling one market report the same way stay one claim', () => {
    const claims = report(['الذهب يصعد مع تراجع الدولار', 'صعود للذهب بانخفاض الدولار']);
    expect(claims).toHaveLength(1);
    expect(claims[0].disagreements).toHaveLength(0);
  });

  it('a report of another market moving, naming none of the group\'s, leaves it', () => {
    const claims = report(['الذهب يرتفع بدعم النزاع الأميركي الصيني', 'الدولار ينخفض مع تفاقم نزاع تجاري بين الصين وأميركا', 'النزاع الصيني الأميركية يهبط بالدولار']);
    expect(claims.some((c) => c.sentences.some((s) => s.file === 'a0.txt'))).toBe(false);
  });

  it('the centre alone against retellings the pair check calls rivals and a report of another market: the other market leaves, the retellings stay one claim', () => {
    const claims = report(['النفط يصعد رغم الزيادة في المخزونات الأميركية', 'زيادة مفاجئة في المخزونات الأميركية تصعد بالنفط', 'النفط يصعد بعد معلومات عن ارتفاع المخزون الاميركي', 'تراجع للذهب مع زيادة المخزونات الأمريكية']);
    expect(claims.some((c) => c.sentences.some((s) => s.file === 'a3.txt'))).toBe(false);
    expect(claims.some((c) => new Set(c.sentences.map((s) => s.file)).size >= 2)).toBe(true);
  });

  it('levels of two periods are two reports even when the centre names no period', () => {
    const claims = report(['الدولار قرب أدنى مستوى والدولار يتدهور', 'الدولار يهبط لأدنى مستوى في ٤ أشهر', 'الدولار يهبط لأدنى مستوياته في أسبوعين']);
    for (const c of claims) {
      const files = new Set(c.sentences.map((s) => s.file));
      expect(files.has('a1.txt') && files.has('a2.txt')).toBe(false);
    }
  });
});
