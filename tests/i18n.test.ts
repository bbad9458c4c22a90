import { describe, expect, it } from 'vitest';
import { pickLanguage, t, translate } from '@/lib/i18n';

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

describe('t', () => {
  it('answers in one of the two languages outside an extension', () => {
    expect([translate('zh', 'parseButton'), translate('en', 'parseButton')]).toContain(t('parseButton'));
  });
});
