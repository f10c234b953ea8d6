import countries from '../data/registry/countries.json';
import media from '../data/registry/media.json';
import officesData from '../data/registry/offices.json';
import organizations from '../data/registry/organizations.json';
import people from '../data/registry/people.json';
import type { Actor } from '../types';
import type { Offices } from './roles';

type RawActor = Omit<Actor, 'source' | 'aliases' | 'roles'> & Partial<Pick<Actor, 'aliases' | 'roles'>>;

let cached: Actor[] | undefined;

/** The registry shipped with Isnad (src/core/data/registry/*.json). */
export function builtinActors(): Actor[] {
  if (!cached) {
    const raw = [...countries, ...people, ...organizations, ...media] as unknown as RawActor[];
    cached = raw.map((a) => ({ ...a, aliases: a.aliases ?? [], roles: a.roles ?? [], source: 'builtin' as const }));
  }
  return cached;
}

export const builtinOffices: Offices = officesData as unknown as Offices;
