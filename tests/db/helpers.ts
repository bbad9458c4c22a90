// Shared test helpers. Import 'fake-indexeddb/auto' before this file (Dexie
// reads the global indexedDB when it loads).
import type { Table } from 'dexie';
import { vi } from 'vitest';
import { db, forgetIndexView } from '../../lib/db';
import type { ClippingInput } from '../../lib/db';

/** A fresh, empty database that opens itself on first use. */
export async function resetDatabase(): Promise<void> {
  forgetIndexView();
  await db.delete({ disableAutoOpen: false });
}

export function article(overrides: Partial<ClippingInput> = {}): ClippingInput {
  return {
    column: null,
    kicker: null,
    title: '锻造民族复兴的中流砥柱',
    subtitle: null,
    byline: '钟华论',
    continuation: null,
    blocks: [
      { type: 'paragraph', text: '一百零四年来，中国共产党团结带领中国人民，创造了彪炳史册的伟大成就。' },
      { type: 'paragraph', text: '新征程上，我们要坚定信心、砥砺前行。' },
    ],
    captions: [],
    url: 'http://paper.people.com.cn/rmrb/pc/content/202507/01/content_1.html',
    source: '人民日报',
    date: '2025-07-01',
    page: '4版 要闻',
    ...overrides,
  };
}

/**
 * Makes every write of `method` to the clippings table go through `fake`, which
 * may throw or call `real`. Writes use the table bound to their transaction
 * (lib/db/run.ts clippingsOf), not `db.clippings`, so the spy is on the tables'
 * shared prototype, for the clippings table only. vi.restoreAllMocks() undoes it.
 */
export function fakeClippingsWrite(method: 'add' | 'put', fake: (real: (item: unknown) => Promise<unknown>, item: unknown) => unknown) {
  const proto = Object.getPrototypeOf(db.clippings) as Table;
  const original = proto[method] as (this: Table, ...args: unknown[]) => Promise<unknown>;
  return vi.spyOn(proto, method).mockImplementation(function (this: Table, item: unknown, ...rest: unknown[]) {
    const real = (x: unknown) => original.call(this, x, ...rest);
    return (this.name === 'clippings' ? fake(real, item) : real(item)) as never;
  } as never);
}
