/**
 * Text in the UI's language shared by several features (hover cards, trees, the chain
 * page, the report): `vscode.l10n.t` is passed in as a `Translate`, so the modules that
 * build text stay free of the vscode import and are unit-tested.
 */
import { ltr } from './bidi';
import { count } from './plural';

/** vscode.l10n.t, passed in so the modules using it stay free of the vscode import. */
export type Translate = (message: string, ...args: Array<string | number | boolean>) => string;

/** «3 articles, 2 independent origins» in the UI's language, numbers isolated left to right. */
export function claimCounts(articles: number, origins: number, t: Translate): string {
  return t('{0}, {1}', count(articles, '{0} articles', ltr(String(articles))), count(origins, '{0} independent origins', ltr(String(origins))));
}
