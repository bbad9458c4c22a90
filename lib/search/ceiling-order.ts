// Orders of candidates by a numeric key, highest first, without sorting them
// all: a common word has 50,000 candidates, and sorting their keys took
// several milliseconds of every query, while the walk reads a few hundred and
// a single word's page needs only the k-th highest key.

/**
 * Positions 0…n−1 in descending order of `keys[i]` (ties: higher position
 * first), made as they are asked for. The first FIRST_PICK come from one
 * pass that keeps the highest in a small heap (a walk mostly stops within
 * them, and a heap of every candidate cost a 50,000-entry build and 600 KB
 * of arrays a query); past them, a binary heap of the rest is built in
 * linear time and popped in batches, or sorted when most of it is asked for.
 */
export class DescendingOrder {
  readonly length: number;
  private readonly keys: ArrayLike<number>;
  /** Max-heap of key × 2^21 + position, in [0, size), of the positions not yet made (built past the first pick). */
  private heap: Float64Array | null = null;
  private size = 0;
  private out: Int32Array;
  private made = 0;
  /** The value (key × 2^21 + position) of the last position made: every later one is below it. */
  private last = Infinity;

  /** `keys` below 2^32, at most 2^21 of them. */
  constructor(keys: ArrayLike<number>) {
    this.keys = keys;
    this.length = keys.length;
    this.out = new Int32Array(Math.min(this.length, FIRST_PICK));
  }

  /** The positions ranked [from, to) (to is capped at the length). */
  slice(from: number, to: number): Int32Array {
    const end = Math.min(to, this.length);
    this.make(end);
    return this.out.subarray(from, end);
  }

  at(i: number): number {
    this.make(i + 1);
    return this.out[i];
  }

  private make(upTo: number): void {
    if (upTo <= this.made) return;
    if (this.made === 0 && upTo <= FIRST_PICK) {
      this.pickFirst(Math.min(this.length, FIRST_PICK));
      if (upTo <= this.made) return;
    }
    if (!this.heap) this.buildRest();
    if (upTo - this.made > this.size / 4) {
      // Most of the rest: one sort of what the heap holds.
      const rest = this.heap!.subarray(0, this.size).sort();
      for (let i = rest.length - 1; i >= 0; i--) this.out[this.made++] = rest[i] % 2 ** 21;
      this.size = 0;
      return;
    }
    while (this.made < upTo) {
      const top = this.heap![0];
      this.out[this.made++] = top % 2 ** 21;
      this.size--;
      if (this.size > 0) {
        this.heap![0] = this.heap![this.size];
        this.siftDown(0);
      }
    }
  }

  /** The highest m values by one pass through a min-heap of m. */
  private pickFirst(m: number): void {
    const heap = highest(this.keys, m, true);
    heap.sort();
    for (let i = m - 1; i >= 0; i--) this.out[this.made++] = heap[i] % 2 ** 21;
    if (m) this.last = heap[0];
  }

  /** The heap of every position not made yet (value below the last made). */
  private buildRest(): void {
    const keys = this.keys;
    const n = this.length;
    const heap = new Float64Array(n - this.made);
    let size = 0;
    for (let i = 0; i < n; i++) {
      const v = keys[i] * 2 ** 21 + i;
      if (v < this.last) heap[size++] = v;
    }
    this.heap = heap;
    this.size = size;
    const out = new Int32Array(n);
    out.set(this.out.subarray(0, this.made));
    this.out = out;
    for (let i = (size >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  private siftDown(at: number): void {
    const h = this.heap!;
    const n = this.size;
    const v = h[at];
    let i = at;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && h[r] > h[l] ? r : l;
      if (h[c] <= v) break;
      h[i] = h[c];
      i = c;
    }
    h[i] = v;
  }
}

/** Positions a DescendingOrder makes in its first pass. */
export const FIRST_PICK = 256;

/** The k-th highest of `keys` (k ≥ 1, k ≤ keys.length). */
export function kthHighest(keys: ArrayLike<number>, k: number): number {
  return highest(keys, k, false)[0];
}

/**
 * The k highest of `keys` as a min-heap (its lowest first; k ≤ keys.length).
 * `tagged`: each value is its key times 2^21 plus its position, so that equal
 * keys stay apart and the position can be read back (value % 2^21).
 * Walked from the last key back: candidates are in id order, and where the
 * dates rise with the ids (clippings saved as they are published) nearly
 * every key walked forward beat the heap's lowest and was sifted down, while
 * walked back few do (the same heap either way: 50,000 keys, first 24 of an
 * order 0.74–1.0 → 0.24–0.38 ms, kthHighest 0.54 → 0.16 ms in Node).
 */
function highest(keys: ArrayLike<number>, k: number, tagged: boolean): Float64Array {
  const heap = new Float64Array(k);
  let size = 0;
  for (let i = keys.length - 1; i >= 0; i--) {
    const v = tagged ? keys[i] * 2 ** 21 + i : keys[i];
    if (size < k) {
      // Sift up.
      let j = size++;
      while (j > 0) {
        const parent = (j - 1) >> 1;
        if (heap[parent] <= v) break;
        heap[j] = heap[parent];
        j = parent;
      }
      heap[j] = v;
    } else if (v > heap[0]) {
      // Replace the lowest kept, sift down.
      let j = 0;
      for (;;) {
        const l = 2 * j + 1;
        if (l >= k) break;
        const r = l + 1;
        const c = r < k && heap[r] < heap[l] ? r : l;
        if (heap[c] >= v) break;
        heap[j] = heap[c];
        j = c;
      }
      heap[j] = v;
    }
  }
  return heap;
}
