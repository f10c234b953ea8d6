/**
 * Bytes of a text in the encodings scraped archives use, for tests of decoding
 * (unit tests and the extension-host suite share it; no test-runner import).
 */

/** Windows-1256 bytes of `s` (the platform decoder's table, inverted); throws on a character the code page lacks. */
export function cp1256(s: string): Uint8Array {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Uint8Array.from([...s].map((ch) => {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`no Windows-1256 byte for ${ch}`);
    return b;
  }));
}

/** UTF-16 bytes of `s`, little- or big-endian, with its byte-order mark unless `bom` is false. */
export function utf16(s: string, { bigEndian = false, bom = true } = {}): Uint8Array {
  const o = bom ? 2 : 0;
  const out = new Uint8Array(o + s.length * 2);
  if (bom) {
    out[0] = bigEndian ? 0xfe : 0xff;
    out[1] = bigEndian ? 0xff : 0xfe;
  }
  for (let i = 0; i < s.length; i++) {
    const hi = s.charCodeAt(i) >> 8;
    const lo = s.charCodeAt(i) & 0xff;
    out[o + 2 * i] = bigEndian ? hi : lo;
    out[o + 2 * i + 1] = bigEndian ? lo : hi;
  }
  return out;
}
