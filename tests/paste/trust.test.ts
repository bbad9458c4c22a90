// @vitest-environment happy-dom
// A web page cannot use the paste prompt: its script can dispatch a
// ClipboardEvent('paste') with any text, set the field's value, click and press
// keys, but all of it is untrusted (isTrusted false) and ignored; the prompt's
// shadow root is closed, so the page cannot even find the buttons.
// tests/e2e/page-attack.e2e.ts plays the same attack in Chromium.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { requireUserGesture } from '../../lib/content/paste';
import { isTrustedEvent, PROMPT_ARM_MS } from '../../lib/paste/prompt';
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

    // The person's click saves, once the buttons are armed.
    await new Promise((resolve) => setTimeout(resolve, PROMPT_ARM_MS + 20));
    const save = root.querySelector<HTMLButtonElement>('[data-testid="paste-save"]')!;
    const click = new MouseEvent('click', { bubbles: true });
    person.add(click);
    save.dispatchEvent(click);
    await settle();
    expect(services.save).toHaveBeenCalledWith(COLUMN_TEXT);
  });
});

describe('clickjacking: the person’s own click is not enough', () => {
  const ARM = PROMPT_ARM_MS;
  async function openWith(person: WeakSet<Event>) {
    const services = mockServices();
    stop = watchPastes(window, services, (event) => event.type === 'paste' || person.has(event));
    const t = field();
    paste(t, COLUMN_TEXT);
    await settle();
    const root = promptRoot()!;
    const click = (testId: string, init: MouseEventInit = {}) => {
      const event = new MouseEvent('click', { bubbles: true, ...init });
      person.add(event);
      root.querySelector(`[data-testid="${testId}"]`)!.dispatchEvent(event);
    };
    return { services, root, click, host: document.querySelector<HTMLElement>('jianbao-paste-prompt')! };
  }
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  // A mouse click, at the prompt (Enter or Space on a button the person tabbed to makes one with no detail).
  const atPrompt = { detail: 1, clientX: 10, clientY: 10 };
  const onPrompt = () => vi.spyOn(document, 'elementFromPoint').mockReturnValue(document.querySelector('jianbao-paste-prompt'));

  it('ignores a mouse click in the first moments after the buttons appear, takes one after', async () => {
    const { services, click } = await openWith(new WeakSet());
    onPrompt();
    click('paste-save', atPrompt);
    await settle();
    expect(services.save).not.toHaveBeenCalled();
    await wait(ARM + 20);
    click('paste-save', atPrompt);
    await settle();
    expect(services.save).toHaveBeenCalledTimes(1);
  });

  it('new buttons arm again: a mouse click on Save right after Clean is ignored', async () => {
    const { services, click, root } = await openWith(new WeakSet());
    onPrompt();
    await wait(ARM + 20);
    click('paste-clean', atPrompt);
    await settle();
    expect(services.clean).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[data-testid="paste-undo"]')).not.toBeNull();
    click('paste-save', atPrompt);
    await settle();
    expect(services.save).not.toHaveBeenCalled();
  });

  it('ignores clicks and keys once a script has restyled the host (faded or moved)', async () => {
    const { services, click, host } = await openWith(new WeakSet());
    onPrompt();
    await wait(ARM + 20);
    host.style.setProperty('opacity', '0.01', 'important');
    click('paste-save', atPrompt);
    click('paste-mute');
    await settle();
    expect(services.save).not.toHaveBeenCalled();
    expect(services.muteSite).not.toHaveBeenCalled();
  });

  it('ignores a mouse click that lands on something else on top of the prompt', async () => {
    const { services, click } = await openWith(new WeakSet());
    await wait(ARM + 20);
    const decoy = document.createElement('div');
    document.body.append(decoy);
    const spy = vi.spyOn(document, 'elementFromPoint').mockReturnValue(decoy);
    click('paste-save', atPrompt);
    await settle();
    expect(services.save).not.toHaveBeenCalled();
    spy.mockReturnValue(document.querySelector('jianbao-paste-prompt'));
    click('paste-save', atPrompt);
    await settle();
    expect(services.save).toHaveBeenCalledTimes(1);
  });
});

afterEach(() => vi.restoreAllMocks());

describe('requireUserGesture', () => {
  const nav = (isActive: boolean) => ({ userActivation: { isActive } }) as unknown as Navigator;
  it('lets a write through only right after the person’s click or key', () => {
    expect(() => requireUserGesture(nav(true))).not.toThrow();
    expect(() => requireUserGesture(nav(false))).toThrow(/no user gesture/);
  });
});
