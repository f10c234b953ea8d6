/**
 * The Actors view: actors that occur in the corpus, by type; under each actor the
 * articles that mention it (most recent first), under each article its mentions
 * (the sentence with the mention highlighted; click: reveal the mention).
 * Discovered (unconfirmed) actors are marked and can be promoted from here.
 */
import { count } from '../../common/plural';
import { DebugCommands, InternalCommands, Views } from '../../common/commands';
import * as vscode from 'vscode';
import { ACTOR_TYPES, type ActorType, type ActorUsage, type Mention } from '../../../core';
import { fileLabel, typePluralLabel } from '../../common/actorText';
import { treeText, treeTextWithFocus } from '../../common/bidi';
import { dateOf, mentionsByFile } from '../../common/corpusQueries';
import { flatten, NAME_LENGTH, plainText, plainTooltip, SENTENCE_LABEL_LENGTH, treeLabel } from '../../common/displayText';
import { excerpt } from '../../common/markdownText';
import { fileUri, locationArgs } from '../../common/positions';
import type { IsnadServices } from '../../common/services';

export const ACTORS_VIEW = Views.actors;
// Short: an RTL label wider than the sidebar loses its beginning (see claimsTree.ts).
const SENTENCE_LENGTH = SENTENCE_LABEL_LENGTH;

const TYPE_ICONS: Record<ActorType, string> = {
  person: 'person',
  organization: 'organization',
  country: 'globe',
  place: 'location',
  media: 'broadcast',
};

export type ActorNode =
  | { kind: 'type'; id: string; type: ActorType; usages: ActorUsage[] }
  | { kind: 'actor'; id: string; actorId: string; usage: ActorUsage; parent: ActorNode }
  | { kind: 'article'; id: string; actorId: string; file: string; mentions: Mention[]; parent: ActorNode }
  | { kind: 'mention'; id: string; actorId: string; file: string; mention: Mention; parent: ActorNode };

export interface ActorsSnapshot {
  types: Array<{ type: ActorType; actors: Array<{ id: string; name: string; discovered: boolean; files: string[]; mentions: number }> }>;
}

class ActorsTreeProvider implements vscode.TreeDataProvider<ActorNode> {
  private readonly changed = new vscode.EventEmitter<ActorNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: ActorNode[] | undefined;
  private readonly children = new Map<string, ActorNode[]>();

  constructor(private readonly services: IsnadServices) {}

  refresh(): void {
    this.roots = undefined;
    this.children.clear();
    this.changed.fire(undefined);
  }

  async getChildren(node?: ActorNode): Promise<ActorNode[]> {
    const { index } = this.services;
    if (!node) {
      await index.ensureStarted();
      if (!this.roots) {
        const usage = index.corpus.actorUsage();
        this.roots = ACTOR_TYPES.map((type) => ({
          kind: 'type' as const,
          id: `type:${type}`,
          type,
          // Most articles first, then by name: the actors a reviewer meets most often lead.
          usages: usage.filter((u) => u.actor.type === type)
            .sort((a, b) => b.files.length - a.files.length || b.mentionCount - a.mentionCount || a.actor.name.localeCompare(b.actor.name, 'ar')),
        })).filter((n) => n.usages.length > 0);
      }
      return this.roots;
    }
    const cached = this.children.get(node.id);
    if (cached) return cached;
    let result: ActorNode[] = [];
    if (node.kind === 'type') {
      result = node.usages.map((usage) => ({ kind: 'actor', id: `actor:${usage.actor.id}`, actorId: usage.actor.id, usage, parent: node }));
    } else if (node.kind === 'actor') {
      const byFile = mentionsByFile(index.corpus, node.actorId);
      result = [...byFile].map(([file, mentions]) => ({ kind: 'article', id: `${node.id}/${file}`, actorId: node.actorId, file, mentions, parent: node }));
    } else if (node.kind === 'article') {
      result = node.mentions.map((mention) => ({ kind: 'mention', id: `${node.id}#${mention.start}-${mention.end}`, actorId: node.actorId, file: node.file, mention, parent: node }));
    }
    this.children.set(node.id, result);
    return result;
  }

  getParent(node: ActorNode): ActorNode | undefined {
    return node.kind === 'type' ? undefined : node.parent;
  }

  getTreeItem(node: ActorNode): vscode.TreeItem {
    const t = vscode.l10n.t;
    const corpus = this.services.index.corpus;
    switch (node.kind) {
      case 'type': {
        const item = new vscode.TreeItem(treeText(typePluralLabel(node.type, t)), vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.id;
        item.description = treeText(String(node.usages.length));
        item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[node.type]);
        return item;
      }
      case 'actor': {
        const { actor, files, mentionCount } = node.usage;
        const discovered = actor.source === 'discovered';
        const item = new vscode.TreeItem(treeLabel(actor.name), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        const parts = [actor.nameEn ? plainText(actor.nameEn) : '', `${count(files.length, '{0} articles')} · ${count(mentionCount, '{0} mentions')}`];
        if (discovered) parts.push(t('discovered'));
        item.description = treeText(parts.filter(Boolean).join(' · '));
        item.tooltip = plainTooltip([actor.name, actor.nameEn, actor.description, discovered ? t('Discovered, not confirmed: promote it to keep it.') : undefined]);
        item.iconPath = new vscode.ThemeIcon(discovered ? 'question' : TYPE_ICONS[actor.type]);
        item.contextValue = discovered ? 'isnad.actor.discovered' : 'isnad.actor';
        return item;
      }
      case 'article': {
        const item = new vscode.TreeItem(treeLabel(fileLabel(node.file), 2 * NAME_LENGTH), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        const date = dateOf(corpus, node.file);
        item.description = treeText([date ? plainText(date) : '', count(node.mentions.length, '{0} mentions')].filter(Boolean).join(' · '));
        item.iconPath = vscode.ThemeIcon.File;
        item.resourceUri = fileUri(node.file);
        item.command = { command: InternalCommands.openLocation, title: t('Open'), arguments: [locationArgs(node.file, node.mentions[0])] };
        return item;
      }
      case 'mention': {
        const m = node.mention;
        const sentence = corpus.sentenceAt(node.file, m.start);
        const text = sentence?.text ?? m.text;
        const focusStart = sentence ? m.start - sentence.start : 0;
        const cut = excerpt(text, SENTENCE_LENGTH, focusStart, focusStart + (m.end - m.start));
        // flatten keeps offsets (one character for one), so the highlight stays on the mention.
        const { label, highlights } = treeTextWithFocus(flatten(cut.text), focusStart - cut.offset, focusStart - cut.offset + (m.end - m.start));
        const item = new vscode.TreeItem({ label, highlights }, vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.description = treeText(t('line {0}', m.line + 1));
        item.tooltip = plainTooltip([text]);
        item.command = { command: InternalCommands.openLocation, title: t('Reveal'), arguments: [locationArgs(node.file, m)] };
        return item;
      }
    }
  }
}

export function activateActorsTree(context: vscode.ExtensionContext, services: IsnadServices): void {
  const { index } = services;
  const provider = new ActorsTreeProvider(services);
  const view = vscode.window.createTreeView(ACTORS_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  // Re-analyses come in bursts while typing: refresh once per burst.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refreshSoon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      provider.refresh();
    }, 150);
  };
  context.subscriptions.push(
    view,
    view.onDidChangeVisibility((e) => { if (e.visible) void index.ensureStarted(); }),
    index.onDidChange(refreshSoon),
    { dispose: () => timer && clearTimeout(timer) },
    vscode.commands.registerCommand(DebugCommands.actorsSnapshot, async (): Promise<ActorsSnapshot> => {
      await index.ensureStarted();
      // What the view shows once a pending refresh has run.
      if (timer) {
        clearTimeout(timer);
        timer = undefined;
        provider.refresh();
      }
      const roots = await provider.getChildren();
      return {
        types: roots.flatMap((r) => (r.kind === 'type'
          ? [{ type: r.type, actors: r.usages.map((u) => ({ id: u.actor.id, name: u.actor.name, discovered: u.actor.source === 'discovered', files: u.files.map(fileLabel), mentions: u.mentionCount })) }]
          : [])),
      };
    }),
  );
}
