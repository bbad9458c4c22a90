// End-to-end: cleaning pasted newspaper text in a web page, in real Chromium
// with the built extension. The page (tests/fixtures/paste/editor.html, served
// on 127.0.0.1) has a textarea, a one-line input and a contenteditable
// editor, and CSS that would break a prompt not kept in its own shadow root.
//
// Pastes are real: the text is written to the clipboard (the test context may
// write it), then Ctrl+V in the field, so Chromium fires the paste event and
// inserts the text itself, with its own undo history. The menu item's and the
// shortcut's paste is asked for as the background asks for it (tabs.sendMessage
// to the tab), since a test cannot open a native context menu and headless
// Chromium does not route extension shortcuts; tests/background/paste.test.ts
// checks that the menu item and the command send exactly that.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parsePage } from '@/lib/parse';
import { cleanText } from '@/lib/parse/clean-text';
import { looksLikeNewspaperText } from '@/lib/paste/paste-check';
import { promptWords, type PromptWords } from '@/lib/paste/prompt-text';
import {
  EVAL_PAGES_DIR,
  EXTENSION_DIR,
  launchExtension,
  openSidePanel,
  readClippings,
  serveFixtures,
  type ExtensionSession,
  type FixtureServer,
} from './helpers';
import { inPrompt } from './closed-shadow';

/** A page of a newspaper PDF as copied: hard-wrapped columns, furniture, several articles. */
const PAGE_TEXT = readFileSync(path.join(EVAL_PAGES_DIR, '001_fe3d9ee136b87dc0.txt'), 'utf8').replace(/\r\n?/g, '\n');
/** Its first forty lines: one article's start, as someone would copy a passage. */
const PASSAGE = PAGE_TEXT.split('\n').slice(0, 40).join('\n');

const NOT_NEWSPAPER: Array<[string, string]> = [
  ['a short message', '今天下午三点开会，请准时参加。'],
  ['code', 'function add(a, b) {\n  return a + b;\n}\n\n// 两数相加\nconsole.log(add(1, 2));\nexport default add;\n'],
];

/** The extension API as code evaluated in the service worker sees it. */
declare const chrome: (typeof import('wxt/browser'))['browser'];

interface StoredClipping {
  url: string | null;
  title: string | null;
  blocks: { text: string }[];
}

describe('cleaning pasted newspaper text in a web page', () => {
  let session: ExtensionSession;
  let server: FixtureServer;
  let worker: Worker;
  let page: Page;
  let words: PromptWords;
  let editorUrl: string;

  beforeAll(async () => {
    expect(looksLikeNewspaperText(PAGE_TEXT).wrapped && looksLikeNewspaperText(PASSAGE).wrapped).toBe(true);
    session = await launchExtension();
    server = await serveFixtures();
    editorUrl = server.url('paste/editor.html');
    // Only writing: reading the clipboard is Ctrl+V's (the browser's) or the extension's own (clipboardRead).
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
    await page.goto(editorUrl, { waitUntil: 'load' });
    words = promptWords(await page.evaluate(() => navigator.language));
  });

  // The prompt is in a closed shadow root: reached as DevTools reach it (closed-shadow.ts).
  const prompt = () => inPrompt(page, 'paste-prompt');
  const button = (action: string) => inPrompt(page, `paste-${action}`);
  const value = (selector: string) => page.$eval(selector, (el) => (el as HTMLTextAreaElement | HTMLInputElement).value);

  /** Puts `text` on the clipboard and presses Ctrl+V in the field. */
  async function pasteInto(selector: string, text: string) {
    // A tab in the background is slow to answer (its frames are throttled), and the clipboard wants focus.
    await page.bringToFront();
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.click(selector);
    await page.keyboard.press('Control+V');
  }

  /** No prompt after a paste: waits for the watcher to have had every chance to show one. */
  async function expectNoPrompt() {
    await page.waitForTimeout(400);
    expect(await page.locator('jianbao-paste-prompt').count()).toBe(0);
  }

  it('textarea: the paste goes in as it is; Clean puts in the clean text; Ctrl+Z and the prompt’s Undo give the paste back exactly', async () => {
    await pasteInto('#body', PAGE_TEXT);
    await expect.poll(() => prompt().isVisible()).toBe(true);
    expect(await value('#body')).toBe(PAGE_TEXT);
    expect(await prompt().innerText()).toContain(words.found);
    // The page's CSS hides every <button> and makes text transparent: not these.
    await expect.poll(() => button('clean').isVisible()).toBe(true);
    expect(await button('clean').evaluate('function () { return getComputedStyle(this).color; }')).not.toBe('rgba(0, 0, 0, 0)');

    await button('clean').click();
    await button('undo').waitFor();
    const clean = cleanText(PAGE_TEXT);
    expect(await value('#body')).toBe(clean);
    expect(clean.startsWith('锻造民族复兴的中流砥柱\n\n钟华论\n\n1921—2025，')).toBe(true);

    // The browser's own undo, in the field.
    await page.click('#body');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => value('#body')).toBe(PAGE_TEXT);
    await button('clean').waitFor();
    expect(await prompt().innerText()).toContain(words.restored);

    // The prompt's Undo: the paste back, and the caret after it.
    await button('clean').click();
    await button('undo').waitFor();
    expect(await value('#body')).toBe(clean);
    await button('undo').click();
    await button('clean').waitFor();
    expect(await value('#body')).toBe(PAGE_TEXT);
    const caret = await page.$eval('#body', (el) => [(el as HTMLTextAreaElement).selectionStart, (el as HTMLTextAreaElement).selectionEnd]);
    expect(caret).toEqual([PAGE_TEXT.length, PAGE_TEXT.length]);
  });

  it('textarea, a paste over 100,000 characters: the prompt is put in as the paste lands, transparent, then shown by its opacity; Clean works', async () => {
    const big = Array.from({ length: Math.ceil(120_000 / PAGE_TEXT.length) }, () => PAGE_TEXT).join('\n');
    // The page's own listener, after the extension's (capture on the window): is the prompt in the page yet, and how?
    await page.evaluate(() => {
      const w = window as unknown as { during: string[] | null };
      w.during = null;
      document.getElementById('body')!.addEventListener('paste', () => (w.during = [...document.querySelectorAll<HTMLElement>('jianbao-paste-prompt')].map((h) => h.style.opacity)), { once: true });
    });
    await pasteInto('#body', big);
    expect(await page.evaluate(() => (window as unknown as { during: string[] | null }).during)).toEqual(['0']);
    await expect.poll(() => page.$eval('jianbao-paste-prompt', (h) => (h as HTMLElement).style.opacity)).toBe('1');
    await expect.poll(() => prompt().isVisible()).toBe(true);
    expect(await page.locator('jianbao-paste-prompt').count()).toBe(1);
    await button('clean').click();
    await button('undo').waitFor(30_000);
    expect(await value('#body')).toBe(cleanText(big));
  });

  it('textarea: only the pasted text is replaced, around text already there', async () => {
    await page.fill('#body', '前言：\n\n——完');
    await page.$eval('#body', (el) => (el as HTMLTextAreaElement).setSelectionRange(5, 5));
    await page.evaluate((t) => navigator.clipboard.writeText(t), PASSAGE);
    await page.keyboard.press('Control+V');
    await button('clean').click();
    await button('undo').waitFor();
    expect(await value('#body')).toBe(`前言：\n\n${cleanText(PASSAGE)}——完`);
  });

  it('one-line input: the clean text runs on one line; Ctrl+Z gives the paste back', async () => {
    await pasteInto('#title', PASSAGE);
    await button('clean').waitFor();
    const pasted = await value('#title');
    expect(pasted).not.toContain('\n');
    await button('clean').click();
    await button('undo').waitFor();
    expect(await value('#title')).toBe(cleanText(PASSAGE).replace(/\s*\n\s*/g, ' '));
    await page.click('#title');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => value('#title')).toBe(pasted);
  });

  it('contenteditable editor: Clean makes one block per paragraph; Undo and Ctrl+Z give back the paste’s exact markup', async () => {
    await page.click('#editor');
    await page.keyboard.press('End');
    await page.evaluate((t) => navigator.clipboard.writeText(t), PASSAGE);
    await page.keyboard.press('Control+V');
    await button('clean').waitFor();
    const editor = page.locator('#editor');
    const pastedHtml = await editor.innerHTML();
    const pastedText = await editor.evaluate((el) => el.textContent);
    expect(pastedText).toBe(`编者按：${PASSAGE.replace(/\n/g, '')}`.replace(/ {2}/g, '\u00a0 '));

    await button('clean').click();
    await button('undo').waitFor();
    const paragraphs = cleanText(PASSAGE).split('\n\n');
    const blocks = await editor.evaluate((el) => [...el.children].map((b) => b.textContent));
    expect(blocks).toEqual([`编者按：${paragraphs[0]}`, ...paragraphs.slice(1)]);

    await button('undo').click();
    await button('clean').waitFor();
    expect(await editor.innerHTML()).toBe(pastedHtml);

    await button('clean').click();
    await button('undo').waitFor();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => editor.innerHTML()).toBe(pastedHtml);
  });

  it('Save as clipping stores the page’s articles, addressed by the page they were pasted on', async () => {
    await pasteInto('#body', PAGE_TEXT);
    await button('save').click();
    await expect.poll(() => button('save').count()).toBe(0);
    const articles = parsePage(PAGE_TEXT).articles;
    const stored = (await readClippings<StoredClipping>(session)).filter((c) => c.url?.startsWith(editorUrl));
    expect(stored).toHaveLength(articles.length);
    for (const c of stored) expect(c.url!.startsWith(`${editorUrl}#:~:text=`)).toBe(true);
    expect(stored.map((c) => c.title).sort()).toEqual(articles.map((a) => a.title).sort());
    expect(stored.find((c) => c.title === '锻造民族复兴的中流砥柱')!.blocks[0].text).toMatch(/^1921—2025，历史长河奔涌不息/);
    const message = await prompt().innerText();
    expect(message).toMatch(/已保存 \d+ 篇|New clippings saved: \d+/);
    // The field is left as it was.
    expect(await value('#body')).toBe(PAGE_TEXT);
  });

  it.each(NOT_NEWSPAPER)('a paste of %s gets no prompt', async (_name, text) => {
    await pasteInto('#body', text);
    await expectNoPrompt();
    expect(await value('#body')).toBe(text);
  });

  it('no prompt with the setting off (side panel), nor on a site turned off from the prompt; back on, it shows', async () => {
    const panel = (await openSidePanel(session)).page;
    const toggle = panel.getByTestId('paste-prompt-enabled');
    await panel.getByTestId('paste-settings').locator('summary').click();
    await toggle.uncheck();
    await pasteInto('#body', PASSAGE);
    await expectNoPrompt();

    await toggle.check();
    await page.fill('#body', '');
    await pasteInto('#body', PASSAGE);
    await button('mute').click();
    await expect.poll(() => prompt().innerText()).toContain(words.muted);
    await expect.poll(() => panel.getByTestId('paste-prompt-sites').innerText()).toContain('127.0.0.1');
    await page.bringToFront();
    await button('dismiss').click();
    await expect.poll(() => prompt().count()).toBe(0);
    await pasteInto('#body', PASSAGE);
    await expectNoPrompt();

    await panel.getByRole('button', { name: /127\.0\.0\.1/ }).click();
    await pasteInto('#body', PASSAGE);
    await expect.poll(() => prompt().isVisible()).toBe(true);
    await panel.close();
  });

  it('Esc in the field dismisses the prompt, and the keyboard reaches its buttons with Tab', async () => {
    await pasteInto('#body', PASSAGE);
    await button('clean').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await button('undo').waitFor();
    expect(await value('#body')).toBe(cleanText(PASSAGE));
    await page.keyboard.press('Escape');
    await expect.poll(() => prompt().count()).toBe(0);

    await page.fill('#body', '');
    await pasteInto('#body', PASSAGE);
    await button('clean').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => prompt().count()).toBe(0);
    expect(await value('#body')).toBe(PASSAGE);
  });

  it('Paste cleaned text (menu item, shortcut): the clipboard goes in cleaned at the caret, no prompt, Ctrl+Z takes it back', async () => {
    await page.fill('#body', '前言：');
    // The extension's clipboardRead is optional, granted by the person when the browser asks at the first
    // use (tests/background/paste.test.ts checks the request); a test cannot answer that prompt, so the
    // page's own clipboard-read stands in for the grant here.
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.evaluate((t) => navigator.clipboard.writeText(t), PASSAGE);
    await page.bringToFront();
    const reply = await worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.tabs.sendMessage(tab.id!, { type: 'paste-clipboard-cleaned' }, { frameId: 0 });
    });
    expect(reply).toEqual({ ok: true, value: { ok: true } });
    expect(await value('#body')).toBe(`前言：${cleanText(PASSAGE)}`);
    await expectNoPrompt();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => value('#body')).toBe('前言：');
  });
});

describe('the built extension, for pasting', () => {
  const BUDGET = 30 * 1024;
  const builds = [EXTENSION_DIR, path.join(path.dirname(EXTENSION_DIR), 'firefox-mv3')];
  const manifest = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));

  it.each(builds)('keeps the text parser out of the every-page content script, under budget (%s)', (dir) => {
    const scripts: string[] = manifest(dir).content_scripts.flatMap((c: { js: string[] }) => c.js);
    const total = scripts.reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0);
    console.log(`every-page scripts in ${path.basename(dir)}: ${(total / 1024).toFixed(1)} KB of ${BUDGET / 1024} KB`);
    expect(total).toBeLessThan(BUDGET);
    // Strings only the parser holds: its warning for text without an article, and the jump markers it reads.
    const background = readFileSync(path.join(dir, 'background.js'), 'utf8');
    const content = scripts.map((file) => readFileSync(path.join(dir, file), 'utf8')).join('\n');
    for (const marker of ['no-article', '上接']) {
      expect(background, marker).toContain(marker);
      expect(content, marker).not.toContain(marker);
    }
  });

  it.each(builds)('declares the menu’s permission as optional (asked at first use) and the shortcut (%s)', (dir) => {
    const m = manifest(dir);
    expect(m.permissions).not.toContain('clipboardRead');
    expect(m.optional_permissions).toEqual(['clipboardRead']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.commands['paste-cleaned'].suggested_key.default).toBe('Alt+Shift+V');
  });
});
