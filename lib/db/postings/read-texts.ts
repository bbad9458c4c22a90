// The clippings a search checks and shows, read straight from IndexedDB in
// one read-only transaction of their own. Dexie's bulkGet did the same
// reads with its own bookkeeping around each (zones, promises, middleware):
// profiled at 50,000 clippings, 1.5–2 ms of a common phrase's 13 ms went to
// it for 24 clippings. Never called inside a write transaction (search is
// not): a read-only transaction of its own would wait for that write to end.
import { db } from '../db';
import type { Clipping } from '../types';

/** The clippings of these ids, in that order (undefined where there is none); answers as soon as the last has been read. */
export function readClippingsForSearch(ids: readonly number[]): Promise<Array<Clipping | undefined>> {
  if (ids.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction('clippings', 'readonly');
    const store = tx.objectStore('clippings');
    const out = new Array<Clipping | undefined>(ids.length);
    let left = ids.length;
    const fail = () => reject(tx.error ?? new DOMException('The read was aborted', 'AbortError'));
    tx.onabort = fail;
    ids.forEach((id, i) => {
      const request = store.get(id);
      request.onsuccess = () => {
        out[i] = request.result as Clipping | undefined;
        if (--left === 0) resolve(out);
      };
      request.onerror = () => reject(request.error);
    });
  });
}
