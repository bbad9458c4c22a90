// v1 -> v2. v1 stored `tags` as one comma-separated string and had no
// `note`, `updatedAt` or `contentHash`; v2 needs tags as an array (for the
// *tags index) and a hash (for duplicate detection). Only v1's own shapes are
// changed here, and nothing is dropped: whatever else does not fit (blocks
// that are strings, a number for a source, a time in 2100) is left for the
// v5 check (upgrade-v5.ts), which repairs it or sets the record aside. This
// step never throws: one odd record must not stop the upgrade.
import { contentHash } from './content-hash';
import { normaliseTags } from './normalise';

const textOf = (b: unknown): string =>
  typeof b === 'string' ? b : typeof b === 'object' && b !== null && typeof (b as { text?: unknown }).text === 'string' ? (b as { text: string }).text : '';

/** Rewrites one v1 record in place (Dexie's Collection.modify callback). */
export function upgradeV1Clipping(record: Record<string, unknown>): void {
  if (typeof record !== 'object' || record === null) return;
  const raw = record.tags;
  if (typeof raw === 'string') record.tags = normaliseTags(raw.split(/[,，、;；]/));
  else if (raw === undefined || raw === null) record.tags = [];
  if (record.note === undefined || record.note === null) record.note = '';
  if (record.updatedAt === undefined && typeof record.createdAt === 'number') record.updatedAt = record.createdAt;
  const title = typeof record.title === 'string' ? record.title : null;
  const blocks = Array.isArray(record.blocks) ? record.blocks.map((b) => ({ text: textOf(b) })) : [];
  record.contentHash = contentHash(title, blocks);
}
