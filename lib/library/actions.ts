// What the library's buttons do, short of touching the page: read the
// clippings, build the file, word the report. The components only add the
// download link and the status line.
import { db, listClippings, listQuarantined, type Clipping, type ClippingFilter } from '../db';
import { withStorage } from '../db/run';
import { clippingToMarkdown, exportZip, makeBackup, makeQuarantineExport, safeFileName, type ImportResult, type SkippedClipping } from '../export';
import { getUiLanguage, translate, type Language } from '../i18n';
import { toValidStoredClipping } from '../db/validate';
import { datedFileName } from './download';
import { listClippingIds } from './list-ids';

export interface ExportFile {
  data: string | Uint8Array;
  fileName: string;
  type: string;
  /** Clippings in the file. */
  count: number;
  /** Clippings left out because their records are damaged (zip only). */
  skipped?: SkippedClipping[];
}

/** Ids per bulkGet: large enough to be quick, small enough to report progress. */
const READ_BATCH = 500;

/** Full records for `ids`, in that order; ids deleted meanwhile are skipped. */
export async function readClippings(ids: readonly number[], onProgress?: (done: number, total: number) => void): Promise<Clipping[]> {
  const out: Clipping[] = [];
  for (let i = 0; i < ids.length; i += READ_BATCH) {
    const batch = ids.slice(i, i + READ_BATCH);
    const rows = await withStorage(() => db.clippings.bulkGet(batch));
    for (const row of rows) if (row) out.push(row);
    onProgress?.(Math.min(i + READ_BATCH, ids.length), ids.length);
  }
  return out;
}

/** The zip's damaged records in words, a few of them. */
export function skippedReport(skipped: readonly SkippedClipping[], lang: Language): string[] {
  const lines = skipped
    .slice(0, MAX_REJECTIONS_LISTED)
    .map(({ id, title, reason }) => translate(lang, 'exportSkippedItem', { id: String(id), title: title ?? translate(lang, 'untitled'), reason }));
  if (skipped.length > MAX_REJECTIONS_LISTED) lines.push(translate(lang, 'importNotableMore', { n: skipped.length - MAX_REJECTIONS_LISTED }));
  return lines;
}

/** One clipping as a Markdown file named `YYYY-MM-DD 题名.md`; a damaged record is exported as the checks repair it, or refused. */
export function markdownFile(raw: Clipping): ExportFile {
  const clipping = toValidStoredClipping(raw);
  if (!clipping) throw new Error(translate(getUiLanguage(), 'recordDamaged'));
  return {
    data: clippingToMarkdown(clipping),
    fileName: safeFileName(clipping.date, clipping.title, new Set()),
    type: 'text/markdown;charset=utf-8',
    count: 1,
  };
}

/**
 * The chosen clippings (by id, in list order) or, when none are chosen, all
 * that match the filter, as a zip of Markdown files.
 */
export async function zipFile(
  choice: { ids: readonly number[] } | { filter: ClippingFilter },
  onProgress?: (done: number, total: number) => void,
): Promise<ExportFile> {
  // By filter: the list's own ids, so a paper's every stored name is in the zip (as in the list).
  const clippings = await readClippings('ids' in choice ? choice.ids : await listClippingIds(choice.filter));
  const skipped: SkippedClipping[] = [];
  const data = await exportZip(clippings, onProgress, (s) => skipped.push(s));
  return { data, fileName: datedFileName('jianbao', '.zip'), type: 'application/zip', count: clippings.length - skipped.length, skipped };
}

/** Every clipping, whatever the filter: a backup is the whole library. */
export async function backupFile(now: Date = new Date()): Promise<ExportFile> {
  const clippings = await listClippings();
  return {
    data: makeBackup(clippings, now),
    fileName: datedFileName('jianbao-backup', '.json', now),
    type: 'application/json',
    count: clippings.length,
  };
}

/** The records the upgrade set aside, raw, with their reasons: nothing of them is lost. */
export async function quarantineFile(now: Date = new Date()): Promise<ExportFile> {
  const rows = await listQuarantined();
  return {
    data: makeQuarantineExport(rows, now),
    fileName: datedFileName('jianbao-quarantine', '.json', now),
    type: 'application/json',
    count: rows.length,
  };
}

/** Rejected records listed one by one up to this many; the rest are counted. */
export const MAX_REJECTIONS_LISTED = 5;

/** The import result in words: a summary line, then conflicts, records kept local, repairs and rejections, a few of each (numbered from 1, as people count). */
export function importReport(result: ImportResult, lang: Language): { summary: string; details: string[] } {
  const summary = translate(lang, 'statusImported', {
    added: result.added,
    updated: result.updated,
    kept: result.kept,
    conflicts: result.conflicts,
    unchanged: result.unchanged,
    rejected: result.rejected.length,
  });
  const details: string[] = [];
  if (result.resumedFrom > 0) details.push(translate(lang, 'importResumed', { n: result.resumedFrom }));
  const listed = <T>(items: readonly T[], line: (item: T) => string, more: 'importRejectedMore' | 'importNotableMore') => {
    details.push(...items.slice(0, MAX_REJECTIONS_LISTED).map(line));
    if (items.length > MAX_REJECTIONS_LISTED) details.push(translate(lang, more, { n: items.length - MAX_REJECTIONS_LISTED }));
  };
  const untitled = translate(lang, 'untitled');
  const notable = (status: 'conflict' | 'kept') => result.notable.filter((n) => n.status === status);
  listed(notable('conflict'), ({ index, title }) => translate(lang, 'importConflictItem', { n: index + 1, title: title ?? untitled }), 'importNotableMore');
  listed(notable('kept'), ({ index, title }) => translate(lang, 'importKeptItem', { n: index + 1, title: title ?? untitled }), 'importNotableMore');
  listed(result.repaired, ({ index, repairs }) => translate(lang, 'importRepairedItem', { n: index + 1, repairs: repairs.join('; ') }), 'importNotableMore');
  listed(result.rejected, ({ index, reason }) => translate(lang, 'importRejectedItem', { n: index + 1, reason }), 'importRejectedMore');
  return { summary, details };
}
