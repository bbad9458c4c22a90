// A bounded heap that keeps the best `room` offered (rank.ts order), the
// worst of them at the root: what a newcomer must beat.
import { compareRanked, type RankedClipping } from './rank';

export class KeepBest<T extends RankedClipping> {
  private readonly items: T[] = [];
  constructor(readonly room: number) {}

  /** The worst kept, when full: what an offer must beat. */
  get bar(): T | null {
    return this.items.length >= this.room ? this.items[0] : null;
  }

  offer(item: T): void {
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

  /** Best first. */
  sorted(): T[] {
    return [...this.items].sort(compareRanked);
  }
}
