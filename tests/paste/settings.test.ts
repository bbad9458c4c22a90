// lib/paste/settings.ts (the content script's light read) and
// settings-item.ts (the side panel's WXT storage item) must agree on one record.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_PASTE_SETTINGS,
  disablePromptOnSite,
  isPromptAllowed,
  PASTE_SETTINGS_KEY,
  readPasteSettings,
  toPasteSettings,
  toSite,
  withSiteDisabled,
} from '../../lib/paste/settings';
import { pastePromptSetting } from '../../lib/paste/settings-item';

beforeEach(() => fakeBrowser.reset());

describe('the stored record', () => {
  it('is the default when nothing is stored', async () => {
    expect(await readPasteSettings()).toEqual(DEFAULT_PASTE_SETTINGS);
    expect(await pastePromptSetting.getValue()).toEqual(DEFAULT_PASTE_SETTINGS);
  });

  it('written by the side panel’s storage item is what the content script reads, and the other way round', async () => {
    await pastePromptSetting.setValue({ enabled: false, disabledSites: ['a.example'] });
    expect(await readPasteSettings()).toEqual({ enabled: false, disabledSites: ['a.example'] });
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual([PASTE_SETTINGS_KEY]);

    await disablePromptOnSite('b.example');
    expect(await pastePromptSetting.getValue()).toEqual({ enabled: false, disabledSites: ['a.example', 'b.example'] });
    await disablePromptOnSite('b.example');
    expect((await readPasteSettings()).disabledSites).toEqual(['a.example', 'b.example']);
  });

  it('reads a malformed record as the default, field by field', () => {
    expect(toPasteSettings('on')).toEqual(DEFAULT_PASTE_SETTINGS);
    expect(toPasteSettings({ enabled: 'no', disabledSites: ['x.cn', 3, null] })).toEqual({ enabled: true, disabledSites: ['x.cn'] });
    expect(toPasteSettings({ enabled: false })).toEqual({ enabled: false, disabledSites: [] });
  });
});

describe('isPromptAllowed', () => {
  it('is off everywhere when turned off, and on a listed site and its subdomains', () => {
    expect(isPromptAllowed({ enabled: false, disabledSites: [] }, 'a.cn')).toBe(false);
    const settings = { enabled: true, disabledSites: ['example.com'] };
    expect(isPromptAllowed(settings, 'example.com')).toBe(false);
    expect(isPromptAllowed(settings, 'mail.EXAMPLE.com')).toBe(false);
    expect(isPromptAllowed(settings, 'notexample.com')).toBe(true);
    expect(isPromptAllowed(settings, 'example.com.cn')).toBe(true);
  });
});

describe('toSite and withSiteDisabled', () => {
  it('reads a host, an address or *.host as the host name', () => {
    expect(toSite(' Example.COM ')).toBe('example.com');
    expect(toSite('https://bbs.example.com/post?id=1')).toBe('bbs.example.com');
    expect(toSite('*.example.com')).toBe('example.com');
    expect(toSite('localhost:8080')).toBe('localhost');
    for (const bad of ['', '   ', 'http://', 'a b c']) expect(toSite(bad), bad).toBeNull();
  });

  it('adds a site once and removes it', () => {
    const one = withSiteDisabled(DEFAULT_PASTE_SETTINGS, 'a.cn', true);
    expect(withSiteDisabled(one, 'a.cn', true).disabledSites).toEqual(['a.cn']);
    expect(withSiteDisabled(one, 'a.cn', false)).toEqual(DEFAULT_PASTE_SETTINGS);
  });
});
