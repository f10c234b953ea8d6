import { describe, expect, it } from 'vitest';
import { ByteBoundedCache, ENTRY_OVERHEAD } from '../../src/core/actors/tagger/cache';
import { knownCodes, tagLine, clearTaggedLines } from '../../src/core/actors/tagger/tag';
import { getModel } from '../../src/core/actors/tagger/model';
import { normalizeWithMap } from '../../src/core/text/normalize';
import { tokenize } from '../../src/core/text/tokens';

/**
 * The tagger's caches: bounded by the bytes they hold, and a cached line gives
 * the answer the model gives it afresh (ANERcorp development sentences, CC BY-SA 4.0).
 */
describe('the byte-bounded cache', () => {
  it('counts bytes per entry and starts again past its limit', () => {
    const c = new ByteBoundedCache<number>(1000);
    c.set('وزارة', 1, 100);
    expect(c.bytes).toBe(100 + 2 * 'وزارة'.length + ENTRY_OVERHEAD);
    expect(c.get('وزارة')).toBe(1);
    // Each entry below costs about 500 bytes: the third does not fit with the first two.
    c.set('الخارجية', 2, 400);
    expect(c.size).toBe(2);
    c.set('الإيرانية', 3, 400);
    expect(c.size).toBe(1);
    expect(c.get('وزارة')).toBeUndefined();
    expect(c.get('الإيرانية')).toBe(3);
    expect(c.bytes).toBeLessThanOrEqual(1000);
  });
});

describe('tagged lines are cached by their text and registry codes', () => {
  const line = (text: string): { folded: string; tokens: ReturnType<typeof tokenize>; known: Uint8Array } => {
    const norm = normalizeWithMap(text);
    const tokens = tokenize(norm.text);
    return { folded: norm.text, tokens, known: knownCodes(norm, tokens, [], () => undefined) };
  };

  it('a line seen before gives the same names as a fresh tagging', () => {
    const model = getModel();
    expect(model).not.toBeNull();
    const l = line('وقال إسماعيل رضوان المتحدث باسم حركة حماس إن وزارة الخارجية الإيرانية لم ترد .');
    clearTaggedLines();
    const fresh = tagLine(model!, l.folded, l.tokens, l.known);
    expect(fresh.length).toBeGreaterThan(0);
    const again = tagLine(model!, l.folded, l.tokens, l.known);
    expect(again).toBe(fresh);
    clearTaggedLines();
    expect(tagLine(model!, l.folded, l.tokens, l.known)).toEqual(fresh);
  });

  it('the same text with other registry codes is tagged anew', () => {
    const model = getModel()!;
    const l = line('وأضاف كاكبيرن أن الحكومة لم ترد على الرسالة .');
    const plain = tagLine(model, l.folded, l.tokens, l.known);
    const coded = l.known.slice();
    coded[1] = 1; // as if the registry had found a person's name there
    const other = tagLine(model, l.folded, l.tokens, coded);
    expect(other).not.toBe(plain);
  });
});
