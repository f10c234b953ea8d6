/**
 * A small glob matcher for the `isnad.files.include` setting, used where VS Code
 * gives a URI but no document to `languages.match` against (renames, watcher
 * events after a setting change). Same syntax as VS Code globs: `**`, `*`, `?`,
 * `{a,b}`, `[abc]`. Pure module: no vscode import.
 */

const cache = new Map<string, RegExp>();
/** Distinct globs remembered (the setting changes rarely; this only bounds a pathological case). */
const CACHE_LIMIT = 64;
/** Longer globs are not compiled: no real include pattern comes near. */
const MAX_GLOB_LENGTH = 2000;
const NEVER = /(?!)/;

/**
 * The glob as a regular expression. A setting comes from the workspace, so: repeated `**\/`
 * (which would backtrack exponentially on deep paths) collapse into one, a glob too long or
 * not compilable (`[z-a]`) matches nothing instead of throwing in a file-event handler.
 */
export function globToRegExp(rawGlob: string): RegExp {
  const cached = cache.get(rawGlob);
  if (cached) return cached;
  const result = rawGlob.length > MAX_GLOB_LENGTH ? NEVER : compile(rawGlob);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(rawGlob, result);
  return result;
}

function compile(rawGlob: string): RegExp {
  const glob = rawGlob.replace(/(?:\*\*\/)+/g, '**/').replace(/\*{3,}/g, '**').replace(/(?:\*\*\/)+\*\*(?=$|[^/])/g, '**');
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
  try {
    return new RegExp(`^${re}$`, process.platform === 'win32' ? 'i' : '');
  } catch {
    return NEVER;
  }
}

/** `relativePath` uses `/` separators and is relative to the workspace folder. */
export function globMatch(glob: string, relativePath: string): boolean {
  return globToRegExp(glob).test(relativePath.replace(/\\/g, '/').replace(/^\/+/, ''));
}
