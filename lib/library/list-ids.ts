// The library list as ids, newest first, plus the values its filters offer.
// The list loads full rows only for the ids scrolled into view, so 10,000
// clippings never sit in memory at once.
import { db, filteredIds, listClippings, type ClippingFilter } from '../db';
import { foregroundIdle, withStorage } from '../db/run';
import { paperName } from './papers';

/** True when no filter field is set (an empty string counts as unset). */
export function isEmptyFilter(filter: ClippingFilter): boolean {
  return !filter.source && !filter.tag && !filter.from && !filter.to;
}

/** Drops empty fields, so '' from a form control means "any", as listClippings expects undefined. */
export function cleanFilter(filter: ClippingFilter): ClippingFilter {
  const out: ClippingFilter = {};
  if (filter.source) out.source = filter.source;
  if (filter.tag) out.tag = filter.tag;
  if (filter.from) out.from = filter.from;
  if (filter.to) out.to = filter.to;
  return out;
}

/**
 * Ids in listClippings order (createdAt, then id, both descending). Without a
 * filter only the createdAt index is read: IndexedDB orders equal index keys
 * by primary key, so the index read backwards gives the same order
 * listClippings sorts into (keep the two in sync).
 */
export function listClippingIds(filter: ClippingFilter = {}): Promise<number[]> {
  const clean = cleanFilter(filter);
  // Read forwards and reversed here: forwards is one getAllKeys() in every
  // browser; backwards is one only where IndexedDB takes a direction
  // (getAllRecords, Chromium 141+), else a cursor step per clipping.
  if (isEmptyFilter(clean)) return idsByTimeOfClipping();
  if (!clean.source) return listClippings(clean).then((rows) => rows.map((c) => c.id));
  return samePaper(clean.source).then(async (sources) => {
    if (sources.length === 1 && sources[0] === clean.source) return (await listClippings(clean)).map((c) => c.id);
    // A paper stored under several spellings: each read by the source index, then put in list order.
    const rows = (await Promise.all(sources.map((source) => listClippings({ ...clean, source })))).flat();
    return rows.sort((a, b) => b.createdAt - a.createdAt || b.id - a.id).map((c) => c.id);
  });
}

/**
 * Ids the unfiltered list reads per transaction. Chromium checks each entry
 * of the createdAt index against its record (35–60 µs an entry in a browser
 * just started), and every other read of the database waits for a whole
 * request: the side panel's first search waited for the list (0.35 s at
 * 10,000 in a trace of the panel opening, when most clippings fell in one of
 * the 16 ranges of time it was read in before). Parts of a fixed count bound
 * that wait whatever the times are, and a search in progress goes first.
 */
export const LIST_CHUNK = 512;

/**
 * Every id, newest first, read from the createdAt index oldest first in
 * transactions of `chunk` ids: each part starts after the time the last one
 * ended at; the ids of that time are read whole (IndexedDB orders equal keys
 * by id), so a time shared across a boundary is neither lost nor repeated.
 */
export async function idsByTimeOfClipping(chunk = LIST_CHUNK): Promise<number[]> {
  let ids: number[] = [];
  let after: number | null = null;
  for (;;) {
    const from: number | null = after;
    // A search typed meanwhile reads first (run.ts).
    await foregroundIdle();
    const part: { got: number[]; last: number | null } = await withStorage(() =>
      db.transaction('r', db.clippings, async (): Promise<{ got: number[]; last: number | null }> => {
        const range = from === null ? db.clippings.orderBy('createdAt') : db.clippings.where('createdAt').above(from);
        const got = (await range.limit(chunk).primaryKeys()) as number[];
        if (got.length < chunk) return { got, last: null };
        const last = (await db.clippings.get(got[got.length - 1]))?.createdAt;
        if (typeof last !== 'number') return { got, last: null };
        // The part ends with every id of its last time, those past the limit too.
        const same = (await db.clippings.where('createdAt').equals(last).primaryKeys()) as number[];
        const sameSet = new Set(same);
        return { got: got.filter((id) => !sameSet.has(id)).concat(same), last };
      }),
    );
    ids = ids.concat(part.got);
    if (part.last === null) break;
    after = part.last;
  }
  return ids.reverse();
}

/**
 * Ids passing a filter, ascending, a paper's every stored name included (光明日报
 * finds 光明网's clippings too), for search; null when the filter is empty.
 */
export async function filteredIdsByPaper(filter: ClippingFilter): Promise<number[] | null> {
  const clean = cleanFilter(filter);
  if (!clean.source) return isEmptyFilter(clean) ? null : filteredIds(clean);
  const lists = await Promise.all((await samePaper(clean.source)).map((source) => filteredIds({ ...clean, source })));
  return [...new Set(lists.flatMap((ids) => ids ?? []))].sort((a, b) => a - b);
}

/** The stored spellings of a paper (just itself when none is stored). */
async function samePaper(paper: string): Promise<string[]> {
  const name = paperName(paper);
  // A channel alone (文化频道) is no paper: it groups with nothing.
  const sources = name ? (await listSources()).filter((source) => paperName(source) === name) : [];
  return sources.length ? sources : [paper];
}

const collator = new Intl.Collator('zh-Hans-CN');

/**
 * The distinct keys of an index, by seeking from one to the next: one short
 * read per distinct key. (uniqueKeys() walks every entry in Chromium: 730 ms
 * for the dozen papers of 50,000 clippings, read again after every write.)
 * Each seek is a read of its own, after any search running (run.ts): in a
 * side panel just opened, the two filters' seeks came between a search's
 * reads (traced). A key added or removed between two seeks shows at the
 * next read of the filters, which every write brings (live query).
 */
async function distinctKeys(index: 'source' | 'tags'): Promise<string[]> {
  const next = async (after: string | undefined): Promise<string | undefined> => {
    await foregroundIdle();
    return withStorage(async () => (after === undefined ? db.clippings.orderBy(index).firstKey() : db.clippings.where(index).above(after).firstKey()) as Promise<string | undefined>);
  };
  const keys: string[] = [];
  for (let key = await next(undefined); key !== undefined; key = await next(key)) keys.push(key);
  return keys.sort(collator.compare);
}

/** Every paper name in use, for the source filter; read from the index alone. */
export function listSources(): Promise<string[]> {
  return distinctKeys('source');
}

/** Every tag in use, for the tag filter; read from the multi-entry index alone. */
export function listTags(): Promise<string[]> {
  return distinctKeys('tags');
}
