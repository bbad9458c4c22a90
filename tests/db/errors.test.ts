import 'fake-indexeddb/auto';
import Dexie, { type DBCore } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  countClippings, db, DB_NAME, getClipping, mergeClippings, saveClipping, StorageError, toStorageError,
  updateClipping,
} from '../../lib/db';
import { article, fakeClippingsWrite, resetDatabase } from './helpers';

beforeEach(resetDatabase);
afterEach(() => vi.restoreAllMocks());

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('toStorageError', () => {
  it('finds the cause through Dexie wrappers', () => {
    const wrapped = new Dexie.AbortError('Transaction aborted', quota());
    expect(toStorageError(wrapped)?.code).toBe('quota');
    expect(toStorageError(new Dexie.BulkError('bulk', [quota()]))?.code).toBe('quota');
    expect(toStorageError(new Dexie.DatabaseClosedError())?.code).toBe('closed');
    expect(toStorageError(new Dexie.OpenFailedError('open', new Dexie.VersionError()))?.code).toBe('version');
    expect(toStorageError(new Dexie.MissingAPIError())?.code).toBe('unavailable');
    expect(toStorageError(new Dexie.ConstraintError())?.code).toBe('unknown');
  });

  it('gives a Chinese and an English message', () => {
    const err = toStorageError(quota())!;
    expect(err).toBeInstanceOf(StorageError);
    expect(err.name).toBe('StorageError');
    expect(err.message_zh).toMatch(/存储空间不足/);
    expect(err.message_en).toMatch(/Out of storage space/);
    expect(err.cause).toBeInstanceOf(DOMException);
  });

  it('leaves programming errors alone', () => {
    expect(toStorageError(new TypeError('x'))).toBeUndefined();
    expect(toStorageError('string')).toBeUndefined();
  });
});

describe('nothing is half-saved', () => {
  it('rolls back an update when the disk fills during the transaction', async () => {
    const { clipping } = await saveClipping(article({ tags: ['原'] }));
    // The search index is written in the same transaction: the disk fills there.
    const middleware = {
      stack: 'dbcore' as const,
      name: 'full-disk',
      create: (down: DBCore): DBCore => ({
        ...down,
        table(name) {
          const table = down.table(name);
          return name === 'searchRecent' ? { ...table, mutate: () => Promise.reject(quota()) } : table;
        },
      }),
    };
    db.close();
    db.use(middleware);
    try {
      await db.open();
      const err = await updateClipping(clipping.id, { title: '改', tags: ['新'] }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StorageError);
      expect((err as StorageError).code).toBe('quota');
      expect(await getClipping(clipping.id)).toEqual(clipping);
    } finally {
      db.close();
      db.unuse(middleware);
      await db.open();
    }
  });

  it('rolls back an import when the third add hits the quota', async () => {
    await saveClipping(article());
    let calls = 0;
    fakeClippingsWrite('add', (realAdd, item) => {
      if (++calls === 3) throw quota();
      return realAdd(item);
    });
    const records = [1, 2, 3, 4].map((n) => ({
      ...article({ url: `u${n}`, title: `标题${n}` }),
      url: `u${n}`, source: null, date: null, page: null, tags: [], note: '', createdAt: n, updatedAt: n,
    }));
    await expect(mergeClippings(records)).rejects.toMatchObject({ name: 'StorageError', code: 'quota' });
    expect(calls).toBe(3);
    expect(await countClippings()).toBe(1);
  });
});

describe('connection problems', () => {
  it('reports a closed database', async () => {
    await saveClipping(article());
    db.close();
    await expect(saveClipping(article())).rejects.toMatchObject({ name: 'StorageError', code: 'closed' });
    await expect(countClippings()).rejects.toMatchObject({ code: 'closed' });
  });

  it('reports an upgrade blocked by an old connection, then completes once it closes', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // An old page holding v1 open that ignores "versionchange" (a plain IndexedDB connection).
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, 10); // Dexie's version 1 is native version 10
      req.onupgradeneeded = () => req.result.createObjectStore('clippings', { keyPath: 'id', autoIncrement: true });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const err = await saveClipping(article()).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'StorageError', code: 'blocked' });
    expect((err as StorageError).message_zh).toMatch(/关闭其他剪报页面/);
    expect(await countClippings().catch((e: StorageError) => e.code)).toBe('blocked');
    old.close();
    await db.open();
    expect((await saveClipping(article())).status).toBe('added');
    warn.mockRestore();
  });
});
