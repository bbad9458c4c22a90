// Generated clippings written straight to the table, unindexed (a rebuild
// indexes them): the seeding both search benchmarks share, in Node and in the
// benchmark page of the Chromium build.

import { contentHash, db, type Clipping } from '../lib/db';
import { sampleClipping } from '../tests/search/sample-corpus';

// About 450 KB a transaction: Chromium writes a larger one with an undo log,
// whose dead entries every later open reads (lib/db/postings/merge.ts), and
// the benchmark would measure its own seeding.
const BATCH = 64;

export async function seedUnindexed(n: number, chars: number, random: () => number): Promise<void> {
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
}
