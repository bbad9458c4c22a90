// @vitest-environment happy-dom
// The side panel's settings section (components/paste-settings.tsx) writes the
// record the content script reads (lib/paste/settings.ts).
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PasteSettings } from '@/components/paste-settings';
import { t } from '@/lib/i18n';
import { disablePromptOnSite, readPasteSettings } from '@/lib/paste/settings';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLElement;
const q = <T extends Element>(testid: string) => host.querySelector<T>(`[data-testid="${testid}"]`);
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 10)));

/** Types into a React-controlled input. */
function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  setter.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

beforeEach(async () => {
  fakeBrowser.reset();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root.render(<PasteSettings />));
  await settle();
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('PasteSettings', () => {
  it('shows the prompt as on, with no sites turned off, when nothing is stored', () => {
    expect(q<HTMLInputElement>('paste-prompt-enabled')!.checked).toBe(true);
    expect(host.textContent).toContain(t('pastePromptNoSites'));
  });

  it('turns the prompt off and on again', async () => {
    await act(async () => q<HTMLInputElement>('paste-prompt-enabled')!.click());
    await settle();
    expect(await readPasteSettings()).toEqual({ enabled: false, disabledSites: [] });
    await act(async () => q<HTMLInputElement>('paste-prompt-enabled')!.click());
    await settle();
    expect((await readPasteSettings()).enabled).toBe(true);
  });

  it('turns it off for a site typed as an address, and on again with its × button', async () => {
    await act(async () => type(q<HTMLInputElement>('paste-prompt-site')!, 'https://bbs.example.com/post/1'));
    await act(async () => q<HTMLButtonElement>('paste-prompt-site-add')!.click());
    await settle();
    expect((await readPasteSettings()).disabledSites).toEqual(['bbs.example.com']);
    expect(q('paste-prompt-sites')!.textContent).toContain('bbs.example.com');
    expect(q<HTMLInputElement>('paste-prompt-site')!.value).toBe('');

    const remove = host.querySelector<HTMLButtonElement>(`[aria-label="${t('pastePromptSiteRemove', { site: 'bbs.example.com' })}"]`)!;
    await act(async () => remove.click());
    await settle();
    expect((await readPasteSettings()).disabledSites).toEqual([]);
  });

  it('says so when what was typed is no site', async () => {
    await act(async () => type(q<HTMLInputElement>('paste-prompt-site')!, 'not a site'));
    await act(async () => q<HTMLButtonElement>('paste-prompt-site-add')!.click());
    await settle();
    expect(host.querySelector('[role="alert"]')!.textContent).toBe(t('pastePromptSiteInvalid', { text: 'not a site' }));
    expect((await readPasteSettings()).disabledSites).toEqual([]);
  });

  it('shows a site turned off from a page’s prompt at once', async () => {
    await act(() => disablePromptOnSite('news.example.cn'));
    await settle();
    expect(q('paste-prompt-sites')!.textContent).toContain('news.example.cn');
  });
});
