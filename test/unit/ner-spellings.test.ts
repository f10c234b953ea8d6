import { describe, expect, it } from 'vitest';
import { builtinActors } from '../../src/core/actors/builtin';
import { getModel } from '../../src/core/actors/tagger/model';
import { clearSpellings, lineSpellings } from '../../src/core/actors/tagger/spellings';
import { normalizeWithMap } from '../../src/core/text/normalize';
import { tokenize, type Token } from '../../src/core/text/tokens';

/**
 * The tagger's table of spellings gives one id per spelling: the same for
 * every token of it, another for every other spelling, while the table grows
 * past its first room (ids placed again) and for spellings longer than the
 * letters a record keeps (confirmed on the string instead).
 */
describe("the tagger's spelling ids", () => {
  it('are equal exactly when the spellings are, across growth and long words', () => {
    const model = getModel()!;
    expect(model).toBeTruthy();
    clearSpellings();
    // Real Arabic words: the built-in registry's names and aliases, with proclitics that make long forms («وبالولايات»).
    const words = new Set<string>();
    for (const a of builtinActors()) for (const name of [a.name, ...(a.aliases ?? [])]) for (const t of tokenize(normalizeWithMap(name).text)) words.add(t.text);
    const forms = [...words].flatMap((w) => [w, 'و' + w, 'وب' + w, 'ول' + w]);
    expect(forms.length).toBeGreaterThan(5000);
    expect(forms.filter((w) => w.length > 8).length).toBeGreaterThan(500);
    const tokens: Token[] = forms.map((text) => ({ text, start: 0, end: text.length }));
    const first = new Int32Array(tokens.length);
    lineSpellings(model, tokens, first);
    // A second pass over the same spellings, as fresh strings in another order, finds the ids the first gave.
    const again = tokens.map((t) => ({ ...t, text: [...t.text].join('') })).reverse();
    const second = new Int32Array(again.length);
    lineSpellings(model, again, second);
    const byText = new Map<string, number>();
    for (let i = 0; i < tokens.length; i++) byText.set(tokens[i].text, first[i]);
    for (let i = 0; i < again.length; i++) expect(second[i]).toBe(byText.get(again[i].text));
    // One id per spelling: as many distinct ids as distinct spellings, none of them the line's edge (0).
    expect(new Set(first).size).toBe(new Set(forms).size);
    expect(first.includes(0)).toBe(false);
  });
});
