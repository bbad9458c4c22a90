// Orders of candidates by a numeric key, highest first, without sorting them
// all: a common word has 50,000 candidates, and sorting their keys took
// several milliseconds of every query, while the walk reads a few hundred and
// a single word's page needs only the k-th highest key.

/**
 * Positions 0…n−1 in descending order of `keys[i]` (ties: higher position
 * first), made as they are asked for: a binary heap built in linear time,
 * popped in batches. Asking for most of what is left sorts it instead.
 */
export class DescendingOrder {
  readonly length: number;
  /** Max-heap of key × 2^21 + position, in [0, size). */
  private readonly heap: Float64Array;
  private size: number;
  private readonly out: Int32Array;
  private made = 0;

  /** `keys` below 2^32, at most 2^21 of them. */
  constructor(keys: ArrayLike<number>) {
    const n = keys.length;
    this.length = n;
    this.heap = new Float64Array(n);
    for (let i = 0; i < n; i++) this.heap[i] = keys[i] * 2 ** 21 + i;
    this.size = n;
    this.out = new Int32Array(n);
    for (let i = (n >> 1) - 1; i >= 0; i--) this.siftDown(i);
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
    if (upTo - this.made > this.size / 4) {
      // Most of the rest: one sort of what the heap holds.
      const rest = this.heap.subarray(0, this.size).sort();
      for (let i = rest.length - 1; i >= 0; i--) this.out[this.made++] = rest[i] % 2 ** 21;
      this.size = 0;
      return;
    }
    while (this.made < upTo) {
      const top = this.heap[0];
      this.out[this.made++] = top % 2 ** 21;
      this.size--;
      if (this.size > 0) {
        this.heap[0] = this.heap[this.size];
        this.siftDown(0);
      }
    }
  }

  private siftDown(at: number): void {
    const h = this.heap;
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

/** The k-th highest of `keys` (k ≥ 1, k ≤ keys.length): a min-heap of the k highest seen. */
export function kthHighest(keys: ArrayLike<number>, k: number): number {
  const heap = new Float64Array(k);
  let size = 0;
  for (let i = 0; i < keys.length; i++) {
    const v = keys[i];
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
  return heap[0];
}
