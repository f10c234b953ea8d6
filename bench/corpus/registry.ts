import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinActors, builtinOffices } from '../../src/core/actors/builtin';
import type { Offices } from '../../src/core/actors/roles';
import { normalize } from '../../src/core/text/normalize';
import type { Actor, ActorType } from '../../src/core/types';
import type { SourceSentence } from '../data/conll';
import { hash32 } from './random';

/**
 * The registry the benchmark matches with. The built-in one when it exists;
 * until then a stand-in of realistic size: the actors of the seeds' gold file
 * plus every named entity the newswire corpora label at least twice (a
 * registry of a few hundred to a thousand names, like the built-in one).
 */
export interface BenchRegistry {
  name: string;
  /** Undefined: the Corpus uses its built-in registry. */
  actors?: Actor[];
  offices?: Offices;
  /** Every name and alias (what the alias search looks for). */
  aliases: string[];
}

interface GoldActor {
  id: string;
  type: ActorType;
  name_en: string;
  name_ar: string;
  aliases: string[];
  roles: string[];
}

/** Capitals among the gold places (the gold file does not say). */
const CAPITAL_OF: Record<string, string> = { washington: 'usa', tehran: 'iran', ankara: 'turkey', muscat: 'oman' };

function goldActors(repoRoot: string): Actor[] {
  const gold = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/seeds.gold.json'), 'utf8')) as { actors: GoldActor[] };
  return gold.actors.map((a) => ({
    id: a.id,
    type: a.type,
    name: a.name_ar,
    nameEn: a.name_en,
    aliases: a.aliases,
    roles: a.roles.map((title) => ({ title, from: 2000 })),
    source: 'builtin' as const,
    capitalOf: CAPITAL_OF[a.id],
  }));
}

/** Entity spellings with a proclitic («للامم المتحدة») when the bare form is also labelled. */
function isProcliticForm(folded: string, all: Set<string>): boolean {
  if (folded.startsWith('لل') && all.has('ال' + folded.slice(2))) return true;
  return /^[وبلف]/.test(folded) && all.has(folded.slice(1));
}

function entityActors(sentences: SourceSentence[], taken: Set<string>): Actor[] {
  const byName = new Map<string, { text: string; count: number; types: Map<ActorType, number> }>();
  for (const s of sentences) {
    for (const e of s.entities) {
      const key = normalize(e.text);
      if (key.length < 3 || /\d/.test(key)) continue;
      let entry = byName.get(key);
      if (!entry) byName.set(key, (entry = { text: e.text, count: 0, types: new Map() }));
      entry.count++;
      entry.types.set(e.type, (entry.types.get(e.type) ?? 0) + 1);
    }
  }
  const all = new Set(byName.keys());
  const out: Actor[] = [];
  for (const [key, e] of [...byName].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (e.count < 2 || taken.has(key) || isProcliticForm(key, all)) continue;
    const type = [...e.types].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    const words = e.text.split(/\s+/);
    // People are named by their surname alone after the first mention («بوش»).
    const aliases = type === 'person' && words.length >= 2 && words[words.length - 1].length >= 4 ? [words[words.length - 1]] : [];
    out.push({ id: `ent_${hash32(key).toString(36)}`, type, name: e.text, nameEn: e.text, aliases, roles: [], source: 'builtin' });
  }
  return out;
}

export function benchRegistry(repoRoot: string, sentences: SourceSentence[]): BenchRegistry {
  const builtin = builtinActors();
  if (builtin.length) {
    return { name: `built-in (${builtin.length} actors)`, aliases: builtin.flatMap((a) => [a.name, ...a.aliases]) };
  }
  const gold = goldActors(repoRoot);
  const taken = new Set(gold.flatMap((a) => [a.name, ...a.aliases].map(normalize)));
  const actors = [...gold, ...entityActors(sentences, taken)];
  return {
    name: `stand-in: seeds gold + newswire entities (${actors.length} actors)`,
    actors,
    offices: builtinOffices,
    aliases: [...new Set(actors.flatMap((a) => [a.name, ...a.aliases]))],
  };
}
