// The bar over the list: tick all, how many are listed or ticked, and what
// to do with them (zip, delete), plus backup and import of the whole library.
import { useEffect, useRef, type ChangeEvent } from 'react';
import { t } from '@/lib/i18n';

export interface ExportBarProps {
  total: number;
  selected: number;
  /** Every listed clipping is ticked. */
  allSelected: boolean;
  busy: boolean;
  onSelectAll(): void;
  onExportZip(): void;
  onDeleteSelected(): void;
  /** Joins the ticked clippings into one (offered when two or more are ticked). */
  onMergeSelected?(): void;
  onBackup(): void;
  onImport(file: File): void;
}

export function ExportBar({ total, selected, allSelected, busy, onSelectAll, onExportZip, onDeleteSelected, onMergeSelected, onBackup, onImport }: ExportBarProps) {
  const selectAll = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = selected > 0 && !allSelected;
  }, [selected, allSelected]);

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires again.
    event.target.value = '';
    if (file) onImport(file);
  };

  return (
    <div className="export-bar">
      <label className="export-bar__select-all">
        <input ref={selectAll} type="checkbox" data-testid="select-all" checked={allSelected && total > 0} disabled={total === 0} onChange={onSelectAll} />
        <span data-testid="list-count">{selected > 0 ? t('selectedCount', { n: selected }) : t('listCount', { n: total })}</span>
      </label>
      <div className="export-bar__actions">
        <button type="button" className="button" data-testid="export-all" disabled={busy || total === 0} onClick={onExportZip}>
          {selected > 0 ? t('exportSelected') : t('exportAll')}
        </button>
        {selected > 0 && (
          <button type="button" className="button button--danger" data-testid="delete-selected" disabled={busy} onClick={onDeleteSelected}>
            {t('deleteSelected')}
          </button>
        )}
        {selected > 1 && onMergeSelected && (
          <button type="button" className="button" data-testid="merge-selected" title={t('mergeSelectedHint')} disabled={busy} onClick={onMergeSelected}>
            {t('mergeSelected')}
          </button>
        )}
        <button type="button" className="button button--quiet" data-testid="backup" disabled={busy} onClick={onBackup}>
          {t('backup')}
        </button>
        <label className={`button button--quiet export-bar__import${busy ? ' button--disabled' : ''}`}>
          <input type="file" className="visually-hidden" data-testid="import-file" accept=".json,application/json" disabled={busy} onChange={onFile} />
          {t('importBackup')}
        </label>
      </div>
    </div>
  );
}
