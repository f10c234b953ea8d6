/**
 * A small glob matcher for the `isnad.files.include` setting, used where VS Code
 * gives a URI but no document to `languages.match` against (renames, watcher
 * events after a setting change). Same syntax as VS Code globs: `**`, `*`, `?`,
 * `{a,b}`, `[abc]`. Pure module: no vscode import.
 */

const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  const cached = cache.get(glob);
  if (cached) return cached;
  let re = '';
  let inGroup = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches any number of folders (also none); a trailing `**` anything.
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else {
          re += '.*';
        }
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '{') {
      inGroup++;
      re += '(?:';
    } else if (c === '}' && inGroup > 0) {
      inGroup--;
      re += ')';
    } else if (c === ',' && inGroup > 0) {
      re += '|';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close === -1) {
        re += '\\[';
      } else {
        let body = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
        if (body.startsWith('!')) body = '^' + body.slice(1);
        re += `[${body}]`;
        i = close;
      }
    } else {
      re += c.replace(/[.+^$()|\\\]]/g, '\\$&');
    }
  }
  const result = new RegExp(`^${re}$`, process.platform === 'win32' ? 'i' : '');
  cache.set(glob, result);
  return result;
}

/** `relativePath` uses `/` separators and is relative to the workspace folder. */
export function globMatch(glob: string, relativePath: string): boolean {
  return globToRegExp(glob).test(relativePath.replace(/\\/g, '/').replace(/^\/+/, ''));
}
