/**
 * Edits of the workspace registry text (`.isnad/actors.json`): add an actor, add an
 * alias, promote a discovered actor. Uses jsonc-parser's `modify` so the reviewer's
 * comments, order and formatting survive. Pure module: no vscode import.
 */
import { applyEdits, findNodeAtLocation, modify, parseTree, type FormattingOptions } from 'jsonc-parser';
import type { ActorType, Role } from '../../../core';

const FORMAT: FormattingOptions = { insertSpaces: true, tabSize: 2, eol: '\n' };

export interface RegistryActorEntry {
  id: string;
  type: ActorType;
  name: string;
  nameEn?: string;
  aliases?: string[];
  roles?: Role[];
  description?: string;
}

export class RegistryEditError extends Error {}

function rootOf(text: string) {
  const errors: { error: number }[] = [];
  const root = parseTree(text, errors as never, { allowTrailingComma: true, disallowComments: false });
  if (!root || root.type !== 'object' || errors.length > 0) {
    throw new RegistryEditError('the registry is not a valid JSON object; fix it first');
  }
  return root;
}

function baseText(text: string | undefined): string {
  return text && text.trim() ? text : '{\n  "actors": [],\n  "aliases": {}\n}\n';
}

function edit(text: string, path: (string | number)[], value: unknown): string {
  return applyEdits(text, modify(text, path, value, { formattingOptions: FORMAT }));
}

/** Ids of the actors the registry text defines. */
function definedIds(text: string): string[] {
  const actors = findNodeAtLocation(rootOf(text), ['actors']);
  if (!actors || actors.type !== 'array') return [];
  return (actors.children ?? []).map((n) => {
    const id = findNodeAtLocation(n, ['id']);
    return typeof id?.value === 'string' ? id.value : '';
  });
}

/** Adds (or, for an existing id, replaces) an actor entry. */
export function addActorEntry(text: string | undefined, entry: RegistryActorEntry): string {
  let out = baseText(text);
  const root = rootOf(out);
  const actors = findNodeAtLocation(root, ['actors']);
  if (actors && actors.type !== 'array') throw new RegistryEditError('"actors" is not an array');
  const clean = Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
  if (!actors) return edit(out, ['actors'], [clean]);
  const at = definedIds(out).indexOf(entry.id);
  out = edit(out, ['actors', at === -1 ? -1 : at], clean);
  return out;
}

/**
 * Adds an alias: into the actor's own entry when the registry defines it, else under
 * `"aliases": { "<id>": [...] }` (which extends a built-in actor). No duplicates.
 */
export function addAliasEntry(text: string | undefined, actorId: string, alias: string): string {
  const out = baseText(text);
  const root = rootOf(out);
  const at = definedIds(out).indexOf(actorId);
  if (at !== -1) {
    const list = findNodeAtLocation(root, ['actors', at, 'aliases']);
    if (list && list.type === 'array') {
      if ((list.children ?? []).some((c) => c.value === alias)) return out;
      return edit(out, ['actors', at, 'aliases', -1], alias);
    }
    return edit(out, ['actors', at, 'aliases'], [alias]);
  }
  const aliases = findNodeAtLocation(root, ['aliases']);
  if (aliases && aliases.type !== 'object') throw new RegistryEditError('"aliases" is not an object');
  const list = aliases ? findNodeAtLocation(aliases, [actorId]) : undefined;
  if (list && list.type === 'array') {
    if ((list.children ?? []).some((c) => c.value === alias)) return out;
    return edit(out, ['aliases', actorId, -1], alias);
  }
  return edit(out, ['aliases', actorId], [alias]);
}

/** A registry id from the English name («Eyal Zamir» -> «eyal_zamir»), unique among `taken`. */
export function makeActorId(nameEn: string | undefined, taken: (id: string) => boolean): string {
  const slug = (nameEn ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 48);
  const base = slug || 'actor';
  if (!taken(base) && slug) return base;
  for (let i = 2; ; i++) {
    const id = `${base}_${i}`;
    if (!taken(id)) return id;
  }
}
