import type { Candidate } from '../actors/discovery';
import type { Normalized } from '../text/normalize';
import type { Token } from '../text/tokens';
import type { Mention } from '../types';

/**
 * A title followed by a name the registry does not know introduces that person
 * («وزير الخارجية الإيراني حسن كريمي», «رئيس الوزراء العراقي سامي حداد»): it is
 * not a mention of whoever held the office on the article's date. findMentions
 * cannot see that (the name is found after it, by the rules or the tagger), so
 * here a bare title (kind 'title') is dropped when one of the line's discovered
 * names starts right after it, with at most a comma between. A title with a
 * known holder's name is one 'title+name' mention already and is not touched.
 * Older newswire names office holders the registry never heard of; without this,
 * each of them also counted as a mention of today's minister.
 */
export function dropTitlesBeforeNames(mentions: Mention[], norm: Normalized, tokens: Token[], candidates: Candidate[]): Mention[] {
  if (!candidates.length || !mentions.some((m) => m.kind === 'title')) return mentions;
  const starts = new Map<string, string[][]>();
  for (const c of candidates) {
    // Not a name the tagger alone is unsure of: the title would go and nothing would stand for the person.
    if ((c.type && c.type !== 'person') || c.weak) continue;
    const words = c.key.split(' ');
    const list = starts.get(words[0]);
    if (list) list.push(words);
    else starts.set(words[0], [words]);
  }
  const origStart = (t: Token): number => norm.toOrig[t.start];
  return mentions.filter((m) => {
    if (m.kind !== 'title') return true;
    const k = tokens.findIndex((t) => origStart(t) >= m.end);
    if (k < 0) return true;
    const gap = norm.text.slice(tokens[k - 1]?.end ?? tokens[k].start, tokens[k].start);
    if (!/^[ \t\u00a0]*[،,]?[ \t\u00a0]*$/.test(gap)) return true;
    const named = (starts.get(tokens[k].text) ?? []).some((words) => words.every((w, j) => tokens[k + j]?.text === w));
    return !named;
  });
}
