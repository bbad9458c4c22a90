// Sync on a timer: one alarm while sync is on, at the chosen interval (the
// browser wakes the background for it), and a sync soon after the browser
// starts. A sync that fails (offline) is simply tried at the next alarm.
import { browser } from 'wxt/browser';
import { runStoredSync, syncSettingsItem } from '../sync/browser-run';
import { runMirror } from '../sync/mirror-browser';
import { toSyncSettings, type SyncSettings } from '../sync/settings';

export const SYNC_ALARM = 'jianbao-sync';

async function schedule(settings: SyncSettings): Promise<void> {
  if (!settings.enabled) {
    await browser.alarms.clear(SYNC_ALARM);
    return;
  }
  const existing = await browser.alarms.get(SYNC_ALARM);
  if (existing?.periodInMinutes === settings.intervalMinutes) return;
  await browser.alarms.create(SYNC_ALARM, { delayInMinutes: 1, periodInMinutes: settings.intervalMinutes });
}

export function setupSyncAlarm(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== SYNC_ALARM) return;
    // The mirror follows, if its folder is still allowed (the browser may want a click after a restart).
    runStoredSync()
      .catch((err: unknown) => console.warn('Jianbao sync:', err))
      .then(() => runMirror(false))
      .catch((err: unknown) => console.warn('Jianbao mirror:', err));
  });
  void syncSettingsItem.getValue().then((v) => schedule(toSyncSettings(v)));
  syncSettingsItem.watch((v) => void schedule(toSyncSettings(v)));
}
