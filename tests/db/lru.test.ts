import { describe, expect, it } from 'vitest';
import { WeightedLru } from '../../lib/db/postings/lru';

describe('WeightedLru (the kept posting rows and decoded lists)', () => {
  it('drops the least recently used once the weight passes the bound, a read counting as a use', () => {
    const lru = new WeightedLru<string, string>(6, (v) => v.length);
    lru.add('a', 'aa');
    lru.add('b', 'bb');
    lru.add('c', 'cc');
    expect(lru.weight).toBe(6);
    expect(lru.get('a')).toBe('aa'); // a is now the most recent
    lru.add('d', 'dd');
    expect(lru.has('b')).toBe(false);
    expect([...lru.values()]).toEqual(['cc', 'aa', 'dd']);
    expect(lru.weight).toBe(6);
  });

  it('keeps the first value under a key and forgets everything on clear', () => {
    const lru = new WeightedLru<number, string>(10, (v) => v.length);
    lru.add(1, 'x');
    lru.add(1, 'longer');
    expect(lru.get(1)).toBe('x');
    expect(lru.weight).toBe(1);
    lru.clear();
    expect(lru.has(1)).toBe(false);
    expect(lru.weight).toBe(0);
  });
});
