// What the library's buttons do, short of touching the page: read the
// clippings, build the file, word the report. The components only add the
// download link and the status line.
import { db, listClippings, type Clipping, type ClippingFilter } from '../db';
import { withStorage } from '../db/run';
import { clippingToMarkdown, exportZip, makeBackup, safeFileName, type ImportResult } from '../export';
import { translate, type Language } from '../i18n';
import { datedFileName } from './download';
import { cleanFilter } from './list-ids';

export interface ExportFile {
  data: string | Uint8Array;
  fileName: string;
  type: string;
  count: number;
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

/** One clipping as a Markdown file named `YYYY-MM-DD 题名.md`. */
export function markdownFile(clipping: Clipping): ExportFile {
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
  const clippings = 'ids' in choice ? await readClippings(choice.ids) : await listClippings(cleanFilter(choice.filter));
  const data = await exportZip(clippings, onProgress);
  return { data, fileName: datedFileName('jianbao', '.zip'), type: 'application/zip', count: clippings.length };
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

/** Rejected records listed one by one up to this many; the rest are counted. */
export const MAX_REJECTIONS_LISTED = 5;

/** The import result in words: a summary line and one line per rejected record (numbered from 1, as people count). */
export function importReport(result: ImportResult, lang: Language): { summary: string; details: string[] } {
  const summary = translate(lang, 'statusImported', {
    added: result.added,
    updated: result.updated,
    unchanged: result.unchanged,
    rejected: result.rejected.length,
  });
  const details = result.rejected
    .slice(0, MAX_REJECTIONS_LISTED)
    .map(({ index, reason }) => translate(lang, 'importRejectedItem', { n: index + 1, reason }));
  const more = result.rejected.length - MAX_REJECTIONS_LISTED;
  if (more > 0) details.push(translate(lang, 'importRejectedMore', { n: more }));
  return { summary, details };
}
