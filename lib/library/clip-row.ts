// What one line of the library list shows of a clipping.
import { db, type Clipping } from '../db';
import { withStorage } from '../db/run';
import { toValidStoredClipping } from '../db/validate';

export interface ClipRow {
  id: number;
  /** The title, else the opening words of the text (a clipping may have no title); null when there is neither. */
  heading: string | null;
  /** Paper, date and page, whichever are known, in that order. */
  meta: string[];
  tags: string[];
  /** The stored record is no clipping (no title and no text): shown as damaged, in quarantine's place. */
  damaged?: boolean;
}

/** Enough characters to fill a list row; the row cuts the rest with an ellipsis. */
const HEADING_FALLBACK_CHARS = 40;

export function toClipRow(c: Clipping): ClipRow {
  const title = c.title?.replace(/\s+/g, ' ').trim();
  const firstText = c.blocks.map((b) => b.text.replace(/\s+/g, ' ').trim()).find(Boolean);
  return {
    id: c.id,
    heading: title || firstText?.slice(0, HEADING_FALLBACK_CHARS) || null,
    meta: [c.source, c.date, c.page].filter((part): part is string => Boolean(part?.trim())),
    tags: c.tags,
  };
}

/** A row for a stored record as the checks repair it (lib/db/validate.ts); a record that is no clipping reads as damaged. */
export function toSafeClipRow(raw: unknown, id: number): ClipRow {
  const c = toValidStoredClipping(raw);
  return c ? toClipRow(c) : { id, heading: null, meta: [], tags: [], damaged: true };
}

/** Rows for `ids` (missing ids, deleted meanwhile, are left out). */
export function readClipRows(ids: readonly number[]): Promise<ClipRow[]> {
  return withStorage(async () => {
    const rows = await db.clippings.bulkGet([...ids]);
    return rows.flatMap((c, i) => (c === undefined ? [] : [toSafeClipRow(c, ids[i])]));
  });
}
