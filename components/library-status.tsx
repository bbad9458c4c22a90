// The status bar under the library: the result of the last action or its
// error, a progress bar while exporting or importing, and Undo after a delete.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { StorageError, type Clipping } from '@/lib/db';
import { BackupError } from '@/lib/export';
import { errorText } from '@/lib/library/error-text';
import { t } from '@/lib/i18n';

export interface LibraryStatus {
  text: string;
  tone: 'info' | 'error' | 'busy';
  /** Lines under the text, e.g. the records an import rejected. */
  details: string[];
  progress: { done: number; total: number } | null;
  /** What the last delete removed (or a repair changed), for Undo. */
  undo: Clipping[] | null;
  /** Clippings a repair added (a split's second part), removed by Undo. */
  undoRemove?: number[];
}

export interface StatusControls {
  status: LibraryStatus | null;
  info(text: string, extra?: Partial<Pick<LibraryStatus, 'details' | 'undo' | 'undoRemove'>>): void;
  error(error: unknown): void;
  busy(text: string, progress?: { done: number; total: number } | null): void;
  clearUndo(): void;
}

/** How long a result stays in the bar before it goes: it soon stops being news (or true). */
export const STATUS_LIFETIME_MS = 8_000;
/** How long the offer to undo a delete stays (Ctrl+Z works as long as it shows). */
export const UNDO_LIFETIME_MS = 20_000;

export function useLibraryStatus(): StatusControls {
  const [status, setStatus] = useState<LibraryStatus | null>(null);
  // Results fade out; errors stay until the next action, work in progress until it ends.
  useEffect(() => {
    if (!status || status.tone !== 'info') return;
    const timer = setTimeout(() => setStatus((current) => (current === status ? null : current)), status.undo ? UNDO_LIFETIME_MS : STATUS_LIFETIME_MS);
    return () => clearTimeout(timer);
  }, [status]);
  const info = useCallback<StatusControls['info']>(
    (text, extra = {}) =>
      setStatus({ text, tone: 'info', details: extra.details ?? [], progress: null, undo: extra.undo ?? null, undoRemove: extra.undoRemove }),
    [],
  );
  const error = useCallback((err: unknown) => {
    // Expected failures are explained in the bar; anything else is a bug worth a console trace too.
    if (!(err instanceof StorageError || err instanceof BackupError)) console.error(err);
    setStatus({ text: errorText(err), tone: 'error', details: [], progress: null, undo: null });
  }, []);
  const busy = useCallback(
    (text: string, progress: { done: number; total: number } | null = null) =>
      setStatus((previous) => ({ text, tone: 'busy', details: [], progress, undo: previous?.undo ?? null })),
    [],
  );
  const clearUndo = useCallback(() => setStatus((previous) => previous && { ...previous, undo: null }), []);
  return useMemo(() => ({ status, info, error, busy, clearUndo }), [status, info, error, busy, clearUndo]);
}

export function StatusBar({ status, onUndo }: { status: LibraryStatus | null; onUndo(): void }) {
  return (
    <div className={`status-bar status-bar--${status?.tone ?? 'idle'}`} data-testid="status-bar">
      <div className="status-bar__main">
        <p className="status-bar__text" data-testid="status" role="status" aria-live="polite">
          {status?.text ?? ''}
        </p>
        {status?.undo && (
          <button type="button" className="button button--small" data-testid="undo" onClick={onUndo}>
            {t('undo')}
          </button>
        )}
      </div>
      {status?.progress && (
        <progress
          className="status-bar__progress"
          data-testid="export-progress"
          aria-label={t('exportProgress')}
          max={Math.max(status.progress.total, 1)}
          value={status.progress.done}
        />
      )}
      {status && status.details.length > 0 && (
        <ul className="status-bar__details" data-testid="status-details">
          {status.details.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
