// Checks that markdown built from hostile text has no active content: every markdown/HTML
// character of the text is backslash-escaped and the only links go to allow-listed commands.
import { expect } from 'vitest';
import { HOVER_ENABLED_COMMANDS } from '../../src/vscode/common/commandLinks';

/** Characters of `md` that are not backslash-escaped, with their index. */
export function unescaped(md: string): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (let i = 0; i < md.length; i++) {
    if (md[i] === '\\') {
      i++;
      continue;
    }
    out.push([md[i], i]);
  }
  return out;
}

/** Link targets `[..](target)` formed by unescaped brackets. */
export function linkTargets(md: string): string[] {
  const chars = unescaped(md);
  const targets: string[] = [];
  for (let k = 0; k < chars.length - 1; k++) {
    if (chars[k][0] === ']' && chars[k + 1][0] === '(' && chars[k + 1][1] === chars[k][1] + 1) {
      const start = chars[k + 1][1] + 1;
      const end = md.indexOf(')', start);
      targets.push(md.slice(start, end));
    }
  }
  return targets;
}

export function assertInert(md: string, opts: { bidi?: boolean } = {}): void {
  const raw = unescaped(md).map(([c]) => c).join('');
  for (const c of ['<', '>', '`', '&', '|', '!', '$', '#', '~']) expect(raw, `unescaped ${c}`).not.toContain(c);
  for (const target of linkTargets(md)) {
    const command = /^command:([\w.]+)\?/.exec(target)?.[1];
    expect(command && HOVER_ENABLED_COMMANDS.includes(command), `link target ${target}`).toBe(true);
  }
  expect(md).not.toContain('command:workbench');
  expect(md).not.toContain('file:///');
  if (opts.bidi !== false) expect(md).not.toContain('\u202E');
}

