// v1 -> v2. v1 stored `tags` as one comma-separated string and had no
// `note`, `updatedAt` or `contentHash`; v2 needs tags as an array (for the
// *tags index) and a hash (for duplicate detection).
import { contentHash } from './content-hash';
import { normaliseTags } from './normalise';

/** Rewrites one v1 record in place (Dexie's Collection.modify callback). */
export function upgradeV1Clipping(record: Record<string, unknown>): void {
  const raw = record.tags;
  record.tags = normaliseTags(typeof raw === 'string' ? raw.split(/[,，、;；]/) : Array.isArray(raw) ? raw : []);
  if (typeof record.note !== 'string') record.note = '';
  for (const key of ['url', 'source', 'date', 'page', 'column', 'kicker', 'title', 'subtitle', 'byline', 'continuation']) {
    if (typeof record[key] !== 'string') record[key] = null;
  }
  if (!Array.isArray(record.blocks)) record.blocks = [];
  if (!Array.isArray(record.captions)) record.captions = [];
  if (typeof record.createdAt !== 'number') record.createdAt = 0;
  if (typeof record.updatedAt !== 'number') record.updatedAt = record.createdAt;
  record.contentHash = contentHash(record.title as string | null, record.blocks as { text: string }[]);
}
