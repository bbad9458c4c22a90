// A map kept in order of use that drops its least recently used entries once
// their total weight passes a bound: the page's kept posting rows (bytes) and
// decoded lists (entries) between queries (read.ts).

export class WeightedLru<K, V> {
  private readonly entries = new Map<K, V>();
  /** The total weight of what is kept. */
  weight = 0;

  constructor(
    private readonly capacity: number,
    private readonly weigh: (value: V) => number,
  ) {}

  has(key: K): boolean {
    return this.entries.has(key);
  }

  /** The value under `key`, now the most recently used. */
  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** Keeps `value` (a key already kept keeps its value), then drops the least recently used past the bound. */
  add(key: K, value: V): void {
    if (this.entries.has(key)) return;
    this.entries.set(key, value);
    this.weight += this.weigh(value);
    for (const [old, kept] of this.entries) {
      if (this.weight <= this.capacity) break;
      this.entries.delete(old);
      this.weight -= this.weigh(kept);
    }
  }

  values(): IterableIterator<V> {
    return this.entries.values();
  }

  clear(): void {
    this.entries.clear();
    this.weight = 0;
  }
}
