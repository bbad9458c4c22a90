// Backup: every clipping as one JSON file, and importing such a file back.
import { mergeClippings } from '../db/merge';
import type { Clipping, ImportedClipping, MergeResult } from '../db/types';
import { BackupError } from './backup-error';
import { checkBackupRecord } from './backup-record';

export const BACKUP_FORMAT_NAME = 'jianbao-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupFile {
  formatName: typeof BACKUP_FORMAT_NAME;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  /** ISO time. */
  exportedAt: string;
  count: number;
  clippings: Clipping[];
}

export interface ImportProgress {
  phase: 'read' | 'check' | 'write';
  done: number;
  total: number;
}

export interface ImportResult extends MergeResult {
  /** Records left out, by their index in the file's `clippings` array. */
  rejected: { index: number; reason: string }[];
}

export function makeBackup(clippings: readonly Clipping[], exportedAt: Date = new Date()): string {
  const file: BackupFile = {
    formatName: BACKUP_FORMAT_NAME,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: exportedAt.toISOString(),
    count: clippings.length,
    clippings: [...clippings],
  };
  return JSON.stringify(file);
}

/**
 * Cheap checks on both ends before reading and parsing everything: a big
 * foreign file is turned away without being read, and a cut-off backup (the
 * common failure: a download or copy that stopped early) without a slow
 * JSON.parse of tens of megabytes.
 */
async function readText(input: string | Blob): Promise<string> {
  const size = typeof input === 'string' ? input.length : input.size;
  const head = typeof input === 'string' ? input.slice(0, 1024) : await input.slice(0, 1024).text();
  if (!/^\ufeff?\s*[{["\d\-tfn]/.test(head)) throw new BackupError('not-json', 'the file does not start like JSON');
  const tail = typeof input === 'string' ? input.slice(Math.max(0, size - 1024)) : await input.slice(Math.max(0, size - 1024)).text();
  if (/^\ufeff?\s*\{/.test(head) && !/\}\s*$/.test(tail)) throw new BackupError('not-json', 'the file is cut short');
  return typeof input === 'string' ? input : input.text();
}

function parseBackup(text: string): { clippings: unknown[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (err) {
    throw new BackupError('not-json', err instanceof Error ? err.message : undefined, err);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new BackupError('not-backup', 'not a JSON object');
  const file = data as Record<string, unknown>;
  if (file.formatName !== BACKUP_FORMAT_NAME) throw new BackupError('not-backup', `formatName is ${JSON.stringify(file.formatName)}`);
  if (typeof file.formatVersion === 'number' && Number.isInteger(file.formatVersion) && file.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError('unsupported-version', `formatVersion ${file.formatVersion}`);
  }
  if (file.formatVersion !== BACKUP_FORMAT_VERSION) throw new BackupError('malformed', `formatVersion is ${JSON.stringify(file.formatVersion)}`);
  if (!Array.isArray(file.clippings)) throw new BackupError('malformed', '"clippings" is not an array');
  if (file.count !== undefined && file.count !== file.clippings.length) {
    throw new BackupError('malformed', `"count" says ${JSON.stringify(file.count)} but the file holds ${file.clippings.length}`);
  }
  return { clippings: file.clippings };
}

/**
 * Reads a backup (text or a File/Blob), checks every record, and merges the
 * good ones in one transaction (see mergeClippings for how duplicates are
 * matched). Bad records are reported in `rejected`; a file that is not a
 * backup at all throws BackupError, storage failures StorageError, and in
 * both cases nothing has been written.
 */
export async function importBackup(
  input: string | Blob,
  options: { onProgress?: (progress: ImportProgress) => void } = {},
): Promise<ImportResult> {
  const { onProgress } = options;
  onProgress?.({ phase: 'read', done: 0, total: 1 });
  const { clippings } = parseBackup(await readText(input));
  onProgress?.({ phase: 'read', done: 1, total: 1 });

  const good: ImportedClipping[] = [];
  const rejected: ImportResult['rejected'] = [];
  clippings.forEach((value, index) => {
    const check = checkBackupRecord(value);
    if (check.ok) good.push(check.record);
    else rejected.push({ index, reason: check.reason });
    onProgress?.({ phase: 'check', done: index + 1, total: clippings.length });
  });

  const merged = await mergeClippings(good, (done, total) => onProgress?.({ phase: 'write', done, total }));
  return { ...merged, rejected };
}
