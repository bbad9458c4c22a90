// Public API of the clippings database.
export { db, DB_NAME, type JianbaoDatabase } from './db';
export type {
  Clipping, ClippingFilter, ClippingInput, ClippingPatch, ImportedClipping, Indexer, ListOptions,
  MergeResult, SaveResult, SearchIndexEntry, SearchTextShard,
} from './types';
export { StorageError, toStorageError, type StorageErrorCode } from './errors';
export { setIndexer } from './indexer';
export { openDatabase } from './run';
export { contentHash, fnv1a64, hashableText } from './content-hash';
export { normaliseTags, isIsoDate } from './normalise';
export { saveClipping, updateClipping, deleteClippings, restoreClippings, getClipping } from './clippings';
export { listClippings, countClippings } from './query';
export { mergeClippings } from './merge';
