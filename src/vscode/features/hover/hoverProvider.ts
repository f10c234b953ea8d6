/**
 * Hover cards: on an actor mention, who the actor is and how the other articles
 * mention it; on a sentence of a recurring claim, how the other articles tell it.
 * The markdown itself is built in hoverMarkdown.ts (pure, unit-tested); here the
 * engine's answers are turned into its model and into a vscode.Hover.
 */
import * as vscode from 'vscode';
import { differKind } from '../../common/claimDiffer';
import type { ClaimGroup, CorpusApi, Mention, Sentence } from '../../../core';
import { typeLabel, fileLabel } from '../../common/actorText';
import { claimKey, uniqueClaims } from '../claims';
import { HOVER_ENABLED_COMMANDS } from '../../common/commandLinks';
import { dateOf, isRecurring, mentionsByFile, otherArticleSentences, usageOf } from '../../common/corpusQueries';
import { renderActorHover, renderClaimHover, type ArticleSentenceItem, type ClaimSummary } from './hoverMarkdown';
import { fileKey, locationArgs, offsetAt, toDocumentRange } from '../../common/positions';
import type { IsnadServices } from '../../common/services';

const MAX_CLAIMS_IN_ACTOR_HOVER = 5;

function trustedMarkdown(value: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value);
  // Command links only for our own allow-listed commands; never raw HTML, never theme icons from text.
  md.isTrusted = { enabledCommands: [...HOVER_ENABLED_COMMANDS] };
  md.supportHtml = false;
  md.supportThemeIcons = false;
  return md;
}

export function claimSummary(group: ClaimGroup): ClaimSummary {
  return { id: claimKey(group), text: group.text, articleCount: new Set(group.files).size, originCount: Math.max(1, group.origins.length) };
}

function sortBySources(groups: ClaimGroup[]): ClaimGroup[] {
  return uniqueClaims(groups).sort((a, b) => b.origins.length - a.origins.length || b.files.length - a.files.length);
}

export function actorHoverMarkdown(corpus: CorpusApi, file: string, mention: Mention, sentence: Sentence | undefined, services: IsnadServices): string | undefined {
  const actor = corpus.getActor(mention.actorId);
  if (!actor) return undefined;
  const { hoverMaxArticles, minSources } = services.settings();
  const byFile = mentionsByFile(corpus, actor.id);
  const usage = usageOf(corpus, actor.id);
  const otherFiles = [...byFile.keys()].filter((f) => f !== file);
  const others: ArticleSentenceItem[] = otherFiles.slice(0, hoverMaxArticles).map((f) => {
    const m = byFile.get(f)![0];
    const s = corpus.sentenceAt(f, m.start);
    return {
      fileLabel: fileLabel(f),
      date: dateOf(corpus, f),
      sentence: s ? s.text : m.text,
      focus: s ? { start: m.start - s.start, end: m.end - s.start } : { start: 0, end: m.text.length },
      location: locationArgs(f, m),
    };
  });
  const mentionCount = [...byFile.values()].reduce((n, list) => n + list.length, 0);
  const recurring = (groups: ClaimGroup[]) => sortBySources(groups.filter((g) => isRecurring(g, minSources)));
  return renderActorHover({
    actorId: actor.id,
    name: actor.name,
    nameEn: actor.nameEn,
    typeLabel: typeLabel(actor.type, vscode.l10n.t),
    // The engine expands office roles into Arabic titles («وزير الخارجية الإيراني»).
    roles: corpus.roleLabels(actor.id).slice(0, 3),
    description: actor.description,
    discovered: actor.source === 'discovered' || mention.discovered === true,
    articleCount: usage?.files.length ?? byFile.size,
    mentionCount: usage?.mentionCount ?? mentionCount,
    others,
    moreArticles: Math.max(0, otherFiles.length - others.length),
    claims: recurring(corpus.groupsOfActor(actor.id)).slice(0, MAX_CLAIMS_IN_ACTOR_HOVER).map(claimSummary),
    sentenceClaims: sentence ? recurring(corpus.groupsOfSentence(file, sentence.id)).map(claimSummary) : [],
  }, vscode.l10n.t);
}

export function claimHoverMarkdown(corpus: CorpusApi, file: string, sentence: Sentence, services: IsnadServices): string | undefined {
  const { hoverMaxArticles, minSources } = services.settings();
  const groups = sortBySources(corpus.groupsOfSentence(file, sentence.id).filter((g) => isRecurring(g, minSources)));
  if (groups.length === 0) return undefined;
  const group = groups[0];
  const otherSentences = otherArticleSentences(corpus, group, file);
  const others: ArticleSentenceItem[] = otherSentences.slice(0, hoverMaxArticles).map((s) => ({
    fileLabel: fileLabel(s.file),
    date: dateOf(corpus, s.file),
    sentence: s.text,
    location: locationArgs(s.file, s),
  }));
  return renderClaimHover({
    claim: claimSummary(group),
    origins: group.origins.map((o) => o.label),
    others,
    moreArticles: Math.max(0, otherSentences.length - others.length),
    differ: group.disagreements.map((d) => ({ kind: differKind(d.kind, vscode.l10n.t), detail: d.detail, files: d.files.map(fileLabel), ...(d.sides ? { sides: d.sides.map((x) => ({ says: x.says, files: x.files.map(fileLabel) })) } : {}) })),
  }, vscode.l10n.t);
}

export function activateHover(context: vscode.ExtensionContext, services: IsnadServices): void {
  const { index } = services;
  const provider: vscode.HoverProvider = {
    async provideHover(document, position) {
      if (!(await index.articleFor(document))) return undefined;
      await index.claimsSettled();
      const corpus = index.corpus;
      const file = fileKey(document.uri);
      const offset = offsetAt(document, position);
      const mention = corpus.mentionAt(file, offset);
      const sentence = corpus.sentenceAt(file, offset);
      if (mention) {
        const value = actorHoverMarkdown(corpus, file, mention, sentence, services);
        if (value) return new vscode.Hover(trustedMarkdown(value), toDocumentRange(document, mention));
      }
      if (sentence) {
        const value = claimHoverMarkdown(corpus, file, sentence, services);
        if (value) return new vscode.Hover(trustedMarkdown(value), toDocumentRange(document, sentence));
      }
      return undefined;
    },
  };
  context.subscriptions.push(vscode.languages.registerHoverProvider({ language: 'plaintext' }, provider));
}
