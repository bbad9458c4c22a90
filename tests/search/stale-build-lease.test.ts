// A page closed halfway through building the index leaves the state's lease
// (busyUntil) standing; searches in other pages must not wait it out when no
// live page holds the build lock (lib/db/postings/build-lock.ts).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, ensureIndexBuilt, forgetIndexView, saveClipping, type SearchState } from '@/lib/db';
import { rankClippings } from '@/lib/search';
import { article, paragraphs, resetSearch } from './helpers';

/** A Web Locks stand-in: `holders` are the names other (live) pages hold. */
function fakeLocks(holders: Set<string>) {
  return {
    query: async () => ({ held: [...holders].map((name) => ({ name, mode: 'exclusive' })) }),
    request: async (name: string, _options: unknown, callback: (lock: { name: string } | null) => Promise<unknown>) =>
      callback(holders.has(name) ? null : { name }),
  };
}

/** The state a build left when its page closed halfway: not built, leased for a minute. */
async function leftHalfBuilt(): Promise<void> {
  const state = (await db.table('searchMeta').get('state')) as SearchState;
  await db.table('searchMeta').put({ ...state, built: false, busyUntil: Date.now() + 60_000 });
  forgetIndexView();
}

const settlesWithin = (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);

beforeEach(async () => {
  await resetSearch();
  const { clipping } = await saveClipping(article({ title: '盛夏时节 荷花盛开', blocks: paragraphs('游客在瘦西湖景区赏荷。') }));
  expect((await rankClippings('荷花')).map((r) => r.id)).toEqual([clipping.id]);
  await leftHalfBuilt();
});
afterEach(() => vi.unstubAllGlobals());

describe('a build lease left by a closed page', () => {
  it('is not waited out when no live page holds the build lock: the search builds and answers', async () => {
    vi.stubGlobal('navigator', { locks: fakeLocks(new Set()) });
    expect(await settlesWithin(ensureIndexBuilt(), 5_000)).toBe(true);
    expect(((await db.table('searchMeta').get('state')) as SearchState).built).toBe(true);
    expect((await rankClippings('荷花')).length).toBe(1);
  });

  it('is waited for while a live page holds the build lock, and no longer once it lets go', async () => {
    const holders = new Set(['jianbao-search-index-build']);
    vi.stubGlobal('navigator', { locks: fakeLocks(holders) });
    const waiting = ensureIndexBuilt();
    expect(await settlesWithin(waiting, 700)).toBe(false);
    holders.clear(); // that page closed
    expect(await settlesWithin(waiting, 5_000)).toBe(true);
    expect((await rankClippings('荷花')).length).toBe(1);
  });
});
