// The library's actions wired to the status bar: each one reports its result
// or its error there, so no failure is silent. File building and wording live
// in lib/library/actions.ts; this hook adds the download and the status text.
import { useMemo, useRef } from 'react';
import { deleteClippings, restoreClippings, updateClipping, type Clipping, type ClippingFilter, type ClippingPatch } from '@/lib/db';
import { importBackup } from '@/lib/export';
import { backupFile, importReport, markdownFile, zipFile, type ExportFile } from '@/lib/library/actions';
import { copyText, downloadFile } from '@/lib/library/download';
import { getUiLanguage, t } from '@/lib/i18n';
import type { StatusControls } from './library-status';

export interface LibraryActions {
  save(id: number, patch: ClippingPatch): Promise<boolean>;
  remove(ids: readonly number[]): Promise<void>;
  undo(): Promise<void>;
  exportMarkdown(clipping: Clipping): void;
  copyMarkdown(clipping: Clipping): Promise<void>;
  exportZip(choice: { ids: readonly number[] } | { filter: ClippingFilter }): Promise<void>;
  backup(): Promise<void>;
  importFile(file: File): Promise<void>;
}

const save = (file: ExportFile) => downloadFile(file.data as BlobPart, file.fileName, file.type);

export function useLibraryActions(
  status: StatusControls,
  hooks: { onDeleted(ids: readonly number[]): void; onRestored(records: readonly Clipping[]): void },
): LibraryActions {
  // The latest callbacks, so the memoised actions never call stale ones.
  const hooksRef = useRef(hooks);
  hooksRef.current = hooks;
  const statusRef = useRef(status);
  statusRef.current = status;

  return useMemo<LibraryActions>(() => {
    const report = () => statusRef.current;
    return {
      async save(id, patch) {
        try {
          await updateClipping(id, patch);
          report().info(t('statusSaved'));
          return true;
        } catch (error) {
          report().error(error);
          return false;
        }
      },
      async remove(ids) {
        if (ids.length === 0) return;
        try {
          const records = await deleteClippings(ids);
          hooksRef.current.onDeleted(records.map((c) => c.id));
          report().info(t('statusDeleted', { n: records.length }), { undo: records });
        } catch (error) {
          report().error(error);
        }
      },
      async undo() {
        const records = report().status?.undo;
        if (!records?.length) return;
        try {
          const n = await restoreClippings(records);
          report().info(t('statusRestored', { n }));
          hooksRef.current.onRestored(records);
        } catch (error) {
          report().error(error);
        }
      },
      exportMarkdown(clipping) {
        try {
          const file = markdownFile(clipping);
          save(file);
          report().info(t('statusExportedMd', { file: file.fileName }));
        } catch (error) {
          report().error(error);
        }
      },
      async copyMarkdown(clipping) {
        try {
          await copyText(markdownFile(clipping).data as string);
          report().info(t('statusCopied'));
        } catch (error) {
          report().error(error);
        }
      },
      async exportZip(choice) {
        try {
          report().busy(t('statusReading'));
          const file = await zipFile(choice, (done, total) => report().busy(t('statusExporting', { done, total }), { done, total }));
          if (file.count === 0) {
            report().info(t('statusNothingToExport'));
            return;
          }
          save(file);
          report().info(t('statusExportedZip', { n: file.count, file: file.fileName }));
        } catch (error) {
          report().error(error);
        }
      },
      async backup() {
        try {
          report().busy(t('statusReading'));
          const file = await backupFile();
          save(file);
          report().info(t('statusBackedUp', { n: file.count, file: file.fileName }));
        } catch (error) {
          report().error(error);
        }
      },
      async importFile(file) {
        try {
          report().busy(t('statusImporting', { file: file.name }));
          const result = await importBackup(file, {
            onProgress: ({ phase, done, total }) => {
              if (phase !== 'read') report().busy(t('statusImporting', { file: file.name }), { done, total });
            },
          });
          const { summary, details } = importReport(result, getUiLanguage());
          report().info(summary, { details });
        } catch (error) {
          report().error(error);
        }
      },
    };
  }, []);
}
