// common/commands.ts against package.json: every contributed command registered, every
// registered command contributed (or a debug command), every context key of a `when`
// clause set by the extension or VS Code's own.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Commands, ContextKeys, DebugCommands, InternalCommands, Views } from '../../src/vscode/common/commands';

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const contributes = pkg.contributes;

function sources(dir: string): Array<{ file: string; text: string }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') ? [{ file: path.relative(ROOT, p), text: readFileSync(p, 'utf8') }] : [];
  });
}
const editorLayer = sources(path.join(ROOT, 'src/vscode'));

/** The constants registered with registerCommand, e.g. `Commands.refresh`. */
const registered = editorLayer.flatMap(({ text }) => [...text.matchAll(/registerCommand\(\s*([^,)]+)/g)].map((m) => m[1].trim()));
const constants: Record<string, Record<string, string>> = { Commands, DebugCommands, InternalCommands };
const registeredIds = registered.map((expr) => {
  const [group, key] = expr.split('.');
  return constants[group]?.[key] ?? `not a constant: ${expr}`;
});

/** VS Code's own context keys used in package.json's `when` clauses. */
const BUILT_IN_KEYS = new Set(['view', 'viewItem', 'isWorkspaceTrusted', 'editorLangId', 'editorHasSelection', 'false', 'true']);

function whenClauses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(contributes.menus ?? {}) as Array<Array<{ when?: string }>>) for (const m of list) if (m.when) out.push(m.when);
  for (const list of Object.values(contributes.views ?? {}) as Array<Array<{ when?: string }>>) for (const v of list) if (v.when) out.push(v.when);
  for (const w of contributes.viewsWelcome ?? []) if (w.when) out.push(w.when);
  for (const k of contributes.keybindings ?? []) if (k.when) out.push(k.when);
  return out;
}

/** The keys a `when` clause reads: the left side of each comparison, or a bare key. */
export function keysOf(when: string): string[] {
  return when.split(/&&|\|\|/).map((term) => term.trim().replace(/^!\s*/, '').split(/\s*(?:==|!=|=~|<=|>=|<|>|\bin\b|\bnot in\b)\s*/)[0].replace(/[()]/g, '').trim()).filter(Boolean);
}

describe('command ids and context keys against package.json', () => {
  it('every registerCommand takes a constant of common/commands.ts', () => {
    expect(registered.length).toBeGreaterThan(20);
    expect(registeredIds.filter((id) => id.startsWith('not a constant'))).toEqual([]);
  });

  it('every contributed command is registered, and every registered one is contributed unless it is internal or a debug command', () => {
    const contributed = (contributes.commands as Array<{ command: string }>).map((c) => c.command).sort();
    expect(Object.values(Commands).sort()).toEqual(contributed);
    const registeredSet = new Set(registeredIds);
    expect(contributed.filter((c) => !registeredSet.has(c))).toEqual([]);
    const notContributed = registeredIds.filter((id) => !contributed.includes(id)).sort();
    expect(notContributed).toEqual([...Object.values(InternalCommands), ...Object.values(DebugCommands)].sort());
  });

  it('menus name only contributed commands', () => {
    const contributed = new Set(Object.values(Commands) as string[]);
    const named = (Object.values(contributes.menus ?? {}) as Array<Array<{ command?: string }>>).flat().map((m) => m.command).filter((c): c is string => !!c);
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((c) => !contributed.has(c))).toEqual([]);
  });

  it('every key of a when clause is one the extension sets or one of VS Code\'s, and every key of ours is set somewhere', () => {
    const ours = new Set(Object.values(ContextKeys) as string[]);
    const used = new Set(whenClauses().flatMap(keysOf));
    expect([...used].filter((k) => !ours.has(k) && !BUILT_IN_KEYS.has(k))).toEqual([]);
    const set = editorLayer.flatMap(({ text }) => [...text.matchAll(/'setContext',\s*ContextKeys\.(\w+)/g)].map((m) => (ContextKeys as Record<string, string>)[m[1]]));
    expect([...ours].filter((k) => !set.includes(k))).toEqual([]);
    expect(keysOf('view == isnad.claims && !isnad.indexing')).toEqual(['view', 'isnad.indexing']);
  });

  it('views named in when clauses and in common/commands.ts are contributed views', () => {
    const contributedViews = new Set((Object.values(contributes.views) as Array<Array<{ id: string }>>).flat().map((v) => v.id));
    for (const id of Object.values(Views)) expect(contributedViews.has(id), id).toBe(true);
    const named = whenClauses().flatMap((w) => [...w.matchAll(/\bview\s*==\s*([\w.]+)/g)].map((m) => m[1]));
    expect(named.filter((v) => !contributedViews.has(v))).toEqual([]);
  });
});
