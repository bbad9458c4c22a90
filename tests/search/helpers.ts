// Shared set-up for the search tests: a fresh database (the index is kept by
// lib/db in every write) and nothing kept in memory. Import
// 'fake-indexeddb/auto' before this file.
import { resetDatabase } from '../db/helpers';

export { article } from '../db/helpers';

export async function resetSearch(): Promise<void> {
  await resetDatabase();
}

/** Paragraph blocks from plain strings. */
export const paragraphs = (...texts: string[]) => texts.map((text) => ({ type: 'paragraph' as const, text }));
