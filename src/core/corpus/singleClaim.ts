import { retelling, type SentenceOrigin } from '../claims/chains';
import { claimLabel, speakerShortName } from '../claims/label';
import type { Actor, ClaimGroup, Origin, Sentence, SentenceRef } from '../types';

/** Short stable hash of a set of sentence ids (a claim's id names its sentences). */
export function hashIds(ids: string[]): string {
  let h = 0x811c9dc5;
  for (const id of [...ids].sort()) {
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
    h = Math.imul(h ^ 0x2c, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

const NO_DISAGREEMENTS: ClaimGroup['disagreements'] = Object.freeze([]) as unknown as ClaimGroup['disagreements'];

/**
 * A claim only one article makes: the same fields and values as a grouped
 * claim of one sentence, without a grouping's work space. A long article has a
 * thousand of them, and they were the largest part of a corpus's memory after
 * the texts: here one object of one shape for all (its label is worked out when
 * first read, by a getter on the class: an object literal with a getter of its
 * own made a closure, a context and a hidden class per claim), sharing the
 * sentence's list of actors and one empty list of disagreements.
 *
 * The label is not an own property: code that copies a claim reads it by name
 * (the report does; a copy by spread would leave it out).
 */
export class SingleSourceClaim implements ClaimGroup {
  readonly id: string;
  readonly text: string;
  readonly sentences: SentenceRef[];
  readonly files: string[];
  readonly actorIds: string[];
  readonly origins: Origin[];
  readonly date: string | null;
  readonly disagreements = NO_DISAGREEMENTS;
  #label: string | undefined;
  readonly #speaker: string | undefined;
  readonly #actor: (id: string) => Actor | undefined;

  constructor(file: string, s: Sentence, o: SentenceOrigin, date: string | null, actor: (id: string) => Actor | undefined) {
    this.id = `claim:${s.id}:${hashIds([s.id])}`;
    this.text = s.text.trim();
    this.sentences = [{ file, sentenceId: s.id, line: s.line, character: s.character, endLine: s.endLine, endCharacter: s.endCharacter, start: s.start, end: s.end, text: s.text }];
    this.files = [file];
    // A sentence's actors are listed once each already.
    this.actorIds = s.actorIds;
    this.origins = [{ key: o.key, label: o.label, kind: o.kind, files: this.files, retellings: [retelling(file, s, o)] }];
    this.date = date;
    this.#speaker = s.attribution.speakerActorId;
    this.#actor = actor;
  }

  /** Who claims what (claims/label.ts), as a group's label. */
  get label(): string {
    if (this.#label === undefined) {
      const speaker = this.#speaker ? this.#actor(this.#speaker) : undefined;
      this.#label = claimLabel(this.text, speaker ? speakerShortName(speaker.name, speaker.type) : undefined);
    }
    return this.#label;
  }
}
