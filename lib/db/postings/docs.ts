// The docs: every merged clipping's version, date and time of clipping, in
// arrays sorted by id (about 20 bytes a clipping), stored in shards of
// DOCS_SHARD_IDS ids ('docs:0', 'docs:1', …, in searchMeta): each stays under
// the size above which Chromium stores a value as a separate blob file, and
// a merge rewrites only the shards of the ids it merged (new clippings: the
// last one), not 1 MB at 50,000 clippings.
import type { Transaction } from 'dexie';
import { emptyDocs, metaTable } from './state';
import type { DocsRow, RecentRow } from './types';

/** Ids per shard: 2,048 × 20 bytes = 40 KB at most. */
export const DOCS_SHARD_IDS = 2048;
const PREFIX = 'docs:';

/** The shard an id is in. */
export const docsShard = (id: number): number => Math.floor(id / DOCS_SHARD_IDS);

/** Every shard, or those numbered in `only`, as one DocsRow. */
export async function readDocs(tx: Transaction, only?: Iterable<number>): Promise<DocsRow> {
  const table = metaTable(tx);
  const shards = (
    only ? (await table.bulkGet([...new Set(only)].map((n) => `${PREFIX}${n}`))).filter((s) => !!s) : await table.where('key').startsWith(PREFIX).toArray()
  ) as DocsRow[];
  if (shards.length === 0) return emptyDocs();
  shards.sort((a, b) => a.ids[0] - b.ids[0]);
  const n = shards.reduce((sum, s) => sum + s.ids.length, 0);
  const out: DocsRow = { key: 'docs', ids: new Int32Array(n), versions: new Int32Array(n), dates: new Int32Array(n), created: new Float64Array(n) };
  let at = 0;
  for (const s of shards) {
    out.ids.set(s.ids, at);
    out.versions.set(s.versions, at);
    out.dates.set(s.dates, at);
    out.created.set(s.created, at);
    at += s.ids.length;
  }
  return out;
}

/**
 * Stores `docs`: the shards of the ids in `changed` (every shard, and none
 * left of before, without it). A shard left empty is deleted.
 */
export async function writeDocs(tx: Transaction, docs: DocsRow, changed?: Iterable<number>): Promise<void> {
  const table = metaTable(tx);
  let wanted: Set<number>;
  if (changed) {
    wanted = new Set<number>();
    for (const id of changed) wanted.add(docsShard(id));
  } else {
    await table.where('key').startsWith(PREFIX).delete();
    await table.delete('docs'); // format 2 kept them in one row
    wanted = new Set<number>();
    for (const id of docs.ids) wanted.add(docsShard(id));
  }
  const rows: DocsRow[] = [];
  for (const shard of wanted) {
    const from = lowerBound(docs.ids, shard * DOCS_SHARD_IDS);
    const to = lowerBound(docs.ids, (shard + 1) * DOCS_SHARD_IDS);
    const key = `${PREFIX}${shard}`;
    if (from === to) {
      await table.delete(key);
      continue;
    }
    rows.push({
      key,
      ids: docs.ids.slice(from, to),
      versions: docs.versions.slice(from, to),
      dates: docs.dates.slice(from, to),
      created: docs.created.slice(from, to),
    } as DocsRow);
  }
  if (rows.length) await table.bulkPut(rows);
}

function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The docs with the recent rows applied (each with the version it was merged at): changed, added, deleted. */
export function applyRecent(docs: DocsRow, merged: ReadonlyArray<{ row: RecentRow; version: number }>): DocsRow {
  const changes = new Map(merged.map((m) => [m.row.id, m]));
  const ids: number[] = [];
  const versions: number[] = [];
  const dates: number[] = [];
  const created: number[] = [];
  const push = (id: number, v: number, d: number, c: number) => {
    ids.push(id);
    versions.push(v);
    dates.push(d);
    created.push(c);
  };
  for (let i = 0; i < docs.ids.length; i++) {
    const id = docs.ids[i];
    if (changes.has(id)) continue;
    push(id, docs.versions[i], docs.dates[i], docs.created[i]);
  }
  for (const { row, version } of merged) if (!row.deleted) push(row.id, version, row.date ?? 0, row.created ?? 0);
  const order = ids.map((_, i) => i).sort((a, b) => ids[a] - ids[b]);
  return {
    key: 'docs',
    ids: Int32Array.from(order, (i) => ids[i]),
    versions: Int32Array.from(order, (i) => versions[i]),
    dates: Int32Array.from(order, (i) => dates[i]),
    created: Float64Array.from(order, (i) => created[i]),
  };
}

/** The merged version of a clipping (0 when it is not merged): binary search. */
export function docVersion(docs: DocsRow, id: number): number {
  let lo = 0;
  let hi = docs.ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs.ids[mid] < id) lo = mid + 1;
    else hi = mid;
  }
  return lo < docs.ids.length && docs.ids[lo] === id ? docs.versions[lo] : 0;
}
