// Sync's settings and status in extension storage (WXT storage items), apart
// from the sync code so a page can show them without loading the WebDAV client.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SYNC_SETTINGS, type SyncSettings } from './settings';
import { EMPTY_SYNC_STATUS, type SyncStatus } from './status';

export const syncSettingsItem = storage.defineItem<SyncSettings>('local:syncSettings', { fallback: DEFAULT_SYNC_SETTINGS });
export const syncStatusItem = storage.defineItem<SyncStatus>('local:syncStatus', { fallback: EMPTY_SYNC_STATUS });
