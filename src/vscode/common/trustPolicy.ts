/**
 * What Isnad does in a workspace the reviewer has not trusted (Restricted Mode), as
 * the README promises: the built-in registry only (`.isnad/actors.json` is not read),
 * the workspace's file settings ignored, nothing written. A cloned folder of articles
 * must not be able to rename or retype actors in the reviewer's report, point the
 * indexer at other files, or get the extension to write into it.
 * Pure module: no vscode import (unit-tested); settings.ts, workspaceRegistry.ts and
 * registryCommands.ts apply it, package.json's `when` clauses mirror it.
 */
import { Commands } from './commands';

export interface TrustPolicy {
  /** Read `.isnad/actors.json`. */
  readWorkspaceRegistry: boolean;
  /** Run the commands that write `.isnad/actors.json` (add actor, add alias, promote). */
  writeWorkspaceRegistry: boolean;
  /** Honour workspace and folder values of RESTRICTED_SETTINGS. */
  workspaceFileSettings: boolean;
}

export function trustPolicy(isTrusted: boolean): TrustPolicy {
  return { readWorkspaceRegistry: isTrusted, writeWorkspaceRegistry: isTrusted, workspaceFileSettings: isTrusted };
}

/** Settings (under `isnad.`) whose workspace values are ignored in Restricted Mode; = package.json `restrictedConfigurations`. */
export const RESTRICTED_SETTINGS = ['files.include', 'files.maxFileSizeKB'] as const;

/** Commands that write the workspace registry: hidden (`isWorkspaceTrusted`) and refused in Restricted Mode. */
export const REGISTRY_WRITE_COMMANDS = [Commands.addActor, Commands.addAlias, Commands.promoteActor] as const;

/** The shape of `WorkspaceConfiguration.inspect()` that matters here. */
export interface InspectedSetting<T> {
  defaultValue?: T;
  globalValue?: T;
  workspaceValue?: T;
  workspaceFolderValue?: T;
}

/**
 * The value Isnad uses for a setting: with workspace values when they may be honoured,
 * otherwise the user's own value or the default. VS Code does the same for
 * `restrictedConfigurations`; doing it here as well keeps the promise whatever the host.
 */
export function effectiveSetting<T>(inspected: InspectedSetting<T> | undefined, useWorkspaceValues: boolean, fallback: T): T {
  if (!inspected) return fallback;
  const value = useWorkspaceValues
    ? inspected.workspaceFolderValue ?? inspected.workspaceValue ?? inspected.globalValue ?? inspected.defaultValue
    : inspected.globalValue ?? inspected.defaultValue;
  return value === undefined ? fallback : value;
}
