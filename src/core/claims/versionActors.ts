/**
 * The actors a version names, as the pair check reads them (contradiction.ts):
 * each with its type and the offices it held. A title stands for whoever held
 * the office on the article's date, and an undated article takes today's
 * holder: «وزير الدفاع الإسرائيلي» in one version and «أفيغدور ليبرمان» in its
 * retelling are then two actors, though the title meant him. Two holders of one
 * office are therefore never «another actor in the same slot».
 */
import type { Actor } from '../types';

export interface VersionActor {
  id: string;
  type: string;
  /** The offices the actor held: two holders of one office are not a swap. */
  offices?: string[];
}

/** The office keys an actor held: an office of a country, or a literal title. */
function officesOf(actor: Actor | undefined): string[] | undefined {
  if (!actor?.roles.length) return undefined;
  const keys = actor.roles.map((r) => (r.office ? `${r.office}@${r.country ?? ''}` : r.title ? `title:${r.title}` : '')).filter(Boolean);
  return keys.length ? keys : undefined;
}

/** The version actors a version's clause features name («@iran»), each once, in the order they come. */
export function versionActors(features: Iterable<readonly string[]>, getActor: (id: string) => Actor | undefined): VersionActor[] {
  const ids = new Set<string>();
  for (const clause of features) for (const f of clause) if (f.startsWith('@')) ids.add(f.slice(1));
  return [...ids].map((id) => {
    const actor = getActor(id);
    const offices = officesOf(actor);
    return offices ? { id, type: actor?.type ?? '', offices } : { id, type: actor?.type ?? '' };
  });
}

/** Did the two hold one office (at any time)? */
export function sharedOffice(a: VersionActor, b: VersionActor): boolean {
  return !!a.offices && !!b.offices && a.offices.some((o) => b.offices!.includes(o));
}
