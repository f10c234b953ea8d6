/**
 * Highlighting of actor mentions in the editor.
 *
 * ONLY backgroundColor, border and outline: those are drawn as overlay divs and
 * leave the line's text spans alone. Anything else on a word (colour, font
 * weight, text decoration, before/after text) splits the Arabic run into
 * bidi-isolated spans that VS Code lays out left to right, scrambling the
 * sentence the reviewer reads (measured; see the shared notes).
 *
 * - confirmed actor: background of its type (themable `isnad.<type>Background`);
 * - discovered (unconfirmed) actor: same background plus a dashed border;
 * - nested mention (a name inside another mention's title): outline only, so both
 *   the title's background and the nested name read;
 * - boilerplate and repeated lines: whole-line foreground colour (safe over a whole line).
 */
import * as vscode from 'vscode';
import { ACTOR_TYPES, type ActorType, type ArticleAnalysis, type Mention } from '../core';
import { toRange } from './positions';
import type { IsnadServices } from './services';

type Variant = 'confirmed' | 'discovered' | 'nested' | 'nestedDiscovered';
const VARIANTS: Variant[] = ['confirmed', 'discovered', 'nested', 'nestedDiscovered'];

function decorationFor(type: ActorType, variant: Variant): vscode.DecorationRenderOptions {
  const background = new vscode.ThemeColor(`isnad.${type}Background`);
  const border = new vscode.ThemeColor(`isnad.${type}Border`);
  const ruler = { overviewRulerColor: background, overviewRulerLane: vscode.OverviewRulerLane.Center };
  switch (variant) {
    case 'confirmed':
      return { backgroundColor: background, borderRadius: '3px', ...ruler };
    case 'discovered':
      return { backgroundColor: background, borderRadius: '3px', border: '1px dashed', borderColor: new vscode.ThemeColor('isnad.discoveredBorder'), ...ruler };
    case 'nested':
      return { outline: '1px solid', outlineColor: border, borderRadius: '3px' };
    case 'nestedDiscovered':
      return { outline: '1px dashed', outlineColor: new vscode.ThemeColor('isnad.discoveredBorder'), borderRadius: '3px' };
  }
}

function variantOf(m: Mention, discovered: boolean): Variant {
  if (m.nested) return discovered ? 'nestedDiscovered' : 'nested';
  return discovered ? 'discovered' : 'confirmed';
}

export function activateHighlighting(context: vscode.ExtensionContext, services: IsnadServices): void {
  const { index } = services;
  const types = new Map<string, vscode.TextEditorDecorationType>();
  for (const type of ACTOR_TYPES) {
    for (const variant of VARIANTS) {
      const deco = vscode.window.createTextEditorDecorationType({ ...decorationFor(type, variant), rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed });
      types.set(`${type}/${variant}`, deco);
      context.subscriptions.push(deco);
    }
  }
  const dimmedLine = vscode.window.createTextEditorDecorationType({ isWholeLine: true, color: new vscode.ThemeColor('isnad.boilerplateForeground') });
  context.subscriptions.push(dimmedLine);

  const clear = (editor: vscode.TextEditor) => {
    for (const d of types.values()) editor.setDecorations(d, []);
    editor.setDecorations(dimmedLine, []);
  };

  const decorate = (editor: vscode.TextEditor) => {
    const doc = editor.document;
    if (!services.settings().highlightingEnabled || !index.isArticle(doc.uri)) return clear(editor);
    // Stale analysis (typing, re-analysis pending): leave VS Code's own tracking of the old ranges in place.
    if (!index.isCurrent(doc)) return;
    const analysis: ArticleAnalysis | undefined = index.analysisOf(doc);
    if (!analysis) return clear(editor);
    const corpus = index.corpus;
    const buckets = new Map<string, vscode.Range[]>([...types.keys()].map((k) => [k, []]));
    for (const m of analysis.mentions) {
      const actor = corpus.getActor(m.actorId);
      const type = actor?.type ?? 'person';
      const discovered = m.discovered === true || actor?.source === 'discovered';
      buckets.get(`${type}/${variantOf(m, discovered)}`)?.push(toRange(m));
    }
    for (const [key, ranges] of buckets) editor.setDecorations(types.get(key)!, ranges);
    const dimmed = new Set([...analysis.boilerplateLines, ...Object.keys(analysis.duplicateLines).map(Number)]);
    editor.setDecorations(dimmedLine, [...dimmed].filter((l) => l < doc.lineCount).map((l) => doc.lineAt(l).range));
  };

  const decorateAll = () => { for (const e of vscode.window.visibleTextEditors) decorate(e); };

  context.subscriptions.push(
    // Any change can touch every visible article (a new discovered actor, a registry edit), and
    // setDecorations on a handful of visible editors is cheap: redo them all.
    index.onDidChange(decorateAll),
    vscode.window.onDidChangeVisibleTextEditors(decorateAll),
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('isnad.highlighting')) decorateAll(); }),
  );
  decorateAll();
}
