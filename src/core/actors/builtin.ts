import officesData from '../data/registry/offices.json';
import type { Actor } from '../types';
import type { Offices } from './roles';

type RawActor = Omit<Actor, 'source' | 'aliases' | 'roles'> & Partial<Pick<Actor, 'aliases' | 'roles'>>;

let cached: Actor[] | undefined;

/**
 * The registry shipped with Isnad (src/core/data/registry/*.json). Read when
 * first asked for, not when the extension loads: its 1,470 actors were a third
 * of the bundle's load time, and activation must stay cheap (the bundler makes
 * each required file a module that runs on its first require).
 */
export function builtinActors(): Actor[] {
  if (!cached) {
    const raw = [
      ...require('../data/registry/countries.json'),
      ...require('../data/registry/people.json'),
      ...require('../data/registry/organizations.json'),
      ...require('../data/registry/media.json'),
    ] as RawActor[];
    cached = raw.map((a) => ({ ...a, aliases: a.aliases ?? [], roles: a.roles ?? [], source: 'builtin' as const }));
  }
  return cached;
}

export const builtinOffices: Offices = officesData as unknown as Offices;
