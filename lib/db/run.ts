// Every database call goes through here: open (reporting a blocked upgrade
// instead of hanging), then run, with storage failures turned into StorageError.
import type { Transaction } from 'dexie';
import { db } from './db';
import { StorageError, toStorageError } from './errors';
import { finishIndexing } from './postings/upkeep';

/** Set while an open waits on an old connection, so later calls fail fast too. */
let blockedError: StorageError | null = null;

/**
 * Opens the database if it is not open yet. IndexedDB keeps an upgrade
 * waiting for as long as an old connection in another page stays open; the
 * caller gets a 'blocked' StorageError at once, while the open itself goes on
 * and completes when that page closes.
 */
export function openDatabase(): Promise<void> {
  // After an explicit db.close() Dexie refuses to reopen; let the call fail as 'closed'.
  if (db.isOpen() || db.hasBeenClosed()) return Promise.resolve();
  if (blockedError) return Promise.reject(blockedError);
  return new Promise<void>((resolve, reject) => {
    const onBlocked = (event: IDBVersionChangeEvent) => {
      blockedError = new StorageError('blocked', event);
      reject(blockedError);
    };
    db.on('blocked', onBlocked);
    db.open()
      .then(
        () => resolve(),
        (err: unknown) => reject(toStorageError(err) ?? err),
      )
      .finally(() => {
        db.on('blocked').unsubscribe(onBlocked);
        blockedError = null;
      });
  });
}

/** Runs `fn` against the open database, turning storage failures into StorageError. */
export async function withStorage<T>(fn: () => Promise<T>): Promise<T> {
  try {
    await openDatabase();
    return await fn();
  } catch (err) {
    throw toStorageError(err) ?? err;
  }
}

/**
 * One read-write transaction over the clippings and the search index
 * (postings/upkeep.ts writes it); the index's state row is written once,
 * after `fn`.
 */
export function writeTransaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
  return withStorage(() =>
    db.transaction('rw', [db.clippings, db.searchRecent, db.searchMeta], async (tx) => {
      const result = await fn(tx);
      await finishIndexing(tx);
      return result;
    }),
  );
}

/** The clippings table's type, as `db.clippings` has it. */
export type ClippingsTable = typeof db.clippings;

/**
 * The clippings table bound to `tx`. Writes use it, never `db.clippings`:
 * `db.clippings` finds its transaction through Dexie's zone, which a native
 * await can lose while other queries of the page run in between (the side
 * panel's live list during an import: the second record of a batch then went
 * to a transaction of its own, and the batch failed with TransactionInactiveError).
 */
export const clippingsOf = (tx: Transaction): ClippingsTable => tx.table('clippings') as ClippingsTable;

export function readTransaction<T>(fn: () => Promise<T>): Promise<T> {
  return withStorage(() => db.transaction('r', db.clippings, fn));
}

// Reads a person is waiting on (a search typed into the box) go before reads
// in the background (the library's list, read in parts): IndexedDB serves one
// request at a time, and in a side panel just opened a search waited behind
// each part the list asked for meanwhile (traced).
let foreground = 0;
let idle: Array<() => void> = [];

/** Runs `fn` as a read someone waits on: background reads hold back until it ends. */
export async function inForeground<T>(fn: () => Promise<T>): Promise<T> {
  foreground++;
  try {
    return await fn();
  } finally {
    if (--foreground === 0) {
      const waiting = idle;
      idle = [];
      for (const go of waiting) go();
    }
  }
}

/** Resolves when no foreground read is running, or after `atMostMs` whatever runs. */
export function foregroundIdle(atMostMs = 1000): Promise<void> {
  if (foreground === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, atMostMs);
    idle.push(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
