// Reference copy of the engine before the performance work (see README.md): kept to check that
// the optimised code gives the same results, and to measure the speed-up. Do not optimise.
import { normalize } from './normalize';
import type { Actor, Role } from '../../src/core/types';
import { PhraseTrie } from './phrases';
import { boundToIso, holderAt, roleForms, roleKey, type Offices, type Tenure } from '../../src/core/actors/roles';

/**
 * The actors the engine knows, with the phrase tries that find them:
 * names and aliases in one trie, role titles («الرئيس الأمريكي») in another.
 * Built once per registry change; matching only reads it.
 */
export class Registry {
  readonly actors = new Map<string, Actor>();
  readonly names = new PhraseTrie<string>();
  readonly titles = new PhraseTrie<string>();
  private readonly tenures = new Map<string, Tenure[]>();
  private readonly rolesOf = new Map<string, Set<string>>();
  private readonly roleLabels = new Map<string, string>();
  /** Folded name/alias -> actor ids, for search. */
  private readonly searchIndex: Array<{ key: string; id: string }> = [];

  constructor(actors: Actor[], readonly offices: Offices) {
    for (const a of actors) this.actors.set(a.id, a);
    const countries = new Map<string, Actor>();
    for (const a of this.actors.values()) if (a.type === 'country') countries.set(a.id, a);
    for (const a of this.actors.values()) {
      for (const n of [a.name, ...a.aliases]) {
        if (this.names.add(n, a.id)) this.searchIndex.push({ key: normalize(n), id: a.id });
      }
      this.searchIndex.push({ key: normalize(a.nameEn), id: a.id });
      for (const role of a.roles) this.addRole(a, role, countries);
    }
  }

  private addRole(a: Actor, role: Role, countries: Map<string, Actor>): void {
    const key = roleKey(role, normalize);
    if (!key) return;
    const forms = roleForms(role, this.offices, countries);
    for (const f of forms) this.titles.add(f, key);
    if (forms.length && !this.roleLabels.has(key)) this.roleLabels.set(key, forms[0]);
    let list = this.tenures.get(key);
    if (!list) this.tenures.set(key, (list = []));
    list.push({ actorId: a.id, from: boundToIso(role.from, 'from'), to: boundToIso(role.to, 'to') });
    let mine = this.rolesOf.get(a.id);
    if (!mine) this.rolesOf.set(a.id, (mine = new Set()));
    mine.add(key);
  }

  get(id: string): Actor | undefined {
    return this.actors.get(id);
  }

  /** Did this actor ever hold the role? (A title directly before a name merges only then.) */
  held(actorId: string, key: string): boolean {
    return this.rolesOf.get(actorId)?.has(key) ?? false;
  }

  holder(key: string, date: string | null): string | undefined {
    const list = this.tenures.get(key);
    return list ? holderAt(list, date) : undefined;
  }

  /** Arabic label of a role key, e.g. «وزير الخارجية الإيراني». */
  roleLabel(key: string): string | undefined {
    return this.roleLabels.get(key);
  }

  /** The role labels of an actor, current ones first. */
  rolesLabelsOf(actorId: string): string[] {
    const a = this.actors.get(actorId);
    if (!a) return [];
    const countries = new Map<string, Actor>();
    const out: Array<{ label: string; to: string }> = [];
    for (const r of a.roles) {
      if (r.country) {
        const c = this.actors.get(r.country);
        if (c) countries.set(c.id, c);
      }
      const label = roleForms(r, this.offices, countries)[0];
      if (label) out.push({ label, to: boundToIso(r.to, 'to') ?? '9999' });
    }
    out.sort((x, y) => (x.to < y.to ? 1 : x.to > y.to ? -1 : 0));
    return [...new Set(out.map((o) => o.label))];
  }

  search(query: string, limit = 50): Actor[] {
    const q = normalize(query).trim();
    if (!q) return [];
    const scored = new Map<string, number>();
    for (const { key, id } of this.searchIndex) {
      const at = key.indexOf(q);
      if (at < 0) continue;
      const score = (at === 0 ? 2 : 1) + (key.length === q.length ? 2 : 0);
      if ((scored.get(id) ?? 0) < score) scored.set(id, score);
    }
    return [...scored.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([id]) => this.actors.get(id)!)
      .filter(Boolean);
  }
}
