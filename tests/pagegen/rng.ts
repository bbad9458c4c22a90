// Seeded choices for the generator (lib/seeded-random.ts underneath).
import { seededRandom } from '../../lib/seeded-random';

export interface Rng {
  next(): number;
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  shuffle<T>(list: T[]): T[];
}

export function makeRng(seed: number): Rng {
  const next = seededRandom(seed);
  const rng: Rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    shuffle: (list) => {
      for (let i = list.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [list[i], list[j]] = [list[j], list[i]];
      }
      return list;
    },
  };
  return rng;
}

/** A seed for page n of a family, so that one page can be regenerated alone. */
export function pageSeed(base: number, family: string, n: number): number {
  let h = (base ^ 0x9e3779b9) >>> 0;
  for (const c of `${family}#${n}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}
