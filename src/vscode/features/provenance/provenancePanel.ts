/**
 * `isnad.showProvenance`: a webview panel drawing a claim's chain (origins,
 * versions by date, the links between; provenanceHtml.ts). Opened from a
 * claim in the Recurring Claims view (inline action and context menu), from a
 * claim hover's link, or from the palette (the claim at the cursor, else a
 * pick). One panel, reused; it follows regroupings while open. A click on a
 * version opens the article at the sentence, beside the panel.
 */
import type * as NodeCrypto from 'node:crypto';
import { Commands, DebugCommands } from '../../common/commands';
import * as vscode from 'vscode';
import type { ClaimGroup } from '../../../core';
import { claimAtCursor, claimKey, findClaim, originCount, sortClaims, uniqueClaims } from '../claims';
import { dateOf, isRecurring } from '../../common/corpusQueries';
import { treeText } from '../../common/bidi';
import { treeLabel } from '../../common/displayText';
import { fileUri, rangeFromArgs } from '../../common/positions';
import { count } from '../../common/plural';
import type { IsnadServices } from '../../common/services';
import { provenanceHtml } from './provenanceHtml';
import { provenanceModel, type ProvenanceModel } from './provenanceModel';

// node:crypto (and the streams it loads) is read when the panel is first drawn, not when the extension loads.
const randomBytes = (size: number): Buffer => (require('node:crypto') as typeof NodeCrypto).randomBytes(size);

export const PROVENANCE_VIEW = 'isnad.provenance';

/** What the panel shows, as plain JSON (`isnad.debug.provenanceSnapshot`, tests). */
export interface ProvenanceSnapshot {
  model: ProvenanceModel;
  html: string;
}

function findGroup(services: IsnadServices, key: string): ClaimGroup | undefined {
  const corpus = services.index.corpus;
  return findClaim(uniqueClaims([...corpus.claimGroups(), ...corpus.singleSourceClaims()]), key);
}

async function pickClaim(services: IsnadServices): Promise<string | undefined> {
  const t = vscode.l10n.t;
  const { minSources, claimsSortBy } = services.settings();
  const groups = sortClaims(uniqueClaims(services.index.corpus.claimGroups().filter((g) => isRecurring(g, minSources))), claimsSortBy);
  const picked = await vscode.window.showQuickPick(
    groups.map((g) => ({ label: treeLabel(g.text, 64), description: treeText(`${count(new Set(g.files).size, '{0} articles')} · ${count(originCount(g), '{0} origins')}`), id: claimKey(g) })),
    { placeHolder: t('Show the chain of which claim?') },
  );
  return picked?.id;
}

export function activateProvenance(context: vscode.ExtensionContext, services: IsnadServices): void {
  const { index } = services;
  const t = vscode.l10n.t;
  let panel: vscode.WebviewPanel | undefined;
  let shown: { key: string; model: ProvenanceModel; html: string } | undefined;

  const render = (group: ClaimGroup, key: string): void => {
    const corpus = index.corpus;
    const model = provenanceModel(group, key, (f) => dateOf(corpus, f));
    const nonce = randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, '');
    const html = provenanceHtml(model, { nonce, t, lang: vscode.env.language });
    shown = { key, model, html };
    if (!panel) {
      panel = vscode.window.createWebviewPanel(PROVENANCE_VIEW, '', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
        enableScripts: true,
        // The page loads nothing: no local resource is readable from it.
        localResourceRoots: [],
        enableFindWidget: true,
      });
      panel.onDidDispose(() => {
        panel = undefined;
        shown = undefined;
      });
      panel.webview.onDidReceiveMessage((msg: unknown) => void openVersion(msg));
    }
    panel.title = t('Chain: {0}', treeLabel(group.text, 24));
    panel.webview.html = html;
  };

  const openVersion = async (msg: unknown): Promise<void> => {
    // Messages come from the page: accept only the expected shape and a version the panel drew.
    const m = msg as { type?: unknown; version?: unknown };
    if (!shown || m?.type !== 'open' || !Number.isInteger(m.version)) return;
    const v = shown.model.versions[m.version as number];
    if (!v) return;
    const range = rangeFromArgs(v.location);
    const document = await vscode.workspace.openTextDocument(fileUri(v.location.file));
    const editor = await vscode.window.showTextDocument(document, { selection: range, viewColumn: vscode.ViewColumn.One, preview: true });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };

  const show = async (arg?: unknown): Promise<boolean> => {
    await index.ensureStarted();
    await index.corpus.settleClaims().catch(() => undefined);
    const fromNode = (arg as { group?: ClaimGroup } | undefined)?.group;
    let key = typeof arg === 'string' ? arg : fromNode ? claimKey(fromNode) : undefined;
    if (!key) key = claimAtCursor(services) ?? (await pickClaim(services));
    if (!key) return false;
    const group = findGroup(services, key);
    if (!group) {
      void vscode.window.showInformationMessage(t('That claim is no longer found in the articles.'));
      return false;
    }
    render(group, key);
    panel?.reveal(undefined, false);
    return true;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.showProvenance, show),
    // A regrouping (an edit, a new article): redraw the open claim if it is still there.
    index.onDidSettleClaims(() => {
      if (!panel || !shown) return;
      const group = findGroup(services, shown.key);
      if (group) render(group, shown.key);
    }),
    vscode.commands.registerCommand(DebugCommands.provenanceSnapshot, (): ProvenanceSnapshot | undefined =>
      shown ? { model: shown.model, html: shown.html } : undefined),
    { dispose: () => panel?.dispose() },
  );
}
