// The library's actions wired to the status bar: each one reports its result
// or its error there, so no failure is silent. File building and wording live
// in lib/library/actions.ts; this hook adds the download and the status text.
import { useMemo, useRef } from 'react';
import { deleteClippings, EditConflictError, getClipping, restoreClippings, saveClipping, updateClipping, type Clipping, type ClippingFilter, type ClippingPatch } from '@/lib/db';
import { inPageOrder, mergeClippingArticles, repairClipping, splitClipping } from '@/lib/library/repair-clipping';
import type { RepairAction } from '@/lib/repair';
import { importBackup, pageCheckpoints } from '@/lib/export';
import { backupFile, importReport, markdownFile, quarantineFile, skippedReport, zipFile, type ExportFile } from '@/lib/library/actions';
import { copyText, downloadFile } from '@/lib/library/download';
import { getUiLanguage, t } from '@/lib/i18n';
import type { StatusControls } from './library-status';

export interface LibraryActions {
  /** `startedFrom`: the version (updatedAt) the edit began from; a newer one stored meanwhile refuses it, saying what it holds. */
  /** True once saved; false where it failed; where refused as over a newer version, that version (its updatedAt). */
  save(id: number, patch: ClippingPatch, startedFrom?: number): Promise<boolean | { over: number }>;
  remove(ids: readonly number[]): Promise<void>;
  undo(): Promise<void>;
  exportMarkdown(clipping: Clipping): void;
  copyMarkdown(clipping: Clipping): Promise<void>;
  exportZip(choice: { ids: readonly number[] } | { filter: ClippingFilter }): Promise<void>;
  backup(): Promise<void>;
  /** Downloads the records the upgrade set aside, as JSON. */
  exportQuarantine(): Promise<void>;
  importFile(file: File): Promise<void>;
  /** A repair of one clipping's lines (promote a line to title or byline…); Undo puts it back. */
  repair(clipping: Clipping, action: RepairAction): Promise<void>;
  /** Splits a clipping before block `block`; resolves to the new clipping's id (null when nothing was split). */
  split(clipping: Clipping, block: number): Promise<number | null>;
  /** Joins clippings into the first saved of them; the others are deleted. Undo brings all back. */
  merge(ids: readonly number[]): Promise<number | null>;
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
    const ownVersions = new Map<number, number[]>();
    // Saves of one clipping run one after another: a note saved while the tags'
    // save is still being written must know the version that save makes, or it
    // would be refused as an edit over someone else's (Enter in tags, then at
    // once the note).
    const pending = new Map<number, Promise<unknown>>();
    const inTurn = <T,>(id: number, task: () => Promise<T>): Promise<T> => {
      const run = (pending.get(id) ?? Promise.resolve()).then(task, task);
      pending.set(id, run);
      void run.finally(() => {
        if (pending.get(id) === run) pending.delete(id);
      });
      return run;
    };
    return {
      save: (id, patch, startedFrom) => inTurn(id, async () => {
        try {
          // Versions this page wrote itself are no conflict (tags then note, saved in turn from one reader).
          const mine = ownVersions.get(id) ?? [];
          const saved = await updateClipping(id, patch, startedFrom === undefined ? undefined : [startedFrom, ...mine]);
          if (saved) ownVersions.set(id, [...mine.slice(-20), saved.updatedAt]);
          report().info(t('statusSaved'));
          return true;
        } catch (error) {
          if (error instanceof EditConflictError) {
            // Both versions on screen: theirs in the status bar, mine still in the field; saving again keeps mine.
            const key = Object.keys(patch)[0] as keyof Clipping;
            const theirs = error.current[key];
            report().info(t('editConflict', { theirs: Array.isArray(theirs) ? theirs.join('，') : String(theirs ?? '') }));
            return { over: error.current.updatedAt };
          }
          report().error(error);
          return false;
        }
      }),
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
        const added = report().status?.undoRemove;
        if (!records?.length) return;
        try {
          if (added?.length) await deleteClippings(added);
          const n = await restoreClippings(records);
          // undoRemove is set (maybe empty) only for repairs.
          report().info(added ? t('statusRepairUndone') : t('statusRestored', { n }));
          hooksRef.current.onRestored(records);
        } catch (error) {
          report().error(error);
        }
      },
      // A repair or a split is worked out from the version on screen: carried with it, so one over a
      // newer version (another panel's edit) is refused, not written over it (issue 12, lost update).
      async repair(clipping, action) {
        const repaired = repairClipping(clipping, action);
        if (!repaired) return;
        try {
          await updateClipping(clipping.id, repaired, clipping.updatedAt);
          report().info(t('statusRepaired'), { undo: [clipping], undoRemove: [] });
        } catch (error) {
          if (error instanceof EditConflictError) report().info(t('repairConflict'));
          else report().error(error);
        }
      },
      async split(clipping, block) {
        const parts = splitClipping(clipping, block);
        if (!parts) return null;
        try {
          await updateClipping(clipping.id, parts.first, clipping.updatedAt);
          // Saved without the url first: a url shared with an untitled article would read as the same article (lib/db/dedupe.ts).
          const { clipping: second } = await saveClipping({ ...parts.second, url: null, source: clipping.source, date: clipping.date, page: clipping.page, tags: clipping.tags });
          if (clipping.url) await updateClipping(second.id, { url: clipping.url });
          report().info(t('statusSplit'), { undo: [clipping], undoRemove: [second.id] });
          return second.id;
        } catch (error) {
          if (error instanceof EditConflictError) report().info(t('repairConflict'));
          else report().error(error);
          return null;
        }
      },
      async merge(ids) {
        try {
          const found = (await Promise.all(ids.map((id) => getClipping(id)))).filter((c): c is Clipping => c !== undefined);
          const ordered = inPageOrder(found);
          const joined = mergeClippingArticles(ordered);
          if (!joined) return null;
          const [first, ...rest] = ordered;
          await updateClipping(first.id, { ...joined, tags: [...new Set(ordered.flatMap((c) => c.tags))], note: ordered.map((c) => c.note).filter(Boolean).join('\n\n') });
          await deleteClippings(rest.map((c) => c.id));
          hooksRef.current.onDeleted(rest.map((c) => c.id));
          report().info(t('statusMerged', { n: ordered.length }), { undo: ordered, undoRemove: [] });
          return first.id;
        } catch (error) {
          report().error(error);
          return null;
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
          if (file.count === 0 && !file.skipped?.length) {
            report().info(t('statusNothingToExport'));
            return;
          }
          save(file);
          const skipped = file.skipped ?? [];
          if (skipped.length === 0) report().info(t('statusExportedZip', { n: file.count, file: file.fileName }));
          else {
            report().info(t('statusExportedZipSkipped', { n: file.count, file: file.fileName, skipped: skipped.length }), {
              details: skippedReport(skipped, getUiLanguage()),
            });
          }
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
      async exportQuarantine() {
        try {
          const file = await quarantineFile();
          save(file);
          report().info(t('statusQuarantineExported', { n: file.count, file: file.fileName }));
        } catch (error) {
          report().error(error);
        }
      },
      async importFile(file) {
        // Closing the page mid-import stops it (each committed batch stays; the same file resumes): say so first.
        const warn = (event: BeforeUnloadEvent) => {
          event.preventDefault();
          event.returnValue = t('importRunning');
          return t('importRunning');
        };
        window.addEventListener('beforeunload', warn);
        try {
          report().busy(t('statusImporting', { file: file.name }));
          const result = await importBackup(file, {
            checkpoints: pageCheckpoints(),
            onProgress: ({ phase, done, total }) => {
              if (phase !== 'read') report().busy(t('statusImporting', { file: file.name }), { done, total });
            },
          });
          const { summary, details } = importReport(result, getUiLanguage());
          report().info(summary, { details });
        } catch (error) {
          report().error(error);
        } finally {
          window.removeEventListener('beforeunload', warn);
        }
      },
    };
  }, []);
}
