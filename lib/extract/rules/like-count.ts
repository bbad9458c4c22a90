import type { LineRule } from './types';

/** +1 and 赞 12: the floating "like" badges of a page. */
export const likeCount: LineRule = {
  name: 'like-count',
  why: 'a like badge',
  test: (t) => /^(?:\+\s*\d{1,3}|(?:点)?赞\s*[（(]?\s*\d*\s*[)）]?)$/u.test(t),
};
