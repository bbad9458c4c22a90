// Two-way sync of the library with a folder of Markdown files (remote.ts).
//
// Each run: read the local library and the folder's listing (one PROPFIND),
// read only the files whose ETag changed, decide per clipping against the
// last version both sides agreed on (state.ts), then write the library
// through lib/db (which indexes every write), push files, and delete. Every
// step that finishes is recorded at once, so a run cut off half way (server
// down, 507, a closed panel) resumes where it stopped and repeats nothing
// that would lose a change. The rules:
//   - changed on one side: that side's version goes to the other;
//   - changed on both: merged field by field (merge.ts); a field both
//     changed keeps the later value, and the other version becomes a
//     conflict copy, tagged CONFLICT_TAG, so both are in the library;
//   - deleted on one side: the file is deleted and a tombstone written
//     (devices.ts); the other side deletes its copy only if it did not
//     change it since, else the edit wins and the clipping comes back;
//   - a file that vanished without a tombstone is written again;
//   - a file that cannot be read (broken YAML, cut off) is copied to
//     .jianbao/damaged/ and written again from the library.
import { contentHash } from '../db/content-hash';
import { deleteClippings, putClippings, type PutClipping } from '../db';
import type { Clipping } from '../db/types';
import { SyncError } from './errors';
import { devicePath, deviceFileText, isDevicePath, readDeviceFile } from './devices';
import { clippingFile, readClippingFile } from './file-format';
import { mergeRecords, type SyncBase } from './merge';
import { loadClippings, localVersions, type LocalVersion } from './local';
import { clippingPath, DAMAGED_DIR, isClippingPath } from './paths';
import { runPool } from './pool';
import { fieldHashes, newUid, recordFromClipping, recordHash, type SyncRecord } from './record';
import type { Remote, RemoteFile } from './remote';
import { getMeta, setMeta, syncDb, type Entry, type SyncDatabase, type Tombstone } from './state';

/** The tag a conflict copy carries, so the library can show both versions. */
export const CONFLICT_TAG = '同步冲突';

export type SyncPhase = 'list' | 'read' | 'write' | 'push' | 'delete' | 'done';

export interface SyncProgress {
  phase: SyncPhase;
  done: number;
  total: number;
}

export interface SyncReport {
  /** Clippings written into the library (new or changed). */
  pulled: number;
  /** Files written to the folder. */
  pushed: number;
  deletedLocal: number;
  deletedRemote: number;
  /** Conflict copies made in this run. */
  conflicts: number;
  /** Files not overwritten or deleted because another device changed them during this run (the next sync merges them). */
  skipped: number;
  /** Files that could not be read, with why, and where their text was kept. */
  damaged: { path: string; reason: string; keptAs: string | null }[];
  requests: number;
  ms: number;
}

export interface SyncOptions {
  remote: Remote;
  sdb?: SyncDatabase;
  onProgress?(progress: SyncProgress): void;
  /** Requests in flight at once. */
  concurrency?: number;
  now?(): number;
}

interface RemoteSide {
  path: string;
  etag: string | null;
  /** Undefined when the file is as the entry remembers it (same path and ETag): not read. */
  record?: SyncRecord;
}

interface Damaged {
  file: RemoteFile;
  text: string;
  reason: string;
}

const baseOf = (e: Entry): SyncBase => ({ hashes: e.hashes, tags: e.tags });

function entryFor(r: SyncRecord, path: string, etag: string | null, local: Pick<Clipping, 'id' | 'updatedAt' | 'contentHash'>): Entry & { localId: number } {
  const hashes = fieldHashes(r);
  return {
    uid: r.uid, path, etag, hashes, tags: r.tags, recordHash: recordHash(r, hashes), conflictOf: r.conflictOf,
    localUpdatedAt: local.updatedAt, localContentHash: local.contentHash, localId: local.id,
  };
}

/** True when the clipping is as it was at the last sync (same write time and text), without hashing it. */
const untouched = (e: Entry, c: LocalVersion) => e.localUpdatedAt === c.updatedAt && e.localContentHash === c.contentHash;

function toPut(r: SyncRecord, id?: number, expectUpdatedAt?: number): PutClipping {
  const { uid: _uid, conflictOf: _c, corrections, ...fields } = r;
  return { ...fields, ...(corrections.length ? { corrections } : {}), id, expectUpdatedAt };
}

/** A loose key for linking two copies of one article never synced together (same text, compatible urls). */
const adoptKey = (r: Pick<SyncRecord, 'title' | 'blocks'>) => contentHash(r.title, r.blocks);

/** Links local clippings to uids; a uid linked to another clipping before is moved (uids are unique). */
async function putLinks(sdb: SyncDatabase, links: { localId: number; uid: string }[]): Promise<void> {
  if (!links.length) return;
  await sdb.links.where('uid').anyOf(links.map((l) => l.uid)).delete();
  await sdb.links.bulkPut(links);
}

export async function ensureDeviceId(sdb: SyncDatabase): Promise<string> {
  let id = await getMeta<string>(sdb, 'deviceId');
  if (!id) {
    id = newUid();
    await setMeta(sdb, 'deviceId', id);
  }
  return id;
}

let running = false;

export async function syncOnce(options: SyncOptions): Promise<SyncReport> {
  if (running) throw new SyncError('busy', 'a sync is already running');
  running = true;
  try {
    return await runSync(options);
  } finally {
    running = false;
  }
}

async function runSync({ remote, sdb = syncDb(), onProgress, concurrency = 6, now = Date.now }: SyncOptions): Promise<SyncReport> {
  const started = Date.now();
  const requestsBefore = remote.requests;
  const report: SyncReport = { pulled: 0, pushed: 0, deletedLocal: 0, deletedRemote: 0, conflicts: 0, skipped: 0, damaged: [], requests: 0, ms: 0 };
  const progress = (phase: SyncPhase, done: number, total: number) => onProgress?.({ phase, done, total });
  const deviceId = await ensureDeviceId(sdb);

  // 1. The library (ids, times and hashes only) and what this device remembers.
  progress('list', 0, 1);
  const localById = await localVersions();
  const links = await sdb.links.toArray();
  const uidByLocal = new Map(links.map((l) => [l.localId, l.uid]));
  const localByUid = new Map<string, LocalVersion>();
  for (const l of links) {
    const c = localById.get(l.localId);
    if (c) localByUid.set(l.uid, c);
  }
  const entries = new Map((await sdb.entries.toArray()).map((e) => [e.uid, e]));
  const entryByPath = new Map([...entries.values()].map((e) => [e.path, e]));

  // 2. The folder.
  const files = await remote.list();
  progress('list', 1, 1);
  const clippingFiles = files.filter((f) => isClippingPath(f.path));

  // 3. Tombstones, from every device's file that changed since it was read.
  const tombstones = new Map<string, number>();
  const ownPath = devicePath(deviceId);
  let ownTombstones = (await getMeta<Tombstone[]>(sdb, 'tombstones')) ?? [];
  for (const f of files.filter((x) => isDevicePath(x.path))) {
    const cached = await sdb.devices.get(f.path);
    let list = cached?.tombstones ?? [];
    if (!cached || cached.etag === null || cached.etag !== f.etag) {
      const { text } = await remote.get(f.path);
      list = readDeviceFile(text);
      await sdb.devices.put({ path: f.path, etag: f.etag, tombstones: list });
    }
    for (const t of list) tombstones.set(t.uid, Math.max(t.deletedAt, tombstones.get(t.uid) ?? 0));
  }
  for (const t of ownTombstones) tombstones.set(t.uid, Math.max(t.deletedAt, tombstones.get(t.uid) ?? 0));

  // 4. Read the files that are new or changed.
  const remoteByUid = new Map<string, RemoteSide>();
  const toRead: RemoteFile[] = [];
  for (const f of clippingFiles) {
    const e = entryByPath.get(f.path);
    if (e && e.etag !== null && e.etag === f.etag && !remoteByUid.has(e.uid)) remoteByUid.set(e.uid, { path: f.path, etag: f.etag });
    else toRead.push(f);
  }
  const damaged: Damaged[] = [];
  const strays: RemoteSide[] = [];
  let read = 0;
  progress('read', 0, toRead.length);
  await runPool(toRead, concurrency, async (f) => {
    const { text, etag } = await remote.get(f.path);
    const file = { path: f.path, etag: etag ?? f.etag };
    const parsed = readClippingFile(text);
    if (parsed.ok) {
      const side: RemoteSide = { ...file, record: parsed.record };
      const other = remoteByUid.get(parsed.record.uid);
      // Two files for one clipping (a rename cut off half way, a copy made by hand): the one
      // the entry does not know, or the later one, is the clipping; the other is a stray.
      if (!other) remoteByUid.set(parsed.record.uid, side);
      else if (entries.get(parsed.record.uid)?.path === other.path || (other.record && other.record.updatedAt >= parsed.record.updatedAt)) strays.push(side);
      else {
        strays.push(other);
        remoteByUid.set(parsed.record.uid, side);
      }
    } else if (parsed.ours) {
      damaged.push({ file, text, reason: parsed.reason });
    }
    progress('read', ++read, toRead.length);
  });

  // 5. Decide.
  const writes: { put: PutClipping; record: SyncRecord; then: 'link' | 'push'; path?: string; etag?: string | null; isCopy?: boolean }[] = [];
  const pushes: { record: SyncRecord; local: LocalVersion; oldPath: string | null; ifMatch: string | null }[] = [];
  const localDeletes: { uid: string; localId: number }[] = [];
  const remoteDeletes: { uid: string; path: string; etag: string | null }[] = [];
  const dropEntries: string[] = [];
  const entryUpdates: (Entry & { localId: number })[] = [];
  const damagedByUid = new Map<string, Damaged>();
  for (const d of damaged) {
    const e = entryByPath.get(d.file.path);
    if (e && !remoteByUid.has(e.uid)) damagedByUid.set(e.uid, d);
    report.damaged.push({ path: d.file.path, reason: d.reason, keptAs: null });
  }

  // Whole records are read only for clippings changed here since the last sync,
  // met for the first time, or whose file has to be written again.
  const needed: number[] = [];
  for (const [uid, entry] of entries) {
    const local = localByUid.get(uid);
    if (!local) continue;
    const gone = !remoteByUid.has(uid);
    if (!untouched(entry, local) || (gone && (damagedByUid.has(uid) || !tombstones.has(uid)))) needed.push(local.id);
  }
  for (const local of localById.values()) {
    const linkedUid = uidByLocal.get(local.id);
    if (!linkedUid || !entries.has(linkedUid)) needed.push(local.id);
  }
  const fullById = await loadClippings(needed);
  for (const id of needed) {
    if (fullById.has(id)) continue;
    // Deleted here since it was listed: a deletion like any other.
    localById.delete(id);
    const uid = uidByLocal.get(id);
    if (uid) localByUid.delete(uid);
  }
  const full = (local: LocalVersion): Clipping => {
    const c = fullById.get(local.id);
    if (!c) throw new Error(`sync: clipping ${local.id} was not read`); // a bug in \`needed\`, not a state of the data
    return c;
  };

  const conflictCopy = (loser: SyncRecord, of: string): SyncRecord => ({
    ...loser,
    uid: newUid(),
    tags: [...loser.tags.filter((t) => t !== CONFLICT_TAG), CONFLICT_TAG],
    conflictOf: of,
    updatedAt: now(),
  });

  const handled = new Set<string>();
  for (const [uid, entry] of entries) {
    handled.add(uid);
    const local = localByUid.get(uid);
    const remoteSide = remoteByUid.get(uid);
    const quiet = !!local && untouched(entry, local);
    // The record pushed and the version remembered come from the same read of the clipping.
    const whole = local && !quiet ? full(local) : undefined;
    const localRec = whole ? recordFromClipping(whole, uid, entry.conflictOf) : null;
    const localChanged = !!local && !quiet && !!localRec && recordHash(localRec) !== entry.recordHash;
    const remoteRec = remoteSide?.record ?? null;
    const remoteChanged = !!remoteRec && recordHash(remoteRec) !== entry.recordHash;
    const damagedFile = damagedByUid.get(uid);

    if (local) {
      if (remoteSide) {
        if (!localChanged && !remoteChanged) {
          if (remoteSide.path !== entry.path || remoteSide.etag !== entry.etag) {
            entryUpdates.push({ ...entry, path: remoteSide.path, etag: remoteSide.etag, localUpdatedAt: local.updatedAt, localContentHash: local.contentHash, localId: local.id });
          }
        } else if (localChanged && !remoteChanged && localRec) {
          pushes.push({ record: localRec, local: whole ?? local, oldPath: remoteSide.path, ifMatch: remoteSide.etag });
        } else if (!localChanged && remoteRec) {
          writes.push({ put: toPut(remoteRec, local.id, local.updatedAt), record: remoteRec, then: 'link', path: remoteSide.path, etag: remoteSide.etag });
        } else if (remoteRec && localRec) {
          const { merged, loser, conflicts } = mergeRecords(baseOf(entry), localRec, remoteRec);
          writes.push({ put: toPut(merged, local.id, local.updatedAt), record: merged, then: 'push', path: remoteSide.path, etag: remoteSide.etag });
          if (conflicts.length && loser) {
            const copy = conflictCopy(loser, uid); // one copy: each call draws a new uid
            writes.push({ put: toPut(copy), record: copy, then: 'push', isCopy: true });
          }
        }
      } else if (damagedFile) {
        pushes.push({ record: localRec ?? recordFromClipping(full(local), uid, entry.conflictOf), local: full(local), oldPath: damagedFile.file.path, ifMatch: null });
      } else if (tombstones.has(uid) && !localChanged) {
        localDeletes.push({ uid, localId: local.id });
      } else {
        // Deleted elsewhere after this device changed it, or vanished without a tombstone: write it again.
        pushes.push({ record: localRec ?? recordFromClipping(full(local), uid, entry.conflictOf), local: full(local), oldPath: null, ifMatch: null });
      }
    } else if (remoteSide) {
      // Deleted here.
      if (remoteChanged && remoteRec) {
        writes.push({ put: toPut(remoteRec), record: remoteRec, then: 'link', path: remoteSide.path, etag: remoteSide.etag });
      } else {
        remoteDeletes.push({ uid, path: remoteSide.path, etag: remoteSide.etag });
      }
    } else {
      if (damagedFile) remoteDeletes.push({ uid, path: damagedFile.file.path, etag: damagedFile.file.etag });
      else dropEntries.push(uid);
    }
  }

  // Local clippings without an entry: a file with their uid, a file with their text, or new.
  const unclaimed = new Map<string, RemoteSide & { record: SyncRecord }>();
  for (const [uid, side] of remoteByUid) if (!handled.has(uid) && side.record) unclaimed.set(uid, side as RemoteSide & { record: SyncRecord });
  // Built only when a clipping here has no file yet and files are unclaimed (hashing every file's text costs).
  let adoptKeys: Map<string, string> | null = null;
  const byAdoptKey = () => {
    if (!adoptKeys) {
      adoptKeys = new Map();
      for (const [uid, side] of unclaimed) if (!adoptKeys.has(adoptKey(side.record))) adoptKeys.set(adoptKey(side.record), uid);
    }
    return adoptKeys;
  };
  const newLinks: { localId: number; uid: string }[] = [];
  for (const local of localById.values()) {
    const linkedUid = uidByLocal.get(local.id);
    if (linkedUid && entries.has(linkedUid)) continue;
    const whole = full(local);
    let uid = linkedUid && unclaimed.has(linkedUid) ? linkedUid : undefined;
    if (!uid && unclaimed.size) {
      const candidate = byAdoptKey().get(adoptKey(recordFromClipping(whole, '')));
      const other = candidate ? unclaimed.get(candidate) : undefined;
      if (other && (other.record.url === null || whole.url === null || other.record.url === whole.url)) uid = candidate;
    }
    if (uid) {
      const side = unclaimed.get(uid)!;
      unclaimed.delete(uid);
      (adoptKeys as Map<string, string> | null)?.delete(adoptKey(side.record));
      if (linkedUid !== uid) newLinks.push({ localId: local.id, uid });
      const localRec = recordFromClipping(whole, uid, side.record.conflictOf);
      if (recordHash(localRec) === recordHash(side.record)) {
        entryUpdates.push(entryFor(side.record, side.path, side.etag, local));
      } else {
        const { merged, loser, conflicts } = mergeRecords(null, localRec, side.record);
        writes.push({ put: toPut(merged, local.id, local.updatedAt), record: merged, then: 'push', path: side.path, etag: side.etag });
        if (conflicts.length && loser) {
          const copy = conflictCopy(loser, uid);
          writes.push({ put: toPut(copy), record: copy, then: 'push', isCopy: true });
        }
      }
    } else {
      uid = linkedUid ?? newUid();
      if (!linkedUid) newLinks.push({ localId: local.id, uid });
      pushes.push({ record: recordFromClipping(whole, uid), local: whole, oldPath: null, ifMatch: null });
    }
  }
  // Files no device here has: new clippings (a tombstone does not stop them: a file present wins).
  for (const side of unclaimed.values()) {
    writes.push({ put: toPut(side.record), record: side.record, then: 'link', path: side.path, etag: side.etag });
  }

  // 6. Write. Links for clippings met for the first time, then the library, then the folder.
  if (newLinks.length) await sdb.transaction('rw', sdb.links, () => putLinks(sdb, newLinks));
  if (entryUpdates.length) await sdb.entries.bulkPut(entryUpdates.map(({ localId: _l, ...e }) => e));

  const BATCH = 200;
  progress('write', 0, writes.length);
  for (let i = 0; i < writes.length; i += BATCH) {
    const batch = writes.slice(i, i + BATCH);
    const { written } = await putClippings(batch.map((w) => w.put));
    const linksNow: { localId: number; uid: string }[] = [];
    const entriesNow: Entry[] = [];
    batch.forEach((w, j) => {
      const c = written[j];
      if (!c) return; // edited here meanwhile: the next sync takes it
      report.pulled++;
      if (w.isCopy) report.conflicts++;
      linksNow.push({ localId: c.id, uid: w.record.uid });
      if (w.then === 'link') {
        const { localId: _l, ...e } = entryFor(w.record, w.path!, w.etag ?? null, c);
        entriesNow.push(e);
      } else {
        pushes.push({ record: recordFromClipping(c, w.record.uid, w.record.conflictOf), local: c, oldPath: w.path ?? null, ifMatch: w.etag ?? null });
      }
    });
    await sdb.transaction('rw', sdb.links, sdb.entries, async () => {
      await putLinks(sdb, linksNow);
      await sdb.entries.bulkPut(entriesNow);
    });
    progress('write', Math.min(i + BATCH, writes.length), writes.length);
  }

  // Damaged files: their text is kept before anything is written over or instead of them.
  for (const [i, d] of damaged.entries()) {
    const name = d.file.path.split('/').pop() ?? 'file.md';
    const keptAs = `${DAMAGED_DIR}/${new Date(now()).toISOString().replace(/[:.]/g, '-')} ${name}`;
    await remote.put(keptAs, d.text);
    report.damaged[i].keptAs = keptAs;
  }

  // Paths: every file's path is taken, except by the clipping that has it.
  const takenBy = new Map<string, string>();
  for (const [uid, side] of remoteByUid) takenBy.set(side.path.toLowerCase(), uid);
  for (const [uid, d] of damagedByUid) takenBy.set(d.file.path.toLowerCase(), uid);
  for (const f of clippingFiles) if (!takenBy.has(f.path.toLowerCase())) takenBy.set(f.path.toLowerCase(), '');
  const pending: Entry[] = [];
  const flush = async () => {
    const batch = pending.splice(0);
    if (batch.length) await sdb.entries.bulkPut(batch);
  };
  /**
   * Whether a file still has the ETag it was listed with. If-Match says the
   * same to servers that honour it; rclone and some others ignore it, so the
   * ETag is asked for just before a file is overwritten or deleted. That
   * leaves a window of one request, not of the whole sync, for another device's
   * write to be lost.
   */
  const unchanged = async (path: string, etag: string) => {
    const current = await remote.etag(path);
    if (current === etag) return true;
    report.skipped++;
    return false;
  };
  let pushed = 0;
  progress('push', 0, pushes.length);
  try {
    // Paths are chosen before any request, in order, so the same run never gives one path twice.
    const planned = pushes.map((p) => {
      const path = clippingPath(p.record, (lower) => (takenBy.get(lower) ?? p.record.uid) !== p.record.uid);
      takenBy.set(path.toLowerCase(), p.record.uid);
      return { ...p, path };
    });
    await runPool(planned, concurrency, async (p) => {
      const overwrite = p.oldPath === p.path ? p.ifMatch : null;
      // Changed on the server since it was listed: not overwritten; the next sync reads and merges it.
      if (overwrite && !(await unchanged(p.path, overwrite))) return;
      // The clipping's stored content hash is the file's (the hash ignores what canonical form changes).
      const etag = await remote.put(p.path, clippingFile(p.record, p.local.contentHash || undefined), overwrite);
      if (p.oldPath && p.oldPath !== p.path) await remote.remove(p.oldPath);
      const { localId: _l, ...e } = entryFor(p.record, p.path, etag, p.local);
      pending.push(e);
      report.pushed++;
      progress('push', ++pushed, pushes.length);
      if (pending.length >= 100) await flush();
    });
  } finally {
    await flush();
  }

  // 7. Deletes. Tombstones go up before the files go, so no device takes a missing file for a lost one.
  const tombstoned = new Set(ownTombstones.map((t) => t.uid));
  const deletedHere = remoteDeletes.filter((d) => !tombstoned.has(d.uid));
  if (deletedHere.length) {
    ownTombstones = [...ownTombstones, ...deletedHere.map((d) => ({ uid: d.uid, deletedAt: now() }))];
    await setMeta(sdb, 'tombstones', ownTombstones);
    const etag = await remote.put(ownPath, deviceFileText(deviceId, ownTombstones));
    await sdb.devices.put({ path: ownPath, etag, tombstones: ownTombstones });
  }
  progress('delete', 0, remoteDeletes.length + localDeletes.length);
  let deleted = 0;
  await runPool(remoteDeletes, concurrency, async (d) => {
    // Edited elsewhere since it was listed: kept; the next sync brings the edit back (an edit wins over a delete).
    if (d.etag && !(await unchanged(d.path, d.etag))) return;
    await remote.remove(d.path);
    await sdb.entries.delete(d.uid);
    await sdb.links.where('uid').equals(d.uid).delete();
    report.deletedRemote++;
    progress('delete', ++deleted, remoteDeletes.length + localDeletes.length);
  });
  if (localDeletes.length) {
    await deleteClippings(localDeletes.map((d) => d.localId));
    await sdb.transaction('rw', sdb.links, sdb.entries, async () => {
      for (const d of localDeletes) {
        await sdb.entries.delete(d.uid);
        await sdb.links.delete(d.localId);
      }
    });
    report.deletedLocal += localDeletes.length;
  }
  if (dropEntries.length) await sdb.entries.bulkDelete(dropEntries);
  // Links of clippings deleted here whose files were already gone.
  const dropped = new Set(dropEntries);
  const deadLinks = links.filter((l) => !localById.has(l.localId) && (!entries.has(l.uid) || dropped.has(l.uid))).map((l) => l.localId);
  if (deadLinks.length) await sdb.links.bulkDelete(deadLinks);
  // Second files of one clipping that hold nothing the clipping lacks (a rename cut off half way).
  for (const s of strays) {
    const e = await sdb.entries.get(s.record!.uid);
    if (e && s.record && recordHash(s.record) === e.recordHash) await remote.remove(s.path);
    else if (e && s.record && e.path !== s.path) report.damaged.push({ path: s.path, reason: `a second file for clipping ${e.uid}; left as it is`, keptAs: s.path });
  }

  await setMeta(sdb, 'lastSync', now());
  progress('done', 1, 1);
  report.requests = remote.requests - requestsBefore;
  report.ms = Date.now() - started;
  return report;
}
