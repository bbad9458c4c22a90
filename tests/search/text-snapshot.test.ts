// The saved search texts (text-snapshot.ts): a page that opens warms its
// cache from them instead of the clippings, and they never give back text a
// write has changed since.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, deleteClippings, saveClipping, updateClipping } from '@/lib/db';
import { clearSearchCache, searchCacheStats, searchClippings, warmSearchCache } from '@/lib/search';
import { shardsSaved } from '@/lib/search/text-cache';
import { forgetSignatures, loadSignatures, signatureShardsSaved } from '@/lib/search/signature-store';
import { saveShard, shardOf, TEXT_SNAPSHOT_VERSION } from '@/lib/search/text-snapshot';
import { sampleClipping, seededRandom } from './sample-corpus';
import { paragraphs, resetSearch } from './helpers';

const random = seededRandom(7);
let ids: number[] = [];

/** A page opening afresh: empty cache, warmed again; resolves once its shards are saved. */
async function reopen(): Promise<number> {
  clearSearchCache();
  const held = await warmSearchCache();
  await shardsSaved();
  return held;
}

beforeEach(async () => {
  await resetSearch();
  ids = [];
  for (let i = 0; i < 40; i++) ids.push((await saveClipping(sampleClipping(random, { chars: 300 }))).clipping.id);
});

describe('saved search texts', () => {
  it('are written after a warm from the clippings, and a later warm reads them instead', async () => {
    expect(await db.searchTexts.filter((row) => row.entries !== undefined).count()).toBe(0);
    expect(await reopen()).toBe(40);
    const saved = (await db.searchTexts.toArray()).filter((row) => row.entries);
    expect(saved.every((row) => row.v === TEXT_SNAPSHOT_VERSION && row.id >= 0)).toBe(true);
    expect(saved.flatMap((row) => row.entries ?? [])).toHaveLength(40);

    const before = await searchClippings('发展', { limit: 50 });
    const bulkGet = vi.spyOn(db.clippings, 'bulkGet');
    try {
      expect(await reopen()).toBe(40);
      expect(bulkGet).not.toHaveBeenCalled();
    } finally {
      bulkGet.mockRestore();
    }
    const after = await searchClippings('发展', { limit: 50 });
    expect(after.total).toBe(before.total);
    expect(after.hits).toEqual(before.hits);
  });

  it('never give back text changed, added or deleted since they were saved', async () => {
    const [edited, removed] = ids;
    const bare = async (id: number) => (await db.searchTexts.get(shardOf(id)))?.entries === undefined;
    // Each write marks its shard changed, in the write's own transaction; the next warm builds it again.
    await reopen();
    await updateClipping(edited, { blocks: paragraphs('改写之后的正文，独一无二的词语鹦鹉螺。') });
    expect(await bare(edited)).toBe(true);
    expect(await reopen()).toBe(40);
    expect((await searchClippings('鹦鹉螺')).hits.map((h) => h.id)).toEqual([edited]);

    expect(await bare(removed)).toBe(false);
    await deleteClippings([removed]);
    expect(await bare(removed)).toBe(true);
    expect(await reopen()).toBe(39);
    expect((await searchClippings('的', { limit: 100 })).hits.map((h) => h.id)).not.toContain(removed);

    const added = (await saveClipping({ ...sampleClipping(random, { chars: 200 }), title: '新来的一篇海葵' })).clipping.id;
    expect(await bare(added)).toBe(true);
    expect(await reopen()).toBe(40);
    expect((await searchClippings('海葵')).hits.map((h) => h.id)).toEqual([added]);
    // The shards saved again hold the new text.
    const entries = (await db.searchTexts.toArray()).flatMap((row) => (row.entries ?? []) as Array<{ id: number; text: string }>);
    expect(entries.find((e) => e.id === edited)?.text).toContain('鹦鹉螺');
    expect(entries.map((e) => e.id)).not.toContain(removed);
    expect(entries.map((e) => e.id)).toContain(added);
  });

  it('are not saved when a write came between reading a shard and saving it', async () => {
    const shard = shardOf(ids[0]);
    const texts = (await db.searchTexts.get(shard))?.token;
    const signatures = (await db.searchTexts.get(-1 - shard))?.token;
    await updateClipping(ids[0], { title: '改过的标题' });
    // The write marked both rows of the shard.
    expect(await saveShard(shard, texts, 'entries', [])).toBe(false);
    expect(await saveShard(shard, signatures, 'signatures', [])).toBe(false);
    expect(await saveShard(shard, (await db.searchTexts.get(shard))!.token, 'entries', [])).toBe(true);
    expect(await saveShard(shard, (await db.searchTexts.get(-1 - shard))!.token, 'signatures', [])).toBe(true);
    expect(await db.searchTexts.get(shard)).toMatchObject({ entries: [], v: TEXT_SNAPSHOT_VERSION });
    expect(await db.searchTexts.get(-1 - shard)).toMatchObject({ signatures: [], v: TEXT_SNAPSHOT_VERSION });
  });

  it('ignore a clipping deleted by a page without the indexer, and rows of another format', async () => {
    await reopen();
    await db.clippings.delete(ids[3]); // no indexer: the saved shard still holds it
    expect((await db.searchTexts.toArray()).flatMap((row) => (row.entries ?? []) as Array<{ id: number }>).map((e) => e.id)).toContain(ids[3]);
    expect(await reopen()).toBe(39);
    expect((await searchClippings('的', { limit: 100 })).hits.map((h) => h.id)).not.toContain(ids[3]);

    const row = (await db.searchTexts.get(shardOf(ids[5])))!;
    await db.searchTexts.put({ ...row, v: TEXT_SNAPSHOT_VERSION + 1 });
    const bulkGet = vi.spyOn(db.clippings, 'bulkGet');
    try {
      expect(await reopen()).toBe(39);
      // Built again from the clippings, not taken from the row of another format.
      expect(bulkGet).toHaveBeenCalled();
    } finally {
      bulkGet.mockRestore();
    }
    expect((await db.searchTexts.get(shardOf(ids[5])))?.v).toBe(TEXT_SNAPSHOT_VERSION);
    expect(searchCacheStats().clippings).toBe(39);
  });
});

describe('saved signatures', () => {
  /** Loads the signatures as a page that has just opened; resolves once their shards are saved. */
  async function reload(): Promise<void> {
    forgetSignatures();
    await loadSignatures();
    await signatureShardsSaved();
  }

  it('are saved beside the texts and read back instead of one index row per clipping', async () => {
    await reload();
    const rows = await db.searchTexts.toArray();
    expect(rows.flatMap((row) => row.signatures ?? [])).toHaveLength(40);
    const before = await searchClippings('经济 发展', { limit: 50 });
    const bulkGet = vi.spyOn(db.searchIndex, 'bulkGet');
    try {
      await reload();
      expect(bulkGet).not.toHaveBeenCalled();
    } finally {
      bulkGet.mockRestore();
    }
    expect(await searchClippings('经济 发展', { limit: 50 })).toEqual(before);
  });

  it('are made again for a clipping written since', async () => {
    await reload();
    const edited = ids[2];
    await updateClipping(edited, { blocks: paragraphs('全新的一段话，说的是蜂鸟与仙人掌。') });
    await reload();
    expect((await searchClippings('仙人掌')).hits.map((h) => h.id)).toEqual([edited]);
    const saved = (await db.searchTexts.toArray()).flatMap((row) => (row.signatures ?? []) as Array<{ id: number; grams: Uint8Array }>);
    const current = (await db.searchIndex.get(edited)) as unknown as { grams: Uint8Array };
    expect(saved.find((e) => e.id === edited)?.grams).toEqual(current.grams);
  });
});
