/// <reference types="mocha" />
/**
 * Smoke test in the real extension host: the packaged extension is there, activates on a seed
 * article, and contributes its commands.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'isnad.isnad'; // publisher.name in package.json

function seedFiles(): vscode.Uri[] {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder (a copy of seeds/) is open');
  return fs.readdirSync(folder.uri.fsPath)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => vscode.Uri.file(path.join(folder.uri.fsPath, f)));
}

suite('smoke', () => {
  test('the workspace holds the seed articles', () => {
    assert.ok(seedFiles().length >= 2, 'at least two seed .txt files');
  });

  test(`extension ${EXTENSION_ID} is installed`, () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} not found; extensions: ${vscode.extensions.all
      .filter((e) => !e.id.startsWith('vscode.')).map((e) => e.id).join(', ')}`);
    assert.strictEqual(ext.packageJSON.publisher + '.' + ext.packageJSON.name, EXTENSION_ID);
  });

  test('activates when a seed .txt is opened', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    const uri = seedFiles()[0];
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const deadline = Date.now() + 20_000;
    while (!ext.isActive && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.ok(ext.isActive, `${EXTENSION_ID} did not activate within 20 s of opening ${path.basename(uri.fsPath)}`);
  });

  test('contributes isnad.* commands', async () => {
    const commands = (await vscode.commands.getCommands(true)).filter((c) => c.startsWith('isnad.'));
    assert.ok(commands.length > 0, 'no command starting with "isnad." is registered');
    const declared: string[] = (vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.contributes?.commands ?? [])
      .map((c: { command: string }) => c.command);
    for (const c of declared) assert.ok(commands.includes(c), `declared command ${c} is not registered`);
  });
});
