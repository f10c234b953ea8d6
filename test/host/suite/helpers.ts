/**
 * What every host suite needs of the workspace and of time: the open folder (a copy of
 * seeds/), URIs in it, and waiting for the extension to reach a state. Not a suite file
 * (scripts/build-tests.mjs bundles only `*.test.ts`): each suite bundles it in.
 */
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

export function folder(): string {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'a workspace folder (a copy of seeds/) is open');
  return f.uri.fsPath;
}

export const wsUri = (...parts: string[]): vscode.Uri => vscode.Uri.file(path.join(folder(), ...parts));

export const sleep = (ms: number): Promise<unknown> => new Promise((r) => setTimeout(r, ms));

export type Until = <T>(what: string, get: () => PromiseLike<T> | T, ok: (v: T) => boolean, timeoutMs?: number) => Promise<T>;

/** `until(what, get, ok)`: polls `get` every 100 ms until `ok`, failing with the last value after `defaultMs` (or the call's own timeout). */
export function waiter(defaultMs: number): Until {
  return async (what, get, ok, timeoutMs = defaultMs) => {
    const deadline = Date.now() + timeoutMs;
    let last = await get();
    while (!ok(last)) {
      if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}; last: ${JSON.stringify(last).slice(0, 800)}`);
      await sleep(100);
      last = await get();
    }
    return last;
  };
}
