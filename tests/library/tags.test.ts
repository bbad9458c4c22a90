import { expect, it } from 'vitest';
import { formatTags, parseTags } from '../../lib/library/tags';

it('splits tags on ASCII and Chinese commas, the enumeration comma and semicolons', () => {
  expect(parseTags('评论, 经济，党史、图片;农业；  ')).toEqual(['评论', '经济', '党史', '图片', '农业']);
});

it('trims, drops empties and duplicates', () => {
  expect(parseTags(' 评论 ,,评论, ')).toEqual(['评论']);
  expect(parseTags('')).toEqual([]);
});

it('round-trips through the text field', () => {
  const tags = ['评论', 'two words', '党史'];
  expect(parseTags(formatTags(tags))).toEqual(tags);
});
