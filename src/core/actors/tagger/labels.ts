import type { ActorType } from '../../types';

/**
 * The name tagger's labels: O, then B- and I- for each actor type, in BIO order
 * (label 1 + 2k is B of TAG_TYPES[k], 2 + 2k is I of it). The order is part of
 * the model file: changing it means training again.
 */
export const TAG_TYPES: readonly ActorType[] = ['person', 'organization', 'place', 'country', 'media'];
export const LABELS = 1 + 2 * TAG_TYPES.length;
export const O = 0;

export const beginOf = (k: number): number => 1 + 2 * k;
export const insideOf = (k: number): number => 2 + 2 * k;
/** Type index of a label (-1 for O). */
export const typeOf = (label: number): number => (label === O ? -1 : (label - 1) >> 1);
export const isBegin = (label: number): boolean => label !== O && (label - 1) % 2 === 0;

/** Can `next` follow `prev` (-1: the start of a line)? An I- label only continues its own type. */
export function allowed(prev: number, next: number): boolean {
  if (next === O || isBegin(next)) return true;
  return prev !== -1 && prev !== O && typeOf(prev) === typeOf(next);
}
