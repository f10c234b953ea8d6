/**
 * Words about actors shared by hovers, trees, symbols and the report: the type's
 * name and the roles in readable form. Pure module: no vscode import.
 */
import type { ActorType } from '../../core';
import type { Translate } from './translate';

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
