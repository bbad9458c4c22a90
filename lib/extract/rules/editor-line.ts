import type { LineRule } from './types';

/** （责编：张三） / 责任编辑：李四 / 【纠错】: the web editor's credit. The editor is never the author. */
export const EDITOR_LINE = /^(?:[（(【\[]\s*)?(?:责任编辑|责编|编辑|編輯|責任編輯|責編|纠错|糾錯|值班编辑|校对|审核|审校)\s*(?:[:：]|[）)】\]])/u;

export const editorLine: LineRule = {
  name: 'editor-line',
  why: 'the web editor’s credit (an editor is not the author)',
  test: (t) => [...t].length <= 80 && EDITOR_LINE.test(t),
};

/** The names an editor line gives: （责编：王佳、李四） → ['王佳', '李四']. */
export function editorNames(text: string): string[] {
  const m = /(?:责任编辑|责编|编辑|編輯|責任編輯|責編)\s*[:：]\s*([^）)】\]]+)/u.exec(text);
  if (!m) return [];
  return m[1]
    .split(/[\s、，,;；/]+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}
