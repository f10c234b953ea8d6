import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { normalize } from '../text/normalize';
import { tokenize } from '../text/tokens';
import { isStopword } from '../text/stopwords';
import { ACTOR_TYPES, type Actor, type DateBound, type Diagnostic, type Role } from '../types';
import { boundToIso } from './roles';
import { nestingTooDeep, REGISTRY_MAX_DEPTH } from './jsonDepth';

/**
 * The workspace registry: a JSON file (with comments allowed) in which
 * reviewers add actors and aliases or override built-in actors:
 *
 *   { "actors": [ { "id": "...", "type": "person", "name": "...", "nameEn": "...",
 *                   "aliases": [...], "roles": [ { "title": "...", "from": 2020 } ] } ],
 *     "aliases": { "<actor id>": ["..."] } }
 *
 * Every problem is reported with the file, line and column; a bad entry is
 * skipped and the rest still applies. The file is untrusted input: keys are
 * read into Maps, never used as properties of plain objects (an id or alias key
 * «constructor», «__proto__» or «toString» is just a name), and nesting is
 * bounded before the (recursive) parser sees the text.
 */
export interface WorkspaceRegistry {
  actors: Array<Partial<Actor> & { id: string }>;
  /** Extra aliases by actor id (a Map: ids are keys from the file). */
  aliases: Map<string, string[]>;
  diagnostics: Diagnostic[];
}

/** One size limit for the registry, in the editor and the CLI (a hand-written registry is a few KB; the built-in one 400 KB). */
export const REGISTRY_MAX_BYTES = 2 * 1024 * 1024;

/** The message for a registry over REGISTRY_MAX_BYTES. */
export function registryTooLarge(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB is over the ${REGISTRY_MAX_BYTES / 1048576} MB registry limit; the registry is not read`;
}

/** What a role may refer to: known offices and country ids (the built-in ones and the file's own countries). */
export interface RegistryVocabulary {
  isOffice(id: string): boolean;
  isCountry(id: string): boolean;
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

/** Strings in messages: cut, so a 1 MB "id" does not become a 1 MB problem. */
function shown(s: string): string {
  return s.length > 80 ? s.slice(0, 80) + '…' : s;
}

/** The properties of an object node by key (the last one wins, as in JSON.parse); never a prototype lookup. */
function propsOf(node: Node): Map<string, { key: Node; value: Node }> {
  const out = new Map<string, { key: Node; value: Node }>();
  for (const p of node.children ?? []) {
    const [k, v] = p.children ?? [];
    if (k && v && typeof k.value === 'string') out.set(k.value, { key: k, value: v });
  }
  return out;
}

/** A plain value of a leaf node (string, number, boolean, null), or undefined for arrays and objects. */
function leaf(node: Node | undefined): unknown {
  if (!node) return undefined;
  if (node.type === 'string' || node.type === 'number' || node.type === 'boolean') return node.value;
  if (node.type === 'null') return null;
  return undefined;
}

type Report = (offset: number, length: number, message: string, severity?: 'error' | 'warning') => void;

export function parseWorkspaceRegistry(text: string, file: string, knownIds: (id: string) => boolean, vocabulary?: RegistryVocabulary): WorkspaceRegistry {
  const diagnostics: Diagnostic[] = [];
  const at = locator(text);
  const report: Report = (offset, length, message, severity = 'error') => {
    const s = at(offset);
    const e = at(offset + Math.max(1, length));
    diagnostics.push({ file, line: s.line, character: s.character, endLine: e.line, endCharacter: e.character, message, severity });
  };
  const out: WorkspaceRegistry = { actors: [], aliases: new Map(), diagnostics };
  // A byte-order mark (as some editors save) is white space here, as in articles; same length keeps columns.
  const src = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const deep = nestingTooDeep(src, REGISTRY_MAX_DEPTH);
  if (deep !== undefined) {
    report(deep, 1, `nested more than ${REGISTRY_MAX_DEPTH} levels deep; the registry is not read`);
    return out;
  }
  const errors: ParseError[] = [];
  const root = parseTree(src, errors, { allowTrailingComma: true, disallowComments: false });
  for (const e of errors) report(e.offset, e.length, `JSON syntax: ${printParseErrorCode(e.error)}`);
  if (!root) return out;
  if (root.type !== 'object') {
    report(root.offset, root.length, 'the registry must be a JSON object with "actors" and/or "aliases"');
    return out;
  }
  const top = propsOf(root);
  const actorsNode = top.get('actors')?.value;
  if (actorsNode && actorsNode.type !== 'array') report(actorsNode.offset, actorsNode.length, '"actors" must be an array');
  const nodes = actorsNode?.type === 'array' ? (actorsNode.children ?? []) : [];
  // Countries this file defines may be used by its own roles.
  const ownCountries = new Set<string>();
  for (const node of nodes) {
    if (node.type !== 'object') continue;
    const p = propsOf(node);
    if (leaf(p.get('type')?.value) === 'country' && typeof leaf(p.get('id')?.value) === 'string') ownCountries.add(leaf(p.get('id')!.value) as string);
  }
  const vocab: RegistryVocabulary | undefined = vocabulary && {
    isOffice: (id) => vocabulary.isOffice(id),
    isCountry: (id) => ownCountries.has(id) || vocabulary.isCountry(id),
  };
  const seen = new Map<string, Node>();
  for (const node of nodes) {
    const entry = checkActor(node, report, knownIds, vocab);
    if (!entry) continue;
    const prev = seen.get(entry.id);
    if (prev) {
      report(node.offset, node.length, `duplicate id "${entry.id}" (first defined on line ${at(prev.offset).line + 1}); this entry is ignored`);
      continue;
    }
    seen.set(entry.id, node);
    out.actors.push(entry);
  }
  const aliasesNode = top.get('aliases')?.value;
  if (aliasesNode && aliasesNode.type !== 'object') report(aliasesNode.offset, aliasesNode.length, '"aliases" must be an object of actor id -> list of aliases');
  for (const prop of aliasesNode?.type === 'object' ? (aliasesNode.children ?? []) : []) {
    const [k, v] = prop.children ?? [];
    if (!k || !v) continue;
    const id = String(k.value);
    if (!knownIds(id) && !seen.has(id)) {
      report(k.offset, k.length, `unknown actor id "${shown(id)}"`);
      continue;
    }
    const list = checkAliases(v, report);
    if (list) out.aliases.set(id, [...(out.aliases.get(id) ?? []), ...list]);
  }
  for (const [name, { key }] of top) {
    if (name !== 'actors' && name !== 'aliases' && name !== '$schema') report(key.offset, key.length, `unknown key "${shown(name)}" (expected "actors" or "aliases")`, 'warning');
  }
  return out;
}

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
    if (problem) report(a.offset, a.length, `alias "${shown(a.value)}" ${problem}; it is ignored`, 'warning');
    else out.push(a.value);
  }
  return out;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Why a role bound is not a year or a date that exists, or undefined when it is one (or absent). */
export function boundProblem(b: unknown): string | undefined {
  if (b === undefined || b === null) return undefined;
  if (typeof b === 'number') return Number.isInteger(b) && b >= 1000 && b <= 2999 ? undefined : `${b} is not a year`;
  if (typeof b !== 'string') return 'must be a year (2020) or a date ("2020-01-31")';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(b);
  if (!m) return `"${shown(b)}" is not a year (2020) or a date ("2020-01-31")`;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (year < 1000 || month < 1 || month > 12) return `"${b}" is not a date that exists`;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (day < 1 || day > (month === 2 && !leap ? 28 : DAYS[month - 1])) return `"${b}" is not a date that exists`;
  return undefined;
}

/** A role node checked whole: the role, or undefined after reporting why it is skipped. */
function checkRole(r: Node, report: Report, vocab: RegistryVocabulary | undefined): Role | undefined {
  if (r.type !== 'object') {
    report(r.offset, r.length, 'a role must be an object with a "title", or an "office" and a "country"');
    return undefined;
  }
  const p = propsOf(r);
  const node = (k: string): Node => p.get(k)?.value ?? r;
  const title = leaf(p.get('title')?.value);
  const office = leaf(p.get('office')?.value);
  const country = leaf(p.get('country')?.value);
  const hasTitle = typeof title === 'string' && title.trim() !== '';
  if (!hasTitle && !(typeof office === 'string' && typeof country === 'string')) {
    report(r.offset, r.length, 'a role needs a "title" (Arabic), or an "office" and a "country"; it is ignored');
    return undefined;
  }
  const role: Role = {};
  if (hasTitle) role.title = title as string;
  else {
    if (vocab && !vocab.isOffice(office as string)) {
      report(node('office').offset, node('office').length, `unknown office "${shown(office as string)}"; the role is ignored`);
      return undefined;
    }
    if (vocab && !vocab.isCountry(country as string)) {
      report(node('country').offset, node('country').length, `unknown country "${shown(country as string)}" (a country id such as "iran"); the role is ignored`);
      return undefined;
    }
    role.office = office as string;
    role.country = country as string;
  }
  for (const side of ['from', 'to'] as const) {
    if (!p.has(side)) continue;
    const v = leaf(p.get(side)!.value);
    const problem = p.get(side)!.value.type === 'array' || p.get(side)!.value.type === 'object' ? 'must be a year (2020) or a date ("2020-01-31")' : boundProblem(v);
    if (problem) {
      report(node(side).offset, node(side).length, `role "${side}": ${problem}; the role is ignored`);
      return undefined;
    }
    if (v !== null) role[side] = v as DateBound;
    else if (side === 'to') role.to = null;
  }
  const from = boundToIso(role.from, 'from');
  const to = boundToIso(role.to, 'to');
  if (from && to && from > to) {
    report(node('from').offset, node('from').length, `role starts (${role.from}) after it ends (${role.to}); the role is ignored`);
    return undefined;
  }
  return role;
}

function checkActor(node: Node, report: Report, knownIds: (id: string) => boolean, vocab: RegistryVocabulary | undefined): (Partial<Actor> & { id: string }) | undefined {
  if (node.type !== 'object') {
    report(node.offset, node.length, 'an actor must be an object');
    return undefined;
  }
  const p = propsOf(node);
  const field = (k: string): Node => p.get(k)?.value ?? node;
  const id = leaf(p.get('id')?.value);
  if (typeof id !== 'string' || !ID.test(id)) {
    report(field('id').offset, field('id').length, 'an actor needs an "id": letters, digits, "_", "-" or "." (at most 64)');
    return undefined;
  }
  const isOverride = knownIds(id);
  const entry: Partial<Actor> & { id: string } = { id };
  const type = leaf(p.get('type')?.value);
  if (p.has('type')) {
    if (typeof type !== 'string' || !(ACTOR_TYPES as readonly string[]).includes(type)) {
      report(field('type').offset, field('type').length, `"type" must be one of ${ACTOR_TYPES.join(', ')}`);
      return undefined;
    }
    entry.type = type as Actor['type'];
  } else if (!isOverride) {
    report(node.offset, 1, `new actor "${id}" needs a "type" (${ACTOR_TYPES.join(', ')})`);
    return undefined;
  }
  for (const k of ['name', 'nameEn', 'description', 'country'] as const) {
    if (!p.has(k)) continue;
    const v = p.get(k)!.value;
    if (v.type !== 'string' || !(v.value as string).trim()) {
      report(v.offset, v.length, `"${k}" must be a non-empty string`);
      return undefined;
    }
    entry[k] = v.value as string;
  }
  if (!isOverride && !entry.name) {
    report(node.offset, 1, `new actor "${id}" needs a "name" (its Arabic name)`);
    return undefined;
  }
  if (entry.name) {
    const problem = aliasProblem(entry.name);
    if (problem) {
      report(field('name').offset, field('name').length, `name "${shown(entry.name)}" ${problem}`);
      return undefined;
    }
  }
  if (p.has('aliases')) entry.aliases = checkAliases(field('aliases'), report) ?? [];
  if (p.has('roles')) {
    const rolesNode = field('roles');
    if (rolesNode.type !== 'array') report(rolesNode.offset, rolesNode.length, '"roles" must be an array');
    else {
      entry.roles = [];
      for (const r of rolesNode.children ?? []) {
        const role = checkRole(r, report, vocab);
        if (role) entry.roles.push(role);
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
  for (const [id, list] of ws.aliases) {
    const a = byId.get(id);
    if (a) byId.set(id, { ...a, aliases: [...a.aliases, ...list] });
  }
  return [...byId.values()];
}
