/** The `isnad.*` settings, read in one place with their defaults. */
import * as vscode from 'vscode';
import { HARD_MAX_FILE_KB } from '../workspace/articleFiles';
import { effectiveSetting, trustPolicy } from './trustPolicy';

export const SECTION = 'isnad';

/** The order of the Recurring claims view (`isnad.claims.sortBy`). */
export type ClaimSort = 'sources' | 'date';

export interface IsnadSettings {
  /** Glob (relative to each workspace folder) of the files that may be articles. */
  include: string;
  /** Files larger than this are not analysed (KiB, at most HARD_MAX_FILE_KB). */
  maxFileSizeKB: number;
  /** Delay between the last keystroke and re-analysis of the edited article. */
  debounceMs: number;
  /** Other articles listed in an actor hover before «see all». */
  hoverMaxArticles: number;
  /** Articles needed for a claim to count as recurring. */
  minSources: number;
  highlightingEnabled: boolean;
  claimsSortBy: ClaimSort;
}

export function readSettings(): IsnadSettings {
  const c = vscode.workspace.getConfiguration(SECTION);
  // In Restricted Mode the file settings come from the user, never from the workspace (trustPolicy.ts).
  const workspaceValues = trustPolicy(vscode.workspace.isTrusted).workspaceFileSettings;
  const fileSetting = <T>(key: string, fallback: T): T =>
    (workspaceValues ? c.get<T>(key, fallback) : effectiveSetting(c.inspect<T>(key), false, fallback));
  const clamp = (v: unknown, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER) =>
    (typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, Math.floor(v))) : fallback);
  const num = (key: string, fallback: number, min: number, max?: number) => clamp(c.get<number>(key, fallback), fallback, min, max);
  const include = fileSetting<unknown>('files.include', '**/*.txt');
  return {
    include: typeof include === 'string' && include ? include : '**/*.txt',
    maxFileSizeKB: clamp(fileSetting<unknown>('files.maxFileSizeKB', 1024), 1024, 1, HARD_MAX_FILE_KB),
    debounceMs: num('analysis.debounceMs', 300, 0, 10_000),
    hoverMaxArticles: num('hover.maxArticles', 5, 1, 50),
    minSources: num('claims.minSources', 2, 2, 50),
    highlightingEnabled: c.get<boolean>('highlighting.enabled', true) !== false,
    claimsSortBy: c.get<string>('claims.sortBy', 'sources') === 'date' ? 'date' : 'sources',
  };
}

export function affects(e: vscode.ConfigurationChangeEvent, ...keys: string[]): boolean {
  return keys.some((k) => e.affectsConfiguration(`${SECTION}.${k}`));
}
