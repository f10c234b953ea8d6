import { createScanner, SyntaxKind } from 'jsonc-parser';

/**
 * How deep a registry may nest arrays and objects. A real one nests four
 * levels (registry › actors › actor › roles › role); the JSON parser recurses
 * once per level, and a few thousand levels (12 KB of «[») overflow the stack.
 */
export const REGISTRY_MAX_DEPTH = 64;

/**
 * The offset of the first bracket that opens level `max + 1`, or undefined when
 * the text nests at most `max` levels. Uses the parser's own scanner (which
 * does not recurse), so strings and comments count as they do when parsing.
 */
export function nestingTooDeep(text: string, max: number): number | undefined {
  const scanner = createScanner(text, false);
  let depth = 0;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) {
      if (++depth > max) return scanner.getTokenOffset();
    } else if (kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken) {
      if (depth > 0) depth--;
    }
  }
  return undefined;
}
