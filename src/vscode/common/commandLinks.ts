/**
 * Command links in hovers. Like GitLens, a hover is trusted only for an explicit
 * allow-list of this extension's own commands (`MarkdownString.isTrusted =
 * { enabledCommands }`); any other `command:` URI in the markdown stays inert.
 * Pure module: no vscode import.
 */
import { Commands, InternalCommands } from './commands';


/** The only commands a hover may run. */
export const HOVER_ENABLED_COMMANDS: readonly string[] = [InternalCommands.openLocation, Commands.showActorMentions, Commands.revealClaim, Commands.showProvenance];

/** Plain-JSON place in an article (corpus file key = URI string); what `isnad.openLocation` takes. */
export interface LocationArgs {
  file: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

/**
 * `command:` URI with its arguments as a JSON array (how the workbench passes them
 * to the command). encodeURIComponent leaves ( ) ' ! * unencoded; parentheses would
 * end the markdown link target early, so everything but letters/digits is encoded.
 */
export function commandUri(command: string, args: readonly unknown[]): string {
  if (!HOVER_ENABLED_COMMANDS.includes(command)) throw new Error(`command ${command} is not allowed in hovers`);
  const query = encodeURIComponent(JSON.stringify(args)).replace(/[!'()*~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  return `command:${command}?${query}`;
}

/** `[label](command:...)`; `label` must already be escaped markdown. */
export function commandLink(escapedLabel: string, command: string, args: readonly unknown[]): string {
  return `[${escapedLabel}](${commandUri(command, args)})`;
}
