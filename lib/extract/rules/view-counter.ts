import type { LineRule } from './types';

const NUM = String.raw`[\d,.]+\s*(?:万|亿|w|W|k|K)?\+?`;
const COUNTER = new RegExp(
  `^(?:(?:阅读|浏览|阅读量|浏览量|阅读数|点击|点击量|点击数|播放|播放量|热度|人气)\\s*[:：]?\\s*${NUM}` +
    `|${NUM}\\s*(?:次阅读|次浏览|人阅读|人看过|人浏览|阅读|浏览|次播放|热度))$`,
  'u',
);

/** 阅读 12万, 浏览量：3,021, 1.2万人看过: a page's view counter. */
export const viewCounter: LineRule = {
  name: 'view-counter',
  why: 'a view counter',
  test: (t) => COUNTER.test(t),
};
