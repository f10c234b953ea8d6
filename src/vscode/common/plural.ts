/**
 * Counts in the UI's language. Each counted phrase has English forms here and,
 * in a translation bundle, one entry per plural category of that language,
 * keyed `"<English plural>|<category>"` (`"{0} articles|two": "مقالان"`), so
 * Arabic gets its zero, one, two, few, many and other forms. A bundle without
 * the entry falls back to English. Pure module: the editor hands in its
 * bundle and language once (setPluralLanguage), tests hand in theirs.
 */
import { pluralCategory, pluralPhrase, type PluralForms } from '../../core';

/** Every counted phrase of the UI, by its English plural (the key in the bundles). */
export const COUNTED = {
  '{0} articles': { one: '{0} article', other: '{0} articles' },
  '{0} independent origins': { one: '{0} independent origin', other: '{0} independent origins' },
  '{0} origins': { one: '{0} origin', other: '{0} origins' },
  '{0} mentions': { one: '{0} mention', other: '{0} mentions' },
  '{0} actors': { one: '{0} actor', other: '{0} actors' },
  '{0} recurring claims': { one: '{0} recurring claim', other: '{0} recurring claims' },
  '{0} single-source claims': { one: '{0} single-source claim', other: '{0} single-source claims' },
  '{0} versions': { one: '{0} version', other: '{0} versions' },
  '{0} files': { one: '{0} file', other: '{0} files' },
  '{0} more articles': { one: '{0} more article', other: '{0} more articles' },
} satisfies Record<string, PluralForms>;
export type Counted = keyof typeof COUNTED;

let bundle: Record<string, string> | undefined;
let language = 'en';

/** The UI's translation bundle (vscode.l10n.bundle) and language (vscode.env.language). */
export function setPluralLanguage(b: Record<string, string> | undefined, lang: string): void {
  bundle = b;
  language = lang || 'en';
}

/**
 * «3 articles», «مقالان»: `n` in the phrase's form for the UI's language.
 * `shown` is the number as it should appear (e.g. isolated left to right for a hover).
 */
export function count(n: number, phrase: Counted, shown: string = String(n)): string {
  const forms: PluralForms = COUNTED[phrase];
  if (bundle) {
    const translated = bundle[`${phrase}|${pluralCategory(n, language)}`];
    if (translated !== undefined) return translated.replace(/\{0\}/g, shown);
  }
  return pluralPhrase(n, forms, 'en', shown);
}
