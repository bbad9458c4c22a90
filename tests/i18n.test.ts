import { describe, expect, it } from 'vitest';
import { messages, pickLanguage, t, translate, type Language, type MessageKey } from '@/lib/i18n';

describe('pickLanguage', () => {
  it('reads every Chinese tag as Chinese', () => {
    for (const tag of ['zh', 'zh-CN', 'zh_CN', 'zh-TW', 'zh-Hant-HK', 'ZH-cn']) expect(pickLanguage(tag)).toBe('zh');
  });

  it('falls back to English for any other tag or none', () => {
    for (const tag of ['en-US', 'ja', 'fr-FR', '', null, undefined]) expect(pickLanguage(tag)).toBe('en');
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('zh', 'statusFound', { n: 3 })).toBe('找到 3 篇文章。');
    expect(translate('en', 'statusFound', { n: 3 })).toBe('Articles found: 3.');
  });

  it('leaves a placeholder without a value as it stands', () => {
    expect(translate('en', 'statusError')).toBe('Could not parse: {message}');
  });
});

describe('count lists', () => {
  it('say only the counts that are not zero (issue 14: no 更新 0 篇)', () => {
    expect(translate('zh', 'badgeSavedMany', { added: 3, updated: 0 })).toBe('剪报：已保存 3 篇');
    expect(translate('en', 'badgeSavedMany', { added: 3, updated: 0 })).toBe('Jianbao: saved 3 new');
    expect(translate('zh', 'badgeSavedMany', { added: 0, updated: 2 })).toBe('剪报：更新 2 篇');
    expect(translate('en', 'badgeSavedMany', { added: 2, updated: 1 })).toBe('Jianbao: saved 2 new, updated 1');
    expect(translate('zh', 'statusImported', { added: 4, updated: 0, kept: 0, conflicts: 1, unchanged: 0, rejected: 0 })).toBe('导入完成：新增 4 篇，冲突 1 篇。');
    expect(translate('en', 'statusImported', { added: 0, updated: 0, kept: 0, conflicts: 0, unchanged: 4, rejected: 2 })).toBe('Import finished: 4 unchanged, 2 rejected.');
  });

  it('say the closing clause when every count is zero', () => {
    expect(translate('zh', 'badgeSavedMany', { added: 0, updated: 0 })).toBe('剪报：没有保存');
    expect(translate('zh', 'searchCount', { n: 0 })).toBe('没有找到剪报');
    expect(translate('en', 'listCount', { n: 0 })).toBe('No clippings');
    expect(translate('zh', 'listCount', { n: 12 })).toBe('共 12 篇');
    expect(translate('en', 'syncLast', { time: 'now', pulled: 0, pushed: 0, deleted: 0 })).toBe('Last synced now (no changes)');
  });

  const placeholders = (message: string) => [...new Set([...message.matchAll(/\{(\w+)\}/g)].map(([, name]) => name))];
  const every = (lang: Language) => Object.entries(messages[lang]);

  it('no message, in either language, says a zero count inside a list or a “(s)” plural', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const [key, raw] of every(lang)) {
        expect(raw, key).not.toMatch(/\(s\)/);
        if (!raw.includes('{{')) continue;
        // Counts inside a list set to 0, any other placeholder (a time, a path) to text.
        const counted = new Set([...raw.matchAll(/\{\{(.*?)\}\}(?!\})/g)].flatMap(([, list]) => placeholders(list)));
        const zeros = Object.fromEntries(placeholders(raw).map((name) => [name, counted.has(name) ? 0 : 'x']));
        expect(translate(lang, key as MessageKey, zeros), key).not.toMatch(/(?<![\d.])0(?![\d.])/);
      }
    }
  });
});

describe('t', () => {
  it('answers in one of the two languages outside an extension', () => {
    expect([translate('zh', 'parseButton'), translate('en', 'parseButton')]).toContain(t('parseButton'));
  });
});
