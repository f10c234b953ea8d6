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
import { DebugCommands } from '../../common/commands';
import { ACTOR_TYPES, type ActorType, type ArticleAnalysis, type Mention } from '../../../core';
import { fileKey, toDocumentRange } from '../../common/positions';
import type { IsnadServices } from '../../common/services';

/** What `isnad.debug.decorations` returns per visible editor (tests). */
export interface EditorDecorations {
  file: string;
  viewColumn: number | undefined;
  /** Mention ranges by `type/variant`, with the text each covers. */
  ranges: Array<{ key: string; line: number; character: number; endLine: number; endCharacter: number; text: string }>;
  dimmedLines: number[];
  /** Time the last decorate() of this editor took. */
  ms: number;
}

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

  // Last decorations set per editor (for `isnad.debug.decorations`); editors that went away drop out.
  const last = new WeakMap<vscode.TextEditor, { buckets: Map<string, vscode.Range[]>; dimmed: vscode.Range[]; ms: number }>();

  const clear = (editor: vscode.TextEditor) => {
    for (const d of types.values()) editor.setDecorations(d, []);
    editor.setDecorations(dimmedLine, []);
    last.delete(editor);
  };

  const decorate = (editor: vscode.TextEditor) => {
    const started = performance.now();
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
      buckets.get(`${type}/${variantOf(m, discovered)}`)?.push(toDocumentRange(doc, m));
    }
    for (const [key, ranges] of buckets) editor.setDecorations(types.get(key)!, ranges);
    const dimmed = new Set([...analysis.boilerplateLines, ...Object.keys(analysis.duplicateLines).map(Number)]);
    const dimmedRanges = [...dimmed].filter((l) => l >= 0 && l < doc.lineCount).map((l) => doc.lineAt(l).range);
    editor.setDecorations(dimmedLine, dimmedRanges);
    last.set(editor, { buckets, dimmed: dimmedRanges, ms: performance.now() - started });
  };

  const decorateAll = () => {
    for (const e of vscode.window.visibleTextEditors) {
      try {
        decorate(e);
      } catch (err) {
        services.log.error(`decorations of ${e.document.uri.toString()}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      }
    }
  };

  context.subscriptions.push(
    // Any change can touch every visible article (a new discovered actor, a registry edit), and
    // setDecorations on a handful of visible editors is cheap: redo them all.
    index.onDidChange(decorateAll),
    vscode.window.onDidChangeVisibleTextEditors(decorateAll),
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('isnad.highlighting')) decorateAll(); }),
    // The decorations of the visible editors (tests); not in the palette.
    vscode.commands.registerCommand(DebugCommands.decorations, (): EditorDecorations[] => vscode.window.visibleTextEditors.map((editor) => {
      const d = last.get(editor);
      const ranges = d ? [...d.buckets].flatMap(([key, list]) => list.map((r) => ({
        key, line: r.start.line, character: r.start.character, endLine: r.end.line, endCharacter: r.end.character, text: editor.document.getText(r),
      }))) : [];
      return { file: fileKey(editor.document.uri), viewColumn: editor.viewColumn, ranges, dimmedLines: d?.dimmed.map((r) => r.start.line) ?? [], ms: d?.ms ?? 0 };
    })),
  );
  decorateAll();
}
