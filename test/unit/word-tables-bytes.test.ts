import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/core/corpus/corpus';
import { releaseWordTables, wordTablesBytes } from '../../src/core/corpus/wordTables';

/**
 * What the word tables hold, as they estimate it (wordTables.ts): the CLI's
 * main thread empties them past a budget (workers.ts) instead of every million
 * characters, so the estimate must grow with new words and lines and go when
 * they are emptied.
 */
const ARTICLE = [
  'قال وزير الخارجية الإيراني عباس عراقجي إن المفاوضات مع الولايات المتحدة بلغت مرحلة حاسمة.',
  'وأضاف في مؤتمر صحفي بطهران أن بلاده لن تتخلى عن حقها في تخصيب اليورانيوم.',
  'ونقلت وكالة رويترز عن مسؤول أمريكي كبير أن جولة جديدة من المحادثات ستعقد في مسقط الأسبوع المقبل.',
].join('\n');

describe('the word tables weigh what they hold', () => {
  it('grow with an article of new words and lines, and fall back when emptied', () => {
    releaseWordTables();
    const empty = wordTablesBytes();
    const corpus = new Corpus();
    corpus.setArticle('a.txt', ARTICLE + '\n');
    const full = wordTablesBytes();
    expect(full).toBeGreaterThan(empty);
    // A line seen again adds nothing the tables keep per line or per word.
    corpus.setArticle('b.txt', ARTICLE + '\n');
    expect(wordTablesBytes()).toBe(full);
    releaseWordTables();
    expect(wordTablesBytes()).toBe(empty);
  });
});
