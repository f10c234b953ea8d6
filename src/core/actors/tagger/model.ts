import * as fs from 'node:fs';
import * as path from 'node:path';
import { FEATURES_PER_TOKEN } from './features';
import { allowed, isBegin, LABELS, O } from './labels';

/**
 * The name tagger's model: a linear model over hashed features, one weight per
 * (feature hash, label) slot of a table of 2^bits, quantised to 8 bits with one
 * scale (LABELS weights of a feature side by side, rows by hash), plus label transition weights. Decoded with Viterbi; a confidence per
 * name comes from forward-backward over the same scores.
 *
 * File layout (little endian): "ISNADNER" · u32 version · u32 labels · u32 bits ·
 * f32 scale · f32 temperature · f32 threshold · f32 transitions[(labels+1)·labels]
 * (row `labels` is the start of a line) · i8 weights[2^bits].
 */
export interface NerModel {
  bits: number;
  scale: number;
  /** Divides scores before forward-backward: calibrates the confidence. */
  temperature: number;
  /** Default confidence under which a name is not shown. */
  threshold: number;
  transitions: Float32Array;
  weights: Int8Array;
}

export const MODEL_MAGIC = 'ISNADNER';
export const MODEL_VERSION = 2;
export const MODEL_FILE = 'isnad-ner.bin';

/**
 * Where a feature's weights sit: a row of LABELS weights side by side (one
 * memory line read per feature, not one per label), rows chosen by the hash.
 */
export const rowsOf = (bits: number): number => Math.floor((1 << bits) / LABELS);
/*
 * The remainder of the hash by the rows, as (f >>> 0) % rows, without the
 * floating-point remainder the compiler calls for `%` on numbers past 2^31 (a
 * third of the time of a token's row lookups): f < 2^32 and rows < 2^24, so the
 * quotient is below 2^32 and f / rows is off an integer by 1/rows or more
 * (or exact): the floor of the rounded double is the integer quotient, and the
 * rest is exact.
 */
export const rowBase = (f: number, rows: number): number => {
  const u = f >>> 0;
  return (u - Math.floor(u / rows) * rows) * LABELS;
};

/** Add the weight rows of `feats` to out[at..at + LABELS) (per-spelling and per-model sums). */
export function addRows(m: NerModel, feats: readonly number[], out: Int16Array | Int32Array, at: number): void {
  const rows = rowsOf(m.bits);
  for (const f of feats) {
    const r = rowBase(f, rows);
    for (let y = 0; y < LABELS; y++) out[at + y] += m.weights[r + y];
  }
}

export function serializeModel(m: NerModel): Uint8Array {
  const head = 8 + 4 * 3 + 4 * 3;
  const tlen = m.transitions.length * 4;
  const buf = new Uint8Array(head + tlen + m.weights.length);
  const dv = new DataView(buf.buffer);
  for (let i = 0; i < 8; i++) buf[i] = MODEL_MAGIC.charCodeAt(i);
  dv.setUint32(8, MODEL_VERSION, true);
  dv.setUint32(12, LABELS, true);
  dv.setUint32(16, m.bits, true);
  dv.setFloat32(20, m.scale, true);
  dv.setFloat32(24, m.temperature, true);
  dv.setFloat32(28, m.threshold, true);
  for (let i = 0; i < m.transitions.length; i++) dv.setFloat32(head + 4 * i, m.transitions[i], true);
  buf.set(new Uint8Array(m.weights.buffer, m.weights.byteOffset, m.weights.length), head + tlen);
  return buf;
}

/** Read a model file's bytes; throws an Error that says what is wrong with them. */
export function parseModel(buf: Uint8Array): NerModel {
  const fail = (why: string): never => {
    throw new Error(`damaged name-tagger model: ${why}`);
  };
  if (buf.length < 32) fail('too short');
  for (let i = 0; i < 8; i++) if (buf[i] !== MODEL_MAGIC.charCodeAt(i)) fail('not an Isnad model');
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (dv.getUint32(8, true) !== MODEL_VERSION) fail(`version ${dv.getUint32(8, true)}, expected ${MODEL_VERSION}`);
  if (dv.getUint32(12, true) !== LABELS) fail('label set differs');
  const bits = dv.getUint32(16, true);
  if (bits < 10 || bits > 24) fail(`table of 2^${bits}`);
  const head = 32;
  const tcount = (LABELS + 1) * LABELS;
  if (buf.length !== head + 4 * tcount + (1 << bits)) fail(`size ${buf.length}, expected ${head + 4 * tcount + (1 << bits)}`);
  const scale = dv.getFloat32(20, true);
  const temperature = dv.getFloat32(24, true);
  const threshold = dv.getFloat32(28, true);
  if (!(scale > 0) || !(temperature > 0) || !(threshold >= 0 && threshold <= 1)) fail('bad header values');
  const transitions = new Float32Array(tcount);
  for (let i = 0; i < tcount; i++) transitions[i] = dv.getFloat32(head + 4 * i, true);
  if (transitions.some((x) => !Number.isFinite(x))) fail('bad transitions');
  const off = head + 4 * tcount;
  const weights = new Int8Array(buf.buffer, buf.byteOffset + off, 1 << bits);
  return { bits, scale, temperature, threshold, transitions, weights };
}

/**
 * The shipped model, read on first use (never when the extension loads). A
 * missing or damaged file leaves the engine with its registry and rules only,
 * and is reported once through `onModelProblem`.
 */
let loaded: NerModel | null | undefined;
let problem: string | undefined;
let override: string | undefined;
let reason: string | undefined;
const listeners: Array<(message: string, reason: string) => void> = [];

/** Where the model is looked for: beside the bundle (dist/), else in the sources. */
function candidates(): string[] {
  if (override) return [override];
  return [path.join(__dirname, MODEL_FILE), path.join(__dirname, '..', '..', 'data', 'ner', MODEL_FILE)];
}

export function getModel(): NerModel | null {
  if (loaded !== undefined) return loaded;
  const files = candidates();
  const file = files.find((f) => fs.existsSync(f));
  try {
    if (!file) throw new Error(`name-tagger model not found (${MODEL_FILE})`);
    loaded = parseModel(new Uint8Array(fs.readFileSync(file)));
  } catch (e) {
    loaded = null;
    reason = (e as Error).message;
    problem = `Isnad: ${reason}; actors are found with the registry and rules only.`;
    for (const l of listeners) l(problem, reason);
  }
  return loaded;
}

/** Called once if the model cannot be used (at once, if that is already known), with the message and its reason alone. */
export function onModelProblem(listener: (message: string, reason: string) => void): void {
  listeners.push(listener);
  if (problem) listener(problem, reason!);
}

export function modelProblem(): string | undefined {
  return problem;
}

/** Use another model file (tests), or the default again with undefined; the next use reads it. */
export function setModelFile(file: string | undefined): void {
  override = file;
  loaded = undefined;
  problem = undefined;
  reason = undefined;
}

/** allowed(prev, next) as a table: row LABELS is the start of a line. */
export const ALLOWED_MOVES: Uint8Array = (() => {
  const t = new Uint8Array((LABELS + 1) * LABELS);
  for (let p = -1; p < LABELS; p++) for (let y = 0; y < LABELS; y++) t[(p < 0 ? LABELS : p) * LABELS + y] = allowed(p, y) ? 1 : 0;
  return t;
})();
const ALLOWED = ALLOWED_MOVES;

/** Emission scores: n × LABELS, from the features of a line. */
export function emissions(m: NerModel, feats: Uint32Array, n: number): Float32Array {
  const out = new Float32Array(n * LABELS);
  const rows = rowsOf(m.bits);
  const w = m.weights;
  for (let i = 0; i < n; i++) {
    const base = i * FEATURES_PER_TOKEN;
    for (let k = 0; k < FEATURES_PER_TOKEN; k++) {
      const r = rowBase(feats[base + k], rows);
      for (let y = 0; y < LABELS; y++) out[i * LABELS + y] += w[r + y];
    }
    for (let y = 0; y < LABELS; y++) out[i * LABELS + y] *= m.scale;
  }
  return out;
}

/** The labels each label may follow (ascending), and the labels a line may start with: Viterbi visits only those. */
export const PREVIOUS: readonly Uint8Array[] = Array.from({ length: LABELS }, (_, y) => {
  const ps: number[] = [];
  for (let p = 0; p < LABELS; p++) if (ALLOWED[p * LABELS + y]) ps.push(p);
  return Uint8Array.from(ps);
});
/** The labels that may follow each label (ascending): forward-backward sums over those only. */
export const FOLLOWING: readonly Uint8Array[] = Array.from({ length: LABELS }, (_, p) => {
  const ys: number[] = [];
  for (let y = 0; y < LABELS; y++) if (ALLOWED[p * LABELS + y]) ys.push(y);
  return Uint8Array.from(ys);
});

// Viterbi's scratch space, grown as lines need (the engine is single-threaded; lines are tagged by the thousand).
let vScore = new Float64Array(0);
let vBack = new Uint8Array(0);

/**
 * The BIO moves as Viterbi and forward-backward loop over them: O and the B-
 * labels may follow any label, an I- label only its own B- and I-. Checked
 * against ALLOWED_MOVES when the module loads (the loops below are written for it).
 */
const isOpen = (y: number): boolean => y === O || isBegin(y);
for (let y = 0; y < LABELS; y++) {
  const expected = isOpen(y) ? Array.from({ length: LABELS }, (_, p) => p) : [y - 1, y];
  if (PREVIOUS[y].join() !== expected.join()) throw new Error('label moves differ from the BIO moves the decoder is written for');
}

/** The transitions as doubles (what the sums read them as anyway), per transitions array. */
let lastTrans: { trans: Float32Array; T: Float64Array } | undefined;
function transitions64(trans: Float32Array): Float64Array {
  if (lastTrans?.trans !== trans) lastTrans = { trans, T: Float64Array.from(trans) };
  return lastTrans.T;
}

/**
 * Best label sequence under the BIO constraints. Predecessors are visited in
 * ascending order, as a scan of all labels that skips the disallowed ones, so
 * the sums, the ties and the labels are the same; the loops are written for
 * the BIO moves (an I- label's two predecessors spelled out) rather than read
 * from a list per label: Viterbi visits every label of every token.
 */
export function viterbi(em: Float32Array, n: number, trans: Float32Array, into?: Uint8Array): Uint8Array {
  const L = LABELS;
  // With `into` (at least n long), the labels go to a view of it: the tagger reads them at once.
  const labels = into ? into.subarray(0, n) : new Uint8Array(n);
  if (!n) return labels;
  if (vScore.length < n * L) {
    vScore = new Float64Array(2 * n * L);
    vBack = new Uint8Array(2 * n * L);
  }
  const score = vScore;
  const back = vBack;
  const T = transitions64(trans);
  // The predecessors' loop below is written out for the eleven labels of five types (labels.ts).
  if (L !== 11) throw new Error('Viterbi is written for 11 labels');
  for (let y = 0; y < L; y++) score[y] = ALLOWED[L * L + y] ? T[L * L + y] + em[y] : -Infinity;
  for (let i = 1; i < n; i++) {
    const a = (i - 1) * L;
    const b = i * L;
    // The previous token's scores in locals: each is read by six labels.
    const s0 = score[a], s1 = score[a + 1], s2 = score[a + 2], s3 = score[a + 3], s4 = score[a + 4], s5 = score[a + 5];
    const s6 = score[a + 6], s7 = score[a + 7], s8 = score[a + 8], s9 = score[a + 9], s10 = score[a + 10];
    // O and the B- labels (0, 1, 3, ...): after any label, visited in ascending order, the first best kept
    // (a sum of -Infinity never beats the -Infinity a scan would start from: label 0 then, as here).
    for (let y = 0; y < L; y += y === 0 ? 1 : 2) {
      let best = s0 + T[y];
      let arg = 0;
      let s = s1 + T[L + y];
      if (s > best) (best = s), (arg = 1);
      if ((s = s2 + T[2 * L + y]) > best) (best = s), (arg = 2);
      if ((s = s3 + T[3 * L + y]) > best) (best = s), (arg = 3);
      if ((s = s4 + T[4 * L + y]) > best) (best = s), (arg = 4);
      if ((s = s5 + T[5 * L + y]) > best) (best = s), (arg = 5);
      if ((s = s6 + T[6 * L + y]) > best) (best = s), (arg = 6);
      if ((s = s7 + T[7 * L + y]) > best) (best = s), (arg = 7);
      if ((s = s8 + T[8 * L + y]) > best) (best = s), (arg = 8);
      if ((s = s9 + T[9 * L + y]) > best) (best = s), (arg = 9);
      if ((s = s10 + T[10 * L + y]) > best) (best = s), (arg = 10);
      score[b + y] = best + em[b + y];
      back[b + y] = arg;
    }
    // The I- labels (2, 4, ...): after their B- or themselves.
    for (let y = 2; y < L; y += 2) {
      const s1 = score[a + y - 1] + T[(y - 1) * L + y];
      const s2 = score[a + y] + T[y * L + y];
      // As the scan from -Infinity: the I- when it beats the B-, else the B- when finite, else label 0 (both -Infinity).
      score[b + y] = (s2 > s1 ? s2 : s1) + em[b + y];
      back[b + y] = s2 > s1 ? y : s1 > -Infinity ? y - 1 : 0;
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

let scratch = new Float64Array(0);

/** exp(transitions / temperature), allowed moves only: the same for every window of a model. */
let lastExp: { trans: Float32Array; t: number; T: Float64Array } | undefined;
export function expTransitions(trans: Float32Array, t: number): Float64Array {
  if (lastExp && lastExp.trans === trans && lastExp.t === t) return lastExp.T;
  const L = LABELS;
  const T = new Float64Array(L * L);
  for (let p = 0; p < L; p++) for (let y = 0; y < L; y++) T[p * L + y] = ALLOWED[p * L + y] ? Math.exp(t * trans[p * L + y]) : 0;
  lastExp = { trans, t, T };
  return T;
}

/**
 * The probability of each label of tokens [from, to) (forward-backward over
 * scores / temperature), computed on that window only: the tagger asks for the
 * tokens of a name and a few around it, not for the whole line.
 * Out: (to - from) × LABELS probabilities (in a view of `into` when given).
 */
export function marginals(em: Float32Array, n: number, trans: Float32Array, temperature: number, from = 0, to = n, into?: Float64Array): Float64Array {
  // In the linear domain with scaling at each step: exponentials per score, not per path sum.
  const L = LABELS;
  const t = 1 / temperature;
  const m = to - from;
  // With `into` (long enough), the probabilities go there: the tagger reads them at once, then asks for the next name's.
  const out = into && m > 0 ? into.subarray(0, m * L) : new Float64Array(Math.max(0, m * L));
  if (m <= 0) return out;
  const T = expTransitions(trans, t);
  if (scratch.length < 3 * m * L) scratch = new Float64Array(6 * m * L);
  // Scratch space shared by the calls (the engine is single-threaded): names are tagged by the thousand.
  const E = scratch.subarray(0, m * L);
  const alpha = scratch.subarray(m * L, 2 * m * L);
  const beta = scratch.subarray(2 * m * L, 3 * m * L);
  for (let i = 0; i < m; i++) {
    let mx = -Infinity;
    for (let y = 0; y < L; y++) mx = Math.max(mx, em[(from + i) * L + y]);
    for (let y = 0; y < L; y++) E[i * L + y] = Math.exp(t * (em[(from + i) * L + y] - mx));
  }
  // At a window that starts inside the line, any label may come before (the start row allows only O and B-).
  let sum = 0;
  for (let y = 0; y < L; y++) sum += alpha[y] = (from === 0 ? (ALLOWED[L * L + y] ? Math.exp(t * trans[L * L + y]) : 0) : 1) * E[y];
  for (let y = 0; y < L; y++) alpha[y] /= sum;
  for (let i = 1; i < m; i++) {
    sum = 0;
    for (let y = 0; y < L; y++) {
      // Only the labels y may follow: a disallowed move weighs 0, and adding 0 changes no sum.
      const ps = PREVIOUS[y];
      let s = 0;
      for (let k = 0; k < ps.length; k++) s += alpha[(i - 1) * L + ps[k]] * T[ps[k] * L + y];
      sum += alpha[i * L + y] = s * E[i * L + y];
    }
    for (let y = 0; y < L; y++) alpha[i * L + y] /= sum || 1;
  }
  for (let y = 0; y < L; y++) beta[(m - 1) * L + y] = 1;
  for (let i = m - 2; i >= 0; i--) {
    sum = 0;
    for (let y = 0; y < L; y++) {
      const ks = FOLLOWING[y];
      let s = 0;
      for (let j = 0; j < ks.length; j++) {
        const k = ks[j];
        s += T[y * L + k] * E[(i + 1) * L + k] * beta[(i + 1) * L + k];
      }
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
