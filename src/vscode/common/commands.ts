/**
 * Every command id and context key of the extension, in one typed place. Pure module
 * (no vscode import): `test/unit/vscode-commands-contributed.test.ts` checks it against
 * package.json (every contributed command registered, every registered command
 * contributed or listed under DebugCommands, every `when` key defined here or by VS Code).
 */

/** Commands contributed in package.json (palette, menus, views). */
export const Commands = {
  refresh: 'isnad.refresh',
  showSidebar: 'isnad.showSidebar',
  addActor: 'isnad.addActor',
  addAlias: 'isnad.addAlias',
  promoteActor: 'isnad.promoteActor',
  revealClaim: 'isnad.revealClaim',
  showActorMentions: 'isnad.showActorMentions',
  exportReport: 'isnad.exportReport',
  showProvenance: 'isnad.showProvenance',
  toggleHighlighting: 'isnad.toggleHighlighting',
  claimsSortBySources: 'isnad.claims.sortBySources',
  claimsSortByDate: 'isnad.claims.sortByDate',
  claimsFilterByActor: 'isnad.claims.filterByActor',
  claimsFilterToCurrentArticle: 'isnad.claims.filterToCurrentArticle',
  claimsClearFilter: 'isnad.claims.clearFilter',
} as const;

/** Registered, not contributed: run by tree items, hover links and reference results, never by a person. */
export const InternalCommands = {
  openLocation: 'isnad.openLocation',
} as const;

/**
 * Registered but never contributed: what the host and UI tests (and troubleshooting)
 * read of the extension's state. Not in the palette on purpose.
 */
export const DebugCommands = {
  indexStats: 'isnad.debug.indexStats',
  actorsSnapshot: 'isnad.debug.actorsSnapshot',
  claimsSnapshot: 'isnad.debug.claimsSnapshot',
  decorations: 'isnad.debug.decorations',
  statusBar: 'isnad.debug.statusBar',
  encodingOffers: 'isnad.debug.encodingOffers',
  fileNotices: 'isnad.debug.fileNotices',
  provenanceSnapshot: 'isnad.debug.provenanceSnapshot',
} as const;

/** Context keys the extension sets (`setContext`) for package.json's `when` clauses. */
export const ContextKeys = {
  /** True while the workspace is being read: the views' welcome text says «reading…». */
  indexing: 'isnad.indexing',
  /** The Recurring claims view has a filter (the clear-filter button shows). */
  claimsFiltered: 'isnad.claims.filtered',
  /** The claims view's order ('sources' or 'date'): the sort button shows the other one. */
  claimsSortBy: 'isnad.claims.sortBy',
} as const;

/** View ids (package.json `views`). */
export const Views = {
  claims: 'isnad.claims',
  actors: 'isnad.actors',
} as const;

export type CommandId = (typeof Commands)[keyof typeof Commands] | (typeof InternalCommands)[keyof typeof InternalCommands] | (typeof DebugCommands)[keyof typeof DebugCommands];
export type ContextKey = (typeof ContextKeys)[keyof typeof ContextKeys];
