import type { LineRule } from './types';

const DATE_TIME = /\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?\s*\d{1,2}[:：]\d{2}/u;

/** 2024-05-20 07:58 文艺周末 阅读(1.2万): the line of date, outlet and counters under a title, read into the body. */
export const infoLine: LineRule = {
  name: 'info-line',
  why: 'the article’s date/source/counter line, not text',
  test: (t) => [...t].length <= 60 && DATE_TIME.test(t) && !/[。，！？；]/u.test(t),
};
