// Public API of sync: the library as Markdown files in a WebDAV folder, both
// ways (engine.ts), and one way into a local folder (mirror.ts).
export { syncOnce, ensureDeviceId, CONFLICT_TAG, type SyncOptions, type SyncProgress, type SyncPhase, type SyncReport } from './engine';
export { Remote, cleanFolder, type SyncTarget, type RemoteFile } from './remote';
export { SyncError, toSyncError, type SyncErrorCode } from './errors';
export { clippingFile, readClippingFile, END_LINE, FORMAT_VERSION, type FileRead } from './file-format';
export { clippingPath, clippingFolder, folderName } from './paths';
export { recordFromClipping, canonicalRecord, recordHash, newUid, type SyncRecord } from './record';
export { mergeRecords, mergeTags, type MergeOutcome, type SyncBase } from './merge';
export { openSyncDatabase, syncDb, getMeta, SYNC_DB_NAME, type SyncDatabase } from './state';
export { mirrorLibrary, mirrorFolder, canMirror, type MirrorDirectory, type MirrorReport } from './mirror';
export { serverOrigin, settingsProblems, toSyncSettings, DEFAULT_SYNC_SETTINGS, type SyncSettings, type SettingsProblem } from './settings';
export { EMPTY_SYNC_STATUS, type SyncStatus } from './status';
