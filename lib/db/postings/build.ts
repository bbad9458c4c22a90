// Packed posting rows made in memory: terms → ids and codes, then grouped
// into a segment's buckets and encoded (codec.ts).
import { decodeList, encodeList, termBucket } from './codec';
import type { PostingRow } from './types';

/** Aim for rows of about this many entries (a few KB). */
const ENTRIES_PER_ROW = 4000;

/** The number of rows for a segment of this many entries: a power of two. */
export function bucketsFor(entries: number): number {
  let b = 1;
  while (b * ENTRIES_PER_ROW < entries) b *= 2;
  return b;
}

interface Pending {
  ids: number[];
  codes: number[];
  /** Ids were added out of order: sort before encoding. */
  unsorted: boolean;
}

export class RowBuilder {
  private readonly terms = new Map<string, Pending>();
  entries = 0;

  add(term: string, id: number, code: number): void {
    let p = this.terms.get(term);
    if (!p) {
      p = { ids: [], codes: [], unsorted: false };
      this.terms.set(term, p);
    }
    const last = p.ids.length ? p.ids[p.ids.length - 1] : -1;
    if (id === last) return;
    if (id < last) p.unsorted = true;
    p.ids.push(id);
    p.codes.push(code);
    this.entries++;
  }

  /** Adds a clipping's grams and their codes. */
  addClipping(id: number, grams: readonly string[], codes: ArrayLike<number>): void {
    for (let i = 0; i < grams.length; i++) this.add(grams[i], id, codes[i]);
  }

  /** Adds an encoded list, keeping the entries `keep` accepts. */
  addList(term: string, bytes: Uint8Array, keep: (id: number) => boolean): void {
    const list = decodeList(bytes, keep);
    for (let i = 0; i < list.length; i++) this.add(term, list.ids[i], list.codes[i]);
  }

  /** The rows of the terms that fall in these buckets (all when `only` is not given). */
  rows(seg: number, buckets: number, only?: (bucket: number) => boolean): PostingRow[] {
    const byBucket = new Map<number, string[]>();
    for (const term of this.terms.keys()) {
      const b = termBucket(term, buckets);
      if (only && !only(b)) continue;
      let list = byBucket.get(b);
      if (!list) byBucket.set(b, (list = []));
      list.push(term);
    }
    const rows: PostingRow[] = [];
    for (const [bucket, terms] of byBucket) {
      terms.sort();
      rows.push({ seg, bucket, terms, lists: terms.map((t) => this.encode(this.terms.get(t)!)) });
    }
    return rows;
  }

  private encode(p: Pending): Uint8Array {
    if (!p.unsorted) return encodeList(p.ids, p.codes);
    const order = p.ids.map((_, i) => i).sort((a, b) => p.ids[a] - p.ids[b]);
    const ids: number[] = [];
    const codes: number[] = [];
    for (const i of order) {
      if (ids.length && ids[ids.length - 1] === p.ids[i]) continue;
      ids.push(p.ids[i]);
      codes.push(p.codes[i]);
    }
    return encodeList(ids, codes);
  }
}
