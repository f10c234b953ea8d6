/** Notices about files: too large to analyse, decoded from Windows-1256, and the name tagger being off. */
import type * as vscode from 'vscode';
import type { IsnadServices } from '../../common/services';
import { activateEncodingNotice } from './encodingNotice';
import { activateFileNotices } from './fileNotices';
import { activateModelNotice } from './modelNotice';

export function activate(context: vscode.ExtensionContext, services: IsnadServices): void {
  activateFileNotices(context, services);
  activateEncodingNotice(context, services);
  activateModelNotice(context, services);
}
