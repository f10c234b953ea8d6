/**
 * The boundary between the engine and VS Code: the one place where engine positions,
 * offsets and spans become VS Code positions, ranges and locations and back, where a file
 * key (the corpus's name of an article: its URI string) becomes a URI and back, and where
 * an open document is looked up by key. Features never call `document.offsetAt`,
 * `Uri.parse`, `new vscode.Range` or search `workspace.textDocuments` themselves.
 *
 * The engine counts UTF-16 code units from 0 (line/character, start/end offsets
 * into the article's text), exactly like vscode.Position and TextDocument.offsetAt,
 * so these are plain conversions; keeping them here means a change of convention
 * on either side is fixed in one file.
 */
import * as vscode from 'vscode';
import type { Located } from '../../core';
import type { LocationArgs } from './commandLinks';

/** Anything with a start and end line/character (mentions, sentences, sentence refs). */
export type Span = Pick<Located, 'line' | 'character' | 'endLine' | 'endCharacter'>;

export function toRange(span: Span): vscode.Range {
  return new vscode.Range(span.line, span.character, span.endLine, span.endCharacter);
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Characters [start, end) of a line widened so that neither end falls inside a surrogate pair:
 * a decoration or hover range that split an emoji would paint half a character.
 */
export function snapToCodePoints(lineText: string, start: number, end: number): [number, number] {
  const inside = (i: number) => i > 0 && i < lineText.length && isLowSurrogate(lineText.charCodeAt(i)) && isHighSurrogate(lineText.charCodeAt(i - 1));
  return [inside(start) ? start - 1 : start, inside(end) ? end + 1 : end];
}

/**
 * An engine span as a range of the open document it was computed from: validated against the
 * document (a range past its end is clamped rather than thrown on) and never splitting a
 * surrogate pair. Decorations, hover and highlight ranges use this.
 */
export function toDocumentRange(document: vscode.TextDocument, span: Span): vscode.Range {
  const range = document.validateRange(toRange(span));
  const startText = document.lineAt(range.start.line).text;
  const endText = range.end.line === range.start.line ? startText : document.lineAt(range.end.line).text;
  const [s] = snapToCodePoints(startText, range.start.character, range.start.character);
  const [, e] = snapToCodePoints(endText, range.end.character, range.end.character);
  if (s === range.start.character && e === range.end.character) return range;
  return new vscode.Range(range.start.line, s, range.end.line, e);
}

/** The URI of a file key (strict: a key always has its scheme). */
export function fileUri(file: string): vscode.Uri {
  return vscode.Uri.parse(file, true);
}

/** A URI given by a person or a command's argument (lenient: a bare path reads as a file). */
export function parseUri(text: string): vscode.Uri {
  return vscode.Uri.parse(text);
}

/** Corpus file key of a document or file: its URI string. */
export function fileKey(uri: vscode.Uri): string {
  return uri.toString();
}

export function toLocation(file: string, span: Span): vscode.Location {
  return new vscode.Location(fileUri(file), toRange(span));
}

/** Engine offset of an editor position in an open document. */
export function offsetAt(document: vscode.TextDocument, position: vscode.Position): number {
  return document.offsetAt(position);
}

/** Plain-JSON arguments for `isnad.openLocation` (command links, tree items). */
export function locationArgs(file: string, span: Span): LocationArgs {
  return { file, line: span.line, character: span.character, endLine: span.endLine, endCharacter: span.endCharacter };
}

export function rangeFromArgs(args: LocationArgs): vscode.Range {
  return toRange(args);
}

/** The documents VS Code has open (also lingering models of closed files). */
export function openDocuments(): readonly vscode.TextDocument[] {
  return vscode.workspace.textDocuments;
}

/** The open document of a file key, if VS Code has one (also a lingering model of a closed file). */
export function openDocument(key: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}
