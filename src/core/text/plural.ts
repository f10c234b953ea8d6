/**
 * Counts in words: which plural form a number takes in a language, through
 * `Intl.PluralRules` (Arabic has six: zero, one, two, few, many, other;
 * English two: one, other). Pure module, used by the report text and, with
 * the translation bundles, by the editor layer.
 */

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
export const PLURAL_CATEGORIES: readonly PluralCategory[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** The forms of one phrase; `{0}` is where the number goes. `other` is required. */
export type PluralForms = Partial<Record<PluralCategory, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();

/** The plural category of `n` in `locale` (an unknown locale counts as English). */
export function pluralCategory(n: number, locale = 'en'): PluralCategory {
  let r = rules.get(locale);
  if (!r) {
    try {
      r = new Intl.PluralRules(locale);
    } catch {
      r = new Intl.PluralRules('en');
    }
    rules.set(locale, r);
  }
  return r.select(n) as PluralCategory;
}

/** The phrase for `n`: its form for n's category (else `other`), with `{0}` replaced by `shown` (the number as displayed). */
export function pluralPhrase(n: number, forms: PluralForms, locale = 'en', shown: string = String(n)): string {
  const form = forms[pluralCategory(n, locale)] ?? forms.other;
  return form.replace(/\{0\}/g, shown);
}

/** English count phrase for reports: «1 article», «2 articles». */
export function countEn(n: number, one: string, other: string): string {
  return pluralPhrase(n, { one: `{0} ${one}`, other: `{0} ${other}` }, 'en');
}
