// The paste prompt's words, in Chinese and English by navigator.language.
// Kept apart from lib/i18n.ts's tables: the prompt runs in the every-page
// content script, which must not carry the whole interface's text.
import { pickLanguage } from '../i18n';

const zh = {
  label: '剪报',
  found: '这段文字像是从报纸 PDF 复制的。',
  clean: '清理',
  save: '存为剪报',
  undo: '撤销',
  mute: '此网站不再提示',
  dismiss: '关闭',
  working: '请稍候……',
  cleaned: '已清理。',
  restored: '已恢复粘贴的原文。',
  nothing: '没有可清理的文字。',
  changed: '粘贴的文字已经改动过了。',
  muted: '此网站不再提示（可在剪报侧边栏设置里改回）。',
  failed: '出错了：{message}',
};

export type PromptWords = typeof zh;

// Typed by the Chinese table, so a key missing from English fails to compile.
const en: PromptWords = {
  label: 'Jianbao',
  found: 'This looks like text copied from a newspaper PDF.',
  clean: 'Clean',
  save: 'Save as clipping',
  undo: 'Undo',
  mute: 'Not on this site',
  dismiss: 'Dismiss',
  working: 'One moment…',
  cleaned: 'Cleaned.',
  restored: 'The pasted text is back.',
  nothing: 'There is no text to clean.',
  changed: 'The pasted text has changed since.',
  muted: 'No more prompts on this site (Jianbao’s side panel settings turn them back on).',
  failed: 'Something went wrong: {message}',
};

/** Chinese for any zh-* tag, English otherwise. */
export function promptWords(tag: string | undefined = globalThis.navigator?.language): PromptWords {
  return pickLanguage(tag) === 'zh' ? zh : en;
}
