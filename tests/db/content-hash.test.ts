import { describe, expect, it } from 'vitest';
import { contentHash, fnv1a64, hashableText } from '../../lib/db/content-hash';

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64 test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('agrees with a BigInt reference implementation', () => {
    const reference = (text: string) => {
      let h = 0xcbf29ce484222325n;
      for (const b of new TextEncoder().encode(text)) h = BigInt.asUintN(64, (h ^ BigInt(b)) * 0x100000001b3n);
      return h.toString(16).padStart(16, '0');
    };
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: i % 40 }, () => String.fromCodePoint(next() % 0xd7ff)).join('');
      expect(fnv1a64(text)).toBe(reference(text));
    }
  });

  it('hashes the UTF-8 bytes of Chinese text', () => {
    expect(fnv1a64('人民日报')).toMatch(/^[0-9a-f]{16}$/);
    expect(fnv1a64('人民日报')).not.toBe(fnv1a64('人民日報'));
  });
});

describe('contentHash', () => {
  const blocks = [{ text: '第一段。' }, { text: '第二段。' }];

  it('ignores whitespace, full-width spaces and paragraph splits', () => {
    const a = contentHash('标题', blocks);
    expect(contentHash(' 标 题 ', [{ text: '第一段。\u3000' }, { text: '第 二 段。' }])).toBe(a);
    expect(contentHash('标题', [{ text: '第一段。第二段。' }])).toBe(a);
  });

  it('tells title from body and different texts apart', () => {
    expect(contentHash('标题', blocks)).not.toBe(contentHash('标题二', blocks));
    expect(contentHash('标题', blocks)).not.toBe(contentHash('标题', [{ text: '第一段。' }]));
    expect(hashableText('甲', [{ text: '乙' }])).not.toBe(hashableText('甲乙', []));
  });
});
