// The side panel's sync section: WebDAV settings, "sync now" with progress,
// the last-synced line, conflicts, and the mirror into a local folder.
// Saving asks the browser for the server's origin alone, in the click itself
// (permissions.request needs the click), before anything is awaited. The
// sync code and its WebDAV client load only when a sync runs.
import { useEffect, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { countClippings } from '@/lib/db';
import { t, type MessageKey } from '@/lib/i18n';
import type { SyncProgress } from '@/lib/sync/engine';
import { syncSettingsItem, syncStatusItem } from '@/lib/sync/storage-items';
import { canMirror } from '@/lib/sync/mirror';
import { currentMirrorFolder, forgetMirrorFolder, pickMirrorFolder, runMirror } from '@/lib/sync/mirror-browser';
import { serverOrigin, settingsProblems, toSyncSettings, type SyncSettings } from '@/lib/sync/settings';
import { EMPTY_SYNC_STATUS, type SyncStatus } from '@/lib/sync/status';
import './sync-settings.css';

/** The tag of conflict copies (lib/sync/engine.ts CONFLICT_TAG; not imported, so the panel does not load the engine). */
export const CONFLICT_TAG = '同步冲突';

export interface SyncSettingsProps {
  /** Shows the conflict copies in the library (its tag filter). */
  onShowConflicts(tag: string): void;
}

function errorText(error: NonNullable<SyncStatus['error']>): string {
  const status = /\b(401|403)\b/.exec(error.message)?.[1] ?? '';
  const key = error.code === 'not-found' ? 'syncError_notFound' : (`syncError_${error.code}` as MessageKey);
  return t(key, { message: error.message, status });
}

function progressText(p: SyncProgress): string {
  return t('syncRunning', { phase: t(`syncPhase_${p.phase}` as MessageKey), done: p.done, total: p.total });
}

export function SyncSettingsPanel({ onShowConflicts }: SyncSettingsProps) {
  const [form, setForm] = useState<SyncSettings>();
  const [status, setStatus] = useState<SyncStatus>(EMPTY_SYNC_STATUS);
  const [message, setMessage] = useState<string | null>(null);
  const [mirrorName, setMirrorName] = useState<string | null>(null);
  const [mirrorNote, setMirrorNote] = useState<string | null>(null);
  const conflicts = useLiveQuery(() => countClippings({ tag: CONFLICT_TAG }).catch(() => 0), []) ?? 0;

  useEffect(() => {
    let live = true;
    void syncSettingsItem.getValue().then((v) => live && setForm(toSyncSettings(v)));
    void syncStatusItem.getValue().then((v) => live && setStatus({ ...EMPTY_SYNC_STATUS, ...v }));
    const unwatch = syncStatusItem.watch((v) => setStatus({ ...EMPTY_SYNC_STATUS, ...v }));
    if (canMirror()) {
      void currentMirrorFolder().then((dir) => {
        if (!live || !dir) return;
        setMirrorName(dir.name);
        void runMirror(false).catch(() => undefined); // up to date when the panel opens, if still allowed
      });
    }
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  if (!form) return null;
  const set = (patch: Partial<SyncSettings>) => setForm({ ...form, ...patch });
  const problems = settingsProblems(form);
  const running = status.running !== null && status.running.phase !== 'done';

  const syncNow = async () => {
    setMessage(null);
    try {
      const { runStoredSync } = await import('@/lib/sync/browser-run');
      await runStoredSync((p) => setStatus((s) => ({ ...s, running: p })));
      if (mirrorName) await runMirror(false);
    } catch {
      // The status line says why (stored by runStoredSync).
    }
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (form.enabled && problems.length) return setMessage(t(`syncProblem_${problems[0]}` as MessageKey));
    const origin = serverOrigin(form.url);
    // Asked at once, inside the click; nothing broader than this server's origin.
    const granted = form.enabled && origin ? browser.permissions.request({ origins: [origin] }) : Promise.resolve(true);
    void granted.then(async (ok) => {
      await syncSettingsItem.setValue(form);
      if (!ok) return setMessage(t('syncPermissionDenied', { origin: origin ?? form.url }));
      setMessage(null);
      if (form.enabled) await syncNow();
    });
  };

  const pick = async () => {
    setMirrorNote(null);
    try {
      const dir = await pickMirrorFolder();
      setMirrorName(dir.name);
      await writeMirror();
    } catch (err) {
      if ((err as { name?: string }).name !== 'AbortError') setMirrorNote(t('mirrorError', { message: String(err) }));
    }
  };
  const writeMirror = async () => {
    try {
      const report = await runMirror(true);
      if (report) setMirrorNote(t('mirrorDone', { ...report }));
    } catch (err) {
      setMirrorNote(t('mirrorError', { message: String(err) }));
    }
  };
  const stopMirror = async () => {
    await forgetMirrorFolder();
    setMirrorName(null);
    setMirrorNote(null);
  };

  const report = status.lastReport;
  return (
    <details className="sync-settings" data-testid="sync-settings">
      <summary className="sync-settings__summary">{t('syncTitle')}</summary>
      <div className="sync-settings__body">
        <p className="sync-settings__intro">{t('syncIntro')}</p>
        <form className="sync-settings__form" onSubmit={save}>
          <label className="sync-settings__toggle">
            <input type="checkbox" data-testid="sync-enabled" checked={form.enabled} onChange={(e) => set({ enabled: e.target.checked })} />
            {t('syncEnabled')}
          </label>
          <label>
            {t('syncUrl')}
            <input type="url" data-testid="sync-url" placeholder={t('syncUrlPlaceholder')} value={form.url} onChange={(e) => set({ url: e.target.value })} />
          </label>
          <label>
            {t('syncUser')}
            <input type="text" data-testid="sync-user" autoComplete="username" value={form.username} onChange={(e) => set({ username: e.target.value })} />
          </label>
          <label>
            {t('syncPassword')}
            <input type="password" data-testid="sync-password" autoComplete="current-password" value={form.password} onChange={(e) => set({ password: e.target.value })} />
            <small>{t('syncPasswordHint')}</small>
          </label>
          <label>
            {t('syncFolder')}
            <input type="text" data-testid="sync-folder" value={form.folder} onChange={(e) => set({ folder: e.target.value })} />
          </label>
          <label>
            {t('syncInterval')}
            <input type="number" min={1} max={1440} data-testid="sync-interval" value={form.intervalMinutes} onChange={(e) => set({ intervalMinutes: Math.max(1, Number(e.target.value) || 15) })} />
          </label>
          <div className="sync-settings__buttons">
            <button type="submit" className="button button--small" data-testid="sync-save" disabled={running}>
              {t('syncSave')}
            </button>
            <button type="button" className="button button--small" data-testid="sync-now" disabled={running || !form.enabled || problems.length > 0} onClick={() => void syncNow()}>
              {t('syncNow')}
            </button>
          </div>
        </form>
        {message && (
          <p className="sync-settings__error" role="alert" data-testid="sync-message">
            {message}
          </p>
        )}
        <div aria-live="polite">
          {running && status.running ? (
            <p data-testid="sync-progress">
              {progressText(status.running)}
              <progress max={status.running.total || 1} value={status.running.done} />
            </p>
          ) : (
            <p className="sync-settings__last" data-testid="sync-last">
              {status.lastSyncAt && report
                ? t('syncLast', { time: new Date(status.lastSyncAt).toLocaleString(), pulled: report.pulled, pushed: report.pushed, deleted: report.deletedLocal + report.deletedRemote })
                : t('syncNever')}
            </p>
          )}
          {status.error && !running && (
            <p className="sync-settings__error" role="alert" data-testid="sync-error">
              {errorText(status.error)}
            </p>
          )}
          {report && report.damaged.length > 0 && (
            <p className="sync-settings__error" data-testid="sync-damaged">
              {t(report.damaged.length === 1 ? 'syncDamagedOne' : 'syncDamaged', { n: report.damaged.length, path: report.damaged[0].keptAs ?? report.damaged[0].path })}
            </p>
          )}
        </div>
        {conflicts > 0 && (
          <p className="sync-settings__conflicts" data-testid="sync-conflicts">
            {t(conflicts === 1 ? 'syncConflictsOne' : 'syncConflicts', { n: conflicts })}{' '}
            <button type="button" className="button button--small" data-testid="sync-show-conflicts" onClick={() => onShowConflicts(CONFLICT_TAG)}>
              {t('syncShowConflicts')}
            </button>
          </p>
        )}
        <h3 className="sync-settings__heading">{t('mirrorTitle')}</h3>
        {canMirror() ? (
          <>
            <p className="sync-settings__intro">{t('mirrorIntro')}</p>
            {mirrorName && <p data-testid="mirror-folder">{t('mirrorFolder', { name: mirrorName })}</p>}
            <div className="sync-settings__buttons">
              <button type="button" className="button button--small" data-testid="mirror-pick" onClick={() => void pick()}>
                {t('mirrorPick')}
              </button>
              {mirrorName && (
                <>
                  <button type="button" className="button button--small" data-testid="mirror-now" onClick={() => void writeMirror()}>
                    {t('mirrorNow')}
                  </button>
                  <button type="button" className="button button--quiet button--small" data-testid="mirror-stop" onClick={() => void stopMirror()}>
                    {t('mirrorStop')}
                  </button>
                </>
              )}
            </div>
            {mirrorNote && <p data-testid="mirror-note">{mirrorNote}</p>}
          </>
        ) : (
          <p className="sync-settings__intro" data-testid="mirror-unsupported">
            {t('mirrorUnsupported')}
          </p>
        )}
      </div>
    </details>
  );
}
