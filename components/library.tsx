// The library: filters, the list of clippings and the reader, with export,
// backup and a status bar. Wide (a tab, a wide panel) it shows list and
// reader side by side; narrow (the usual side panel) the reader takes the
// list's place until Esc or "back".
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Clipping, ClippingFilter } from '@/lib/db';
import { listClippingIds } from '@/lib/library/list-ids';
import { clickSelection, EMPTY_SELECTION, selectedInOrder, toggleAll, type Selection } from '@/lib/library/selection';
import { t } from '@/lib/i18n';
import { ClipList } from './clip-list';
import { ErrorBoundary } from './error-boundary';
import { ExportBar } from './export-bar';
import { LibraryFilters } from './library-filters';
import { LibraryPaste } from './library-paste';
import { QuarantineNotice } from './quarantine-notice';
import { useLibraryActions } from './library-actions';
import { StatusBar, useLibraryStatus } from './library-status';
import { useMediaQuery } from './use-media-query';
import { Reader } from './reader';

/** Where list and reader fit side by side; keep in step with library.css. */
export const WIDE_LAYOUT = '(min-width: 720px)';

export interface LibraryProps {
  openId: number | null;
  onOpen(id: number | null): void;
  /** The list's filters, held by the page so search can narrow by them too. */
  filter: ClippingFilter;
  onFilterChange: Dispatch<SetStateAction<ClippingFilter>>;
  /** The search query, whose words the reader marks. */
  highlight?: string;
}

type IdsResult = { ids: number[]; error?: unknown };

export function Library({ openId, onOpen, filter, onFilterChange, highlight = '' }: LibraryProps) {
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const [busy, setBusy] = useState(false);
  const wide = useMediaQuery(WIDE_LAYOUT);
  const listRef = useRef<HTMLDivElement>(null);
  const readerRef = useRef<HTMLElement>(null);
  const status = useLibraryStatus();

  const result = useLiveQuery(
    (): Promise<IdsResult> => listClippingIds(filter).then((ids) => ({ ids }), (error: unknown) => ({ ids: [], error })),
    [filter.source, filter.tag, filter.from, filter.to],
  );
  const ids = result?.ids ?? [];
  useEffect(() => {
    if (result?.error) status.error(result.error);
  }, [result?.error]); // eslint-disable-line react-hooks/exhaustive-deps

  const reopenRef = useRef<number | null>(null);
  const actions = useLibraryActions(status, {
    onDeleted(deleted) {
      setSelection((s) => ({ selected: new Set([...s.selected].filter((id) => !deleted.includes(id))), anchor: null }));
      reopenRef.current = openId !== null && deleted.includes(openId) ? openId : null;
      if (reopenRef.current !== null) onOpen(null);
    },
    onRestored(records: readonly Clipping[]) {
      if (reopenRef.current !== null && records.some((c) => c.id === reopenRef.current)) onOpen(reopenRef.current);
      reopenRef.current = null;
    },
  });

  const focusList = () => listRef.current?.querySelector<HTMLElement>('[data-testid="clip-list"]')?.focus();
  const open = useCallback(
    (id: number | null) => {
      onOpen(id);
      // Narrow, the list is hidden while reading: keep keyboard focus where the eye goes.
      if (!wide) requestAnimationFrame(() => (id === null ? focusList() : readerRef.current?.focus()));
    },
    [onOpen, wide],
  );

  const selected = selectedInOrder(selection, ids);
  const allSelected = ids.length > 0 && selected.length === ids.length;
  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    try {
      await task();
    } finally {
      setBusy(false);
    }
  };
  const removeFromList = (id: number) => void actions.remove(selection.selected.has(id) ? selected : [id]);

  // Shortcuts that work anywhere but in a text field: Ctrl+Z undoes a delete, Esc leaves the reader.
  // The listener reads the state as of the last commit (a layout effect keeps it current), so a
  // key pressed right after the undo offer appears is not lost to a listener not yet replaced.
  const shortcutState = useRef({ actions, open, openId, undo: status.status?.undo });
  useLayoutEffect(() => {
    shortcutState.current = { actions, open, openId, undo: status.status?.undo };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const now = shortcutState.current;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && now.undo) {
        event.preventDefault();
        void now.actions.undo();
      } else if (event.key === 'Escape' && now.openId !== null) {
        event.preventDefault();
        now.open(null);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const changeFilter = (patch: ClippingFilter | null) => {
    onFilterChange((current) => (patch ? { ...current, ...patch } : {}));
    setSelection(EMPTY_SELECTION);
  };

  return (
    <section className={`library${openId !== null ? ' library--reading' : ''}`} aria-label={t('libraryTitle')}>
      <LibraryPaste onStatus={(text) => status.info(text)} />
      <QuarantineNotice onExport={() => void actions.exportQuarantine()} />
      <div className="library__controls">
        <LibraryFilters filter={filter} onChange={changeFilter} />
        <ExportBar
          total={ids.length}
          selected={selected.length}
          allSelected={allSelected}
          busy={busy}
          onSelectAll={() => setSelection((s) => toggleAll(s, ids))}
          onExportZip={() => void run(() => actions.exportZip(selected.length > 0 ? { ids: selected } : { filter }))}
          onDeleteSelected={() => void actions.remove(selected)}
          onMergeSelected={() =>
            void actions.merge(selected).then((id) => {
              if (id === null) return;
              setSelection(EMPTY_SELECTION);
              open(id);
            })
          }
          onBackup={() => void run(() => actions.backup())}
          onImport={(file) => void run(() => actions.importFile(file))}
        />
      </div>
      <div className="library__body">
        <div className="library__list" ref={listRef}>
          {!result ? (
            <p className="library__empty" data-testid="list-loading" aria-busy="true">
              {t('loading')}
            </p>
          ) : ids.length === 0 ? (
            <p className="library__empty" data-testid="list-empty">
              {Object.values(filter).some(Boolean) ? t('listNoMatch') : t('listEmpty')}
            </p>
          ) : (
            <ClipList
              ids={ids}
              openId={openId}
              selection={selection}
              onOpen={(id) => open(id)}
              onToggle={(id, shift) => setSelection((s) => clickSelection(s, ids, id, shift))}
              onDelete={removeFromList}
              onSelectAll={() => setSelection((s) => toggleAll(s, ids))}
            />
          )}
        </div>
        {openId !== null ? (
          <ErrorBoundary
            resetKey={openId}
            fallback={(error) => (
              <section className="reader" data-testid="reader-broken" role="alert">
                <button type="button" className="button button--quiet reader__back" onClick={() => open(null)}>
                  ← {t('readerBack')}
                </button>
                <p className="reader__empty">{t('readerDamaged', { message: error.message })}</p>
              </section>
            )}
          >
            <Reader ref={readerRef} id={openId} actions={actions} onBack={() => open(null)} highlight={highlight} onOpen={(id) => open(id)} />
          </ErrorBoundary>
        ) : (
          wide && <p className="library__reader-empty">{t('readerEmpty')}</p>
        )}
      </div>
      <StatusBar status={status.status} onUndo={() => void actions.undo()} />
    </section>
  );
}
