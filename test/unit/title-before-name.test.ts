/**
 * A title followed by a name the registry does not know introduces that person:
 * it is not a mention of whoever held the office on the article's date
 * (corpus/titleBeforeName.ts). A bare title and a title with its known holder's
 * name are read as before.
 */
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/core/corpus/corpus';

function mentions(text: string): Array<[string, string, boolean]> {
  const c = new Corpus();
  const a = c.setArticle('a.txt', text);
  return a.mentions.map((m) => [m.actorId, m.text, m.discovered === true]);
}

const DATED = (d: string, ...lines: string[]) => [`طهران - ${d}`, '', ...lines].join('\n') + '\n';

describe('a title before a name no list holds', () => {
  it('is not the office holder on the article date: the named person is', () => {
    const m = mentions(DATED('12 مارس 2024', 'وقال وزير الخارجية الإيراني حسن كريمي إن الجيش مستعد.', 'وقال رئيس الوزراء العراقي سامي حداد إن الحوار ضروري.'));
    const ids = m.map(([id]) => id);
    // The holders in March 2024 are not mentioned: the titles introduce other people.
    expect(ids).not.toContain('amir_abdollahian');
    expect(ids).not.toContain('sudani');
    expect(m.filter(([, , d]) => d).map(([, t]) => t)).toEqual(['حسن كريمي', 'سامي حداد']);
  });

  it('leaves a bare title to its holder, and a title with its holder\'s name one mention', () => {
    const bare = mentions(DATED('12 مارس 2024', 'وقال وزير الخارجية الإيراني إن المحادثات مستمرة.'));
    expect(bare.map(([id, t]) => [id, t])).toContainEqual(['amir_abdollahian', 'وزير الخارجية الإيراني']);
    const named = mentions(DATED('12 مارس 2003', 'وقال وزير الخارجية الإيراني كمال خرازي إن الجيش مستعد.'));
    expect(named.map(([id]) => id)).toContain('kharrazi');
    expect(named.some(([, , d]) => d)).toBe(false);
  });

  it('a comma may stand between the title and the name; a verb may not', () => {
    const comma = mentions(DATED('12 مارس 2024', 'واستقبل رئيس الوزراء العراقي، سامي حداد، الوفد في بغداد.'));
    expect(comma.map(([id]) => id)).not.toContain('sudani');
    const verb = mentions(DATED('12 مارس 2024', 'وقال رئيس الوزراء العراقي إن سامي حداد سيزور بغداد.'));
    expect(verb.map(([id]) => id)).toContain('sudani');
  });
});
