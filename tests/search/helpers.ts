// Shared set-up for the search tests: a fresh database (the index is kept by
// lib/db in every write) and nothing kept in memory. Import
// 'fake-indexeddb/auto' before this file.
import { db, saveClipping, type SearchState } from '@/lib/db';
import { rankClippings } from '@/lib/search';
import { article, resetDatabase } from '../db/helpers';

export { article };

export async function resetSearch(): Promise<void> {
  await resetDatabase();
}

/** Paragraph blocks from plain strings. */
export const paragraphs = (...texts: string[]) => texts.map((text) => ({ type: 'paragraph' as const, text }));

/** The index's state row. */
export const searchState = async () => (await db.searchMeta.get('state')) as SearchState;

/** The ids a query ranks, in ascending order. */
export const rankedIds = async (q: string) => (await rankClippings(q)).map((r) => r.id).sort((a, b) => a - b);

/** Saves `n` small clippings (urls numbered from `from`), each saying 春耕 and one of two words; their ids. */
export async function saveSome(n: number, from = 0): Promise<number[]> {
  const out: number[] = [];
  for (let i = from; i < from + n; i++) {
    const { clipping } = await saveClipping(article({ url: `https://example.com/${i}`, title: `第${i}篇`, blocks: paragraphs(`农机手${i % 2 ? '检修' : '调试'}拖拉机，春耕在即。`) }));
    out.push(clipping.id);
  }
  return out;
}
