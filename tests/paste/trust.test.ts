// @vitest-environment happy-dom
// A web page cannot use the paste prompt: its script can dispatch a
// ClipboardEvent('paste') with any text, set the field's value, click and press
// keys, but all of it is untrusted (isTrusted false) and ignored; the prompt's
// shadow root is closed, so the page cannot even find the buttons.
// tests/e2e/page-attack.e2e.ts plays the same attack in Chromium.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { requireUserGesture } from '../../lib/content/paste';
import { isTrustedEvent } from '../../lib/paste/prompt';
import { DEFAULT_PASTE_SETTINGS } from '../../lib/paste/settings';
import { watchPastes } from '../../lib/paste/watch';
import { COLUMN_TEXT, paste, promptRoot, settle } from './dom';

function mockServices() {
  return {
    clean: vi.fn(async () => 'clean'),
    save: vi.fn(async () => ({ ok: true as const, added: 1, updated: 0, titles: ['题'], summary: 'saved' })),
    settings: vi.fn(async () => DEFAULT_PASTE_SETTINGS),
    muteSite: vi.fn(async () => {}),
  };
}

let stop = () => {};
afterEach(() => stop());

function field(): HTMLTextAreaElement {
  document.body.innerHTML = '<textarea id="t"></textarea>';
  const t = document.getElementById('t') as HTMLTextAreaElement;
  t.focus();
  return t;
}

describe('the paste watcher with the browser’s own trust check', () => {
  it('takes happy-dom’s script-made events as untrusted, as a page’s are', () => {
    expect(isTrustedEvent(new Event('click'))).toBe(false);
  });

  it('ignores a paste a page script dispatched: no prompt, nothing asked of the background', async () => {
    const services = mockServices();
    stop = watchPastes(window, services);
    const t = field();
    paste(t, COLUMN_TEXT);
    await settle();
    expect(t.value).toBe(COLUMN_TEXT);
    expect(document.querySelector('jianbao-paste-prompt')).toBeNull();
    expect(services.settings).not.toHaveBeenCalled();
  });

  it('the prompt of the person’s paste ignores the page’s clicks and keys, and hides its buttons from it', async () => {
    // The paste and the events in `person` stand for the person's (trusted); anything else is the page's.
    const person = new WeakSet<Event>();
    const services = mockServices();
    stop = watchPastes(window, services, (event) => event.type === 'paste' || person.has(event));
    const t = field();
    paste(t, COLUMN_TEXT);
    await settle();
    const host = document.querySelector('jianbao-paste-prompt')!;
    expect(host).not.toBeNull();
    // What a page script sees: no shadow root to look into.
    expect(host.shadowRoot).toBeNull();
    expect(host.querySelector('button')).toBeNull();

    // Had it got hold of the buttons anyway: clicks and Enter by script do nothing.
    const root = promptRoot()!;
    for (const button of root.querySelectorAll('button')) {
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    }
    t.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();
    expect(services.save).not.toHaveBeenCalled();
    expect(services.muteSite).not.toHaveBeenCalled();
    expect(services.clean).not.toHaveBeenCalled();
    expect(document.querySelector('jianbao-paste-prompt')).not.toBeNull();

    // The person's click saves.
    const save = root.querySelector<HTMLButtonElement>('[data-testid="paste-save"]')!;
    const click = new MouseEvent('click', { bubbles: true });
    person.add(click);
    save.dispatchEvent(click);
    await settle();
    expect(services.save).toHaveBeenCalledWith(COLUMN_TEXT);
  });
});

describe('requireUserGesture', () => {
  const nav = (isActive: boolean) => ({ userActivation: { isActive } }) as unknown as Navigator;
  it('lets a write through only right after the person’s click or key', () => {
    expect(() => requireUserGesture(nav(true))).not.toThrow();
    expect(() => requireUserGesture(nav(false))).toThrow(/no user gesture/);
  });
});
