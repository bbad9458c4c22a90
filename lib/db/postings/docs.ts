// The 'docs' row: every merged clipping's version, date and time of
// clipping, in arrays sorted by id (about 20 bytes a clipping).
import type { DocsRow, RecentRow } from './types';

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
