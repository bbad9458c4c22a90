import type { LineRule } from './types';

/** 点击进入“文艺星青年”>>, 更多精彩请点击>>: a link to another part of the site. */
export const clickThrough: LineRule = {
  name: 'click-through',
  why: 'a link to another part of the site',
  test: (t) =>
    [...t].length <= 40 &&
    (/^(?:点击|点此|戳)(?:进入|查看|阅读|了解|下载|访问|观看)/u.test(t) || /(?:>>|》》|＞＞|>>>|→)\s*$/u.test(t)) &&
    !/[。！？]$/u.test(t),
};
