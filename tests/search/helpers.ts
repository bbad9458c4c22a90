// Shared set-up for the search tests: a fresh database (the index is kept by
// lib/db in every write) and nothing kept in memory. Import
// 'fake-indexeddb/auto' before this file.
import type { DBCore, DBCoreTable } from 'dexie';
import { db, saveClipping, type SearchState } from '@/lib/db';
import { rankClippings } from '@/lib/search';
import { article, resetDatabase } from '../db/helpers';

export { article };

/**
 * Closes the database and installs a DBCore middleware named `name` whose
 * tables are `wrap(tableName, table)` (return `table` to leave one alone), to
 * watch or fail what a test asks of them; open the database again after.
 * dropMiddleware(name) closes it and takes the middleware away.
 */
export function useTableMiddleware(name: string, wrap: (tableName: string, table: DBCoreTable) => DBCoreTable): void {
  db.close();
  db.use({ stack: 'dbcore', name, create: (down: DBCore): DBCore => ({ ...down, table: (tableName) => wrap(tableName, down.table(tableName)) }) });
}

export function dropMiddleware(name: string): void {
  db.close();
  db.unuse({ stack: 'dbcore', name });
}

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
