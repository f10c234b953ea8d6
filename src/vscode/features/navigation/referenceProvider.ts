/**
 * Find All References / Peek on an actor mention: every mention of that actor in
 * every article. Also `isnad.showActorMentions` (the hover's «see all» link and a
 * palette command), which peeks them from the current editor or lists them in a
 * quick pick when no article is open.
 */
import * as vscode from 'vscode';
import type { CorpusApi } from '../../../core';
import { ltr } from '../../common/bidi';
import { messageText, plainTooltip } from '../../common/displayText';
import { fileLabel } from '../../common/actorText';
import { Commands } from '../../common/commands';
import { openLocation } from './openLocation';
import { fileKey, locationArgs, offsetAt, toLocation } from '../../common/positions';
import { pickActor } from '../../common/pickActor';
import type { IsnadServices } from '../../common/services';

/** Locations of all mentions of an actor, most recent article first. */
export function actorLocations(corpus: CorpusApi, actorId: string): vscode.Location[] {
  const order = new Map((corpus.actorUsage().find((u) => u.actor.id === actorId)?.files ?? []).map((f, i) => [f, i]));
  return corpus.mentionsOf(actorId)
    .slice()
    .sort((a, b) => (order.get(a.file) ?? 1e9) - (order.get(b.file) ?? 1e9) || a.mention.start - b.mention.start)
    .map((r) => toLocation(r.file, r.mention));
}

/** The actor mentioned at the cursor of the active editor, if any. */
export function actorAtCursor(services: IsnadServices): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !services.index.isArticle(editor.document.uri)) return undefined;
  services.index.analysisOf(editor.document);
  return services.index.corpus.mentionAt(fileKey(editor.document.uri), offsetAt(editor.document, editor.selection.active))?.actorId;
}

export function activateReferences(context: vscode.ExtensionContext, services: IsnadServices): void {
  const { index } = services;
  const provider: vscode.ReferenceProvider = {
    async provideReferences(document, position) {
      if (!(await index.articleFor(document))) return undefined;
      const mention = index.corpus.mentionAt(fileKey(document.uri), offsetAt(document, position));
      return mention ? actorLocations(index.corpus, mention.actorId) : undefined;
    },
  };

  const showMentions = async (arg?: unknown) => {
    await index.ensureStarted();
    // From a hover link: the actor id; from the Actors view: its node; from the palette: the cursor or a pick.
    const given = typeof arg === 'string' ? arg : (arg as { actorId?: unknown } | undefined)?.actorId;
    const id = typeof given === 'string' ? given : actorAtCursor(services) ?? (await pickActor(services, vscode.l10n.t('Show the mentions of which actor?')))?.id;
    if (!id) return;
    const corpus = index.corpus;
    const locations = actorLocations(corpus, id);
    const editor = vscode.window.activeTextEditor;
    if (editor && index.isArticle(editor.document.uri) && locations.length > 0) {
      // Peek from where the reader is, like Find All References.
      await vscode.commands.executeCommand('editor.action.showReferences', editor.document.uri, editor.selection.active, locations);
      return;
    }
    const items = corpus.mentionsOf(id).map((r) => {
      const sentence = corpus.sentenceAt(r.file, r.mention.start);
      return {
        label: ltr(messageText(fileLabel(r.file))) + ' · ' + ltr(String(r.mention.line + 1)),
        detail: sentence ? plainTooltip([sentence.text], 200) : undefined,
        args: locationArgs(r.file, r.mention),
      };
    });
    const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Mentions of {0}', messageText(corpus.getActor(id)?.name ?? id)), matchOnDetail: true });
    if (picked) await openLocation(picked.args, false);
  };

  context.subscriptions.push(
    vscode.languages.registerReferenceProvider({ language: 'plaintext' }, provider),
    vscode.commands.registerCommand(Commands.showActorMentions, showMentions),
  );
}
