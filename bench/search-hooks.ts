// Benchmark hooks, in a page that only the benchmark's own build has
// (bench/search.html, added by wxt.config.ts in `wxt build --mode bench`), so
// the benchmark (bench/search.bench.ts) drives the real search code in a real
// extension page and nothing of it ships. Every hook times itself with
// performance.now(), leaving out the round trip to Playwright.
import { addMissingSizes, db, forgetIndexLists, forgetIndexView, keptIndexBytes, rebuildIndex, runMerges, saveClipping, type SearchState } from '@/lib/db';
import { parseQuery, scanClippings, searchClippings, type SearchPhases } from '@/lib/search';
import { termBucket } from '@/lib/db/postings/codec';
import { entriesIn, sizesKey } from '@/lib/db/postings/sizes';
import { rowKey, type SizesRow } from '@/lib/db/postings/types';
import { needle } from '@/lib/search/match';
import { jointGrams, unreadTerms } from '@/lib/search/search';
import { planWord } from '@/lib/search/terms';
import { COMMON_WORDS, sampleClipping, seededRandom } from '../tests/search/sample-corpus';
import { seedUnindexed } from './seed-clippings';

const random = seededRandom(20250701);

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T; start: number }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value, start };
}

/** Han-only substrings of stored text, `length` characters each, from random clippings. */
async function sampleQueries(length: number, count: number, seed: number): Promise<string[]> {
  const pick = seededRandom(seed);
  const ids = await db.clippings.toCollection().primaryKeys();
  const out: string[] = [];
  while (out.length < count) {
    const c = await db.clippings.get(ids[Math.floor(pick() * ids.length)]);
    const text = c?.blocks[Math.floor(pick() * c.blocks.length)]?.text ?? '';
    for (let tries = 0; tries < 20; tries++) {
      const at = Math.floor(pick() * Math.max(1, text.length - length));
      const q = text.slice(at, at + length);
      if (q.length === length && /^\p{Script=Han}+$/u.test(q)) {
        out.push(q);
        break;
      }
    }
  }
  return out;
}

/**
 * Resolves when every request has answered. Each result is taken, not kept: Chromium turns a value into
 * a JavaScript object only when the page takes it, on the page's thread, as the search does (24 clippings
 * of 3,000 characters: 0.4–1 ms at load 8–10, which the floor left out before).
 */
function answered(requests: IDBRequest[]): Promise<void> {
  return new Promise((resolve, reject) => {
    let left = requests.length;
    if (left === 0) resolve();
    for (const r of requests) {
      r.onsuccess = () => {
        void r.result;
        if (--left === 0) resolve();
      };
      r.onerror = () => reject(r.error);
    }
  });
}

/**
 * The reads a query makes, alone, with raw IndexedDB (no search code around
 * them): its first round trip (the state row and the posting rows of the
 * terms it reads, a row per term and segment, in one read-only transaction,
 * as lib/db/postings/read.ts asks for them: its words' terms, its exact
 * exclusions', two words' joint pairs, but not a long phrase's terms the
 * segments' sizes let it leave unread) and its second (`texts` clippings,
 * here random ones, in one transaction, as read-texts.ts reads them). What
 * is left of a query's time once its own work is taken out: the floor its
 * figures stand on, at the machine's load. Milliseconds of each, per query.
 */
async function rawReads(queries: string[], rounds: number, texts: number): Promise<{ rows: number[]; texts: number[]; gets: number[] }> {
  await db.open();
  const idb = db.backendDB();
  const state = (await db.searchMeta.get('state')) as SearchState;
  const ids = (await db.clippings.toCollection().primaryKeys()) as number[];
  // The segments' common terms, as a page keeps them (read.ts leftOut): none kept, every term is read.
  const sizes = new Map<number, SizesRow>();
  for (const seg of state.segments) {
    const row = (await db.searchMeta.get(sizesKey(seg))) as SizesRow | undefined;
    if (row?.terms && row.entries) sizes.set(rowKey(seg), row);
  }
  const clippings = state.segments.reduce((n, s) => n + s.n, 0);
  const entries = (g: number) => state.segments.reduce((sum, seg) => sum + (entriesIn(sizes.get(rowKey(seg)), g) ?? 0), 0);
  const pick = seededRandom(7);
  const out = { rows: [] as number[], texts: [] as number[], gets: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    for (const q of queries) {
      // The terms collect() in lib/search/search.ts reads.
      const parsed = parseQuery(q);
      const include = parsed.include.map((w) => planWord(w.text));
      const exact = parsed.exclude.map((w) => planWord(w.text)).filter((p) => p.exact).flatMap((p) => p.grams);
      const joint = jointGrams(parsed.include.map((w) => needle(w.text).text)) ?? [];
      const unread = sizes.size > 0 ? unreadTerms(include, [...exact, ...joint], entries, clippings) : new Set<number>();
      const grams = [...new Set([...include.flatMap((p) => p.grams), ...exact, ...joint])].filter((g) => !unread.has(g));
      const keys = new Map<string, [number, number]>();
      for (const seg of state.segments) for (const g of grams) keys.set(`${rowKey(seg)}:${termBucket(g, seg.buckets)}`, [rowKey(seg), termBucket(g, seg.buckets)]);
      let start = performance.now();
      const tx = idb.transaction(['searchMeta', 'postings'], 'readonly');
      const rows = tx.objectStore('postings');
      await answered([tx.objectStore('searchMeta').get('state'), ...[...keys.values()].map((k) => rows.get(k))]);
      out.rows.push(performance.now() - start);
      out.gets.push(keys.size + 1);
      const wanted = Array.from({ length: texts }, () => ids[Math.floor(pick() * ids.length)]);
      start = performance.now();
      const store = idb.transaction('clippings', 'readonly').objectStore('clippings');
      await answered(wanted.map((id) => store.get(id)));
      out.texts.push(performance.now() - start);
    }
  }
  return out;
}

const hooks = {
  /** Adds n generated clippings of `chars` characters straight to the table, unindexed (rebuild() indexes them). */
  async seed(n: number, chars: number) {
    return (
      await timed(async () => {
        await seedUnindexed(n, chars, random);
        return n;
      })
    ).ms;
  },
  /** Builds the index from every clipping (lib/db rebuildIndex). */
  async rebuild() {
    return (await timed(() => rebuildIndex())).ms;
  },
  /** One search as the panel makes it (first page), with the time of each step; and, when it gave an estimate, the time to complete it. */
  async search(q: string, complete = false) {
    const phases: SearchPhases = {};
    const { ms, value, start } = await timed(() => searchClippings(q, {}, phases));
    let completeMs = 0;
    let total = value.total;
    if (complete && value.complete) {
      const done = await timed(() => value.complete!());
      completeMs = done.ms;
      total = done.value.total;
    }
    // `start`: the page's clock (performance.now()) when it began, to line its time up with others' (--times).
    return { ms, start, total, firstTotal: value.total, approximate: value.approximate ?? false, pending: !!value.complete, completeMs, phases };
  },
  /**
   * In a browser just started: how long IndexedDB itself takes to open a
   * new empty database (what any first use costs, whatever the data), then
   * this one (no Dexie), and to read the index's state row; closes both.
   */
  async openRaw() {
    const open = (name: string) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    let start = performance.now();
    const empty = await open('jianbao-bench-empty');
    const emptyMs = performance.now() - start;
    empty.close();
    start = performance.now();
    const idb = await open('jianbao');
    const openMs = performance.now() - start;
    await new Promise<void>((resolve, reject) => {
      const request = idb.transaction('searchMeta').objectStore('searchMeta').get('state');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    const readMs = performance.now() - start - openMs;
    idb.close();
    return { emptyMs, openMs, readMs };
  },
  rawReads,
  /** Forgets the posting lists kept between queries (the docs stay): a query as if no earlier one had read its terms. */
  forgetLists() {
    forgetIndexLists();
  },
  /** Bytes kept for searching: posting rows, decoded lists, docs. */
  kept: () => keptIndexBytes(),
  /** As a page that has just opened: nothing kept in memory. */
  forget() {
    forgetIndexView();
  },
  async scan(q: string) {
    const { ms, value } = await timed(() => scanClippings(q));
    return { ms, total: value.length };
  },
  /** Saves one new clipping through lib/db (dedupe, write, index upkeep in the same transaction). */
  async saveOne(chars = 3000) {
    return (await timed(() => saveClipping(sampleClipping(random, { chars })))).ms;
  },
  /**
   * An index built before the segments' sizes were kept: their rows deleted, then counted
   * again from the posting rows as a background merge does (addMissingSizes). Its time, and the rows' bytes.
   */
  async refillSizes() {
    const keys = await db.searchMeta.where('key').startsWith('sizes:').primaryKeys();
    await db.searchMeta.bulkDelete(keys);
    const { ms } = await timed(() => addMissingSizes());
    const rows = (await db.searchMeta.where('key').startsWith('sizes:').toArray()) as Array<{ terms: Float64Array; entries: Uint32Array }>;
    return { ms, rows: rows.length, terms: rows.reduce((n, r) => n + r.terms.length, 0), bytes: rows.reduce((n, r) => n + r.terms.byteLength + r.entries.byteLength, 0) };
  },
  /** Merges the recent rows now (as the background does after MERGE_AT writes or a pause). */
  async merge() {
    return (await timed(() => runMerges())).ms;
  },
  /**
   * Waits until IndexedDB has nothing else to do (an empty read-write
   * transaction starts at once twice running). Resolves to how long it waited.
   */
  async idle() {
    const start = performance.now();
    let quick = 0;
    while (quick < 2 && performance.now() - start < 20_000) {
      await new Promise((resolve) => setTimeout(resolve, 30));
      const { ms } = await timed(() => db.transaction('rw', [db.clippings, db.searchRecent, db.searchMeta, db.postings], () => Promise.resolve()));
      quick = ms < 5 ? quick + 1 : 0;
    }
    return performance.now() - start;
  },
  /** The index's state: segments (clippings and rows each), recent rows, posting rows. */
  async state() {
    const state = (await db.searchMeta.get('state')) as SearchState | undefined;
    return {
      segments: (state?.segments ?? []).map((s) => ({ n: s.n, buckets: s.buckets })),
      recent: await db.searchRecent.count(),
      rows: await db.postings.count(),
    };
  },
  /** What the browser says of the machine's memory (GB; Chromium reports 8 at most). */
  deviceMemory: () => (navigator as { deviceMemory?: number }).deviceMemory ?? null,
  async count() {
    return { clippings: await db.clippings.count() };
  },
  async estimate() {
    const { usage = 0 } = await navigator.storage.estimate();
    return usage;
  },
  sampleQueries,
  commonWords: () => COMMON_WORDS.filter((w) => w.length >= 2).slice(0, 20),
  /** Common words of three characters or more: phrases whose count may be estimated first. */
  commonPhrases: () => COMMON_WORDS.filter((w) => w.length >= 3),
};

export type BenchHooks = typeof hooks;
(globalThis as { __jianbaoBench?: BenchHooks }).__jianbaoBench = hooks;
