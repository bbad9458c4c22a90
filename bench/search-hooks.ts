// Benchmark hooks, in a page that only the benchmark's own build has
// (bench/search.html, added by wxt.config.ts in `wxt build --mode bench`), so
// the benchmark (bench/search.bench.ts) drives the real search code in a real
// extension page and nothing of it ships. Every hook times
// itself with performance.now(), leaving out the round trip to Playwright.
import { db } from '@/lib/db/db';
import { contentHash } from '@/lib/db/content-hash';
import { saveClipping } from '@/lib/db/clippings';
import { findDuplicate } from '@/lib/db/dedupe';
import { indexClipping, setIndexer } from '@/lib/db/indexer';
import { writeTransaction } from '@/lib/db/run';
import type { Clipping } from '@/lib/db/types';
import { listClippingIds, listSources, listTags } from '@/lib/library/list-ids';
import { rebuildSearchIndex } from '@/lib/search/indexer';
import { COMMON_WORDS, sampleClipping, seededRandom } from '../tests/search/sample-corpus';
import { scanClippings } from '@/lib/search/scan';
import { loadSignatures, signatureShardsSaved } from '@/lib/search/signature-store';
import { rankClippings, searchClippings, type SearchPhases } from '@/lib/search/search';
import { clearSearchCache, searchCacheStats, shardsSaved, warmSearchCache } from '@/lib/search/text-cache';
import '@/lib/search';

const BATCH = 250;
const random = seededRandom(20250701);

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
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

const hooks = {
  /** Adds n generated clippings of `chars` characters straight to the table, unindexed (rebuild() indexes them). */
  async seed(n: number, chars: number) {
    return (
      await timed(async () => {
        const now = Date.now();
        for (let done = 0; done < n; done += BATCH) {
          const rows: Omit<Clipping, 'id'>[] = [];
          for (let i = done; i < Math.min(n, done + BATCH); i++) {
            const input = sampleClipping(random, { chars, traditional: random() < 0.1 });
            rows.push({
              ...input, url: null, source: input.source ?? null, date: input.date ?? null, page: null,
              tags: input.tags ?? [], note: input.note ?? '', createdAt: now + i, updatedAt: now + i,
              contentHash: contentHash(input.title, input.blocks),
            });
          }
          await db.clippings.bulkAdd(rows as Clipping[]);
        }
        return n;
      })
    ).ms;
  },
  /** Indexes every clipping (rebuildSearchIndex). */
  async rebuild() {
    return (await timed(() => rebuildSearchIndex())).ms;
  },
  async warm() {
    clearSearchCache();
    const { ms } = await timed(() => warmSearchCache());
    return { ms, ...searchCacheStats() };
  },
  /** Empties the text cache (not the signatures), as in a page that has just opened and searched once. */
  coldCache() {
    clearSearchCache();
  },
  /** One search as the panel makes it (first page), with the time of each step (search.ts). */
  async search(q: string) {
    const phases: SearchPhases = {};
    const { ms, value } = await timed(() => searchClippings(q, {}, phases));
    return { ms, total: value.total, phases };
  },
  /** Every hit ranked in full (rankClippings), as search did before it ranked only the page. */
  async rank(q: string) {
    const { ms, value } = await timed(() => rankClippings(q));
    return { ms, total: value.length };
  },
  async scan(q: string) {
    const { ms, value } = await timed(() => scanClippings(q));
    return { ms, total: value.length };
  },
  /** Saves one new clipping through lib/db (dedupe, write, index upkeep). */
  async saveOne(chars = 3000) {
    return (await timed(() => saveClipping(sampleClipping(random, { chars })))).ms;
  },
  /** The same without the search indexer, to see what index upkeep adds. */
  async saveOneUnindexed(chars = 3000) {
    const previous = setIndexer(null);
    try {
      return (await timed(() => saveClipping(sampleClipping(random, { chars })))).ms;
    } finally {
      setIndexer(previous);
    }
  },
  /**
   * saveClipping's steps for a new clipping (as lib/db/clippings.ts makes
   * them, written out here to time each): waiting for the transaction, the
   * duplicate check, the add, index upkeep, and the commit.
   */
  async saveSteps(chars = 3000, indexed = true) {
    const input = sampleClipping(random, { chars });
    const now = Date.now();
    const row = {
      ...input, url: null, source: input.source ?? null, date: input.date ?? null, page: null,
      tags: input.tags ?? [], note: input.note ?? '', createdAt: now, updatedAt: now,
      contentHash: contentHash(input.title, input.blocks),
    };
    const previous = indexed ? null : setIndexer(null);
    const t = [performance.now()];
    try {
      await writeTransaction(async (tx) => {
        t.push(performance.now());
        await findDuplicate({ url: null, title: row.title, contentHash: row.contentHash });
        t.push(performance.now());
        const id = await db.clippings.add(row as Clipping);
        t.push(performance.now());
        await indexClipping(tx, { ...(row as Clipping), id });
        t.push(performance.now());
      });
      t.push(performance.now());
    } finally {
      if (!indexed) setIndexer(previous);
    }
    const d = (i: number) => t[i + 1] - t[i];
    return { wait: d(0), dedupe: d(1), add: d(2), index: d(3), commit: d(4), total: t[5] - t[0] };
  },
  /**
   * Waits until IndexedDB has nothing else to do (an empty read-write
   * transaction starts at once twice running), so a timed save does not wait
   * behind the reads the side panel's library makes after every write.
   * Resolves to how long it waited.
   */
  async idle() {
    const start = performance.now();
    let quick = 0;
    while (quick < 2 && performance.now() - start < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 30));
      const { ms } = await timed(() => db.transaction('rw', db.clippings, db.searchIndex, () => Promise.resolve()));
      quick = ms < 5 ? quick + 1 : 0;
    }
    return performance.now() - start;
  },
  /** The reads the library list makes again after every write (lib/library/list-ids.ts), each timed. */
  async libraryReads() {
    return {
      ids: (await timed(() => listClippingIds({}))).ms,
      sources: (await timed(() => listSources())).ms,
      tags: (await timed(() => listTags())).ms,
    };
  },
  /** What search holds in memory: the text cache, its character index, the signatures. */
  async memory() {
    const signatures = await loadSignatures();
    return { ...searchCacheStats(), signatureBytes: signatures.bytes };
  },
  /**
   * Right after the page (re)opens: searches for each of `queries` in turn,
   * as a user who types at once makes them, while the panel loads the
   * signatures and warms the text cache; then how long after opening the
   * cache was warm. Times from the page's own clock (0 = navigation).
   */
  async firstSearchesAfterOpen(queries: string[]) {
    const openedAt = performance.now();
    const searches = [];
    for (const q of queries) {
      const phases: SearchPhases = {};
      const { ms, value } = await timed(() => searchClippings(q, {}, phases));
      searches.push({ q, ms, total: value.total, phases, at: performance.now() });
    }
    await warmSearchCache();
    return { openedAt, searches, warmAt: performance.now(), ...searchCacheStats() };
  },
  /** Waits for the shards the last loads started to save (text-snapshot.ts); how many, and how long it waited. */
  async shardsSaved() {
    const { ms, value } = await timed(async () => [await signatureShardsSaved(), await shardsSaved()]);
    return { ms, signatures: value[0], texts: value[1], rows: await db.searchTexts.count() };
  },
  /** What the browser says of the machine's memory (GB; Chromium reports 8 at most). */
  deviceMemory: () => (navigator as { deviceMemory?: number }).deviceMemory ?? null,
  async count() {
    return { clippings: await db.clippings.count(), indexed: await db.searchIndex.count() };
  },
  async estimate() {
    const { usage = 0 } = await navigator.storage.estimate();
    return usage;
  },
  sampleQueries,
  commonWords: () => COMMON_WORDS.filter((w) => w.length >= 2).slice(0, 20),
};

export type BenchHooks = typeof hooks;
(globalThis as { __jianbaoBench?: BenchHooks }).__jianbaoBench = hooks;
