// A merge runs in the background of a page that goes on saving and
// searching, so it leaves them their turns: it reads the recent rows a few
// at a time in read-only transactions (a save waits for none of its reads),
// builds its rows in slices, and while saves keep coming leaves the recent
// rows it merged for the merge after the pause to delete (each delete held a
// save up). What it merges is found as before, and nothing is lost.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, MERGE_AT, mergeRecent, runMerges, updateClipping } from '@/lib/db';
import { backgroundTurn } from '@/lib/db/postings/background-turn';
import { RowBuilder } from '@/lib/db/postings/build';
import { scanClippings } from '@/lib/search';
import { clippingTerms } from '@/lib/searchable';
import { dropMiddleware, paragraphs, rankedIds, resetSearch, saveSome, searchState, useTableMiddleware } from './helpers';
import { sampleClipping, seededRandom } from './sample-corpus';

/** Reads of recent rows' values: the mode of the transaction each was in, and how many rows it asked for. */
let recentReads: Array<{ mode: string; rows: number }> = [];
/** Called once as the state row is next written. */
let onStatePut: (() => void) | null = null;

beforeEach(async () => {
  await resetSearch();
  useTableMiddleware('watch-recent-reads', (name, table) => {
    if (name === 'searchMeta') {
      return { ...table, mutate: (req) => (req.type === 'put' && req.values.some((v) => (v as { key?: string }).key === 'state') && onStatePut?.(), table.mutate(req)) };
    }
    if (name !== 'searchRecent') return table;
    const note = (trans: unknown, rows: number) => recentReads.push({ mode: (trans as IDBTransaction).mode, rows });
    return {
      ...table,
      get: (req) => (note(req.trans, 1), table.get(req)),
      getMany: (req) => (note(req.trans, req.keys.length), table.getMany(req)),
      query: (req) => (req.values ? note(req.trans, Infinity) : undefined, table.query(req)),
      openCursor: (req) => (req.values !== false ? note(req.trans, Infinity) : undefined, table.openCursor(req)),
    };
  });
  await db.open();
  recentReads = [];
  onStatePut = null;
});

afterEach(() => {
  vi.restoreAllMocks();
  dropMiddleware('watch-recent-reads');
});

const state = searchState;
const ids = rankedIds;


describe('a merge beside saves', () => {
  it('reads the recent rows a few at a time in read-only transactions, none in a read-write one', async () => {
    const first = await saveSome(2);
    expect(await ids('春耕')).toEqual(first); // builds the index
    const more = await saveSome(20, 2);
    recentReads = [];
    expect(await mergeRecent()).toBe(20);
    expect(recentReads.filter((r) => r.mode === 'readwrite')).toEqual([]);
    expect(recentReads.length).toBeGreaterThan(0);
    expect(Math.max(...recentReads.map((r) => r.rows))).toBeLessThanOrEqual(8);
    // Merged and deleted: found from the new segment alone.
    expect((await state()).recent.size).toBe(0);
    expect(await db.searchRecent.count()).toBe(0);
    expect(await ids('春耕')).toEqual([...first, ...more]);
    expect(await ids('检修')).toEqual([...(await scanClippings('检修'))].sort((a, b) => a - b));
  });

  it('leaves a row written again between its reservation and its read to the next merge, at the newer version', async () => {
    await saveSome(1);
    await ids('春耕'); // builds the index
    const [a, b, c] = await saveSome(3, 1);
    // The edit is asked for as the merge's first transaction writes the state: it runs right after it.
    let edit: Promise<unknown> | null = null;
    onStatePut = () => {
      onStatePut = null;
      edit = Dexie.ignoreTransaction(() => updateClipping(b, { blocks: paragraphs('改写：秋收在望。') }));
    };
    expect(await mergeRecent()).toBe(2);
    await edit;
    const after = await state();
    expect([...after.recent.keys()]).toEqual([b]);
    expect(after.recent.get(b)).toBeGreaterThan(Math.max(...after.segments.map((s) => s.hi)));
    expect(await ids('秋收')).toEqual([b]);
    expect(await ids('春耕')).toEqual(expect.arrayContaining([a, c]));
    expect(await ids('春耕')).not.toContain(b);
    await mergeRecent();
    expect(await ids('秋收')).toEqual([b]);
    expect(await ids('春耕')).not.toContain(b);
  });

  it('while saves keep coming, leaves the recent rows it merged to the merge after the pause', async () => {
    await saveSome(1);
    await ids('春耕'); // builds the index
    // Time stands still: every save is "just now", as in a burst.
    vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2025, 6, 1));
    const burst = await saveSome(MERGE_AT, 1); // the last one sets off a merge in the background
    await runMerges();
    expect((await state()).recent.size).toBe(0); // merged…
    expect(await db.searchRecent.count()).toBe(MERGE_AT); // …its rows left where they were
    expect((await ids('春耕')).length).toBe(MERGE_AT + 1);
    expect(await ids('检修')).toEqual([...(await scanClippings('检修'))].sort((a, b) => a - b));
    // After the pause, the next merge deletes them, and what it merged is still found.
    vi.restoreAllMocks();
    await mergeRecent();
    expect(await db.searchRecent.count()).toBe(0);
    expect(await ids('春耕')).toEqual([(await ids('春耕'))[0], ...burst]);
  });
});

describe('a turn for the page', () => {
  it('comes without a timer (a hidden page holds timers back to once a second, nested ones to 4 ms)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval'] });
    try {
      // With only a timer to wait for, it would never resolve while timers stand still.
      await expect(backgroundTurn()).resolves.toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  }, 3000);
});

describe('building rows in slices', () => {
  it('makes the same rows as in one go, pausing for the page between slices', async () => {
    const random = seededRandom(7);
    const terms = Array.from({ length: 12 }, (_, i) => clippingTerms({ ...sampleClipping(random, { chars: 400 }), id: i + 1 } as Parameters<typeof clippingTerms>[0]));
    const fill = (b: RowBuilder) => terms.forEach(({ grams, codes }, i) => b.addClipping(i + 1, grams, codes));
    const whole = new RowBuilder();
    fill(whole);
    const rows = whole.rows(5, 8);
    const sliced = new RowBuilder();
    fill(sliced);
    let pauses = 0;
    const inSlices = await sliced.rowsInSlices(5, 8, 0, async () => void pauses++);
    expect(inSlices).toEqual(rows);
    expect(rows.length).toBe(8);
    expect(pauses).toBeGreaterThanOrEqual(rows.length);
  });
});
