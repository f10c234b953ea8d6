// Public surface of the engine (no editor imports anywhere under src/core).
export * from './types';
export type { CorpusApi, MentionRef, ActorUsage } from './corpus/api';
export { Corpus, type CorpusOptions } from './corpus/corpus';
export { releaseWordTables, wordTablesBytes } from './corpus/wordTables';
export { releaseFeatureTable } from './claims/features';
export { releaseFeatureIndex } from './claims/featureRecords';
// What the editor layer and the CLI use besides the corpus: they import the engine only through this file.
export { onModelProblem } from './actors/tagger/model';
export type { Registry } from './actors/registry';
export { AnalysisCache } from './cache/analysisCache';
export { modelFingerprint, registryFingerprint } from './cache/fingerprint';
export { decodeState, encodeState } from './cache/stateCodec';
export type { AnalysisStore } from './cache/store';
export type { ArticleState } from './corpus/analyze';
export { withText } from './corpus/analyze';
export { wholeText, type ArticleText } from './corpus/articleText';
export { REGISTRY_MAX_BYTES, registryTooLarge } from './actors/workspace';
export { MAX_ARTICLE_CHARS } from './articles/limits';
export { compareSentences } from './claims/compare';
export { reportJsonChunks } from './report/jsonStream';
export { formatReportCsv, reportCsvRows } from './report/csv';
export { buildReport, claimJson, formatReport, jsonSafe, reportActor, reportArticle, reportTextLines, terminalSafe, type Report, type ReportClaim } from './report/report';
export { decodeArticle, fileNameText } from './text/decode';
export { pluralCategory, pluralPhrase, type PluralForms } from './text/plural';
export { arabicShare } from './text/tokens';
