// A "device" for the sync tests: its own IndexedDB (fake-indexeddb, one
// factory per device) holding its own library, search index and sync state,
// with fresh copies of lib/db, lib/search and lib/sync, so two devices live
// side by side in one test. A device may run with its clock set off.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { vi } from 'vitest';
import type { Clipping, ClippingInput, ClippingPatch } from '../../lib/db';
import type { SyncProgress, SyncRecord, SyncReport } from '../../lib/sync';
import { PASS, USER, type DavServer } from './dav-server';

type DbModule = typeof import('../../lib/db');
type SyncModule = typeof import('../../lib/sync');
type SearchModule = typeof import('../../lib/search');

export interface Device {
  name: string;
  db: DbModule;
  sync: SyncModule;
  save(input: ClippingInput): Promise<Clipping>;
  edit(id: number, patch: ClippingPatch): Promise<Clipping>;
  remove(...ids: number[]): Promise<void>;
  list(): Promise<Clipping[]>;
  /** The library as sync sees it: canonical records with their uids, sorted by uid. */
  records(): Promise<SyncRecord[]>;
  byTitle(title: string): Promise<Clipping>;
  run(options?: { folder?: string; password?: string; onProgress?(p: SyncProgress): void }): Promise<SyncReport>;
  /** Checks the search index holds exactly this library's clippings, each as it is now. */
  searchIndexMismatches(): Promise<string[]>;
  clockSkewMs: number;
}

const realNow = Date.now.bind(Date);

export async function makeDevice(name: string, dav: DavServer, { clockSkewMs = 0, folder = '剪报' } = {}): Promise<Device> {
  vi.resetModules();
  const factory = new IDBFactory();
  const Dexie = (await import('dexie')).default;
  Dexie.dependencies.indexedDB = factory;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  const db: DbModule = await import('../../lib/db');
  // lib/db indexes every write itself (lib/db/postings): nothing to install.
  const search: SearchModule = await import('../../lib/search');
  const sync: SyncModule = await import('../../lib/sync');
  const sdb = sync.openSyncDatabase();

  // Everything this device does runs on its own clock.
  const onClock = async <T>(fn: () => Promise<T>): Promise<T> => {
    const spy = vi.spyOn(Date, 'now').mockImplementation(() => realNow() + device.clockSkewMs);
    try {
      return await fn();
    } finally {
      spy.mockRestore();
    }
  };

  const device: Device = {
    name,
    db,
    sync,
    clockSkewMs,
    save: (input) => onClock(async () => (await db.saveClipping(input)).clipping),
    edit: (id, patch) => onClock(async () => (await db.updateClipping(id, patch))!),
    remove: (...ids) => onClock(async () => void (await db.deleteClippings(ids))),
    list: () => db.listClippings(),
    async records() {
      const links = new Map((await sdb.links.toArray()).map((l) => [l.localId, l.uid]));
      const entries = new Map((await sdb.entries.toArray()).map((e) => [e.uid, e]));
      return (await db.listClippings())
        .map((c) => {
          const uid = links.get(c.id) ?? `unlinked-${c.id}`;
          return sync.recordFromClipping(c, uid, entries.get(uid)?.conflictOf);
        })
        .sort((a, b) => (a.uid < b.uid ? -1 : 1));
    },
    async byTitle(title) {
      const found = (await db.listClippings()).filter((c) => c.title === title);
      if (found.length !== 1) throw new Error(`${name}: ${found.length} clippings titled ${title}`);
      return found[0];
    },
    run: ({ folder: f = folder, password = PASS, onProgress } = {}) =>
      onClock(() =>
        // A stalled request gives up well inside a test's time (the extension waits 60 s).
        sync.syncOnce({ remote: new sync.Remote({ url: dav.url, username: USER, password, folder: f }, { timeoutMs: 15_000 }), sdb, onProgress }),
      ),
    async searchIndexMismatches() {
      // Search finds exactly the clippings that hold a word, each by its own title too, and no deleted one.
      const clippings = await db.listClippings();
      const text = (c: Clipping) => [c.title, c.kicker, c.byline, ...c.blocks.map((b) => b.text)].join('\n');
      const problems: string[] = [];
      const holding = clippings.filter((c) => text(c).includes('乡村振兴')).map((c) => c.id).sort((x, y) => x - y);
      const found = (await search.matchingIds('乡村振兴')).sort((x, y) => x - y);
      if (JSON.stringify(found) !== JSON.stringify(holding)) problems.push(`乡村振兴: search finds ${found.join(',')}, the library holds ${holding.join(',')}`);
      if (clippings.length <= 50) {
        for (const c of clippings) {
          if (!c.title) continue;
          const ids = await search.matchingIds(`"${c.title}"`);
          if (!ids.includes(c.id)) problems.push(`"${c.title}" (${c.id}) is not found by its title`);
        }
      }
      return problems;
    },
  };
  return device;
}

let n = 0;
/** A distinct article for tests. */
export function article(overrides: Partial<ClippingInput> = {}): ClippingInput {
  n++;
  return {
    column: null,
    kicker: '引题',
    title: `测试文章第${n}篇`,
    subtitle: null,
    byline: '本报记者 张三',
    continuation: null,
    blocks: [
      { type: 'paragraph', text: `第${n}篇的第一段：乡村振兴，浙江在行动。` },
      { type: 'heading', text: '小标题 #1' },
      { type: 'paragraph', text: `第二段有 *星号* 和 [方括号]，还有 1. 开头。\n第二行。` },
      { type: 'note', text: '（本文来源：人民日报）' },
    ],
    captions: ['图为现场。'],
    url: `https://paper.example.cn/${n}.html`,
    source: '人民日报',
    date: '2025-07-01',
    page: '4版 要闻',
    tags: ['评论'],
    note: '',
    ...overrides,
  };
}
