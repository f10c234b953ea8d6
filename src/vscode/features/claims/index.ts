/** The Recurring claims view: claims grouped across articles, filters and order. Other features use its model (claim keys, the claim at the cursor) through this file. */
import type * as vscode from 'vscode';
import type { IsnadServices } from '../../common/services';
import { activateClaimsTree } from './claimsTree';

export { claimAtCursor } from './claimsTree';
export { claimKey, findClaim, originCount, sortClaims, uniqueClaims } from './claimsTreeModel';

export function activate(context: vscode.ExtensionContext, services: IsnadServices): void {
  activateClaimsTree(context, services);
}
