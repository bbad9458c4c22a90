// The best k results without ranking them all. A common word matches
// thousands of clippings, and the page shows twenty; ranking every one in
// full (counting up to MAX_COUNTED matches, closeness, a sort with string
// dates) cost more than everything else in a query. So:
//   1. hits whose title holds fewer words than the k-th best need nothing
//      more (how many words each title holds is known from checking them);
//   2. the rest are taken most words in the title first, then newest first;
//   3. each is counted and, if it can still make the k, measured in full
//      (closeness only for queries of several words) and offered to a
//      bounded heap; as soon as the worst of the k beats the best the next
//      hit could possibly be, it beats all the rest too, and the walk stops.
//      For a common word, where the newest hits already have the most
//      matches, that is after a few dozen of thousands;
//   4. the k chosen are sorted in full.
// The result is exactly the first k of the full ranking (tests/search/select.test.ts).
import type { CachedClipping } from './text-cache';
import { countMatches, measureMatch, MAX_COUNTED, type Needle } from './match';
import { compareRanked, countBucket, type RankedClipping } from './rank';

/** The clippings that match a query, as found by search.ts. */
export interface Matches {
  words: Needle[];
  ids: number[];
  docs: CachedClipping[];
  /** How many of the words each one's title holds. */
  inTitle: Uint8Array;
}

export interface Chosen extends RankedClipping {
  doc: CachedClipping;
}

/** A bounded heap that keeps the best `room` offered, the worst of them at the root. */
class KeepBest {
  private readonly items: Chosen[] = [];
  constructor(private readonly room: number) {}

  /** The worst kept, when full: what an offer must beat. */
  get bar(): Chosen | null {
    return this.items.length === this.room ? this.items[0] : null;
  }

  offer(item: Chosen): void {
    const a = this.items;
    if (a.length < this.room) {
      a.push(item);
      let i = a.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (compareRanked(a[i], a[parent]) <= 0) break;
        [a[i], a[parent]] = [a[parent], a[i]];
        i = parent;
      }
      return;
    }
    if (this.room === 0 || compareRanked(item, a[0]) >= 0) return;
    a[0] = item;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < a.length && compareRanked(a[l], a[worst]) > 0) worst = l;
      if (r < a.length && compareRanked(a[r], a[worst]) > 0) worst = r;
      if (worst === i) break;
      [a[i], a[worst]] = [a[worst], a[i]];
      i = worst;
    }
  }

  get kept(): readonly Chosen[] {
    return this.items;
  }
}

// Sort keys pack (words in title, date, index) into one exact double.
const INDEX_BITS = 2 ** 20;
const DATE_BITS = 2 ** 27;
const MAX_PACKED_TITLE = 2 ** 6;

/** The best `k` matches (all when k is at least their number), best first. */
export function selectBest(m: Matches, k: number): Chosen[] {
  const n = m.ids.length;
  const words = m.words.length;
  if (n === 0 || k <= 0) return [];
  const figures = (i: number, count: number): Chosen => {
    const doc = m.docs[i];
    if (words === 1) return { id: m.ids[i], inTitle: m.inTitle[i], count, span: 0, date: doc.date, createdAt: doc.createdAt, doc };
    const f = measureMatch(doc, m.words)!;
    return { id: m.ids[i], ...f, date: doc.date, createdAt: doc.createdAt, doc };
  };
  const countOf = (i: number): number => {
    let c = 0;
    for (const w of m.words) c += countMatches(m.docs[i], w);
    return c;
  };
  if (k >= n) {
    const all: Chosen[] = [];
    for (let i = 0; i < n; i++) all.push(figures(i, countOf(i)));
    return all.sort(compareRanked);
  }

  // 1. The fewest words in the title a hit can have and still be in the first k.
  const perTitle = new Int32Array(words + 1);
  for (let i = 0; i < n; i++) perTitle[m.inTitle[i]]++;
  let floorTitle = 0;
  for (let t = words, seen = 0; t >= 0; t--) {
    seen += perTitle[t];
    if (seen >= k) {
      floorTitle = t;
      break;
    }
  }

  // 2. Those hits, most words in the title first, then newest first (by date alone).
  let order: number[] | Float64Array = [];
  let prunable = words < MAX_PACKED_TITLE && n < INDEX_BITS;
  if (prunable) {
    const keys: number[] = [];
    for (let i = 0; i < n && prunable; i++) {
      if (m.inTitle[i] < floorTitle) continue;
      const date = m.docs[i].dateKey;
      if (date < 0) prunable = false;
      keys.push((m.inTitle[i] * DATE_BITS + date) * INDEX_BITS + i);
    }
    order = Float64Array.from(keys).sort().reverse();
  }
  if (!prunable) {
    order = [];
    for (let i = 0; i < n; i++) if (m.inTitle[i] >= floorTitle) order.push(i);
  }

  // 3. Keep the best k. Once the worst kept beats the best that the next hit could
  //    be (all words counted in full, closest possible, newest on its date), it
  //    beats every hit after it too: stop.
  const longest = Math.max(...m.words.map((w) => w.text.length));
  const best = new KeepBest(k);
  for (const entry of order) {
    const i = prunable ? entry % INDEX_BITS : entry;
    const bar = best.bar;
    if (bar && prunable) {
      const doc = m.docs[i];
      const ceiling = {
        id: Infinity, inTitle: m.inTitle[i], count: MAX_COUNTED * words, span: words > 1 ? longest : 0,
        date: doc.date, createdAt: Infinity,
      };
      if (compareRanked(bar, ceiling) < 0) break;
    }
    const count = countOf(i);
    // Worse on the cheap keys than the worst kept: no need for closeness.
    if (bar && (m.inTitle[i] < bar.inTitle || (m.inTitle[i] === bar.inTitle && countBucket(count) < countBucket(bar.count)))) continue;
    best.offer(figures(i, count));
  }
  return [...best.kept].sort(compareRanked);
}
