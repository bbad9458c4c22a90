// Shared test helpers. Import 'fake-indexeddb/auto' before this file (Dexie
// reads the global indexedDB when it loads).
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
