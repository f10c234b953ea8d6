import { LABELS } from './labels';
import { ALLOWED_MOVES, expTransitions } from './model';

/**
 * How sure the tagger is of a name: the lowest probability, among the name's
 * tokens, of the label Viterbi gave each, from forward-backward over a window
 * of the name and a few tokens on each side (marginals() in model.ts over that
 * window). Only what that figure reads is computed, with the same operations
 * in the same order, so it is the same to the bit:
 * - the forward pass stops at the name's last token and the backward pass at
 *   its first (each runs from its own end of the window; the positions past
 *   the name on the far side do not enter the name's figures);
 * - the probabilities only at the name's tokens;
 * - each token's exponentials once per line: the windows of neighbouring names
 *   overlap, and a token's exponentials depend on its scores alone.
 * Scratch space is shared by the calls (the engine is single-threaded; names are tagged by the thousand).
 */
const L = LABELS;
// The loops below are written out for the eleven labels of five types (labels.ts).
if (L !== 11) throw new Error('the confidence loops are written for 11 labels');
/** A token's scores relative to its best, through exp (per line; `done` says which tokens have theirs). */
let expScores = new Float64Array(0);
let done = new Int32Array(0);
/** Which line `done` refers to (its entries equal to this: computed for the current line). */
let line = 0;
let alpha = new Float64Array(0);
let beta = new Float64Array(0);

/** A new line of n tokens: the exponentials of the previous one no longer count. */
export function startLine(n: number): void {
  if (done.length < n) {
    expScores = new Float64Array(2 * n * L);
    done = new Int32Array(2 * n);
  }
  if (++line > 0x3fffffff) {
    done.fill(0);
    line = 1;
  }
}

/**
 * The confidence of the name on tokens [first, last) of the line being tagged
 * (startLine first), labelled `labels`, over the window [from, to) around it.
 */
export function nameConfidence(em: Float32Array, labels: Uint8Array, trans: Float32Array, temperature: number, first: number, last: number, from: number, to: number): number {
  const t = 1 / temperature;
  const m = to - from;
  const T = expTransitions(trans, t);
  if (alpha.length < m * L) {
    alpha = new Float64Array(2 * m * L);
    beta = new Float64Array(2 * m * L);
  }
  const E = expScores;
  for (let k = from; k < to; k++) {
    if (done[k] === line) continue;
    let mx = -Infinity;
    for (let y = 0; y < L; y++) mx = Math.max(mx, em[k * L + y]);
    for (let y = 0; y < L; y++) E[k * L + y] = Math.exp(t * (em[k * L + y] - mx));
    done[k] = line;
  }
  // E is indexed by line position (row k), alpha and beta by window position (row k - from).
  const e0 = from * L;
  // At a window that starts inside the line, any label may come before (the start row allows only O and B-).
  let sum = 0;
  for (let y = 0; y < L; y++) sum += alpha[y] = (from === 0 ? (ALLOWED_MOVES[L * L + y] ? Math.exp(t * trans[L * L + y]) : 0) : 1) * E[e0 + y];
  for (let y = 0; y < L; y++) alpha[y] /= sum;
  // Forward up to the name's last token. The moves are the BIO ones (model.ts checks them):
  // O and the B- labels (0 and the odd ones) after any label, an I- label after its B- and itself.
  // Only the moves allowed are summed (a disallowed move weighs 0, and adding 0 changes no sum), in
  // ascending order of the label before, from 0, as a scan of all labels would.
  for (let i = 1; i < last - from; i++) {
    const a = (i - 1) * L;
    const p0 = alpha[a], p1 = alpha[a + 1], p2 = alpha[a + 2], p3 = alpha[a + 3], p4 = alpha[a + 4], p5 = alpha[a + 5];
    const p6 = alpha[a + 6], p7 = alpha[a + 7], p8 = alpha[a + 8], p9 = alpha[a + 9], p10 = alpha[a + 10];
    const e = e0 + i * L;
    sum = 0;
    for (let y = 0; y < L; y++) {
      let s = 0;
      if (y === 0 || y & 1) {
        s += p0 * T[y];
        s += p1 * T[L + y];
        s += p2 * T[2 * L + y];
        s += p3 * T[3 * L + y];
        s += p4 * T[4 * L + y];
        s += p5 * T[5 * L + y];
        s += p6 * T[6 * L + y];
        s += p7 * T[7 * L + y];
        s += p8 * T[8 * L + y];
        s += p9 * T[9 * L + y];
        s += p10 * T[10 * L + y];
      } else {
        s += alpha[a + y - 1] * T[(y - 1) * L + y];
        s += alpha[a + y] * T[y * L + y];
      }
      sum += alpha[i * L + y] = s * E[e + y];
    }
    for (let y = 0; y < L; y++) alpha[i * L + y] /= sum || 1;
  }
  // Backward down to its first: after a label come O, the B- labels and its own I- label, ascending.
  for (let y = 0; y < L; y++) beta[(m - 1) * L + y] = 1;
  for (let i = m - 2; i >= first - from; i--) {
    const b = (i + 1) * L;
    const e = e0 + b;
    const e1 = E[e + 1], e2 = E[e + 2], e3 = E[e + 3], e4 = E[e + 4], e5 = E[e + 5];
    const e6 = E[e + 6], e7 = E[e + 7], e8 = E[e + 8], e9 = E[e + 9], e10 = E[e + 10];
    const b1 = beta[b + 1], b2 = beta[b + 2], b3 = beta[b + 3], b4 = beta[b + 4], b5 = beta[b + 5];
    const b6 = beta[b + 6], b7 = beta[b + 7], b8 = beta[b + 8], b9 = beta[b + 9], b10 = beta[b + 10];
    const e0b = E[e], b0 = beta[b];
    sum = 0;
    for (let y = 0; y < L; y++) {
      const inside = y === 0 ? -1 : y & 1 ? y + 1 : y;
      const r = y * L;
      let s = 0;
      s += T[r] * e0b * b0;
      s += T[r + 1] * e1 * b1;
      if (inside === 2) s += T[r + 2] * e2 * b2;
      s += T[r + 3] * e3 * b3;
      if (inside === 4) s += T[r + 4] * e4 * b4;
      s += T[r + 5] * e5 * b5;
      if (inside === 6) s += T[r + 6] * e6 * b6;
      s += T[r + 7] * e7 * b7;
      if (inside === 8) s += T[r + 8] * e8 * b8;
      s += T[r + 9] * e9 * b9;
      if (inside === 10) s += T[r + 10] * e10 * b10;
      sum += beta[i * L + y] = s;
    }
    for (let y = 0; y < L; y++) beta[i * L + y] /= sum || 1;
  }
  let confidence = 1;
  for (let i = first - from; i < last - from; i++) {
    let z = 0;
    for (let y = 0; y < L; y++) z += alpha[i * L + y] * beta[i * L + y];
    const y = labels[from + i];
    confidence = Math.min(confidence, (alpha[i * L + y] * beta[i * L + y]) / (z || 1));
  }
  return confidence;
}
