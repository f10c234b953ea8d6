/**
 * Bytes of a scraped article -> text. UTF-8 (with or without BOM), UTF-16 LE/BE
 * with BOM, and Windows-1256 (common in Arabic archives) when the bytes are not
 * UTF-8. A file with NUL bytes or many control bytes and no UTF-16 BOM is not
 * text; UTF-32 is refused by name.
 *
 * Bytes that are mostly UTF-8 with a few broken sequences (a file cut in the
 * middle of a letter, one stray byte) stay UTF-8, with U+FFFD for the broken
 * bytes ("utf-8-lossy"): decoding the whole article as Windows-1256 because of
 * one bad byte would turn every letter into mojibake.
 */
export type Decoded = { text: string; encoding: string } | { error: string };

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
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
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
    } else {
      broken++;
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const c = bytes[j];
      if (j >= n || c < (k === 0 ? lo : 0x80) || c > (k === 0 ? hi : 0xbf)) {
        ok = false;
        break;
      }
    }
    if (ok) multi++;
    else broken++;
    i = j;
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

export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 4 && ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff))) {
    return { error: 'UTF-32 is not supported: save the article as UTF-8' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(bytes.subarray(0, PROBE))) return { error: 'not a text file (binary content)' };
  const q = utf8Quality(bytes);
  if (q.broken === 0) return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  // A few broken sequences in a UTF-8 article: keep it UTF-8. Windows-1256
  // Arabic makes a broken sequence of almost every letter pair.
  if (q.multi >= 8 * q.broken) return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding: 'utf-8-lossy' };
  const cp1256 = tryDecoder('windows-1256', bytes);
  if (cp1256 !== undefined) return { text: cp1256, encoding: 'windows-1256' };
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8-lossy' };
}
