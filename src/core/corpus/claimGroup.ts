import { disagreements } from '../claims/disagreement';
import type { FeatureRecords } from '../claims/featureRecords';
import { claimLabel, speakerShortName } from '../claims/label';
import { versionActors } from '../claims/versionActors';
import type { Actor, Attribution, ClaimGroup, Origin, SentenceRef } from '../types';

/** What a recurring claim's disagreements are worked out from: per version, its attribution and its sentence's features (records and index). */
export interface Versions {
  attributions: Attribution[];
  features: FeatureRecords[];
  indexes: number[];
}

/**
 * A recurring claim, its label and disagreements worked out when first read.
 * Made here, apart from the grouping that found it: the getters' closures keep
 * their whole scope alive, and in the grouping's scope that was the group's
 * map of member articles and a set of clauses per version (300 retellings of
 * one article: about 50 MB held by the claims, for nothing read again).
 */
export function recurringClaim(
  fields: Omit<ClaimGroup, 'label' | 'disagreements'>,
  rep: { text: string; speakerId: string | undefined },
  versions: Versions,
  actorOf: (id: string) => Actor | undefined,
): ClaimGroup {
  const refs = fields.sentences;
  // Named speakers only: an unnamed source («مسؤول أمريكي») is kept folded, not as written.
  let label: string | undefined;
  const gist = (): string => {
    const speaker = rep.speakerId ? actorOf(rep.speakerId) : undefined;
    return claimLabel(rep.text, speaker ? speakerShortName(speaker.name, speaker.type) : undefined);
  };
  let differ: ClaimGroup['disagreements'] | undefined;
  const differences = (): ClaimGroup['disagreements'] =>
    refs.length > 1
      ? disagreements(
          versions.attributions.map((a, k) => {
            // Only named speakers: unnamed sources are worded differently by every retelling.
            const speaker = a.speakerActorId ? actorOf(a.speakerActorId)?.name : undefined;
            return { file: refs[k].file, line: refs[k].line, text: refs[k].text, actors: versionActors(versions.features[k].sentence(versions.indexes[k]), actorOf), ...(speaker ? { speaker } : {}) };
          }),
        )
      : [];
  // An own enumerable property all the same (a getter in the literal), so JSON and copies carry it.
  return {
    id: fields.id,
    text: fields.text,
    get label() {
      return (label ??= gist());
    },
    sentences: refs,
    files: fields.files,
    actorIds: fields.actorIds,
    origins: fields.origins as Origin[],
    date: fields.date,
    get disagreements() {
      return (differ ??= differences());
    },
  };
}
