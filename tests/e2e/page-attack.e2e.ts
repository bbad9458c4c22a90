// End-to-end: a hostile page tries to use the paste prompt without the person
// (issue 12, attack 1). In real Chromium with the built extension, the page's
// own script dispatches an untrusted ClipboardEvent('paste') holding newspaper
// text on its textarea, sets the value as a paste would, then goes for the
// prompt's buttons (存为剪报, 此网站不再提示) every way a page can: through the
// host's shadowRoot, .click(), synthetic mouse and key events, a patched
// attachShadow. Nothing may be saved and no setting may change. The same
// buttons clicked by a real mouse (the person) do save: the test can fail.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PROMPT_ARM_MS } from '@/lib/paste/prompt';
import { inPrompt } from './closed-shadow';
import { EVAL_PAGES_DIR, launchExtension, readClippings, serveFixtures, type ExtensionSession, type FixtureServer } from './helpers';

const PAGE_TEXT = readFileSync(path.join(EVAL_PAGES_DIR, '001_fe3d9ee136b87dc0.txt'), 'utf8').replace(/\r\n?/g, '\n');

declare const chrome: (typeof import('wxt/browser'))['browser'];

/** The page's script: records what the extension tells it, and patches attachShadow to steal shadow roots. */
function pageSpy() {
  const w = window as unknown as { seen: unknown[]; roots: ShadowRoot[] };
  w.seen = [];
  w.roots = [];
  window.addEventListener('message', (event) => w.seen.push(event.data));
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    w.roots.push(root);
    return root;
  };
}

/** The attack of the issue, run by the page itself: an untrusted paste, then clicks on whatever it can find. */
async function pageAttack(page: Page, text: string, rounds: number): Promise<{ found: number; prompts: number }> {
  return page.evaluate(
    async ({ text, rounds }) => {
      const w = window as unknown as { roots: ShadowRoot[] };
      const area = document.querySelector<HTMLTextAreaElement>('#body')!;
      let found = 0;
      let prompts = 0;
      for (let i = 0; i < rounds; i++) {
        area.focus();
        const data = new DataTransfer();
        data.setData('text/plain', text);
        area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
        area.value = text;
        area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
        await new Promise((resolve) => setTimeout(resolve, 150));
        const hosts = [...document.querySelectorAll('jianbao-paste-prompt')];
        prompts += hosts.length;
        for (const host of hosts) {
          const roots = [host.shadowRoot, ...w.roots].filter((r): r is ShadowRoot => r !== null);
          for (const root of roots) {
            for (const b of root.querySelectorAll<HTMLElement>('[data-testid="paste-save"], [data-testid="paste-mute"]')) {
              found++;
              b.click();
            }
          }
          // Blind: click where the prompt is, press Tab then Enter in the field.
          (host as HTMLElement).click();
          const box = host.getBoundingClientRect();
          for (const [x, y] of [[box.left + 30, box.top + 40], [box.left + 120, box.top + 40], [box.left + 200, box.top + 40]]) {
            const target = document.elementFromPoint(x, y) ?? host;
            for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
              target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y }));
            }
          }
          for (const key of ['Tab', 'Enter', ' ']) area.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { found, prompts };
    },
    { text, rounds },
  );
}

describe('a web page cannot save clippings or change settings through the paste prompt', () => {
  let session: ExtensionSession;
  let server: FixtureServer;
  let worker: Worker;
  let page: Page;

  const settings = () => worker.evaluate(async () => (await chrome.storage.local.get('pastePrompt')).pastePrompt ?? null);
  const saved = async () => (await readClippings(session)).length;

  beforeAll(async () => {
    session = await launchExtension();
    server = await serveFixtures();
    await session.context.grantPermissions(['clipboard-write'], { origin: server.origin });
    worker = session.context.serviceWorkers().find((w) => w.url().startsWith(session.baseUrl))!;
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  beforeEach(async () => {
    await page?.close();
    page = await session.context.newPage();
    await page.addInitScript(pageSpy);
    await page.goto(server.url('paste/editor.html'), { waitUntil: 'load' });
  });

  it('an untrusted paste event opens no prompt, twenty times over: nothing saved, no setting changed', async () => {
    const before = await settings();
    const { prompts, found } = await pageAttack(page, PAGE_TEXT, 20);
    expect({ prompts, found }).toEqual({ prompts: 0, found: 0 });
    expect(await saved()).toBe(0);
    expect(await settings()).toEqual(before);
    // WXT's started message is not posted to the page (a fingerprint of the extension).
    const seen = await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
    expect(JSON.stringify(seen)).not.toMatch(/content-script-started/);
  });

  it('the prompt of the person’s own paste cannot be pressed by the page; the person’s click saves', async () => {
    // The person pastes (a real Ctrl+V: a trusted paste event).
    await page.bringToFront();
    await page.evaluate((t) => navigator.clipboard.writeText(t), PAGE_TEXT);
    await page.click('#body');
    await page.keyboard.press('Control+V');
    await inPrompt(page, 'paste-save').waitFor();
    const before = await settings();

    // The page: its own untrusted pastes, then everything it can try on the prompt that is showing.
    const host = await page.evaluate(() => {
      const h = document.querySelector('jianbao-paste-prompt');
      return { there: h !== null, shadowRoot: h?.shadowRoot === null ? 'null' : typeof h?.shadowRoot };
    });
    expect(host).toEqual({ there: true, shadowRoot: 'null' });
    const { found } = await pageAttack(page, PAGE_TEXT, 20);
    expect(found).toBe(0);
    expect(await saved()).toBe(0);
    expect(await settings()).toEqual(before);
    // Its fake paste and value did not take over the prompt: Save is still there for the person.
    expect(await inPrompt(page, 'paste-save').count()).toBe(1);

    // Control: the person's real click does what the page could not.
    await inPrompt(page, 'paste-save').click();
    await expect.poll(saved).toBeGreaterThan(0);
    await inPrompt(page, 'paste-mute').click();
    await expect.poll(async () => JSON.stringify(await settings())).toContain('127.0.0.1');
  });

  /** The person pastes (a real Ctrl+V) and the prompt shows. */
  async function personPastes(): Promise<void> {
    // An earlier test turned the prompt off for this site.
    await worker.evaluate(() => chrome.storage.local.remove('pastePrompt'));
    await page.bringToFront();
    await page.evaluate((t) => navigator.clipboard.writeText(t), PAGE_TEXT);
    await page.click('#body');
    await page.keyboard.press('Control+V');
    await inPrompt(page, 'paste-save').waitFor();
  }
  /** Whether Save has been done: once saved, the prompt says so and offers Save no more. */
  const saveDone = async () => (await inPrompt(page, 'paste-save').count()) === 0;

  it('a decoy the page lays over the prompt that lets clicks through: a plain element stays under it', async () => {
    await personPastes();
    // The highest z-index, laid over the whole window after the prompt came, last in the document: the top layer is above it.
    const decoySeen = await page.evaluate(async () => {
      const decoy = document.createElement('div');
      decoy.textContent = '点这里继续阅读';
      decoy.style.cssText =
        'display:block!important;opacity:1!important;position:fixed!important;inset:0;z-index:2147483647;pointer-events:none;background:#fff;color:#000!important';
      // After the prompt's host in the document, so it would win a tie of z-index.
      document.documentElement.append(decoy);
      // What Chrome says of the decoy (IntersectionObserver v2): not seen whole when something is painted over it.
      return new Promise<boolean>((resolve) => {
        const observer = new IntersectionObserver((entries) => resolve((entries.at(-1) as IntersectionObserverEntry & { isVisible: boolean }).isVisible), {
          trackVisibility: true,
          delay: 100,
        } as IntersectionObserverInit);
        observer.observe(decoy);
      });
    });
    expect(decoySeen).toBe(false);
    // The person sees the prompt over it, and their click saves.
    await inPrompt(page, 'paste-save').click();
    await expect.poll(saveDone).toBe(true);
  });

  it('a decoy in the top layer over the prompt (the page’s popover, its toggle events stopped) takes no click, opened or raised again', async () => {
    await personPastes();
    const count = await saved();
    const before = await settings();
    const decoy = (action: 'open' | 'raise' | 'close') =>
      page.evaluate((action) => {
        let d = document.getElementById('decoy');
        if (!d) {
          window.addEventListener('toggle', (event) => event.stopImmediatePropagation(), true);
          d = document.createElement('div');
          d.id = 'decoy';
          d.popover = 'manual';
          d.textContent = '点这里继续阅读';
          d.style.cssText = 'position:fixed!important;inset:0;width:auto;height:auto;margin:0;pointer-events:none;background:#fff;color:#000!important';
          document.body.append(d);
        }
        if (action !== 'open') d.hidePopover();
        if (action !== 'close') d.showPopover();
      }, action);
    // Opened after the prompt: the person clicks where the decoy says to; underneath are 存为剪报 and 此网站不再提示.
    await decoy('open');
    await inPrompt(page, 'paste-save').click();
    await page.waitForTimeout(500);
    expect(await saveDone()).toBe(false);
    // That click put the prompt back on top. The page raises its decoy over it again: the same popover, so the same
    // set in the top layer; its beforetoggle, counted from the script's start, and in Chrome the covered prompt, tell.
    // Each click it takes puts the prompt back on top, so the page raises its decoy again before each.
    for (const button of ['paste-mute', 'paste-save']) {
      await decoy('raise');
      await page.waitForTimeout(PROMPT_ARM_MS + 100);
      await inPrompt(page, button).click();
      await page.waitForTimeout(300);
    }
    expect(await saveDone()).toBe(false);
    expect(await saved()).toBe(count);
    expect(await settings()).toEqual(before);
    // The decoy gone, the prompt seen again: a click saves.
    await decoy('close');
    await inPrompt(page, 'paste-save').click();
    await expect.poll(saveDone).toBe(true);
  });

  it('a decoy popover in the page’s closed shadow root, opened over the prompt, takes no click', async () => {
    await personPastes();
    const count = await saved();
    // Its toggle events stay in that root and no query of the document finds it; Chrome sees the prompt covered.
    const decoy = (show: boolean) =>
      page.evaluate((show) => {
        const w = window as unknown as { decoy?: HTMLElement };
        if (!w.decoy) {
          const host = document.createElement('span');
          const root = host.attachShadow({ mode: 'closed' });
          w.decoy = document.createElement('div');
          w.decoy.popover = 'manual';
          w.decoy.textContent = '点这里继续阅读';
          w.decoy.style.cssText = 'position:fixed;inset:0;width:auto;height:auto;margin:0;pointer-events:none;background:#fff;color:#000';
          root.append(w.decoy);
          document.body.append(host);
        }
        if (show) w.decoy.showPopover();
        else w.decoy.hidePopover();
      }, show);
    await decoy(true);
    await inPrompt(page, 'paste-mute').click();
    await inPrompt(page, 'paste-save').click();
    await page.waitForTimeout(500);
    expect(await saveDone()).toBe(false);
    expect(await saved()).toBe(count);
    // The decoy gone, the prompt seen again (armed again): a click saves.
    await decoy(false);
    await inPrompt(page, 'paste-save').click();
    await expect.poll(saveDone).toBe(true);
  });
});
