/**
 * Training of the name tagger: an averaged structured perceptron (Collins 2002)
 * over the hashed features of tagger/features.ts, decoded with the same Viterbi
 * as the engine, then quantised to 8-bit weights. Deterministic: documents in a
 * fixed order, shuffled each epoch by a seeded generator.
 */
import { Registry } from '../../core/actors/registry';
import { builtinActors, builtinOffices } from '../../core/actors/builtin';
import { findMentions } from '../../core/actors/mentions';
import { FEATURES_PER_TOKEN, lineFeatures } from '../../core/actors/tagger/features';
import { beginOf, insideOf, LABELS, O, TAG_TYPES } from '../../core/actors/tagger/labels';
import { marginals, rowBase, rowsOf, viterbi, type NerModel } from '../../core/actors/tagger/model';
import { knownCodes } from '../../core/actors/tagger/tag';
import { LineIndex } from '../../core/text/lines';
import { normalizeWithMap } from '../../core/text/normalize';
import { tokenize } from '../../core/text/tokens';
import type { NerDoc } from './data';

export interface Example {
  feats: Uint32Array;
  labels: Uint8Array;
  n: number;
}

let registry: Registry | undefined;

/** A line as the engine sees it: folded, tokenised, with the registry's findings as features; gold labels per token. */
export function toExample(text: string, spans: NerDoc['lines'][number]['spans']): Example {
  registry ??= new Registry(builtinActors(), builtinOffices);
  const norm = normalizeWithMap(text);
  const tokens = tokenize(norm.text);
  const mentions = findMentions({ norm, tokens, lines: new LineIndex(text), registry, date: null });
  const known = knownCodes(norm, tokens, mentions, (id) => registry!.get(id)?.type);
  const labels = new Uint8Array(tokens.length);
  for (const s of spans) {
    const k = TAG_TYPES.indexOf(s.type);
    let first = true;
    for (let i = 0; i < tokens.length; i++) {
      const a = norm.toOrig[tokens[i].start];
      if (a < s.start || a >= s.end) continue;
      labels[i] = first ? beginOf(k) : insideOf(k);
      first = false;
    }
  }
  return { feats: lineFeatures(norm.text, tokens, known), labels, n: tokens.length };
}

export function examples(docs: NerDoc[]): Example[] {
  return docs.flatMap((d) => d.lines.map((l) => toExample(l.text, l.spans))).filter((e) => e.n > 0);
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  log?: (s: string) => void;
}

function emissionsF(w: Float32Array, rows: number, feats: Uint32Array, n: number, out: Float32Array): void {
  out.fill(0, 0, n * LABELS);
  for (let i = 0; i < n; i++) {
    const base = i * FEATURES_PER_TOKEN;
    for (let k = 0; k < FEATURES_PER_TOKEN; k++) {
      const r = rowBase(feats[base + k], rows);
      for (let y = 0; y < LABELS; y++) out[i * LABELS + y] += w[r + y];
    }
  }
}

export function train(data: Example[], opt: TrainOptions): { weights: Float32Array; transitions: Float32Array } {
  const size = 1 << opt.bits;
  const rows = rowsOf(opt.bits);
  const w = new Float32Array(size);
  const u = new Float64Array(size);
  const tcount = (LABELS + 1) * LABELS;
  const tw = new Float64Array(tcount);
  const tu = new Float64Array(tcount);
  let c = 1;
  const order = data.map((_, i) => i);
  const rand = rng(opt.seed);
  let em = new Float32Array(0);
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let wrong = 0;
    let total = 0;
    for (const idx of order) {
      const ex = data[idx];
      if (em.length < ex.n * LABELS) em = new Float32Array(ex.n * LABELS * 2);
      emissionsF(w, rows, ex.feats, ex.n, em);
      // A new array each time: Viterbi keeps its doubles per transitions array (model.ts transitions64),
      // so an array written over in place would be decoded with the transitions it first held.
      const twf = Float32Array.from(tw);
      const pred = viterbi(em, ex.n, twf);
      total += ex.n;
      for (let i = 0; i < ex.n; i++) {
        const g = ex.labels[i];
        const p = pred[i];
        const gp = i ? ex.labels[i - 1] : LABELS;
        const pp = i ? pred[i - 1] : LABELS;
        if (g !== p) {
          wrong++;
          const base = i * FEATURES_PER_TOKEN;
          for (let k = 0; k < FEATURES_PER_TOKEN; k++) {
            const f = ex.feats[base + k];
            const a = rowBase(f, rows) + g;
            const b = rowBase(f, rows) + p;
            w[a] += 1;
            u[a] += c;
            w[b] -= 1;
            u[b] -= c;
          }
        }
        if (g !== p || gp !== pp) {
          tw[gp * LABELS + g] += 1;
          tu[gp * LABELS + g] += c;
          tw[pp * LABELS + p] -= 1;
          tu[pp * LABELS + p] -= c;
        }
      }
      c++;
    }
    opt.log?.(`epoch ${epoch + 1}: token errors ${((100 * wrong) / total).toFixed(2)}%`);
  }
  const weights = new Float32Array(size);
  for (let i = 0; i < size; i++) weights[i] = w[i] - u[i] / c;
  const transitions = new Float32Array(tcount);
  for (let i = 0; i < tcount; i++) transitions[i] = tw[i] - tu[i] / c;
  return { weights, transitions };
}

/** 8-bit weights with one scale (the largest weight maps to 127). */
export function quantise(weights: Float32Array, transitions: Float32Array, bits: number): NerModel {
  let max = 0;
  for (const x of weights) max = Math.max(max, Math.abs(x));
  const scale = max / 127 || 1;
  const q = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(weights[i] / scale)));
  return { bits, scale, temperature: 1, threshold: 0.5, transitions, weights: q };
}

/** Mean log-probability of the gold labels under the model's marginals at a temperature (for calibration). */
export function goldLogLikelihood(model: NerModel, data: Example[], temperature: number, emissionsOf: (ex: Example) => Float32Array): number {
  let sum = 0;
  let n = 0;
  for (const ex of data) {
    const m = marginals(emissionsOf(ex), ex.n, model.transitions, temperature);
    for (let i = 0; i < ex.n; i++) {
      if (ex.labels[i] === O && m[i * LABELS] > 0.999) continue;
      sum += Math.log(Math.max(1e-9, m[i * LABELS + ex.labels[i]]));
      n++;
    }
  }
  return n ? sum / n : 0;
}
