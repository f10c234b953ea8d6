/**
 * Commands that write the workspace registry `.isnad/actors.json`: add the selection
 * as a new actor, add it as an alias of an existing actor, promote a discovered actor.
 * The new text is applied to the engine at once (the file watcher would follow anyway).
 * In Restricted Mode they are hidden (package.json `when: isWorkspaceTrusted`) and refuse to
 * run before asking anything (trustPolicy.ts): the registry is neither read nor written there.
 */
import * as vscode from 'vscode';
import { Commands } from '../../common/commands';
import { ACTOR_TYPES, decodeArticle, type Actor, type ActorType } from '../../../core';
import { typeLabel } from '../../common/actorText';
import { fsi } from '../../common/bidi';
import { messageText } from '../../common/displayText';
import { pickActor } from '../../common/pickActor';
import { addActorEntry, addAliasEntry, makeActorId, RegistryEditError } from './registryEdit';
import { fileKey, openDocument, toRange } from '../../common/positions';
import type { IsnadServices } from '../../common/services';
import { trustPolicy } from '../../common/trustPolicy';
import { registryUri } from './workspaceRegistry';

const REGISTRY_ID = /^[A-Za-z0-9_.-]{1,64}$/;

async function currentRegistryText(uri: vscode.Uri): Promise<string | undefined> {
  const open = openDocument(fileKey(uri));
  if (open) return open.getText();
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch {
    return undefined;
  }
  const decoded = decodeArticle(bytes);
  if ('error' in decoded) throw new RegistryEditError(decoded.error);
  return decoded.text;
}

/** False (with a message) in Restricted Mode, where the workspace registry is neither read nor written. */
function mayWriteRegistry(): boolean {
  if (trustPolicy(vscode.workspace.isTrusted).writeWorkspaceRegistry) return true;
  void vscode.window.showWarningMessage(vscode.l10n.t('The workspace actor registry is used only in a trusted workspace.'));
  return false;
}

/** Applies `update` to the registry text and saves it; false (with a message) when that is not possible. */
async function updateRegistry(services: IsnadServices, update: (text: string | undefined) => string): Promise<boolean> {
  const t = vscode.l10n.t;
  // Checked again: trust cannot be withdrawn without a reload, but the prompts took a while.
  if (!mayWriteRegistry()) return false;
  const uri = registryUri();
  if (!uri) {
    void vscode.window.showWarningMessage(t('Open a folder to keep a workspace actor registry.'));
    return false;
  }
  let next: string;
  try {
    next = update(await currentRegistryText(uri));
  } catch (e) {
    if (!(e instanceof RegistryEditError)) throw e;
    const open = t('Open the registry');
    const choice = await vscode.window.showErrorMessage(t('Cannot edit {0}: {1}', '.isnad/actors.json', messageText(e.message, 200)), open);
    if (choice === open) await vscode.window.showTextDocument(uri);
    return false;
  }
  const open = openDocument(fileKey(uri));
  if (open) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, toRange({ line: 0, character: 0, endLine: open.lineCount, endCharacter: 0 }), next);
    await vscode.workspace.applyEdit(edit);
    await open.save();
  } else {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(next));
  }
  services.index.setRegistry({ text: next, file: fileKey(uri) });
  return true;
}

/** The selected text of the active article (one line, trimmed), or asked for. */
async function selectedPhrase(prompt: string): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection).replace(/\s+/g, ' ').trim() : '';
  if (selected) return selected;
  const typed = await vscode.window.showInputBox({ prompt, ignoreFocusOut: true });
  return typed?.trim() || undefined;
}

async function pickType(): Promise<ActorType | undefined> {
  const items = ACTOR_TYPES.map((type) => ({ label: typeLabel(type, vscode.l10n.t), type }));
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('What kind of actor is it?') }))?.type;
}

function entryOf(actor: Actor, id: string) {
  return {
    id,
    type: actor.type,
    name: actor.name,
    nameEn: actor.nameEn || undefined,
    aliases: actor.aliases.filter((a) => a !== actor.name),
    roles: actor.roles,
    description: actor.description,
  };
}

export function activateRegistryCommands(context: vscode.ExtensionContext, services: IsnadServices): void {
  const t = vscode.l10n.t;
  const { index } = services;

  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.addActor, async () => {
      if (!mayWriteRegistry()) return;
      await index.ensureStarted();
      const name = await selectedPhrase(t('Arabic name of the new actor'));
      if (!name) return;
      const type = await pickType();
      if (!type) return;
      const nameEn = (await vscode.window.showInputBox({ prompt: t('English name of {0} (optional)', fsi(messageText(name))), ignoreFocusOut: true }))?.trim();
      if (nameEn === undefined) return;
      const id = makeActorId(nameEn, (candidate) => index.corpus.getActor(candidate) !== undefined);
      const ok = await updateRegistry(services, (text) => addActorEntry(text, { id, type, name, nameEn: nameEn || undefined, aliases: [] }));
      if (ok) void vscode.window.showInformationMessage(t('Added {0} to the workspace registry.', fsi(messageText(name))));
    }),

    vscode.commands.registerCommand(Commands.addAlias, async () => {
      if (!mayWriteRegistry()) return;
      await index.ensureStarted();
      const alias = await selectedPhrase(t('Alias to add'));
      if (!alias) return;
      const actor = await pickActor(services, t('Add «{0}» as an alias of which actor?', fsi(messageText(alias))));
      if (!actor) return;
      const ok = await updateRegistry(services, (text) => addAliasEntry(text, actor.id, alias));
      if (ok) void vscode.window.showInformationMessage(t('Added {0} as an alias of {1}.', fsi(messageText(alias)), fsi(messageText(actor.name))));
    }),

    vscode.commands.registerCommand(Commands.promoteActor, async (arg?: unknown) => {
      if (!mayWriteRegistry()) return;
      await index.ensureStarted();
      const fromArg = typeof arg === 'string' ? arg : (arg as { actorId?: string } | undefined)?.actorId;
      let actor = fromArg ? index.corpus.getActor(fromArg) : undefined;
      if (!actor) {
        if (index.corpus.discoveredActors().length === 0) {
          void vscode.window.showInformationMessage(t('There are no discovered actors to promote.'));
          return;
        }
        actor = await pickActor(services, t('Promote which discovered actor?'), (a) => a.source === 'discovered');
      }
      if (!actor) return;
      const chosen = actor;
      const id = REGISTRY_ID.test(chosen.id) ? chosen.id : makeActorId(chosen.nameEn, (c) => index.corpus.getActor(c) !== undefined);
      const ok = await updateRegistry(services, (text) => addActorEntry(text, entryOf(chosen, id)));
      if (ok) void vscode.window.showInformationMessage(t('{0} is now a confirmed actor of this workspace.', fsi(messageText(chosen.name))));
    }),
  );
}
