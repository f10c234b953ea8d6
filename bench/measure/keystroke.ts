import type { Corpus } from '../../src/core/corpus/corpus';
import type { Article } from '../corpus/generate';
import { Random } from '../corpus/random';
import { now, sample, type Summary } from './stats';

/**
 * Typing in a long article of a big corpus: each keystroke is a new text for
 * that article (a letter typed somewhere, then taken back with backspace),
 * and what the editor needs at once is its fresh analysis: setArticle +
 * getArticle. Cross-article views refresh lazily and are not counted here.
 */
export function keystrokes(corpus: Corpus, long: Article, budgetMs: number): Summary {
  const r = new Random('keystrokes');
  let text = long.text;
  let typedAt = -1;
  return sample(
    () => {
      if (typedAt < 0) {
        typedAt = r.int(text.length);
        text = text.slice(0, typedAt) + 'ب' + text.slice(typedAt);
      } else {
        text = text.slice(0, typedAt) + text.slice(typedAt + 1);
        typedAt = -1;
      }
      const t = now();
      corpus.setArticle(long.file, text);
      corpus.getArticle(long.file);
      return now() - t;
    },
    { min: 5, max: 300, budgetMs },
  );
}
