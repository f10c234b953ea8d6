/**
 * Words for the links of a claim's chain, in the UI's language: the medium,
 * the kind of origin, what versions disagree on. Shared by the provenance view
 * and the exported report. Pure module: no vscode import.
 */
import type { Origin } from '../../core';
import type { Translate } from './translate';

export function mediumName(kind: string, t: Translate): string {
  switch (kind) {
    case 'interview': return t('interview');
    case 'post': return t('post');
    case 'speech': return t('speech');
    case 'statement': return t('statement');
    case 'remarks': return t('remarks');
    default: return kind;
  }
}

export function originKindName(kind: Origin['kind'], t: Translate): string {
  switch (kind) {
    case 'actor': return t('named source');
    case 'outlet': return t("an outlet's report");
    case 'unnamed': return t('unnamed source');
    default: return t('the article itself');
  }
}

/** What a disagreement is about (the kinds the engine gives; a new kind shows as it is named). */
export function differName(kind: string, t: Translate): string {
  switch (kind) {
    case 'number': return t('numbers');
    case 'date': return t('dates');
    case 'negation': return t('negation');
    case 'speaker': return t('who said it');
    default: return kind;
  }
}

