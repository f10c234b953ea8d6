/**
 * A claim's label: who claims what, in about 50 characters
 * («عراقجي: دول صديقة تحاول بناء الثقة»), so rows of the Recurring Claims view,
 * the outline and the report can be told apart without reading the sentence
 * (the full sentence stays in the tooltip and the JSON's `text`).
 *
 * The claim is the representative sentence's part after its framing: the
 * reporting verb and its subject («وكان وزير الخارجية ... قد قال لشبكة ... إن»),
 * a colon or an opening quote. The speaker is the one the attribution found,
 * a person by family name.
 */
import { normalize } from '../text/normalize';

export const LABEL_MAX = 50;

/** Words that introduce what is said: the claim starts after the first of them in the opening part. */
const SAID = new Set(['أن', 'إن', 'بأن', 'وأن', 'وإن', 'بأنها', 'بأنه', 'أنها', 'إنها', 'بأنهم', 'أنهم', 'إنهم'].map(normalize));
/** Words of a framing phrase before a comma («من جانبه،», «وفي السياق ذاته،», «في المقابل،»). */
const FRAMING = new Set(
  'من ومن في وفي جانبه جانبها جهته جهتها المقابل السياق ذاته سياق متصل ذلك غضون الأثناء هذه هذا الإطار إطار وقت سابق لاحق بدوره بدورها'.split(' ').map(normalize),
);
/** Discourse openers that start a clause but are not part of the claim. */
const OPENERS = new Set('حيث لكن لكنه لكنها ولكن فيما بينما كما إذ اذ فيما وفيما كذلك'.split(' ').map(normalize));
/** Verbs of saying that, with a colon or a quote after them, open a quotation. */
const QUOTE_OPEN = /[:：]\s*["“«]?|["“«]/u;

/** A person's short name: the family name of «عباس عراقجي» is «عراقجي»; others keep their name. */
export function speakerShortName(name: string, type: string | undefined): string {
  const words = name.trim().split(/\s+/);
  if (type !== 'person' || words.length < 2) return name.trim();
  const last = words[words.length - 1];
  // «محمد بن سلمان», «عبد الله»: a chain word before the last keeps both.
  const before = normalize(words[words.length - 2]);
  return ['بن', 'ابن', 'عبد', 'ابو', 'ال', 'آل'].map(normalize).includes(before) ? `${words[words.length - 2]} ${last}` : last;
}

/** The said part of a sentence: after «إن/أن» or a colon/quote in its first half, else the sentence. */
export function claimPart(text: string): string {
  const t = unframed(text.replace(/\s+/g, ' ').trim());
  // A quotation: what follows the colon or the opening quote.
  const q = QUOTE_OPEN.exec(t);
  if (q && q.index > 0 && q.index < t.length * 0.75) {
    const rest = t.slice(q.index + q[0].length);
    if (rest.length >= 10) return clean(rest);
  }
  // Reported speech: what follows «أن/إن» in the opening part.
  const half = Math.max(24, Math.floor(t.length * 0.6));
  const words = t.split(' ');
  let at = 0;
  for (let i = 0; i < words.length && at < half; i++) {
    if (i > 0 && SAID.has(normalize(words[i]))) {
      const rest = words.slice(i + 1).join(' ');
      if (rest.length >= 12) return clean(rest);
    }
    at += words[i].length + 1;
  }
  return clean(t);
}

/** Without a framing phrase before a first comma, or an opener word («حيث», «في حين»). */
function unframed(t: string): string {
  let s = t;
  const comma = s.search(/[،,]/);
  if (comma > 0) {
    const head = s.slice(0, comma).trim().split(' ');
    if (head.length <= 4 && head.every((w) => FRAMING.has(normalize(w)))) s = s.slice(comma + 1).trim();
  }
  const words = s.split(' ');
  if (words.length > 3 && normalize(words[0]) === normalize('في') && normalize(words[1]) === normalize('حين')) return words.slice(2).join(' ');
  if (words.length > 3 && OPENERS.has(normalize(words[0]))) return words.slice(1).join(' ');
  return s;
}

/** Quotes out, and punctuation off the ends (a leading «و» stays: «وزير» starts with one too). */
function clean(s: string): string {
  // Quotes out: a label shows part of a quotation, whose marks would not pair.
  return s.replace(/["“”«»]/gu, '').replace(/^['\s،,:]+/u, '').replace(/['\s.،,:؛!؟?]+$/u, '');
}

/** Cut at a word boundary to fit `max` characters, with «…» when cut. */
export function fit(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s،,:؛]+$/u, '') + '…';
}

/** The label of a claim told by `text`, credited to `speaker` when the attribution names one. */
export function claimLabel(text: string, speaker?: string): string {
  let what = claimPart(text);
  const who = speaker?.trim();
  if (!who || who.length > 24) return fit(what, LABEL_MAX);
  // The speaker named in the opening words: the claim follows the name («وصف ... عراقجي جولة ...»).
  const at = what.indexOf(who);
  if (at >= 0 && at < 40) {
    const after = what.slice(at + who.length).trim();
    if (at === 0 || after.length >= 16) what = clean(after.length >= 16 ? after : what);
  }
  return fit(`${who}: ${what}`, LABEL_MAX);
}
