/** The `isnad.*` settings, read in one place with their defaults. */
import * as vscode from 'vscode';
import type { ClaimSort } from './claimsTreeModel';

export const SECTION = 'isnad';

export interface IsnadSettings {
  /** Glob (relative to each workspace folder) of the files that may be articles. */
  include: string;
  /** Files larger than this are not analysed (KiB). */
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
  const num = (key: string, fallback: number, min: number) => {
    const v = c.get<number>(key, fallback);
    return typeof v === 'number' && Number.isFinite(v) ? Math.max(min, Math.floor(v)) : fallback;
  };
  return {
    include: c.get<string>('files.include', '**/*.txt') || '**/*.txt',
    maxFileSizeKB: num('files.maxFileSizeKB', 1024, 1),
    debounceMs: num('analysis.debounceMs', 300, 0),
    hoverMaxArticles: num('hover.maxArticles', 5, 1),
    minSources: num('claims.minSources', 2, 2),
    highlightingEnabled: c.get<boolean>('highlighting.enabled', true) !== false,
    claimsSortBy: c.get<string>('claims.sortBy', 'sources') === 'date' ? 'date' : 'sources',
  };
}

export function affects(e: vscode.ConfigurationChangeEvent, ...keys: string[]): boolean {
  return keys.some((k) => e.affectsConfiguration(`${SECTION}.${k}`));
}
