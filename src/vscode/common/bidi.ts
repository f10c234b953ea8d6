/**
 * Unicode bidi isolation for text shown outside the editor (hovers, tree items,
 * status bar). Measured in the real workbench (see shared notes "Arabic reading
 * order"): HTML `dir`/`<bdi>` are stripped by the hover sanitiser and tree label +
 * description share one direction context, so the only thing that keeps Arabic
 * sentences, file names and numbers in reading order is isolate characters
 * written into the text itself. Pure module: no vscode import (unit-tested).
 */

export const LRI = '\u2066';
export const RLI = '\u2067';
export const FSI = '\u2068';
export const PDI = '\u2069';

/**
 * Every explicit bidi control (embeddings, overrides, isolates, marks). Article
 * text is untrusted: a stray RLO or an unbalanced PDI in it could reorder or
 * escape the isolates we add around it, so it is removed before display.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * A run of Latin letters or ASCII digits, allowing the neutral joiners found in
 * file names, dates and outlet names («2026-02-02», «CNN», «Fox News», «07 - 02 - 2026»)
 * as long as the run also ends on a Latin letter or digit. Arabic-Indic digits
 * are left alone: they already order correctly inside Arabic text.
 */
const LATIN_RUN = /[A-Za-z0-9\u00C0-\u024F](?:[A-Za-z0-9\u00C0-\u024F.,:;_/\\\-+'’&@# ]*[A-Za-z0-9\u00C0-\u024F%])?/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Left-to-right isolate: file names, numbers, dates, English names. */
export function ltr(text: string): string {
  return LRI + stripBidiControls(text) + PDI;
}

/** Right-to-left isolate around a whole Arabic sentence or phrase. */
export function rtl(text: string): string {
  return RLI + stripBidiControls(text) + PDI;
}

/** First-strong isolate: direction taken from the text itself (tree labels). */
export function fsi(text: string): string {
  return FSI + stripBidiControls(text) + PDI;
}

/** Wraps each Latin/digit run of `text` in LRI..PDI; strips foreign bidi controls first. */
export function isolateLatinRuns(text: string): string {
  return stripBidiControls(text).replace(LATIN_RUN, (run) => LRI + run + PDI);
}

/** An Arabic sentence for a hover: RLI around it, LRI around the Latin runs inside. */
export function arabicSentence(text: string): string {
  return RLI + isolateLatinRuns(text) + PDI;
}

/** A tree label or description: FSI around it, LRI around the Latin runs inside. */
export function treeText(text: string): string {
  return FSI + isolateLatinRuns(text) + PDI;
}

/** True when the text holds at least one Arabic letter. */
export function hasArabic(text: string): boolean {
  return /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/.test(text);
}

/**
 * A tree label whose `focus` part is highlighted: FSI around it, Latin runs isolated,
 * and the highlight range computed on the final string (isolates shift offsets).
 */
export function treeTextWithFocus(text: string, start: number, end: number): { label: string; highlights: [number, number][] } {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  const before = isolateLatinRuns(text.slice(0, s));
  const focus = isolateLatinRuns(text.slice(s, e));
  const after = isolateLatinRuns(text.slice(e));
  const from = FSI.length + before.length;
  return { label: FSI + before + focus + after + PDI, highlights: e > s ? [[from, from + focus.length]] : [] };
}
