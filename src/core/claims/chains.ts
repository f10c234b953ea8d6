/**
 * From a sentence's attribution to its place in a claim's chain: the origin
 * (who first said it), and the links between that origin and the article (the
 * unnamed source an outlet quotes, the medium, the outlet). Two versions are
 * independent only when their origins differ: a medium or an outlet in
 * between never makes a second origin.
 */
import type { Attribution, Origin, Retelling, Sentence } from '../types';

export type OriginKind = Origin['kind'];

/** A sentence's origin and its links (shared read-only between sentences with the same chain). */
export interface SentenceOrigin {
  key: string;
  label: string;
  kind: OriginKind;
  quoted?: string;
  medium?: Retelling['medium'];
  outlet?: Retelling['outlet'];
}

/**
 * The origin of a sentence's claim:
 * - a named speaker («قال عراقجي لشبكة سي إن إن») is the origin, whatever
 *   medium or outlet carried the words;
 * - else the outlet the sentence credits («بحسب أكسيوس», «وأشار التقرير»,
 *   «قال مسؤول للموقع»): its report is the origin, and an unnamed source it
 *   quotes is known only through it, so it is a link, not an origin of its own;
 * - else the outlet the article as a whole retells (`mainOutlet`);
 * - else an unnamed source with no outlet («بحسب مسؤول أمريكي»);
 * - else the article itself.
 */
export function sentenceOrigin(a: Attribution, file: string, mainOutlet: string | undefined, name: (id: string) => string): SentenceOrigin {
  const medium = a.medium ? { kind: a.medium.kind, ...(a.medium.actorId ? { label: name(a.medium.actorId) } : {}) } : undefined;
  const withMedium = (o: SentenceOrigin): SentenceOrigin => (medium ? { ...o, medium } : o);
  const quoted = a.speakerActorId ? undefined : (a.speakerPhrase ?? a.speakerText);
  if (a.speakerActorId) {
    const o: SentenceOrigin = { key: a.speakerActorId, label: name(a.speakerActorId), kind: 'actor' };
    // The outlet is a link only when it is not already the medium («لشبكة سي إن إن» is both).
    if (a.outletActorId && a.outletActorId !== a.medium?.actorId) o.outlet = { key: a.outletActorId, label: name(a.outletActorId) };
    return withMedium(o);
  }
  const outlet = a.outletActorId ?? mainOutlet;
  if (outlet) {
    const o: SentenceOrigin = { key: outlet, label: name(outlet), kind: 'outlet' };
    if (quoted) o.quoted = quoted;
    return withMedium(o);
  }
  if (a.speakerText) return withMedium({ key: `unnamed:${a.speakerText}`, label: a.speakerPhrase ?? a.speakerText, kind: 'unnamed' });
  return withMedium({ key: `article:${file}`, label: file, kind: 'article' });
}

/** A key that tells sentence origins with different links apart (for sharing one object per distinct chain). */
export function sentenceOriginKey(o: SentenceOrigin): string {
  return `${o.kind}\u0000${o.key}\u0000${o.quoted ?? ''}\u0000${o.medium?.kind ?? ''}\u0000${o.medium?.label ?? ''}\u0000${o.outlet?.key ?? ''}`;
}

/**
 * The attribution of a sentence whose verb of saying has no subject
 * («وأضاف: ...»): the speaker, medium and outlet of the sentence before, when
 * that one had a speaker. Returns the attribution unchanged otherwise.
 */
export function carrySpeaker(a: Attribution, before: Attribution | undefined): Attribution {
  if (!a.speakerFromContext || !before || !(before.speakerActorId || before.speakerText)) return a;
  const out: Attribution = { ...a };
  delete out.speakerFromContext;
  if (before.speakerActorId) out.speakerActorId = before.speakerActorId;
  if (before.speakerText) out.speakerText = before.speakerText;
  if (before.speakerPhrase) out.speakerPhrase = before.speakerPhrase;
  if (!out.medium && before.medium) out.medium = before.medium;
  if (!out.outletActorId && before.outletActorId) {
    out.outletActorId = before.outletActorId;
    if (before.outletText) out.outletText = before.outletText;
  }
  return out;
}

/** One version's place under its origin. */
export function retelling(file: string, s: Sentence, o: SentenceOrigin): Retelling {
  const r: Retelling = { file, sentenceId: s.id, line: s.line };
  if (o.quoted) r.quoted = o.quoted;
  if (o.medium) r.medium = o.medium;
  if (o.outlet) r.outlet = o.outlet;
  return r;
}
