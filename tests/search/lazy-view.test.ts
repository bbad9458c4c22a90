// The index view a query reads decodes its lists on demand: a list decoded
// among candidates holds what the whole list holds among them, and a view
// asked after a later read changed what it stands on (a save meanwhile)
// refuses, so the query reads again rather than mix two states.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetIndexLists, IndexChangedError, keptIndexBytes, mergeRecent, readIndex, saveClipping } from '@/lib/db';
import { gramKeyOf } from '@/lib/searchable';
import { searchClippings } from '@/lib/search';
import { article, paragraphs, resetSearch } from './helpers';

const ids = (l: { ids: Int32Array; length: number }) => Array.from(l.ids.subarray(0, l.length));

beforeEach(async () => {
  await resetSearch();
  for (const title of ['春耕', '夏收', '秋种', '冬藏']) await saveClipping(article({ url: null, title, blocks: paragraphs(`${title}发展的正文。`) }));
  await mergeRecent();
  // One more, still a recent row: lists come from a segment and the recent rows.
  await saveClipping(article({ url: null, title: '立春', blocks: paragraphs('立春也要发展。') }));
  expect((await searchClippings('发展')).total).toBe(5);
});

describe('the index view', () => {
  it('decodes a list among candidates as the whole list holds them, from the segment and the recent rows', async () => {
    const g = gramKeyOf('发展');
    const view = await readIndex([g, gramKeyOf('正文')]);
    const whole = view.list(g);
    expect(whole.length).toBe(5);
    const among = Int32Array.from([ids(whole)[0], ids(whole)[2], ids(whole)[4], 10_000]);
    expect(ids(view.listAmong(g, among, 3))).toEqual([ids(whole)[0], ids(whole)[2], ids(whole)[4]]);
    // Another view, nothing decoded yet: the same, scanned from the rows.
    const fresh = await readIndex([g]);
    expect(ids(fresh.listAmong(g, among, 4))).toEqual([ids(whole)[0], ids(whole)[2], ids(whole)[4]]);
    expect(view.sizeOf(gramKeyOf('正文'))).toBeGreaterThan(0);
    expect(view.sizeOf(gramKeyOf('没有'))).toBe(0);
  });

  it('decodes whole only the shortest list of a phrase, the others among the candidates left (kept: that one)', async () => {
    forgetIndexLists();
    expect((await searchClippings('正文')).total).toBe(4);
    const one = keptIndexBytes().lists;
    expect(one).toBeGreaterThan(0);
    // 发展的正文: four pairs, each held by four or five of the five clippings.
    forgetIndexLists();
    const phrase = await searchClippings('发展的正文');
    expect(phrase.total).toBe(4);
    expect(keptIndexBytes().lists).toBeLessThan(2 * one);
    // Asked again, the same (the kept list and the others from their rows).
    const again = await searchClippings('发展的正文');
    expect(again.hits.map((h) => h.id)).toEqual(phrase.hits.map((h) => h.id));
  });

  it('refuses to decode after a later read saw a save, and a search then reads again', async () => {
    const g = gramKeyOf('正文');
    const stale = await readIndex([g]);
    await saveClipping(article({ url: null, title: '雨水', blocks: paragraphs('雨水的正文。') }));
    await readIndex([g]); // another query of this page, after the save
    expect(() => stale.list(g)).toThrow(IndexChangedError);
    expect((await searchClippings('正文')).total).toBe(5);
  });
});
