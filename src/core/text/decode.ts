/**
 * Bytes of a scraped article -> text. UTF-8 (with or without BOM), UTF-16 LE/BE
 * with BOM, and Windows-1256 (common in Arabic archives) when the bytes are not
 * valid UTF-8. A file with NUL bytes and no UTF-16 BOM is not text.
 */
export type Decoded = { text: string; encoding: string } | { error: string };

export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { error: 'not a text file (binary content)' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: Arabic archives are most often Windows-1256.
    try {
      return { text: new TextDecoder('windows-1256').decode(bytes), encoding: 'windows-1256' };
    } catch {
      return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8-lossy' };
    }
  }
}
