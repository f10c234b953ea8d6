/** A quick pick of actors (used by several commands): those in the corpus first, searchable by Arabic or English name. */
import { count } from './plural';
import * as vscode from 'vscode';
import type { Actor } from '../../core';
import { typeLabel } from './actorText';
import { fsi, ltr } from './bidi';
import { messageText } from './displayText';
import type { IsnadServices } from './services';

interface ActorItem extends vscode.QuickPickItem {
  actor: Actor;
}

export async function pickActor(services: IsnadServices, placeHolder: string, filter?: (actor: Actor) => boolean): Promise<Actor | undefined> {
  await services.index.ensureStarted();
  const corpus = services.index.corpus;
  const used = corpus.actorUsage();
  const seen = new Set(used.map((u) => u.actor.id));
  const items: ActorItem[] = used
    .filter((u) => !filter || filter(u.actor))
    .map((u) => ({
      label: fsi(messageText(u.actor.name)),
      description: ltr(messageText(u.actor.nameEn)) + ' · ' + typeLabel(u.actor.type, vscode.l10n.t),
      detail: vscode.l10n.t('{0}, {1}', count(u.files.length, '{0} articles', ltr(String(u.files.length))), count(u.mentionCount, '{0} mentions', ltr(String(u.mentionCount)))),
      actor: u.actor,
    }));
  // Actors the registry knows that no article mentions yet (aliases can be added to them too).
  for (const actor of corpus.allActors()) {
    if (seen.has(actor.id) || (filter && !filter(actor))) continue;
    items.push({ label: fsi(messageText(actor.name)), description: ltr(messageText(actor.nameEn)) + ' · ' + typeLabel(actor.type, vscode.l10n.t), actor });
  }
  const picked = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true });
  return picked?.actor;
}
