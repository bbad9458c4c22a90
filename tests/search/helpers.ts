// Shared set-up for the search tests: a fresh database with the search
// indexer installed and empty in-memory caches. Import 'fake-indexeddb/auto'
// before this file.
import { resetDatabase } from '../db/helpers';
import { clearSearchCache, installSearchIndex } from '@/lib/search';

export { article } from '../db/helpers';

export async function resetSearch(): Promise<void> {
  await resetDatabase();
  installSearchIndex();
  clearSearchCache();
}

/** Paragraph blocks from plain strings. */
export const paragraphs = (...texts: string[]) => texts.map((text) => ({ type: 'paragraph' as const, text }));
