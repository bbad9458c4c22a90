// The library written one way into a local folder (a notes vault, picked
// with the File System Access API's showDirectoryPicker): the same files as
// sync writes, kept up to date. Only files the mirror wrote itself are
// replaced or removed; nothing is ever read back from the folder.
import { listClippings } from '../db';
import { clippingFile } from './file-format';
import { clippingPath } from './paths';
import { newUid, recordFromClipping, recordHash } from './record';
import { getMeta, type SyncDatabase } from './state';

/** The part of FileSystemDirectoryHandle the mirror uses (a Node folder in tests). */
export interface MirrorDirectory {
  readonly name: string;
  getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<MirrorDirectory>;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<{ createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }> }>;
  removeEntry(name: string): Promise<void>;
}

export interface MirrorReport {
  written: number;
  removed: number;
  unchanged: number;
}

/** True where the browser can write into a folder the person picks. */
export const canMirror = (): boolean => typeof (globalThis as { showDirectoryPicker?: unknown }).showDirectoryPicker === 'function';

async function folderOf(root: MirrorDirectory, path: string, create: boolean): Promise<MirrorDirectory> {
  let dir = root;
  for (const part of path.split('/').slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create });
  return dir;
}

async function writeFile(root: MirrorDirectory, path: string, text: string): Promise<void> {
  const dir = await folderOf(root, path, true);
  const file = await dir.getFileHandle(path.split('/').pop()!, { create: true });
  const out = await file.createWritable();
  await out.write(text);
  await out.close();
}

async function removeFile(root: MirrorDirectory, path: string): Promise<void> {
  try {
    const dir = await folderOf(root, path, false);
    await dir.removeEntry(path.split('/').pop()!);
  } catch (err) {
    if ((err as { name?: string }).name !== 'NotFoundError') throw err; // removed by hand already
  }
}

export async function mirrorLibrary(root: MirrorDirectory, sdb: SyncDatabase, onProgress?: (done: number, total: number) => void): Promise<MirrorReport> {
  const report: MirrorReport = { written: 0, removed: 0, unchanged: 0 };
  const clippings = await listClippings();
  const links = new Map((await sdb.links.toArray()).map((l) => [l.localId, l.uid]));
  const fresh = clippings.filter((c) => !links.has(c.id)).map((c) => ({ localId: c.id, uid: newUid() }));
  if (fresh.length) {
    await sdb.links.bulkPut(fresh);
    for (const l of fresh) links.set(l.localId, l.uid);
  }
  const written = new Map((await sdb.mirror.toArray()).map((m) => [m.uid, m]));
  const entries = new Map((await sdb.entries.toArray()).map((e) => [e.uid, e]));
  // Files that stay as they are keep their names; changed ones are named around them.
  const used = new Set<string>();
  const live = new Set<string>();
  const changed: { uid: string; record: ReturnType<typeof recordFromClipping>; hash: string }[] = [];
  for (const c of clippings) {
    const uid = links.get(c.id)!;
    live.add(uid);
    const record = recordFromClipping(c, uid, entries.get(uid)?.conflictOf);
    const hash = recordHash(record);
    const before = written.get(uid);
    if (before && before.recordHash === hash) {
      used.add(before.path.toLowerCase());
      report.unchanged++;
    } else changed.push({ uid, record, hash });
  }
  let done = report.unchanged;
  for (const { uid, record, hash } of changed) {
    const before = written.get(uid);
    const path = clippingPath(record, (p) => used.has(p));
    used.add(path.toLowerCase());
    await writeFile(root, path, clippingFile(record));
    if (before && before.path !== path) await removeFile(root, before.path);
    await sdb.mirror.put({ uid, path, recordHash: hash });
    report.written++;
    onProgress?.(++done, clippings.length);
  }
  for (const [uid, m] of written) {
    if (live.has(uid)) continue;
    await removeFile(root, m.path);
    await sdb.mirror.delete(uid);
    report.removed++;
  }
  return report;
}

/** The folder picked for the mirror, if any (a FileSystemDirectoryHandle kept in IndexedDB). */
export const mirrorFolder = (sdb: SyncDatabase) => getMeta<MirrorDirectory>(sdb, 'mirrorFolder');
