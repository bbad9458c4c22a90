// Running sync in the extension: the settings and status live in extension
// storage, one sync at a time across the background and every page (a Web
// Lock), and only with the server's origin granted.
import { browser } from 'wxt/browser';
import { syncOnce, type SyncProgress, type SyncReport } from './engine';
import { SyncError } from './errors';
import { Remote } from './remote';
import { serverOrigin, settingsProblems, toSyncSettings } from './settings';
import { EMPTY_SYNC_STATUS, type SyncStatus } from './status';
import { syncSettingsItem, syncStatusItem } from './storage-items';

export { syncSettingsItem, syncStatusItem };

export const SYNC_LOCK = 'jianbao-sync';

async function patchStatus(patch: Partial<SyncStatus>): Promise<void> {
  const current = await syncStatusItem.getValue();
  await syncStatusItem.setValue({ ...EMPTY_SYNC_STATUS, ...current, ...patch });
}

export async function hasServerPermission(url: string): Promise<boolean> {
  const origin = serverOrigin(url);
  return !!origin && (await browser.permissions.contains({ origins: [origin] }));
}

/**
 * Syncs now with the stored settings. Resolves to the report, or null when
 * sync is off or another sync holds the lock; a failure is stored in the
 * status (for the panel) and thrown.
 */
export async function runStoredSync(onProgress?: (p: SyncProgress) => void): Promise<SyncReport | null> {
  const settings = toSyncSettings(await syncSettingsItem.getValue());
  if (!settings.enabled || settingsProblems(settings).length) return null;
  if (!(await hasServerPermission(settings.url))) {
    const error = { code: 'permission' as const, message: serverOrigin(settings.url) ?? settings.url, at: Date.now() };
    await patchStatus({ error, running: null });
    throw new SyncError('settings', `no permission for ${error.message}`);
  }
  return navigator.locks.request(SYNC_LOCK, { ifAvailable: true }, async (lock) => {
    if (!lock) return null;
    let last = 0;
    const progress = (p: SyncProgress) => {
      onProgress?.(p);
      // Storage writes at most a few times a second; the page that asked has every step.
      const now = Date.now();
      if (now - last > 300 || p.phase === 'done') {
        last = now;
        void patchStatus({ running: p });
      }
    };
    try {
      const report = await syncOnce({ remote: new Remote(settings), onProgress: progress });
      await patchStatus({ running: null, lastSyncAt: Date.now(), lastReport: report, error: null });
      return report;
    } catch (err) {
      const e = err instanceof SyncError ? err : new SyncError('server', String(err));
      await patchStatus({ running: null, error: { code: e.code, message: e.message, at: Date.now() } });
      throw e;
    }
  });
}
