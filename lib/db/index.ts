// Public API of the clippings database.
export { db, DB_NAME, type JianbaoDatabase } from './db';
export type {
  Clipping, ClippingFilter, ClippingInput, ClippingPatch, ImportedClipping, ListOptions,
  MergeResult, QuarantineRow, SaveResult,
} from './types';
export { countQuarantined, listQuarantined } from './quarantine';
export { StorageError, toStorageError, type StorageErrorCode } from './errors';
export { foregroundIdle, inForeground, openDatabase, withStorage } from './run';
export { contentHash, fnv1a64, hashableText } from './content-hash';
export { normaliseTags, isIsoDate } from './normalise';
export { EditConflictError, saveClipping, updateClipping, deleteClippings, restoreClippings, getClipping, getClippings } from './clippings';
export { listClippings, countClippings, filteredIds } from './query';
export { mergeClippings } from './merge';
export { onClippingsChanged } from './changes';
// The search index, kept by every write above (postings/): what lib/search reads.
export {
  dayNumber, ensureIndexBuilt, forgetIndexLists, forgetIndexView, IndexChangedError, IndexNotBuiltError, keptIndexBytes, addMissingSizes, mergeRecent, readClippingsForSearch, readIndex, rebuildIndex, runMerges, TermNotReadError, tidySegments, warmIndexView, MERGE_AT, POSTINGS_FORMAT,
  type DecodedList, type IndexView, type LeaveOut, type Segment, type SearchState,
} from './postings';
export { putClippings, type PutClipping, type PutResult } from './put';
