// What sync remembers on this device, in its own IndexedDB database (the
// library's database is lib/db's; sync writes clippings only through its
// functions). Losing this database loses no clipping: the next sync links
// local clippings to the folder's files again by their content.
import Dexie, { type EntityTable } from 'dexie';
import type { FieldHashes } from './record';

export const SYNC_DB_NAME = 'jianbao-sync';

/** A local clipping's stable id (uid), given when sync or the mirror first meets it. */
export interface Link {
  localId: number;
  uid: string;
}

/** The last version both this device and the folder agreed on, per clipping. */
export interface Entry {
  uid: string;
  /** File path relative to the sync folder, and the server's ETag for it (null: not known, read it again). */
  path: string;
  etag: string | null;
  hashes: FieldHashes;
  tags: string[];
  recordHash: string;
  conflictOf?: string;
  /**
   * The local clipping's updatedAt and contentHash when it was last synced:
   * while both are the same it has not changed, and is not read field by
   * field (an idle sync of 10,000 clippings hashes none of them).
   */
  localUpdatedAt?: number;
  localContentHash?: string;
}

export interface Tombstone {
  uid: string;
  /** Epoch ms. */
  deletedAt: number;
}

/** One file of `.jianbao/devices/`, as last read. */
export interface DeviceFile {
  path: string;
  etag: string | null;
  tombstones: Tombstone[];
}

/** The mirror's record of what it wrote (lib/sync/mirror.ts). */
export interface MirrorEntry {
  uid: string;
  path: string;
  recordHash: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export type SyncDatabase = Dexie & {
  links: EntityTable<Link, 'localId'>;
  entries: EntityTable<Entry, 'uid'>;
  devices: EntityTable<DeviceFile, 'path'>;
  mirror: EntityTable<MirrorEntry, 'uid'>;
  meta: EntityTable<MetaRow, 'key'>;
};

export function openSyncDatabase(name = SYNC_DB_NAME): SyncDatabase {
  const sdb = new Dexie(name) as SyncDatabase;
  sdb.version(1).stores({ links: 'localId, &uid', entries: 'uid, path', devices: 'path', mirror: 'uid', meta: 'key' });
  return sdb;
}

let shared: SyncDatabase | null = null;
export const syncDb = (): SyncDatabase => (shared ??= openSyncDatabase());

export async function getMeta<T>(sdb: SyncDatabase, key: string): Promise<T | undefined> {
  return (await sdb.meta.get(key))?.value as T | undefined;
}

export async function setMeta(sdb: SyncDatabase, key: string, value: unknown): Promise<void> {
  await sdb.meta.put({ key, value });
}
