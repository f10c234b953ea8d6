import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinActors, builtinOffices } from '../../src/core/actors/builtin';
import { procliticLength } from '../../src/core/actors/discovery';
import { findMentions } from '../../src/core/actors/mentions';
import { Registry } from '../../src/core/actors/registry';
import { lineFeatures, type KnownCodes } from '../../src/core/actors/tagger/features';
import { ALLOWED_MOVES, emissions, getModel, type NerModel } from '../../src/core/actors/tagger/model';
import { LABELS, O, TAG_TYPES, isBegin, typeOf } from '../../src/core/actors/tagger/labels';
import { clearTaggedLines, knownCodes, leftNameWord, nameWord, NEAR_TIE, tagLine, type TaggedSpan } from '../../src/core/actors/tagger/tag';
import { spacedApart } from '../../src/core/text/tokens';
import { dataDir, readNerData } from '../../src/eval/ner/data';
import { LineIndex } from '../../src/core/text/lines';
import { normalizeWithMap } from '../../src/core/text/normalize';
import { tokenize, type Token } from '../../src/core/text/tokens';

/**
 * The tagger as the engine runs it (per-spelling sums, scratch buffers, line
 * cache) against the plain algorithm: emissions summed over the flat training
 * features, Viterbi and forward-backward written out as in the textbook (every
 * label pair visited), over a window of four tokens around each name. Spans, types and confidences must be
 * the same to the bit, on real newswire lines (registry names and titles on them).
 */
function plainViterbi(em: Float32Array, n: number, trans: Float32Array): Uint8Array {
  const L = LABELS;
  const labels = new Uint8Array(n);
  if (!n) return labels;
  const score = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let y = 0; y < L; y++) score[y] = ALLOWED_MOVES[L * L + y] ? trans[L * L + y] + em[y] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED_MOVES[p * L + y]) continue;
        const s = score[(i - 1) * L + p] + trans[p * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + y] = best + em[i * L + y];
      back[i * L + y] = arg;
    }
  }
  let y = 0;
  for (let k = 1; k < L; k++) if (score[(n - 1) * L + k] > score[(n - 1) * L + y]) y = k;
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = y;
    if (i) y = back[i * L + y];
  }
  return labels;
}

/** Forward-backward over a window, as in the textbook: every label pair, zero weights included. */
function plainMarginals(em: Float32Array, n: number, trans: Float32Array, temperature: number, from = 0, to = n): Float64Array {
  // In the linear domain with scaling at each step: exponentials per score, not per path sum.
  const L = LABELS;
  const t = 1 / temperature;
  const m = to - from;
  const out = new Float64Array(m * L);
  if (m <= 0) return out;
  const T = new Float64Array(L * L);
  for (let p = 0; p < L; p++) for (let y = 0; y < L; y++) T[p * L + y] = ALLOWED_MOVES[p * L + y] ? Math.exp(t * trans[p * L + y]) : 0;
  const E = new Float64Array(m * L);
  const alpha = new Float64Array(m * L);
  const beta = new Float64Array(m * L);
  for (let i = 0; i < m; i++) {
    let mx = -Infinity;
    for (let y = 0; y < L; y++) mx = Math.max(mx, em[(from + i) * L + y]);
    for (let y = 0; y < L; y++) E[i * L + y] = Math.exp(t * (em[(from + i) * L + y] - mx));
  }
  // At a window that starts inside the line, any label may come before (the start row allows only O and B-).
  let sum = 0;
  for (let y = 0; y < L; y++) sum += alpha[y] = (from === 0 ? (ALLOWED_MOVES[L * L + y] ? Math.exp(t * trans[L * L + y]) : 0) : 1) * E[y];
  for (let y = 0; y < L; y++) alpha[y] /= sum;
  for (let i = 1; i < m; i++) {
    sum = 0;
    for (let y = 0; y < L; y++) {
      let s = 0;
      for (let p = 0; p < L; p++) s += alpha[(i - 1) * L + p] * T[p * L + y];
      sum += alpha[i * L + y] = s * E[i * L + y];
    }
    for (let y = 0; y < L; y++) alpha[i * L + y] /= sum || 1;
  }
  for (let y = 0; y < L; y++) beta[(m - 1) * L + y] = 1;
  for (let i = m - 2; i >= 0; i--) {
    sum = 0;
    for (let y = 0; y < L; y++) {
      let s = 0;
      for (let k = 0; k < L; k++) s += T[y * L + k] * E[(i + 1) * L + k] * beta[(i + 1) * L + k];
      sum += beta[i * L + y] = s;
    }
    for (let y = 0; y < L; y++) beta[i * L + y] /= sum || 1;
  }
  for (let i = 0; i < m; i++) {
    let z = 0;
    for (let y = 0; y < L; y++) z += out[i * L + y] = alpha[i * L + y] * beta[i * L + y];
    for (let y = 0; y < L; y++) out[i * L + y] /= z || 1;
  }
  return out;
}

/** Names the registry holds, met by plainTag (the tests check that there are some). */
let held = 0;

function plainTag(model: NerModel, folded: string, tokens: Token[], known: KnownCodes): TaggedSpan[] {
  const n = tokens.length;
  const em = emissions(model, lineFeatures(folded, tokens, known), n);
  const labels = plainViterbi(em, n, model.transitions);
  const out: TaggedSpan[] = [];
  for (let i = 0; i < n; ) {
    const y = labels[i];
    if (y === O || !isBegin(y)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && labels[j] === y + 1) j++;
    const from = Math.max(0, i - 4);
    const prob = plainMarginals(em, n, model.transitions, model.temperature, from, Math.min(n, j + 4));
    let confidence = 1;
    for (let k = i; k < j; k++) confidence = Math.min(confidence, prob[(k - from) * LABELS + labels[k]]);
    const type = TAG_TYPES[typeOf(y)];
    // A name the engine drops by what the registry found (its first word, or any word of a name but an
    // organisation's or an outlet's) is given confidence 0 by the tagger, which does not compute it.
    const registryWords = [...known.slice(i, j)].map((c, k) => (c !== 0 ? k : -1)).filter((k) => k >= 0);
    if (registryWords.includes(0) || (registryWords.length && type !== 'organization' && type !== 'media')) {
      held++;
      confidence = 0;
    }
    // A person takes the word before or after when the whole path with it scores within NEAR_TIE of the best.
    let first = i;
    let last = j;
    if (type === 'person' && confidence > 0) {
      const best = plainPathScore(em, labels, model.transitions);
      const tryLabels = (set: Array<[number, number]>): boolean => {
        const alt = labels.slice();
        for (const [k, y] of set) alt[k] = y;
        return (best - plainPathScore(em, alt, model.transitions)) / model.temperature < NEAR_TIE;
      };
      const free = (k: number): boolean => labels[k] === O && known[k] === 0;
      if (i > 0 && free(i - 1) && leftNameWord(tokens[i - 1].text) && spacedApart(folded, tokens[i - 1], tokens[i]) && tryLabels([[i - 1, y], [i, y + 1]])) first = i - 1;
      if (j < n && free(j) && nameWord(tokens[j].text) && spacedApart(folded, tokens[j - 1], tokens[j]) && tryLabels([[j, y + 1]])) last = j + 1;
    }
    out.push({ first, last, type, confidence, prefixLength: procliticLength(tokens[first].text) });
    i = j;
  }
  return out;
}

/** The score of a whole line's labels: the start move, every move, every emission. */
function plainPathScore(em: Float32Array, labels: Uint8Array, trans: Float32Array): number {
  let s = 0;
  for (let k = 0; k < labels.length; k++) s += trans[(k ? labels[k - 1] : LABELS) * LABELS + labels[k]] + em[k * LABELS + labels[k]];
  return s;
}

const SENTENCES = [
  'وقال الرئيس الأمريكي دونالد ترامب إن إيران تلقت الرسالة عبر سلطنة عمان .',
  'يبدد توفيق الحكيم في هذا الكتاب اشاعة ظالمة عنه وهو انه عدو للمرأة .',
  'وأضاف كاكبيرن أن الحكومة لم ترد على الرسالة، بحسب ما نقلت وكالة تسنيم (الإيرانية).',
  'وقال إسماعيل رضوان المتحدث باسم حركة "حماس" في غزة إن 25 شخصا أصيبوا في 2021 قرب معبر رفح.',
  'ذكرت وزارة الخارجية الإيرانية في بيان أن الوزير محمد جواد ظريف سيزور موسكو [الأسبوع المقبل] مع وفد من CNN.',
  'التقى الوزير برند جوتشولك وكاكبيرن في برلين أمس .',
  'بغداد',
  'و',
];

const registry = new Registry(builtinActors(), builtinOffices);

function compare(lines: string[]): number {
  const model = getModel()!;
  let spans = 0;
  clearTaggedLines();
  // Twice: the second pass meets the spellings and lines the first one kept.
  for (const pass of [0, 1]) {
    for (const text of lines) {
      const norm = normalizeWithMap(text);
      const tokens = tokenize(norm.text);
      const mentions = findMentions({ norm, tokens, lines: new LineIndex(text), registry, date: null });
      const known = knownCodes(norm, tokens, mentions, (id) => registry.get(id)?.type);
      const fast = tagLine(model, norm.text, tokens, known);
      expect(fast).toEqual(plainTag(model, norm.text, tokens, known));
      if (!pass) spans += fast.length;
    }
  }
  return spans;
}

describe('the tagger gives what the plain algorithm gives', () => {
  it('on news sentences with registry names, titles, punctuation, Latin and digits', () => {
    held = 0;
    expect(compare(SENTENCES)).toBeGreaterThan(8);
    expect(held).toBeGreaterThan(2);
  });

  const dir = dataDir(path.join(__dirname, '../..'));
  it.skipIf(!fs.existsSync(path.join(dir, 'anercorp')))('on the development split of ANERcorp and NewsFANE (spans and confidences to the bit)', () => {
    const data = readNerData(dir);
    const lines = [...data.aner.dev, ...data.newsfane.dev.slice(0, 6)].flatMap((d) => d.lines.map((l) => l.text));
    expect(lines.length).toBeGreaterThan(300);
    held = 0;
    expect(compare(lines)).toBeGreaterThan(500);
    expect(held).toBeGreaterThan(50);
  }, 60_000);
});
