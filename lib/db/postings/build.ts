// Packed posting rows made in memory: (gram, id, code) entries gathered in
// flat typed arrays (a merge of thousands of clippings adds millions), then
// grouped by gram (a counting sort keeps each gram's ids in the order they
// came), bucketed and encoded into one byte array per row (codec.ts). Grams
// are numbers (lib/searchable gramKey) throughout.
import { decodeList, encodeInto, termBucket } from './codec';
import type { PostingRow } from './types';

/** Aim for rows of about this many entries (a few KB). */
const ENTRIES_PER_ROW = 4000;

/** The number of rows for a segment of this many entries: a power of two. */
export function bucketsFor(entries: number): number {
  let b = 1;
  while (b * ENTRIES_PER_ROW < entries) b *= 2;
  return b;
}

export class RowBuilder {
  private readonly termIndex = new Map<number, number>();
  private readonly termList: number[] = [];
  /** Per term: the last id added, and whether ids came out of order. */
  private lastId = new Float64Array(1024).fill(-1);
  private unsorted = new Uint8Array(1024);
  private entryTerm = new Int32Array(1 << 16);
  private entryId = new Float64Array(1 << 16);
  private entryCode = new Uint8Array(1 << 16);
  entries = 0;

  private termOf(term: number): number {
    let t = this.termIndex.get(term);
    if (t === undefined) {
      t = this.termList.length;
      this.termIndex.set(term, t);
      this.termList.push(term);
      if (t >= this.lastId.length) {
        const last = new Float64Array(this.lastId.length * 2).fill(-1);
        last.set(this.lastId);
        this.lastId = last;
        const uns = new Uint8Array(this.unsorted.length * 2);
        uns.set(this.unsorted);
        this.unsorted = uns;
      }
    }
    return t;
  }

  private push(t: number, id: number, code: number): void {
    const last = this.lastId[t];
    if (id === last) return;
    if (id < last) this.unsorted[t] = 1;
    this.lastId[t] = id;
    if (this.entries === this.entryTerm.length) {
      const n = this.entries * 2;
      const terms = new Int32Array(n);
      terms.set(this.entryTerm);
      this.entryTerm = terms;
      const ids = new Float64Array(n);
      ids.set(this.entryId);
      this.entryId = ids;
      const codes = new Uint8Array(n);
      codes.set(this.entryCode);
      this.entryCode = codes;
    }
    this.entryTerm[this.entries] = t;
    this.entryId[this.entries] = id;
    this.entryCode[this.entries++] = code;
  }

  add(term: number, id: number, code: number): void {
    this.push(this.termOf(term), id, code);
  }

  /** Adds a clipping's grams and their codes. */
  addClipping(id: number, grams: ArrayLike<number>, codes: ArrayLike<number>): void {
    for (let i = 0; i < grams.length; i++) this.push(this.termOf(grams[i]), id, codes[i]);
  }

  /** Adds the encoded list data[from, end), keeping the entries `keep` accepts. */
  addList(term: number, data: Uint8Array, from: number, end: number, keep: (id: number) => boolean): void {
    const t = this.termOf(term);
    const list = decodeList(data, keep, from, end);
    for (let i = 0; i < list.length; i++) this.push(t, list.ids[i], list.codes[i]);
  }

  /**
   * The terms with `min` entries or more, and how many each has (a merge's
   * repeated ids counted twice: an estimate, for sizes.ts).
   */
  commonTerms(min: number): Array<[number, number]> {
    const counts = new Int32Array(this.termList.length);
    for (let e = 0; e < this.entries; e++) counts[this.entryTerm[e]]++;
    const out: Array<[number, number]> = [];
    for (let t = 0; t < counts.length; t++) if (counts[t] >= min) out.push([this.termList[t], counts[t]]);
    return out;
  }

  /** The rows of every term, `buckets` of them (empty buckets are left out). */
  rows(seg: number, buckets: number): PostingRow[] {
    const rows: PostingRow[] = [];
    for (const row of this.rowParts(seg, buckets)) if (row) rows.push(row);
    return rows;
  }

  /**
   * rows(), giving the page's other work a turn (`pause`) whenever a slice
   * of `sliceMs` has run: for the 64 clippings of
   * a merge it takes 40–70 ms in one go, and a save or a search typed
   * meanwhile in the same page waited for all of it.
   */
  async rowsInSlices(seg: number, buckets: number, sliceMs: number, pause: () => Promise<unknown>): Promise<PostingRow[]> {
    const rows: PostingRow[] = [];
    let started = performance.now();
    for (const row of this.rowParts(seg, buckets)) {
      if (row) rows.push(row);
      if (performance.now() - started >= sliceMs) {
        await pause();
        started = performance.now();
      }
    }
    return rows;
  }

  /** The rows one by one; null between the steps that come before them (a place to pause). */
  private *rowParts(seg: number, buckets: number): Generator<PostingRow | null> {
    const terms = this.termList.length;
    // Counting sort of the entries by term, stable: each term's ids stay in the order they came.
    const start = new Int32Array(terms + 1);
    for (let e = 0; e < this.entries; e++) start[this.entryTerm[e] + 1]++;
    yield null;
    for (let t = 0; t < terms; t++) start[t + 1] += start[t];
    const fill = start.slice(0, terms);
    const order = new Int32Array(this.entries);
    for (let e = 0; e < this.entries; e++) order[fill[this.entryTerm[e]]++] = e;
    yield null;

    const byBucket = new Map<number, number[]>();
    for (let t = 0; t < terms; t++) {
      const b = termBucket(this.termList[t], buckets);
      let list = byBucket.get(b);
      if (!list) byBucket.set(b, (list = []));
      list.push(t);
      if ((t & 4095) === 4095) yield null;
    }
    yield null;
    let buffer = new Uint8Array(1 << 16);
    for (const [bucket, ts] of byBucket) {
      ts.sort((a, b) => this.termList[a] - this.termList[b]);
      const offsets = new Uint32Array(ts.length + 1);
      let at = 0;
      ts.forEach((t, i) => {
        let from = start[t];
        let to = start[t + 1];
        let ids = this.entryId;
        let codes = this.entryCode;
        let idx: ArrayLike<number> = order;
        if (this.unsorted[t]) {
          // Out of order (segments merged): sort this term's entries by id, dropping repeats.
          const pairs = Array.from(order.subarray(from, to)).sort((x, y) => this.entryId[x] - this.entryId[y]);
          idx = pairs;
          from = 0;
          to = pairs.length;
        }
        const need = at + (to - from) * 8 + 16;
        if (need > buffer.length) {
          const grown = new Uint8Array(Math.max(need, buffer.length * 2));
          grown.set(buffer.subarray(0, at));
          buffer = grown;
        }
        at = encodeInto(buffer, at, ids, codes, idx, from, to);
        offsets[i + 1] = at;
        ids = this.entryId;
        codes = this.entryCode;
      });
      yield { seg, bucket, terms: Float64Array.from(ts, (t) => this.termList[t]), offsets, data: buffer.slice(0, at) };
    }
  }
}
