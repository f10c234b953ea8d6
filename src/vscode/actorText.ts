/**
 * Words about actors shared by hovers, trees, symbols and the report: the type's
 * name and the roles in readable form. Pure module: no vscode import.
 */
import type { Actor, ActorType, Role } from '../core/types';
import type { Translate } from './hoverMarkdown';

export function typeLabel(type: ActorType, t: Translate): string {
  switch (type) {
    case 'person': return t('Person');
    case 'organization': return t('Organization');
    case 'country': return t('Country');
    case 'place': return t('Place');
    case 'media': return t('Media');
  }
}

export function typePluralLabel(type: ActorType, t: Translate): string {
  switch (type) {
    case 'person': return t('People');
    case 'organization': return t('Organizations');
    case 'country': return t('Countries');
    case 'place': return t('Places');
    case 'media': return t('Media outlets');
  }
}

/** A role as a reader would write it: the literal title, or «office (country)». */
export function roleText(role: Role, countryName: (id: string) => string | undefined): string | undefined {
  if (role.title) return role.title;
  if (!role.office) return undefined;
  const country = role.country ? countryName(role.country) ?? role.country : undefined;
  return country ? `${role.office} (${country})` : role.office;
}

/** Current roles first (no end date), each title once, at most `max`. */
export function roleTexts(actor: Actor, countryName: (id: string) => string | undefined, max = 3): string[] {
  const current = actor.roles.filter((r) => r.to === undefined || r.to === null);
  const past = actor.roles.filter((r) => r.to !== undefined && r.to !== null);
  const out: string[] = [];
  for (const r of [...current, ...past]) {
    const text = roleText(r, countryName);
    if (text && !out.includes(text)) out.push(text);
    if (out.length >= max) break;
  }
  return out;
}

/** File name of a corpus key (URI string or path). */
export function fileLabel(file: string): string {
  const path = file.replace(/[?#].*$/, '');
  // `untitled:Untitled-1` has no slash: drop the scheme instead.
  const name = path.includes('/') ? path.slice(path.lastIndexOf('/') + 1) : path.replace(/^[a-z][\w+.-]*:/i, '');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
