import type { LineRule } from './types';

/** 阅读剩余全文（）, 展开全文, 点击查看全文, 继续阅读: the button that unfolds a folded article. */
export const readMore: LineRule = {
  name: 'read-more',
  why: 'button that unfolds the rest of the article',
  test: (t) =>
    [...t].length <= 24 &&
    /^(?:[▼↓]\s*)?(?:点击)?(?:阅读|查看|展开|显示)(?:剩余|剩下的|余下)?全文|^(?:继续阅读|展开剩余\s*\d+\s*%|展开阅读全文|查看更多)/u.test(t),
};
