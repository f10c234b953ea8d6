import type { Actor, DateBound, Role } from '../types';

/** Office templates: `{adj}` takes each country adjective, `{country}` each country name. */
export interface Office {
  en: string;
  forms: string[];
}
export type Offices = Record<string, Office>;

/** Key that identifies one office across its spellings: "office:country" or "title:<folded title>". */
export function roleKey(role: Role, fold: (s: string) => string): string | undefined {
  if (role.office && role.country) return `${role.office}:${role.country}`;
  if (role.title) return `title:${fold(role.title)}`;
  return undefined;
}

/** Arabic surface forms of a role. */
export function roleForms(role: Role, offices: Offices, countries: Map<string, Actor>): string[] {
  if (role.title) return [role.title];
  // Own keys only: an office named «constructor» is no office (not Object's constructor).
  const office = role.office && Object.hasOwn(offices, role.office) ? offices[role.office] : undefined;
  const country = role.country ? countries.get(role.country) : undefined;
  if (!office || !country) return [];
  const names = [country.name, ...country.aliases];
  const adjs = country.adjectives ?? [];
  const out: string[] = [];
  for (const form of Array.isArray(office.forms) ? office.forms : []) {
    if (form.includes('{adj}')) for (const a of adjs) out.push(form.replace('{adj}', a));
    else if (form.includes('{country}')) for (const n of names) out.push(form.replace('{country}', n));
  }
  return out;
}

/** ISO date (YYYY-MM-DD) for a bound; a bare year is its first or last day. */
export function boundToIso(b: DateBound | null | undefined, side: 'from' | 'to'): string | undefined {
  if (b === null || b === undefined || b === '') return undefined;
  if (typeof b === 'number') return side === 'from' ? `${b}-01-01` : `${b}-12-31`;
  const s = String(b);
  if (/^\d{4}$/.test(s)) return side === 'from' ? `${s}-01-01` : `${s}-12-31`;
  if (/^\d{4}-\d{2}$/.test(s)) return side === 'from' ? `${s}-01` : `${s}-31`;
  return s;
}

export interface Tenure {
  actorId: string;
  from?: string;
  to?: string;
}

/**
 * Who held a role on `date`. Where terms overlap (a bare year on both sides of a
 * hand-over) the later start wins. Without a date, the holder whose term is still
 * open, else the most recent one: a bare title in an undated article most likely
 * means the current holder.
 */
export function holderAt(tenures: Tenure[], date: string | null): string | undefined {
  let best: Tenure | undefined;
  const later = (a: Tenure, b: Tenure | undefined): boolean => !b || (a.from ?? '') > (b.from ?? '');
  if (date) {
    for (const t of tenures) {
      if ((t.from === undefined || t.from <= date) && (t.to === undefined || date <= t.to) && later(t, best)) best = t;
    }
    return best?.actorId;
  }
  for (const t of tenures) if (t.to === undefined && later(t, best)) best = t;
  if (best) return best.actorId;
  for (const t of tenures) if (!best || (t.to ?? '') > (best.to ?? '')) best = t;
  return best?.actorId;
}
