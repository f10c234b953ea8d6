/**
 * `npm run build:claim-synonyms`: claim synonyms learned from the paraphrase
 * pairs of the Arabic News Stance training side (Khouja 2020, Apache-2.0;
 * ../shared/data/ans/train.csv, or ISNAD_ANS_DIR), written to
 * src/core/data/claims/learned-synonyms.json (stems only, no sentence of the
 * data). Deterministic: the same data gives the same file, byte for byte.
 *
 * A paraphrase keeps the claim and changes its words; what one version has and
 * the other lacks (their claim features, hand tables applied) are the words it
 * swapped. Two kinds of swap are learned:
 * - Variants: two forms of one root the light stemmer keeps apart
 *   («المخابرات» / «الاستخبارات», «يقيل» / «إقالة», «الضريبة» / «الضرائب»):
 *   the rough root (skeleton) of one holds the other's, three letters at
 *   least, whole; seen in one paraphrase pair is enough, unless contradiction
 *   pairs swap them as often.
 * - Synonyms: two words of no common root that paraphrases of at least
 *   MIN_HEADLINES different headlines swap when little else changes (at most
 *   MAX_RESIDUAL words on each side), never swapped by a contradiction pair, and
 *   no pair of the antonym list.
 * Learned pairs are joined into classes (a class larger than MAX_CLASS is
 * dropped: it chains unrelated words); each stem maps onto its class's
 * smallest stem, a fixed choice (the stems are already the hand tables' heads).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtinActors, builtinOffices } from '../../core/actors/builtin';
import { Registry } from '../../core/actors/registry';
import { lex, skeleton } from '../../core/claims/contradictionWords';
import { handStemFeature } from '../../core/claims/features';
import { normalize } from '../../core/text/normalize';
import { tokenize } from '../../core/text/tokens';
import { readAnsPairs } from '../ans';

const MIN_HEADLINES = 2;
const MAX_RESIDUAL = 2;
const MAX_CLASS = 4;
/**
 * Pairs read and refused by hand: skeletons that meet by chance («إعدام» and
 * «عدم», «أعرب» and «عرب», «إضراب» and «ضرب», «مؤتمر» and «مستمر», «أفق» and
 * «وافق») and swaps of two headlines that are not synonyms; «أقل» / «أدنى» are
 * synonyms, but the stem «اقل» is also «ناقلة» (its ن read as a verb prefix).
 */
const REFUSED = new Set(['اعدام عدم', 'اعرب عرب', 'اضراب ضرب', 'مؤتمر مستمر', 'افق وافق', 'مقتل يجه', 'بير رهبش', 'حادث مفاوض', 'ادن اقل']);

/** A version's claim features (stems, hand synonyms applied; actors left out), each with the first word that gave it. */
function featuresOf(registry: Registry, text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of tokenize(normalize(text))) {
    const f = handStemFeature(registry, t.text);
    if (f && !f.startsWith('@') && !out.has(f)) out.set(f, t.text);
  }
  return out;
}

/** One word's rough root within the other's, whole, three letters at least. */
export function variantOf(a: string, b: string): boolean {
  const [x, y] = [skeleton(a), skeleton(b)].sort((p, q) => p.length - q.length);
  return x.length >= 3 && y.includes(x);
}

interface Swap {
  variant: boolean;
  /** Headlines whose paraphrase swaps the two (any residual for variants, small for synonyms). */
  headlines: Set<string>;
  contradictions: number;
}

export function learnSynonyms(csv: string): { pairs: Array<[string, string]>; map: Array<[string, string]> } {
  const registry = new Registry(builtinActors(), builtinOffices);
  const swaps = new Map<string, Swap>();
  const antonyms = lex().ANTONYMS;
  for (const p of readAnsPairs(csv)) {
    if (p.stance === 'other') continue;
    const a = featuresOf(registry, p.s1);
    const b = featuresOf(registry, p.s2);
    const onlyA = [...a].filter(([f]) => !b.has(f));
    const onlyB = [...b].filter(([f]) => !a.has(f));
    const small = onlyA.length <= MAX_RESIDUAL && onlyB.length <= MAX_RESIDUAL;
    for (const [fa, wa] of onlyA) {
      for (const [fb, wb] of onlyB) {
        if (fa.length < 3 || fb.length < 3) continue;
        const key = fa < fb ? `${fa} ${fb}` : `${fb} ${fa}`;
        let s = swaps.get(key);
        const variant = variantOf(wa, wb);
        if (!s) swaps.set(key, (s = { variant, headlines: new Set(), contradictions: 0 }));
        s.variant ||= variant;
        if (p.stance === 'disagree') s.contradictions++;
        else if (variant || small) s.headlines.add(p.s1);
      }
    }
  }
  const pairs: Array<[string, string]> = [];
  for (const [key, s] of swaps) {
    const [x, y] = key.split(' ');
    if (antonyms.get(x)?.has(y) || REFUSED.has(key)) continue;
    const n = s.headlines.size;
    const keep = s.variant ? n >= 1 && s.contradictions <= n : n >= MIN_HEADLINES && s.contradictions === 0;
    if (keep) pairs.push([x, y]);
  }
  pairs.sort((p, q) => (p.join(' ') < q.join(' ') ? -1 : 1));
  // Classes by union-find; the head is the smallest stem.
  const parent = new Map<string, string>();
  for (const x of pairs.flat()) parent.set(x, x);
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (const [x, y] of pairs) {
    const [rx, ry] = [find(x), find(y)].sort();
    if (rx !== ry) parent.set(ry, rx);
  }
  const classes = new Map<string, string[]>();
  for (const x of new Set(pairs.flat())) {
    const r = find(x);
    if (!classes.has(r)) classes.set(r, []);
    classes.get(r)!.push(x);
  }
  const map: Array<[string, string]> = [];
  for (const [head, members] of classes) {
    if (members.length > MAX_CLASS) continue;
    for (const m of members.sort()) if (m !== head) map.push([m, head]);
  }
  map.sort((p, q) => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : 0));
  return { pairs, map };
}

/** The shipped file's text (JSON, entries sorted). */
export function learnedSynonymsText(csv: string): string {
  const { map } = learnSynonyms(csv);
  const file = {
    about: 'Claim synonyms and stem variants learned from the paraphrase pairs of the Arabic News Stance training side (Khouja 2020, Apache-2.0) by npm run build:claim-synonyms: stem -> the stem of its class; see NOTICE.',
    map: Object.fromEntries(map),
  };
  return JSON.stringify(file, null, 0).replace(/","/g, '",\n"') + '\n';
}

if (require.main === module) {
  const ans = resolve(process.env.ISNAD_ANS_DIR ?? join(process.cwd(), '..', 'shared', 'data', 'ans'));
  const text = learnedSynonymsText(join(ans, 'train.csv'));
  const out = join(process.cwd(), 'src', 'core', 'data', 'claims', 'learned-synonyms.json');
  if (process.argv.includes('--print')) {
    const { pairs } = learnSynonyms(join(ans, 'train.csv'));
    for (const p of pairs) console.log(p.join(' '));
  } else writeFileSync(out, text);
  console.log(`${out}: ${Object.keys(JSON.parse(text).map).length} stems`);
}
