import type { LineRule } from './types';

const ITEM = String.raw`(?:【\s*\d{1,2}\s*】|\[\s*\d{1,2}\s*\]|\d{1,2}|上一页|下一页|首页|尾页|末页|全文|共\s*\d{1,2}\s*页|第\s*\d{1,2}\s*页|[<>«»＜＞]+)`;
const PAGER = new RegExp(`^(?:${ITEM}\\s*){2,}$`, 'u');

/** 【1】【2】【3】, 上一页 1 2 3 下一页: the links to the other pages of a multi-page article. */
export const pager: LineRule = {
  name: 'pager',
  why: 'links to the pages of a multi-page article',
  test: (t) => PAGER.test(t) && /\d|上一页|下一页/u.test(t),
};
