// A query's read of the index answers as soon as its reads have, not when
// its read-only transaction completes (Dexie's db.transaction() waits for
// that: one more round trip to the browser's IndexedDB backend a query), and
// what the query does next runs outside that transaction.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureIndexBuilt, forgetIndexView, getClippings, mergeRecent, readIndex, saveClipping } from '@/lib/db';
import { gramKeyOf } from '@/lib/searchable';
import { article, paragraphs, resetSearch } from './helpers';

const NativePromise = globalThis.Promise;
const order: string[] = [];
/** How late the index transaction's complete event reaches Dexie: a loaded browser's backend answers the commit late. */
const COMPLETE_LATE_MS = 60;
const transaction = IDBDatabase.prototype.transaction;
// Dexie binds the connection's transaction() when it opens: patched before the database opens (resetSearch).
IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
  const tx = transaction.apply(this, args);
  if (tx.objectStoreNames.contains('postings')) {
    let handler: ((this: IDBTransaction, ev: Event) => unknown) | null = null;
    tx.addEventListener('complete', (event) => {
      setTimeout(() => {
        order.push('index transaction completed');
        handler?.call(tx, event);
      }, COMPLETE_LATE_MS);
    });
    // Dexie's handler (it sets oncomplete) is called only from the late listener above.
    Object.defineProperty(tx, 'oncomplete', { get: () => null, set: (h) => (handler = h), configurable: true });
  }
  return tx;
} as IDBDatabase['transaction'];

beforeEach(async () => {
  await resetSearch();
  for (const title of ['春耕', '夏收']) await saveClipping(article({ url: null, title, blocks: paragraphs(`${title}发展的正文。`) }));
  await mergeRecent();
  await ensureIndexBuilt();
  forgetIndexView();
  await new Promise((resolve) => setTimeout(resolve, COMPLETE_LATE_MS + 20));
  order.length = 0;
});

afterAll(() => {
  IDBDatabase.prototype.transaction = transaction;
});

describe("a query's read of the index", () => {
  it('answers before its transaction completes, and the caller is outside it', async () => {
    const view = await readIndex([gramKeyOf('发展')]);
    order.push('answered');
    // Outside every Dexie zone: no transaction, and the global Promise is the native one (in a zone
    // Dexie puts its own in its place, and every later await of the query pays for it).
    expect(Dexie.currentTransaction).toBeNull();
    expect(globalThis.Promise).toBe(NativePromise);
    expect(view.list(gramKeyOf('发展')).length).toBe(2);
    // The caller's next reads are its own (not a part of the finished read-only transaction).
    expect((await getClippings([1, 2])).filter(Boolean)).toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, COMPLETE_LATE_MS + 20));
    expect(order).toEqual(['answered', 'index transaction completed']);
  });

  it('still fails when the read does', async () => {
    const get = IDBObjectStore.prototype.get;
    IDBObjectStore.prototype.get = function () {
      throw new DOMException('broken', 'UnknownError');
    };
    try {
      await expect(readIndex([gramKeyOf('正文')])).rejects.toThrow();
    } finally {
      IDBObjectStore.prototype.get = get;
    }
  });
});
