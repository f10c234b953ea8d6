/**
 * Bytes of a scraped article -> text. UTF-8 (with or without BOM), UTF-16 LE/BE
 * with BOM, and Windows-1256 (common in Arabic archives) when the bytes are not
 * UTF-8. A file with NUL bytes or many control bytes and no UTF-16 BOM is not
 * text; UTF-32 is refused by name.
 *
 * UTF-8 is decoded by segments: where the bytes are valid UTF-8 they are read
 * as UTF-8, whatever the rest of the file holds. A part that is not (a
 * Windows-1256 paragraph pasted into a UTF-8 article) is read as Windows-1256
 * when it looks like Windows-1256 Arabic, else its broken bytes become U+FFFD;
 * either way with a warning naming the byte offset. Decoding a whole article
 * as Windows-1256 because of one bad part would turn every letter into
 * mojibake. A text followed by binary bytes (NUL and control bytes: an
 * attachment glued to the file, a disk block of zeros) is cut where they start,
 * with a warning.
 */
export type Decoded = { text: string; encoding: string; warnings?: string[] } | { error: string };

/** Bytes looked at to tell text from binary. */
const PROBE = 8192;

/** C0 control bytes other than tab, line feed, vertical tab, form feed, carriage return and escape. */
function isControl(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b;
}

function looksBinary(probe: Uint8Array): boolean {
  let controls = 0;
  for (let i = 0; i < probe.length; i++) {
    const b = probe[i];
    if (b === 0) return true;
    if (isControl(b)) controls++;
  }
  // Text has almost none; random bytes have one in ten. (A stray one or two in a short text is still text.)
  return controls >= 3 && controls * 20 > probe.length;
}

/**
 * Broken UTF-8 sequences against well-formed multi-byte ones (WHATWG decoding:
 * each maximal ill-formed subpart counts once, as TextDecoder replaces it).
 */
function utf8Quality(bytes: Uint8Array): { multi: number; broken: number } {
  let multi = 0;
  let broken = 0;
  for (let i = 0; i < bytes.length; ) {
    const len = utf8Sequence(bytes, i);
    if (len > 1) multi++;
    else if (len < 0) broken++;
    i += Math.abs(len);
  }
  return { multi, broken };
}

function tryDecoder(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return undefined; // a Node without full ICU knows no windows-1256
  }
}

/**
 * Where binary content starts after a text beginning: the first control or NUL
 * byte of the first 64-byte window that holds 8 of them (text has almost none;
 * a stray NUL or two is not a tail), or -1.
 */
function binaryTail(bytes: Uint8Array): number {
  const n = bytes.length;
  let run = 0; // control bytes among the last 64
  for (let i = 0; i < n; i++) {
    if (isControl(bytes[i])) run++;
    if (i >= 64 && isControl(bytes[i - 64])) run--;
    if (run >= 8) {
      let k = Math.max(0, i - 63);
      while (k < i && !isControl(bytes[k])) k++;
      return trimTail(bytes, k);
    }
  }
  return -1;
}

/** Back off a cut so it does not split a UTF-8 letter. */
function trimTail(bytes: Uint8Array, at: number): number {
  let k = at;
  while (k > 0 && at - k < 3 && (bytes[k] & 0xc0) === 0x80) k--;
  return k > 0 && bytes[k] >= 0xc0 && at - k < 3 ? k : at;
}

/** Windows-1256 Arabic letters (0xC1-0xFE, less the few Latin letters it keeps). */
function isCp1256Letter(b: number): boolean {
  return b >= 0xc1 && b <= 0xfe && b !== 0xd7 && b !== 0xe0 && b !== 0xe2 && b !== 0xe7 && b !== 0xe8 && b !== 0xe9 && b !== 0xea && b !== 0xeb && b !== 0xee && b !== 0xef && b !== 0xf4 && b !== 0xf7 && b !== 0xf9 && b !== 0xfb && b !== 0xfc;
}

/** Length of a valid UTF-8 sequence starting at `i` (1 for ASCII), or 0 when the bytes there are not one. */
function utf8At(bytes: Uint8Array, i: number): number {
  return Math.max(0, utf8Sequence(bytes, i));
}

/**
 * The UTF-8 sequence starting at `i`: its length when it is well formed (1 for
 * ASCII), else minus the length of its maximal ill-formed subpart (what
 * TextDecoder replaces with one U+FFFD).
 */
function utf8Sequence(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  let need = 0;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    if (b === 0xe0) lo = 0xa0;
    if (b === 0xed) hi = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) lo = 0x90;
    if (b === 0xf4) hi = 0x8f;
  } else return -1;
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k];
    if (i + k >= bytes.length || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return -k;
  }
  return need + 1;
}

/**
 * The parts of the bytes that are not UTF-8: [start, end) byte ranges. A part
 * runs from a broken sequence to the last broken one before four well-formed
 * multi-byte letters in a row (ASCII between them does not end a part: Windows-1256
 * Arabic has ASCII spaces and digits between its letters).
 */
export function nonUtf8Parts(bytes: Uint8Array): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let start = -1;
  let lastBad = -1;
  let goodRun = 0;
  for (let i = 0; i < bytes.length; ) {
    const len = utf8At(bytes, i);
    if (len === 0) {
      if (start < 0) start = i;
      lastBad = i + 1;
      goodRun = 0;
      i++;
      continue;
    }
    if (len > 1 && start >= 0 && ++goodRun >= 4) {
      parts.push([start, lastBad]);
      start = -1;
      goodRun = 0;
    }
    i += len;
  }
  if (start >= 0) parts.push([start, lastBad]);
  return parts;
}

/** Does this part read as Windows-1256 Arabic (mostly its Arabic letters among the high bytes)? */
function looksCp1256(bytes: Uint8Array): boolean {
  let high = 0;
  let letters = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    high++;
    if (isCp1256Letter(b)) letters++;
  }
  return high >= 2 && letters >= 0.7 * high;
}

/**
 * A file name's bytes as text: valid UTF-8 as such, any other byte as «\xNN»
 * (visible, and two names that differ only in such bytes stay two names).
 */
export function fileNameText(bytes: Uint8Array): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < bytes.length; ) {
    const len = utf8At(bytes, i);
    if (len) {
      i += len;
      continue;
    }
    out += UTF8.decode(bytes.subarray(run, i)) + '\\x' + bytes[i].toString(16).padStart(2, '0');
    run = ++i;
  }
  return run === 0 ? UTF8.decode(bytes) : out + UTF8.decode(bytes.subarray(run));
}

const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** At most this many warnings name their byte offsets; the rest are counted. */
const MAX_WARNINGS = 3;

export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const d = decodeUtf8(bytes.subarray(3), 3);
    return d.encoding === 'utf-8' ? { ...d, encoding: 'utf-8-bom' } : d;
  }
  if (bytes.length >= 4 && ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff))) {
    return { error: 'UTF-32 is not supported: save the article as UTF-8' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16be' };
  // Binary from (almost) the start is a binary file; after a text beginning, a tail that decodeUtf8 cuts.
  const tail = binaryTail(bytes);
  if ((tail >= 0 && tail < 64) || looksBinary(bytes.subarray(0, Math.min(PROBE, tail < 0 ? bytes.length : tail)))) return { error: 'not a text file (binary content)' };
  return decodeUtf8(bytes, 0);
}

/** Bytes without a BOM that start as text: UTF-8 by segments, or Windows-1256; `base` is added to the offsets named. */
function decodeUtf8(all: Uint8Array, base: number): { text: string; encoding: string; warnings?: string[] } {
  const warnings: string[] = [];
  let bytes = all;
  const tail = binaryTail(bytes);
  if (tail >= 0) {
    warnings.push(`binary content from byte ${base + tail} on (${bytes.length - tail} bytes) is not read`);
    bytes = bytes.subarray(0, tail);
  }
  const done = (text: string, encoding: string) => (warnings.length ? { text, encoding, warnings } : { text, encoding });
  const q = utf8Quality(bytes);
  if (q.broken === 0) return done(UTF8.decode(bytes), 'utf-8');
  // Hardly a UTF-8 letter: a Windows-1256 file (Windows-1256 Arabic makes a broken sequence of almost every letter pair).
  if (q.multi * 8 < q.broken) {
    const cp1256 = tryDecoder('windows-1256', bytes);
    if (cp1256 !== undefined) return done(cp1256, 'windows-1256');
    return done(new TextDecoder('utf-8').decode(bytes), 'utf-8-lossy');
  }
  // UTF-8 with parts that are not: each part read as what it looks like, and named.
  let text = '';
  let at = 0;
  let lossy = false;
  let mixed = false;
  const partWarnings: string[] = [];
  for (const [s, e] of nonUtf8Parts(bytes)) {
    text += UTF8.decode(bytes.subarray(at, s));
    const part = bytes.subarray(s, e);
    const cp = looksCp1256(part) ? tryDecoder('windows-1256', part) : undefined;
    const where = e - s === 1 ? `byte ${base + s}` : `bytes ${base + s}-${base + e - 1}`;
    if (cp !== undefined) {
      mixed = true;
      text += cp;
      partWarnings.push(`${where} are not UTF-8 and are read as Windows-1256`.replace(/^(byte \d+) are/, '$1 is'));
    } else {
      lossy = true;
      text += new TextDecoder('utf-8').decode(part);
      partWarnings.push(`invalid UTF-8 at ${where} replaced with U+FFFD`);
    }
    at = e;
  }
  text += UTF8.decode(bytes.subarray(at));
  warnings.push(...partWarnings.slice(0, MAX_WARNINGS));
  if (partWarnings.length > MAX_WARNINGS) warnings.push(`and ${partWarnings.length - MAX_WARNINGS} more parts that are not UTF-8`);
  return done(text, mixed ? 'utf-8+windows-1256' : lossy ? 'utf-8-lossy' : 'utf-8');
}
