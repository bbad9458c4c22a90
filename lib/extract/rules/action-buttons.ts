import type { ElementRule, LineRule } from './types';

const ACTION = '不喜欢|不感兴趣|举报|投诉|分享(?:到)?|收藏|点赞|评论|写评论|转发|打赏|赞|踩|纠错|打印|关闭|复制链接|微信|微博|QQ空间|朋友圈|[\\d,.]+[万wW]?';
const ONLY_ACTIONS = new RegExp(`^(?:(?:${ACTION})\\s*[|｜/·]?\\s*)+$`, 'u');

function onlyActions(text: string): boolean {
  const t = text.replace(/[\s\u00a0\u3000]+/gu, ' ').trim();
  // At least one word, not only numbers.
  return !!t && [...t].length <= 40 && ONLY_ACTIONS.test(t) && /\p{Script=Han}|QQ/u.test(t);
}

/** 不喜欢 / 举报 / 分享 / 收藏: a bar of buttons, as a line of text. */
export const actionButtonsLine: LineRule = {
  name: 'action-buttons',
  why: 'buttons (不喜欢, 举报, 分享…), not text',
  test: onlyActions,
};

/** The same bar as an element: every element whose whole text is button words. */
export const actionButtonsElement: ElementRule = {
  name: 'action-buttons',
  why: 'buttons (不喜欢, 举报, 分享…), not text',
  test: (el) => {
    const tag = el.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML' || tag === 'P') return false;
    return el.children.length > 0 && onlyActions(el.textContent ?? '');
  },
};
