// Public surface of the engine (no editor imports anywhere under src/core).
export * from './types';
export type { CorpusApi, MentionRef, ActorUsage } from './corpus/api';
export { Corpus, type CorpusOptions } from './corpus/corpus';
