// Where a clipping's file lives in the sync folder: by year, then paper, then
// `YYYY-MM-DD 题名.md` (lib/export/file-name.ts makes each part safe on
// Windows, macOS and Linux). Undated or paperless clippings get folders of
// their own. Sync's own files are in `.jianbao/`, which notes apps hide.
import { safeFileName } from '../export/file-name';
import type { SyncRecord } from './record';

export const META_DIR = '.jianbao';
export const DEVICES_DIR = `${META_DIR}/devices`;
export const DAMAGED_DIR = `${META_DIR}/damaged`;
export const NO_DATE_DIR = '无日期';
export const NO_PAPER_DIR = '其他';

/** A folder name from free text (a paper's name): the same rules as file names, no extension. */
export function folderName(text: string | null, fallback: string): string {
  return safeFileName(null, text?.trim() || fallback, new Set(), '');
}

/** The folder of a clipping, relative to the sync folder, without a trailing slash. */
export function clippingFolder(r: Pick<SyncRecord, 'date' | 'source'>): string {
  const year = r.date ? r.date.slice(0, 4) : NO_DATE_DIR;
  return `${year}/${folderName(r.source, NO_PAPER_DIR)}`;
}

/**
 * The file for a clipping. `isTaken` says whether a lower-cased path is used
 * by another clipping; a clash gets the clipping's uid in the name, so the
 * name does not depend on which device saw which file first.
 */
export function clippingPath(r: SyncRecord, isTaken: (lowerCasePath: string) => boolean): string {
  const folder = clippingFolder(r);
  const plain = `${folder}/${safeFileName(r.date, r.title, new Set())}`;
  if (!isTaken(plain.toLowerCase())) return plain;
  return `${folder}/${safeFileName(r.date, `${r.title ?? '无题'} ${r.uid.slice(0, 8)}`, new Set())}`;
}

export const isClippingPath = (path: string) => path.endsWith('.md') && !path.startsWith(`${META_DIR}/`) && !path.split('/').some((p) => p.startsWith('.'));
