/**
 * Which files count as articles, before their text is looked at: plain text matching
 * `isnad.files.include` (relative to its workspace folder), or an untitled document; never
 * in node_modules, .git, .isnad, .vscode or .host, never an output or git view.
 * (What the text must be, mostly Arabic and not too large, is articleFiles.ts's.)
 * Pure module: no vscode import.
 */
import { globMatch } from './globMatch';
import type { FileLocation } from './workspace';

/** Folders never searched for articles. */
export const SKIPPED_FOLDERS = /(^|\/)(node_modules|\.git|\.isnad|\.vscode|\.host)(\/|$)/;

/** Outside the skipped folders and matching the include glob. */
export function matchesInclude(file: FileLocation, include: string): boolean {
  if (SKIPPED_FOLDERS.test(file.path)) return false;
  return globMatch(include, file.relative);
}

/** Untitled documents and files matching the include glob. */
export function isCandidateFile(file: FileLocation, include: string): boolean {
  if (file.scheme === 'untitled') return true;
  if (file.scheme === 'output' || file.scheme === 'git' || file.scheme === 'vscode-userdata') return false;
  return matchesInclude(file, include);
}

/** Could this open document be an article? (plain text, and a candidate file). */
export function isCandidateDocument(languageId: string, file: FileLocation, include: string): boolean {
  return languageId === 'plaintext' && isCandidateFile(file, include);
}

/** Keys equal to `key` or under it as a folder. */
export function isUnder(key: string): (k: string) => boolean {
  const prefix = key.endsWith('/') ? key : key + '/';
  return (k) => k === key || k.startsWith(prefix);
}
