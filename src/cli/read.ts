import { arabicShare, decodeArticle } from '../core';
import { listTxt, readBounded, type SkipKind } from './files';
import { PackedText } from './packedText';
import type { ArticleText } from '../core';

/** Articles larger than this are skipped with a message (a scraped article is a few KB). */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** A file of the folder: an article to analyse (with the warnings its decoding gave), or a file skipped and why. */
export type FoundArticle = { rel: string; text: ArticleText; warnings: readonly string[] } | { rel: string; skip: SkipKind; message: string };

/**
 * Every .txt file under `folder`, in the order the report lists them, read and
 * decoded: the articles, and the files that are empty, not text, not Arabic,
 * too large or unreadable. Nothing is printed here: the caller says what it
 * finds in this order, so messages read the same whether the articles were
 * analysed in one thread or several.
 */
export function readArticles(folder: string, error: (msg: string) => void): FoundArticle[] {
  const out: FoundArticle[] = [];
  for (const file of listTxt(folder, error)) {
    const rel = file.rel;
    const read = readBounded(file.path, MAX_ARTICLE_BYTES, 'article');
    if ('error' in read) {
      out.push({ rel, skip: 'unreadable', message: read.error });
      continue;
    }
    if ('skip' in read) {
      out.push({ rel, skip: read.skip, message: read.reason });
      continue;
    }
    const decoded = decodeArticle(read.bytes);
    if ('error' in decoded) out.push({ rel, skip: decoded.error.startsWith('UTF-32') ? 'unsupported-encoding' : 'not-text', message: decoded.error });
    else if (!decoded.text.trim()) out.push({ rel, skip: 'empty', message: 'skipped, empty' });
    else if (arabicShare(decoded.text) < 0.3) out.push({ rel, skip: 'not-arabic', message: 'skipped, not Arabic text' });
    // Packed as soon as read: every article's text waits here until the report is written (packedText.ts).
    else out.push({ rel, text: PackedText.keep(decoded.text), warnings: decoded.warnings ?? [] });
  }
  return out;
}
