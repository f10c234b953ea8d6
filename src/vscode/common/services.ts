/**
 * What every feature gets: the index (and through it the engine), the settings,
 * the log, localisation. Features talk to each other only through these.
 */
import * as vscode from 'vscode';
import type { ArticleIndex } from '../workspace/articleIndex';
import type { IsnadSettings } from './settings';

export interface IsnadServices {
  readonly index: ArticleIndex;
  readonly settings: () => IsnadSettings;
  readonly log: vscode.LogOutputChannel;
  /** The Recurring claims view, once it exists (reveal, filter, snapshot). */
  claims?: ClaimsViewApi;
}

export interface ClaimsViewApi {
  reveal(claimId: string): Promise<boolean>;
  filterByActor(actorId: string | undefined): void;
}
