/**
 * Rejoining the token-per-line newswire corpora into running text. The corpora
 * split punctuation off words («قال : "..."»); news prints it attached, so a
 * sentence reads as an article would.
 */

/** Punctuation that sticks to the word before it. */
const ATTACH_LEFT = new Set(['.', ',', '،', '؛', ';', ':', '!', '?', '؟', ')', ']', '}', '»', '”', '%', '…']);
/** Punctuation that sticks to the word after it. */
const ATTACH_RIGHT = new Set(['(', '[', '{', '«', '“']);
/** Straight quotes open and close in turn. */
const TOGGLE = new Set(['"', "'"]);

/**
 * NewsFANE (and a few tokens of the others) is segmented: proclitics («و», «ب»)
 * and pronoun suffixes («ها», «هم») stand apart. They are written attached.
 */
const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
const ENCLITICS = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'كما', 'كن', 'نا', 'ني', 'ي']);
const ARABIC_END = /[\u0621-\u064a]$/;

export function joinTokens(tokens: string[]): string {
  let out = '';
  let glueNext = true;
  let quoteOpen = false;
  for (let t of tokens) {
    const enclitic = ENCLITICS.has(t) && ARABIC_END.test(out);
    let glue = glueNext || ATTACH_LEFT.has(t) || enclitic;
    // «زوجة» + «ه» is written «زوجته».
    if (enclitic && out.endsWith('ة')) out = out.slice(0, -1) + 'ت';
    // «ل» + «الامم» is written «للامم».
    if (out.endsWith('ل') && glueNext === true && t.startsWith('ال') && /(^|\s)[وف]?ل$/.test(out)) t = t.slice(1);
    glueNext = ATTACH_RIGHT.has(t) || PROCLITICS.has(t);
    if (TOGGLE.has(t)) {
      if (quoteOpen) glue = true;
      else glueNext = true;
      quoteOpen = !quoteOpen;
    }
    out += glue ? t : ' ' + t;
  }
  return out.trim();
}
