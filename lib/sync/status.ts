// What the last sync did, kept in extension storage so every page (and the
// background's timer) sees the same "last synced" line and progress.
import type { SyncErrorCode } from './errors';
import type { SyncProgress, SyncReport } from './engine';

export interface SyncStatus {
  /** Set while a sync runs: its progress. */
  running: SyncProgress | null;
  /** Epoch ms of the last sync that finished. */
  lastSyncAt: number | null;
  lastReport: SyncReport | null;
  /** Why the last attempt failed; null after a success. */
  error: { code: SyncErrorCode | 'permission'; message: string; at: number } | null;
}

export const EMPTY_SYNC_STATUS: SyncStatus = { running: null, lastSyncAt: null, lastReport: null, error: null };
