import { parseTree, findNodeAtLocation, getNodeValue, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { normalize } from '../text/normalize';
import { tokenize } from '../text/tokens';
import { isStopword } from '../text/stopwords';
import { ACTOR_TYPES, type Actor, type Diagnostic, type Role } from '../types';

/**
 * The workspace registry: a JSON file (with comments allowed) in which
 * reviewers add actors and aliases or override built-in actors:
 *
 *   { "actors": [ { "id": "...", "type": "person", "name": "...", "nameEn": "...",
 *                   "aliases": [...], "roles": [ { "title": "...", "from": 2020 } ] } ],
 *     "aliases": { "<actor id>": ["..."] } }
 *
 * Every problem is reported with the file, line and column; a bad entry is
 * skipped and the rest still applies.
 */
export interface WorkspaceRegistry {
  actors: Array<Partial<Actor> & { id: string }>;
  aliases: Record<string, string[]>;
  diagnostics: Diagnostic[];
}

/** Lines and columns of offsets in the registry text. */
function locator(text: string): (offset: number) => { line: number; character: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo] };
  };
}

const ID = /^[A-Za-z0-9_.-]{1,64}$/;

/** An alias that would match almost everywhere: too short, or only function words. */
export function aliasProblem(alias: string): string | undefined {
  const words = tokenize(normalize(alias));
  if (words.length === 0) return 'has no letters';
  const letters = words.reduce((n, w) => n + w.text.length, 0);
  if (letters < 2) return 'is too short to match safely (one letter)';
  if (words.every((w) => isStopword(w.text))) return 'is a common word and would match almost everywhere';
  return undefined;
}

export function parseWorkspaceRegistry(text: string, file: string, knownIds: (id: string) => boolean): WorkspaceRegistry {
  const diagnostics: Diagnostic[] = [];
  const at = locator(text);
  const report = (offset: number, length: number, message: string, severity: 'error' | 'warning' = 'error'): void => {
    const s = at(offset);
    const e = at(offset + Math.max(1, length));
    diagnostics.push({ file, line: s.line, character: s.character, endLine: e.line, endCharacter: e.character, message, severity });
  };
  const out: WorkspaceRegistry = { actors: [], aliases: {}, diagnostics };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const e of errors) report(e.offset, e.length, `JSON syntax: ${printParseErrorCode(e.error)}`);
  if (!root) return out;
  if (root.type !== 'object') {
    report(root.offset, root.length, 'the registry must be a JSON object with "actors" and/or "aliases"');
    return out;
  }
  const seen = new Map<string, Node>();
  const actorsNode = findNodeAtLocation(root, ['actors']);
  if (actorsNode && actorsNode.type !== 'array') report(actorsNode.offset, actorsNode.length, '"actors" must be an array');
  for (const node of actorsNode?.type === 'array' ? (actorsNode.children ?? []) : []) {
    const entry = checkActor(node, report, knownIds);
    if (!entry) continue;
    const prev = seen.get(entry.id);
    if (prev) {
      report(node.offset, node.length, `duplicate id "${entry.id}" (first defined on line ${at(prev.offset).line + 1}); this entry is ignored`);
      continue;
    }
    seen.set(entry.id, node);
    out.actors.push(entry);
  }
  const aliasesNode = findNodeAtLocation(root, ['aliases']);
  if (aliasesNode && aliasesNode.type !== 'object') report(aliasesNode.offset, aliasesNode.length, '"aliases" must be an object of actor id -> list of aliases');
  for (const prop of aliasesNode?.type === 'object' ? (aliasesNode.children ?? []) : []) {
    const [k, v] = prop.children ?? [];
    if (!k || !v) continue;
    const id = String(getNodeValue(k));
    if (!knownIds(id) && !seen.has(id)) {
      report(k.offset, k.length, `unknown actor id "${id}"`);
      continue;
    }
    const list = checkAliases(v, report);
    if (list) out.aliases[id] = [...(out.aliases[id] ?? []), ...list];
  }
  for (const key of root.children ?? []) {
    const name = key.children?.[0] ? getNodeValue(key.children[0]) : undefined;
    if (name !== 'actors' && name !== 'aliases' && name !== '$schema') report(key.offset, key.length, `unknown key "${name}" (expected "actors" or "aliases")`, 'warning');
  }
  return out;
}

type Report = (offset: number, length: number, message: string, severity?: 'error' | 'warning') => void;

function checkAliases(node: Node, report: Report): string[] | undefined {
  if (node.type !== 'array') {
    report(node.offset, node.length, 'aliases must be an array of strings');
    return undefined;
  }
  const out: string[] = [];
  for (const a of node.children ?? []) {
    if (a.type !== 'string') {
      report(a.offset, a.length, 'an alias must be a string');
      continue;
    }
    const problem = aliasProblem(a.value);
    if (problem) report(a.offset, a.length, `alias "${a.value}" ${problem}; it is ignored`, 'warning');
    else out.push(a.value);
  }
  return out;
}

function checkActor(node: Node, report: Report, knownIds: (id: string) => boolean): (Partial<Actor> & { id: string }) | undefined {
  if (node.type !== 'object') {
    report(node.offset, node.length, 'an actor must be an object');
    return undefined;
  }
  const value = getNodeValue(node) as Record<string, unknown>;
  const field = (k: string): Node => findNodeAtLocation(node, [k]) ?? node;
  const id = value.id;
  if (typeof id !== 'string' || !ID.test(id)) {
    report(field('id').offset, field('id').length, 'an actor needs an "id": letters, digits, "_", "-" or "." (at most 64)');
    return undefined;
  }
  const isOverride = knownIds(id);
  const entry: Partial<Actor> & { id: string } = { id };
  if (value.type !== undefined) {
    if (typeof value.type !== 'string' || !(ACTOR_TYPES as readonly string[]).includes(value.type)) {
      report(field('type').offset, field('type').length, `"type" must be one of ${ACTOR_TYPES.join(', ')}`);
      return undefined;
    }
    entry.type = value.type as Actor['type'];
  } else if (!isOverride) {
    report(node.offset, 1, `new actor "${id}" needs a "type" (${ACTOR_TYPES.join(', ')})`);
    return undefined;
  }
  for (const k of ['name', 'nameEn', 'description', 'country'] as const) {
    if (value[k] === undefined) continue;
    if (typeof value[k] !== 'string' || !(value[k] as string).trim()) {
      report(field(k).offset, field(k).length, `"${k}" must be a non-empty string`);
      return undefined;
    }
    entry[k] = value[k] as string;
  }
  if (!isOverride && !entry.name) {
    report(node.offset, 1, `new actor "${id}" needs a "name" (its Arabic name)`);
    return undefined;
  }
  if (entry.name) {
    const problem = aliasProblem(entry.name);
    if (problem) {
      report(field('name').offset, field('name').length, `name "${entry.name}" ${problem}`);
      return undefined;
    }
  }
  if (value.aliases !== undefined) entry.aliases = checkAliases(field('aliases'), report) ?? [];
  if (value.roles !== undefined) {
    const rolesNode = field('roles');
    if (rolesNode.type !== 'array') report(rolesNode.offset, rolesNode.length, '"roles" must be an array');
    else {
      entry.roles = [];
      for (const r of rolesNode.children ?? []) {
        const role = getNodeValue(r) as Role;
        const okBound = (b: unknown): boolean => b === undefined || b === null || typeof b === 'number' || (typeof b === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(b));
        if (!role || typeof role !== 'object' || (typeof role.title !== 'string' && !(typeof role.office === 'string' && typeof role.country === 'string'))) {
          report(r.offset, r.length, 'a role needs a "title" (Arabic), or an "office" and a "country"');
        } else if (!okBound(role.from) || !okBound(role.to)) {
          report(r.offset, r.length, 'role "from"/"to" must be a year (2020) or a date ("2020-01-31")');
        } else entry.roles.push(role);
      }
    }
  }
  if (!entry.nameEn && !isOverride) entry.nameEn = entry.name;
  return entry;
}

/** Apply a workspace registry over the built-in actors: new actors, overrides, extra aliases. */
export function mergeRegistry(builtin: Actor[], ws: WorkspaceRegistry): Actor[] {
  const byId = new Map(builtin.map((a) => [a.id, a]));
  for (const e of ws.actors) {
    const base = byId.get(e.id);
    if (base) {
      byId.set(e.id, {
        ...base,
        ...e,
        aliases: [...base.aliases, ...(e.aliases ?? [])],
        roles: e.roles ?? base.roles,
        source: 'workspace',
      });
    } else {
      byId.set(e.id, { aliases: [], roles: [], nameEn: e.name ?? e.id, ...e, source: 'workspace' } as Actor);
    }
  }
  for (const [id, list] of Object.entries(ws.aliases)) {
    const a = byId.get(id);
    if (a) byId.set(id, { ...a, aliases: [...a.aliases, ...list] });
  }
  return [...byId.values()];
}
