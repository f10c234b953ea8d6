/**
 * The workspace registry (`.isnad/actors.json`) as the index hands it to the engine, and
 * the problems shown in the Problems panel: the engine's, plus ours (a file we would not read).
 * Pure module: no vscode import.
 */
import type { CorpusApi, Diagnostic } from '../../core';

export interface RegistrySource {
  /** JSON text of `.isnad/actors.json`, undefined when absent or not allowed (untrusted workspace). */
  text: string | undefined;
  /** Its file key (URI string), used for diagnostics. */
  file: string;
  /** Why the file was not read (too large, binary): shown in the Problems panel. */
  problem?: string;
}

/** Gives the engine the registry; its problems plus ours (a file we would not read). */
export function applyRegistry(corpus: CorpusApi, source: RegistrySource | undefined, log: { error(message: string): void }): Diagnostic[] {
  let diagnostics: Diagnostic[] = [];
  try {
    diagnostics = corpus.setWorkspaceRegistry(source?.text, source?.file ?? '');
  } catch (e) {
    log.error(`workspace registry: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    if (source?.text !== undefined) {
      diagnostics = [{ file: source.file, line: 0, character: 0, message: 'the registry could not be applied (see the Isnad log)', severity: 'error' }];
    }
  }
  if (source?.problem) diagnostics = [{ file: source.file, line: 0, character: 0, message: source.problem, severity: 'error' }, ...diagnostics];
  return diagnostics;
}
