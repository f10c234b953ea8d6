/**
 * The Recurring claims view: each claim group told by at least `isnad.claims.minSources`
 * articles (representative wording, number of articles and of independent origins),
 * its sentences as children (click: open the article with the sentence selected), led
 * by where the versions differ (numbers, dates, a negation, who said it), if they do,
 * single-source claims in a group of their own, a badge with the count, sorting by
 * sources or date, filtering to one actor or to the current article.
 *
 * Labels and descriptions are each wrapped in FSI..PDI with LRI..PDI around Latin and
 * digit runs: they share one direction context in the tree row and bleed otherwise.
 */
import * as vscode from 'vscode';
import { Commands, ContextKeys, DebugCommands, InternalCommands, Views } from '../../common/commands';
import type { ClaimGroup, SentenceRef } from '../../../core';
import { fileLabel } from '../../common/actorText';
import { treeText } from '../../common/bidi';
import { differKind } from '../../common/claimDiffer';
import { claimKey, filterClaims, findClaim, orderSentences, originCount, sortClaims, uniqueClaims, type ClaimFilter } from './claimsTreeModel';
import { dateOf, isRecurring } from '../../common/corpusQueries';
import { claimTooltipMarkdown, NAME_LENGTH, plainText, plainTooltip, SENTENCE_LABEL_LENGTH, treeLabel } from '../../common/displayText';
import { fileKey, locationArgs, offsetAt } from '../../common/positions';
import { pickActor } from '../../common/pickActor';
import { count } from '../../common/plural';
import type { IsnadServices } from '../../common/services';
import { SECTION } from '../../common/settings';

export const CLAIMS_VIEW = Views.claims;
// The tree row is a left-to-right box that clips on the right: an Arabic label wider than the
// sidebar loses its BEGINNING (the right end). So labels stay short; the tooltip has the whole text.
const LABEL_LENGTH = SENTENCE_LABEL_LENGTH;
/** A claim's label is a short gist already (the engine keeps it to about 50 characters). */
const CLAIM_LABEL_LENGTH = 52;

type Node =
  | { kind: 'group'; id: string; group: ClaimGroup; single: boolean }
  | { kind: 'singles'; id: string; groups: ClaimGroup[] }
  | { kind: 'sentence'; id: string; ref: SentenceRef; parent: Node }
  | { kind: 'differ'; id: string; differ: ClaimGroup['disagreements'][number]; parent: Node };

/** Plain JSON of what the view shows (for `isnad.debug.claimsSnapshot` and tests). */
export interface ClaimsSnapshot {
  badge: number | undefined;
  filter: { actorId?: string; file?: string };
  groups: Array<{
    id: string;
    label: string;
    description: string;
    articles: number;
    origins: number;
    files: string[];
    sentences: Array<{ file: string; line: number; text: string }>;
    /** Where the versions differ, as the view's rows show it. */
    differ: Array<{ kind: string; label: string; description: string; tooltip: string }>;
  }>;
  singleSource: number;
}

class ClaimsTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  filter: ClaimFilter = {};
  followCurrentArticle = false;
  private roots: Node[] | undefined;
  private children = new Map<string, Node[]>();

  constructor(private readonly services: IsnadServices) {}

  refresh(): void {
    this.roots = undefined;
    this.children.clear();
    this.changed.fire(undefined);
  }

  /** Recurring groups after filter and sort; single-source ones after filter. */
  model(): { recurring: ClaimGroup[]; singles: ClaimGroup[] } {
    const { index } = this.services;
    const { minSources, claimsSortBy } = this.services.settings();
    if (!index.started) return { recurring: [], singles: [] };
    const corpus = index.corpus;
    const recurring = uniqueClaims(corpus.claimGroups().filter((g) => isRecurring(g, minSources)));
    const singles = uniqueClaims([...corpus.singleSourceClaims(), ...corpus.claimGroups().filter((g) => !isRecurring(g, minSources))]);
    return {
      recurring: sortClaims(filterClaims(recurring, this.filter), claimsSortBy),
      singles: sortClaims(filterClaims(singles, this.filter), 'date'),
    };
  }

  async getChildren(node?: Node): Promise<Node[]> {
    const { index } = this.services;
    if (!node) {
      await index.ensureStarted();
      // The view shows its progress bar while a regrouping runs (in slices: the editor stays responsive).
      await index.corpus.settleClaims().catch(() => undefined); // a failed grouping: show the last one
      if (!this.roots) {
        const { recurring, singles } = this.model();
        this.roots = recurring.map((group) => ({ kind: 'group', id: `claim:${claimKey(group)}`, group, single: false }) as Node);
        if (singles.length > 0) this.roots.push({ kind: 'singles', id: 'singles', groups: singles });
      }
      return this.roots;
    }
    const cached = this.children.get(node.id);
    if (cached) return cached;
    let result: Node[] = [];
    if (node.kind === 'singles') {
      result = node.groups.map((group) => ({ kind: 'group', id: `single:${claimKey(group)}`, group, single: true }) as Node);
    } else if (node.kind === 'group') {
      const corpus = index.corpus;
      // Worked out here, when the group is opened: the engine computes them on first read.
      const differ = node.group.disagreements.map((d, k) => ({ kind: 'differ', id: `${node.id}/differ:${k}`, differ: d, parent: node }) as Node);
      const sentences = orderSentences(node.group.sentences, (f) => dateOf(corpus, f))
        .map((ref) => ({ kind: 'sentence', id: `${node.id}/${ref.sentenceId}`, ref, parent: node }) as Node);
      result = [...differ, ...sentences];
    }
    this.children.set(node.id, result);
    return result;
  }

  getParent(node: Node): Node | undefined {
    if (node.kind === 'sentence' || node.kind === 'differ') return node.parent;
    if (node.kind === 'group' && node.single) return this.roots?.find((r) => r.kind === 'singles');
    return undefined;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const t = vscode.l10n.t;
    const corpus = this.services.index.corpus;
    if (node.kind === 'singles') {
      const item = new vscode.TreeItem(treeText(t('Single-source claims')), vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.id;
      item.description = treeText(String(node.groups.length));
      item.iconPath = new vscode.ThemeIcon('circle-outline');
      item.tooltip = t('Claims that only one article makes');
      return item;
    }
    if (node.kind === 'group') {
      const g = node.group;
      const articles = new Set(g.files).size;
      // Who claims what (about 50 characters, the engine's label); the whole sentence is in the tooltip.
      const item = new vscode.TreeItem(treeLabel(g.label || g.text, CLAIM_LABEL_LENGTH), vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.id;
      item.description = node.single
        ? treeLabel([fileLabel(g.files[0] ?? ''), g.date ?? ''].filter(Boolean).join(' · '), 2 * NAME_LENGTH)
        : treeText(`${count(articles, '{0} articles')} · ${count(originCount(g), '{0} origins')}`);
      item.iconPath = new vscode.ThemeIcon(node.single ? 'comment' : 'comment-discussion');
      item.contextValue = node.single ? 'isnad.singleClaim' : 'isnad.claim';
      // Escaped like a hover, and neither trusted nor HTML nor icons (displayText.ts).
      const tooltip = new vscode.MarkdownString(claimTooltipMarkdown(g.text, articles, g.origins.map((o) => o.label), t));
      tooltip.isTrusted = false;
      tooltip.supportHtml = false;
      tooltip.supportThemeIcons = false;
      item.tooltip = tooltip;
      return item;
    }
    if (node.kind === 'differ') {
      const d = node.differ;
      const item = new vscode.TreeItem(treeText(t('Versions differ: {0}', differKind(d.kind, t))), vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      // «20 | 25»: the versions side by side, each side isolated by treeLabel's rules.
      item.description = treeLabel(d.detail, 2 * NAME_LENGTH);
      // The two versions found to disagree, each under its article.
      // Then which article says what, side by side, when every article has its side.
      const sides = (d.sides ?? []).map((x) => `${x.says}: ${x.files.map(fileLabel).join(', ')}`);
      item.tooltip = plainTooltip([d.detail, ...(d.sentences?.length ? d.sentences.flatMap((s) => [fileLabel(s.file), s.text]) : d.sides ? [] : d.files.map(fileLabel)), ...sides]);
      item.iconPath = new vscode.ThemeIcon('warning');
      return item;
    }
    const ref = node.ref;
    const item = new vscode.TreeItem(treeLabel(ref.text, LABEL_LENGTH), vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    const date = dateOf(corpus, ref.file);
    item.description = treeLabel([fileLabel(ref.file), date ?? ''].filter(Boolean).join(' · '), 2 * NAME_LENGTH);
    item.tooltip = plainTooltip([ref.text]);
    item.iconPath = new vscode.ThemeIcon('quote');
    item.command = { command: InternalCommands.openLocation, title: t('Open'), arguments: [locationArgs(ref.file, ref)] };
    return item;
  }

  /** The node of a claim, by claimKey (or the engine's id). */
  findGroupNode(key: string): Node | undefined {
    return this.find(this.roots ?? [], key);
  }

  async findSingleNode(key: string): Promise<Node | undefined> {
    const singles = this.roots?.find((r) => r.kind === 'singles');
    return singles ? this.find(await this.getChildren(singles), key) : undefined;
  }

  private find(nodes: Node[], key: string): Node | undefined {
    const groups = nodes.flatMap((n) => (n.kind === 'group' ? [n] : []));
    const match = findClaim(groups.map((n) => ({ id: n.group.id, sentences: n.group.sentences, node: n })), key);
    return match?.node;
  }
}

export function activateClaimsTree(context: vscode.ExtensionContext, services: IsnadServices): void {
  const { index } = services;
  const provider = new ClaimsTreeProvider(services);
  const view = vscode.window.createTreeView(CLAIMS_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  const t = vscode.l10n.t;

  const updateChrome = () => {
    const { recurring } = provider.model();
    view.badge = index.started ? { value: recurring.length, tooltip: count(recurring.length, '{0} recurring claims') } : undefined;
    const parts: string[] = [];
    const name = (s: string) => plainText(s, NAME_LENGTH);
    if (provider.filter.actorId) parts.push(t('Filtered to {0}', name(index.corpus.getActor(provider.filter.actorId)?.name ?? provider.filter.actorId)));
    if (provider.filter.file) parts.push(t('Filtered to {0}', name(fileLabel(provider.filter.file))));
    view.message = parts.length ? treeText(parts.join(' · ')) : undefined;
    void vscode.commands.executeCommand('setContext', ContextKeys.claimsFiltered, parts.length > 0);
    void vscode.commands.executeCommand('setContext', ContextKeys.claimsSortBy, services.settings().claimsSortBy);
  };
  const refresh = () => {
    provider.refresh();
    updateChrome();
  };
  // Keystroke re-analyses arrive in bursts and each makes the engine regroup the corpus
  // (in the background) for the badge: coalesce them.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refreshSoon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      refresh();
    }, 150);
  };

  const currentArticle = () => {
    const doc = vscode.window.activeTextEditor?.document;
    return doc && index.isArticle(doc.uri) ? fileKey(doc.uri) : undefined;
  };
  const setSort = (by: 'sources' | 'date') =>
    vscode.workspace.getConfiguration(SECTION).update('claims.sortBy', by, vscode.ConfigurationTarget.Global);

  services.claims = {
    async reveal(claimId: string) {
      await index.ensureStarted();
      await provider.getChildren();
      let node = provider.findGroupNode(claimId) ?? (await provider.findSingleNode(claimId));
      if (!node && (provider.filter.actorId || provider.filter.file)) {
        // Filtered out: show everything again rather than fail.
        provider.filter = {};
        provider.followCurrentArticle = false;
        refresh();
        await provider.getChildren();
        node = provider.findGroupNode(claimId) ?? (await provider.findSingleNode(claimId));
      }
      if (!node) return false;
      try {
        await view.reveal(node, { select: true, focus: true, expand: true });
      } catch {
        // The view was re-fetching its root at the same moment (a refresh after an edit): try once more.
        await new Promise((resolve) => setTimeout(resolve, 300));
        await provider.getChildren();
        const again = provider.findGroupNode(claimId) ?? (await provider.findSingleNode(claimId));
        if (!again) return false;
        await view.reveal(again, { select: true, focus: true, expand: true });
      }
      return true;
    },
    filterByActor(actorId: string | undefined) {
      provider.filter = { ...provider.filter, actorId };
      refresh();
    },
  };

  context.subscriptions.push(
    view,
    view.onDidChangeVisibility((e) => { if (e.visible) void index.ensureStarted(); }),
    index.onDidChange(() => {
      if (provider.followCurrentArticle) provider.filter = { ...provider.filter, file: currentArticle() };
      refreshSoon();
    }),
    { dispose: () => timer && clearTimeout(timer) },
    index.onDidChangeState(updateChrome),
    index.onDidSettleClaims(refresh),
    vscode.window.onDidChangeActiveTextEditor(() => {
      if (!provider.followCurrentArticle) return;
      const file = currentArticle();
      if (file && file !== provider.filter.file) {
        provider.filter = { ...provider.filter, file };
        refresh();
      }
    }),
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('isnad.claims')) refresh(); }),
    vscode.commands.registerCommand(Commands.claimsSortBySources, () => setSort('sources')),
    vscode.commands.registerCommand(Commands.claimsSortByDate, () => setSort('date')),
    vscode.commands.registerCommand(Commands.claimsFilterByActor, async (arg?: unknown) => {
      // From the Actors view the argument is its node; from the palette, ask.
      const fromNode = (arg as { actorId?: string } | undefined)?.actorId;
      const actorId = typeof arg === 'string' ? arg : fromNode ?? (await pickActor(services, t('Show the claims of which actor?')))?.id;
      if (!actorId) return;
      services.claims?.filterByActor(actorId);
      await vscode.commands.executeCommand(`${CLAIMS_VIEW}.focus`);
    }),
    vscode.commands.registerCommand(Commands.claimsFilterToCurrentArticle, () => {
      const file = currentArticle();
      if (!file) {
        void vscode.window.showInformationMessage(t('Open an Arabic article first.'));
        return;
      }
      provider.followCurrentArticle = true;
      provider.filter = { ...provider.filter, file };
      refresh();
    }),
    vscode.commands.registerCommand(Commands.claimsClearFilter, () => {
      provider.filter = {};
      provider.followCurrentArticle = false;
      refresh();
    }),
    vscode.commands.registerCommand(Commands.revealClaim, async (arg?: unknown) => {
      await index.ensureStarted();
      const fromNode = (arg as { group?: ClaimGroup } | undefined)?.group;
      let claimId = typeof arg === 'string' ? arg : fromNode ? claimKey(fromNode) : undefined;
      if (!claimId) claimId = claimAtCursor(services) ?? (await pickClaim(services, provider));
      if (!claimId) return false;
      return services.claims!.reveal(claimId);
    }),
    vscode.commands.registerCommand(DebugCommands.claimsSnapshot, async (): Promise<ClaimsSnapshot> => {
      await index.ensureStarted();
      // What the view shows once a pending refresh has run.
      if (timer) {
        clearTimeout(timer);
        timer = undefined;
        refresh();
      }
      const roots = await provider.getChildren();
      const snapshot: ClaimsSnapshot = { badge: view.badge?.value, filter: { ...provider.filter }, groups: [], singleSource: 0 };
      for (const root of roots) {
        if (root.kind === 'singles') {
          snapshot.singleSource = root.groups.length;
          continue;
        }
        if (root.kind !== 'group') continue;
        const item = provider.getTreeItem(root);
        const kids = await provider.getChildren(root);
        snapshot.groups.push({
          id: claimKey(root.group),
          label: String(typeof item.label === 'string' ? item.label : item.label?.label ?? ''),
          description: String(item.description ?? ''),
          articles: new Set(root.group.files).size,
          origins: originCount(root.group),
          files: [...new Set(root.group.files)].map(fileLabel),
          sentences: kids.flatMap((k) => (k.kind === 'sentence' ? [{ file: fileLabel(k.ref.file), line: k.ref.line, text: k.ref.text }] : [])),
          differ: kids.flatMap((k) => {
            if (k.kind !== 'differ') return [];
            const row = provider.getTreeItem(k);
            const tooltip = typeof row.tooltip === 'string' ? row.tooltip : row.tooltip?.value ?? '';
            return [{ kind: k.differ.kind, label: String(typeof row.label === 'string' ? row.label : row.label?.label ?? ''), description: String(row.description ?? ''), tooltip }];
          }),
        });
      }
      return snapshot;
    }),
  );
  updateChrome();
}

/** The recurring claim of the sentence at the cursor, if any. */
export function claimAtCursor(services: IsnadServices): string | undefined {
  const editor = vscode.window.activeTextEditor;
  const { index } = services;
  if (!editor || !index.isArticle(editor.document.uri)) return undefined;
  index.analysisOf(editor.document);
  const file = fileKey(editor.document.uri);
  const sentence = index.corpus.sentenceAt(file, offsetAt(editor.document, editor.selection.active));
  if (!sentence) return undefined;
  const groups = uniqueClaims(index.corpus.groupsOfSentence(file, sentence.id).filter((g) => isRecurring(g, services.settings().minSources)));
  return groups[0] ? claimKey(groups[0]) : undefined;
}

async function pickClaim(services: IsnadServices, provider: ClaimsTreeProvider): Promise<string | undefined> {
  const { recurring } = provider.model();
  const items = recurring.map((g) => ({
    label: treeLabel(g.label || g.text, CLAIM_LABEL_LENGTH),
    description: treeText(`${count(new Set(g.files).size, '{0} articles')} · ${count(originCount(g), '{0} origins')}`),
    id: claimKey(g),
  }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Reveal which recurring claim?') });
  return picked?.id;
}
