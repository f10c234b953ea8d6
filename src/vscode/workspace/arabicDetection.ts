/**
 * Which `.txt` files are Arabic articles. A plain-text file that is not mostly
 * Arabic (a README, a log, an English transcript) is left alone: no analysis,
 * no highlighting, no hover. Pure module: no vscode import.
 */

const ARABIC_LETTER = /[\u0621-\u063F\u0641-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/u;
const LETTER = /\p{L}/u;

/** How much of a long file is sampled: enough to judge, cheap on every keystroke. */
const SAMPLE = 20_000;

/**
 * Tatweel (U+0640) is not a letter here: a file of tatweel and diacritics only is not an article.
 * True when at least half of the letters are Arabic and there are a few of them
 * (an empty file or a lone Arabic word in an English file is not an article).
 * Latin boilerplate around an Arabic article («recent», app-store links) doesn't
 * tip the balance because articles have far more Arabic letters.
 */
export function isMostlyArabic(text: string, minArabicLetters = 3): boolean {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let arabic = 0;
  let letters = 0;
  for (const ch of sample) {
    if (ARABIC_LETTER.test(ch)) {
      arabic++;
      letters++;
    } else if (LETTER.test(ch)) {
      letters++;
    }
  }
  return arabic >= minArabicLetters && arabic * 2 >= letters;
}
