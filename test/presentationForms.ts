/**
 * Arabic text as a PDF copy gives it: every letter in its contextual
 * presentation form (isolated, final, initial, medial; U+FE80-U+FEFC) and
 * lam-alef as one ligature. The forms are read from Unicode itself (NFKC of the
 * block, in its order: isolated, final, then initial and medial for letters that
 * join on both sides), not from a hand-written table. For tests.
 */
const FORMS = new Map<string, string[]>();
for (let c = 0xfe80; c <= 0xfefc; c++) {
  const ch = String.fromCharCode(c);
  const base = ch.normalize('NFKC');
  if (base.length !== 1) continue;
  const list = FORMS.get(base) ?? [];
  list.push(ch);
  FORMS.set(base, list);
}
/** lam + (alef madda, alef hamza above, alef hamza below, alef): isolated and final ligatures. */
const LAM_ALEF = new Map<string, [string, string]>([
  ['آ', ['\ufef5', '\ufef6']],
  ['أ', ['\ufef7', '\ufef8']],
  ['إ', ['\ufef9', '\ufefa']],
  ['ا', ['\ufefb', '\ufefc']],
]);
const isMark = (ch: string): boolean => /[\u064b-\u065f\u0670]/.test(ch);
const joinsBoth = (ch: string | undefined): boolean => ch !== undefined && (FORMS.get(ch)?.length ?? 0) === 4;
const isLetter = (ch: string | undefined): boolean => ch !== undefined && (FORMS.has(ch) || ch === 'ـ');

export function toPresentationForms(text: string): string {
  const chars = [...text];
  // Letters only, marks looked through (they do not break joining).
  const prevLetter = (i: number): string | undefined => {
    for (let k = i - 1; k >= 0; k--) if (!isMark(chars[k])) return isLetter(chars[k]) ? chars[k] : undefined;
    return undefined;
  };
  const nextLetter = (i: number): string | undefined => {
    for (let k = i + 1; k < chars.length; k++) if (!isMark(chars[k])) return isLetter(chars[k]) ? chars[k] : undefined;
    return undefined;
  };
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const forms = FORMS.get(ch);
    if (!forms) {
      out += ch;
      continue;
    }
    const p = prevLetter(i);
    const fromPrev = joinsBoth(p) || p === 'ـ';
    const n = nextLetter(i);
    if (ch === 'ل' && n !== undefined && LAM_ALEF.has(n) && chars[i + 1] === n) {
      out += LAM_ALEF.get(n)![fromPrev ? 1 : 0];
      i++;
      continue;
    }
    const toNext = forms.length === 4 && n !== undefined;
    out += forms[fromPrev && toNext ? 3 : toNext ? 2 : fromPrev ? 1 : 0];
  }
  return out;
}
