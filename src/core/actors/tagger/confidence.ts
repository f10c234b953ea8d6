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
  for (let i = 1; i < last - from; i++) {
    const a = (i - 1) * L;
    sum = 0;
    for (let y = 0; y < L; y++) {
      // Only the labels y may follow, ascending: a disallowed move weighs 0, and adding 0 changes no sum.
      let s = 0;
      if (y === 0 || y & 1) for (let p = 0; p < L; p++) s += alpha[a + p] * T[p * L + y];
      else {
        s += alpha[a + y - 1] * T[(y - 1) * L + y];
        s += alpha[a + y] * T[y * L + y];
      }
      sum += alpha[i * L + y] = s * E[e0 + i * L + y];
    }
    for (let y = 0; y < L; y++) alpha[i * L + y] /= sum || 1;
  }
  // Backward down to its first: after a label come O, the B- labels and its own I- label, ascending.
  for (let y = 0; y < L; y++) beta[(m - 1) * L + y] = 1;
  for (let i = m - 2; i >= first - from; i--) {
    const b = (i + 1) * L;
    sum = 0;
    for (let y = 0; y < L; y++) {
      const inside = y === 0 ? -1 : y & 1 ? y + 1 : y;
      let s = 0;
      for (let k = 0; k < L; k++) if (k === 0 || k & 1 || k === inside) s += T[y * L + k] * E[e0 + b + k] * beta[b + k];
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
