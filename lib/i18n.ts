// Interface text in Chinese and English, chosen by the browser's UI language.
// The manifest's own strings (name, description) live in public/_locales; this
// table is for the popup and side panel, where React renders the text.
import { browser } from 'wxt/browser';

export type Language = 'zh' | 'en';

const zh = {
  appTitle: '剪报',
  pasteLabel: '粘贴报纸版面的文字',
  pastePlaceholder: '把从报纸 PDF 或电子版复制的整版文字粘贴到这里……',
  parseButton: '解析',
  statusReady: '粘贴文字后点“解析”（Ctrl+Enter）。',
  statusEmpty: '没有可解析的内容：请先粘贴报纸版面的文字。',
  statusFound: '找到 {n} 篇文章。',
  statusNoArticles: '没有找到文章：这段文字看起来不像报纸正文。',
  statusError: '解析出错：{message}',
  untitled: '（无标题）',
};

export type MessageKey = keyof typeof zh;

// Typed by the Chinese table, so a key missing from (or extra in) English fails to compile.
const en: Record<MessageKey, string> = {
  appTitle: 'Jianbao',
  pasteLabel: 'Paste the text of a newspaper page',
  pastePlaceholder: 'Paste the whole page as copied from a newspaper PDF or e-paper…',
  parseButton: 'Parse',
  statusReady: 'Paste text, then press “Parse” (Ctrl+Enter).',
  statusEmpty: 'Nothing to parse: paste the text of a newspaper page first.',
  statusFound: 'Found {n} article(s).',
  statusNoArticles: 'No article found: this text does not look like newspaper copy.',
  statusError: 'Could not parse: {message}',
  untitled: '(untitled)',
};

const messages: Record<Language, Record<MessageKey, string>> = { zh, en };

/** Chinese for any zh-* tag (zh-CN, zh-TW, zh-Hant-HK), English otherwise. */
export function pickLanguage(tag: string | null | undefined): Language {
  return tag?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The browser's UI language: the extension API when it is there, else navigator. */
export function getUiLanguage(): Language {
  let tag: string | undefined;
  try {
    tag = browser?.i18n?.getUILanguage?.();
  } catch {
    // Not in an extension page (unit tests, command line): fall through.
  }
  return pickLanguage(tag ?? globalThis.navigator?.language);
}

/** The message for `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function translate(lang: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  return messages[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

let currentLanguage: Language | undefined;

/** The message for `key` in the browser's UI language. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  currentLanguage ??= getUiLanguage();
  return translate(currentLanguage, key, params);
}
