// Backup: every clipping as one JSON file, and importing such a file back.
import { fnv1a64 } from '../db/content-hash';
import { countOutcomes, emptyMergeResult, MERGE_BATCH, mergeBatch, type MergeEntry, type MergeOutcome } from '../db/merge';
import type { Clipping, MergeResult } from '../db/types';
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
  /** read: the file; write: records checked and committed (done counts committed records only). */
  phase: 'read' | 'write';
  done: number;
  total: number;
}

export interface ImportResult extends MergeResult {
  /** Records left out, by their index in the file's `clippings` array. */
  rejected: { index: number; reason: string }[];
  /** Records taken after repairs (a field coerced, a future time clamped), and what was repaired. */
  repaired: { index: number; repairs: string[] }[];
  /** Records that left a local clipping as it was (保留本地) or were kept beside it (冲突). */
  notable: { index: number; status: Extract<MergeOutcome['status'], 'kept' | 'conflict'>; title: string | null }[];
  /** Records before this index were committed by an earlier, interrupted import of the same file, and skipped. */
  resumedFrom: number;
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

/** Where an interrupted import of a file stopped: records before it are committed. Kept by the page (localStorage). */
export interface ImportCheckpoints {
  read(key: string): number | undefined;
  write(key: string, next: number): void;
  clear(key: string): void;
}

/** Checkpoints in the page's localStorage (the side panel's), or in memory where there is none. */
export function pageCheckpoints(): ImportCheckpoints {
  const memory = new Map<string, number>();
  const store = typeof localStorage === 'undefined' ? null : localStorage;
  const name = (key: string) => `jianbao-import:${key}`;
  return {
    read: (key) => {
      const value = store ? Number(store.getItem(name(key)) ?? NaN) : (memory.get(key) ?? NaN);
      return Number.isSafeInteger(value) && value > 0 ? value : undefined;
    },
    write: (key, next) => (store ? store.setItem(name(key), String(next)) : void memory.set(key, next)),
    clear: (key) => (store ? store.removeItem(name(key)) : void memory.delete(key)),
  };
}

/** A file's identity for its checkpoint: length, record count, and a hash of both ends. */
function fileKey(text: string, count: number): string {
  const end = 64 * 1024;
  return `${text.length}:${count}:${fnv1a64(text.slice(0, end) + text.slice(-end))}`;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Records per transaction (MERGE_BATCH). */
  batchSize?: number;
  /** Where to remember how far an import got, so the same file imported again resumes there. */
  checkpoints?: ImportCheckpoints;
}

/**
 * Reads a backup (text or a File/Blob), checks every record (lib/db/validate.ts:
 * coerced and repaired, or rejected with the reason) and merges the good
 * ones without losing local work (lib/db/merge.ts), in batches of a few
 * thousand, each its own transaction: progress counts committed records only,
 * and an import cut off (the panel closed) keeps what it committed. With
 * `checkpoints`, importing the same file again starts after the last
 * committed batch. A file that is not a backup at all throws BackupError,
 * storage failures StorageError; then nothing more is written.
 */
export async function importBackup(input: string | Blob, options: ImportOptions = {}): Promise<ImportResult> {
  const { onProgress, batchSize = MERGE_BATCH, checkpoints } = options;
  onProgress?.({ phase: 'read', done: 0, total: 1 });
  const text = await readText(input);
  const { clippings } = parseBackup(text);
  onProgress?.({ phase: 'read', done: 1, total: 1 });

  const key = fileKey(text, clippings.length);
  const resumedFrom = Math.min(checkpoints?.read(key) ?? 0, clippings.length);
  const result: ImportResult = { ...emptyMergeResult(), rejected: [], repaired: [], notable: [], resumedFrom };
  const now = Date.now();
  onProgress?.({ phase: 'write', done: resumedFrom, total: clippings.length });
  for (let start = resumedFrom; start < clippings.length; start += batchSize) {
    const entries: MergeEntry[] = [];
    const indexes: number[] = [];
    clippings.slice(start, start + batchSize).forEach((value, i) => {
      const index = start + i;
      const check = checkBackupRecord(value, now);
      if (!check.ok) return void result.rejected.push({ index, reason: check.reason });
      if (check.repairs.length) result.repaired.push({ index, repairs: check.repairs });
      entries.push({ record: check.record, clampedTime: check.repairs.some((r) => r.includes('in the future')) });
      indexes.push(index);
    });
    const outcomes = await mergeBatch(entries);
    countOutcomes(outcomes, result);
    outcomes.forEach((o, i) => {
      if (o.status === 'conflict' || o.status === 'kept') result.notable.push({ index: indexes[i], status: o.status, title: o.title });
    });
    const done = Math.min(start + batchSize, clippings.length);
    checkpoints?.write(key, done);
    onProgress?.({ phase: 'write', done, total: clippings.length });
  }
  checkpoints?.clear(key);
  return result;
}
