// The search module registers itself here; db code calls it inside its own
// write transactions, so clippings and search terms never disagree.
import type { Transaction } from 'dexie';
import type { Clipping, Indexer } from './types';

let current: Indexer | null = null;

/** Registers (or with null, removes) the indexer. Returns the previous one. */
export function setIndexer(indexer: Indexer | null): Indexer | null {
  const previous = current;
  current = indexer;
  return previous;
}

export async function indexClipping(tx: Transaction, clipping: Clipping): Promise<void> {
  if (current) await current.index(tx, clipping);
}

export async function unindexClipping(tx: Transaction, id: number): Promise<void> {
  if (current) await current.remove(tx, id);
}
