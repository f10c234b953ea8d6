/**
 * What the provenance view draws, as plain data taken from the engine's claim
 * group: its independent origins, and each version (one sentence of one
 * article) hanging from the origin it credits, with the links between (an
 * unnamed source quoted, the medium, the outlet) and the kinds of disagreement
 * it takes part in. Pure module: no vscode import (unit-tested).
 */
import type { ClaimGroup, MediumKind, Origin } from '../../../core';
import { fileLabel } from '../../common/actorText';
import type { LocationArgs } from '../../common/commandLinks';

export interface ProvenanceOrigin {
  label: string;
  kind: Origin['kind'];
}

export interface ProvenanceVersion {
  /** Index in `versions`: what a click on the version sends back. */
  index: number;
  /** Index in `origins`. */
  origin: number;
  file: string;
  fileLabel: string;
  date: string | null;
  text: string;
  location: LocationArgs;
  quoted?: string;
  medium?: { kind: MediumKind; label?: string };
  outlet?: string;
  /** Kinds of disagreement this version takes part in (numbers, dates, negation, speaker, ...). */
  differ: string[];
}

export interface ProvenanceModel {
  claimKey: string;
  text: string;
  origins: ProvenanceOrigin[];
  /** Earliest first (undated last), then by file and place: the order they are drawn in, right to left. */
  versions: ProvenanceVersion[];
  differ: Array<{ kind: string; detail: string }>;
}

/** The provenance of a claim group; `dateOf` gives an article's publication date. */
export function provenanceModel(group: ClaimGroup, claimKey: string, dateOf: (file: string) => string | null): ProvenanceModel {
  const refs = new Map(group.sentences.map((s) => [s.sentenceId, s]));
  const differ = group.disagreements ?? [];
  const origins: ProvenanceOrigin[] = [];
  const versions: Array<Omit<ProvenanceVersion, 'index'>> = [];
  const seen = new Set<string>();
  group.origins.forEach((o, k) => {
    origins.push({ label: o.label, kind: o.kind });
    for (const r of o.retellings ?? []) {
      const ref = refs.get(r.sentenceId);
      if (!ref || seen.has(r.sentenceId)) continue;
      seen.add(r.sentenceId);
      const v: Omit<ProvenanceVersion, 'index'> = {
        origin: k,
        file: r.file,
        fileLabel: fileLabel(r.file),
        date: dateOf(r.file),
        text: ref.text,
        location: { file: ref.file, line: ref.line, character: ref.character, endLine: ref.endLine, endCharacter: ref.endCharacter },
        differ: [...new Set(differ.filter((d) => d.files.includes(r.file)).map((d) => d.kind))],
      };
      if (r.quoted) v.quoted = r.quoted;
      if (r.medium) v.medium = r.medium;
      if (r.outlet) v.outlet = r.outlet.label;
      versions.push(v);
    }
  });
  versions.sort((a, b) => {
    const da = a.date ?? '\uffff';
    const db = b.date ?? '\uffff';
    if (da !== db) return da < db ? -1 : 1;
    if (a.file !== b.file) return a.file < b.file ? -1 : 1;
    return a.location.line - b.location.line || a.location.character - b.location.character;
  });
  return {
    claimKey,
    text: group.text,
    origins,
    versions: versions.map((v, index) => ({ ...v, index })),
    differ: differ.map((d) => ({ kind: d.kind, detail: d.detail })),
  };
}
