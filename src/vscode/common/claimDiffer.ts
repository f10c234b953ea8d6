/** What a difference between versions of a claim is about, in the UI's language (tree rows and hovers). */
import type * as vscode from 'vscode';

export function differKind(kind: string, t: typeof vscode.l10n.t): string {
  switch (kind) {
    case 'number':
      return t('numbers');
    case 'date':
      return t('dates');
    case 'negation':
      return t('negation');
    case 'contradiction':
      return t('contradiction');
    case 'denial':
      return t('denial');
    case 'actor':
      return t('another actor');
    default:
      return t('who said it');
  }
}
