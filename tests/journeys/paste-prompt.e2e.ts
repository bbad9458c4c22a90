// The paste prompt in a web page, in Chromium and Firefox: newspaper text
// pasted (clipboard, then Ctrl+V: the browser inserts it itself, with its own
// undo history) into a textarea, a one-line input and a contenteditable editor
// of tests/fixtures/paste/editor.html; the prompt (in its own closed shadow
// root, reached through the browser's protocol: ExtensionBrowser.promptPart)
// offers Clean, which puts in the cleaned text, and Undo, which puts the
// paste back. The content script runs on every page: in Firefox under the
// host permission an MV3 add-on is granted for its content scripts' sites.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanText as cleanPastedText } from '@/lib/parse/clean-text';
import { looksLikeNewspaperText } from '@/lib/paste/paste-check';
import { promptWords, type PromptWords } from '@/lib/paste/prompt-text';
import { PROMPT_ARM_MS } from '@/lib/paste/prompt';
import { EVAL_PAGES_DIR, serveFixtures, type FixtureServer } from '../e2e/helpers';
import { BROWSER_NAME, launchExtensionBrowser, type ExtensionBrowser } from './browser';
import { readClippings } from './page';

const PAGE_TEXT = readFileSync(path.join(EVAL_PAGES_DIR, '001_fe3d9ee136b87dc0.txt'), 'utf8').replace(/\r\n?/g, '\n');
/** The first forty lines: one article's start, as someone would copy a passage. */
const PASSAGE = PAGE_TEXT.split('\n').slice(0, 40).join('\n');

describe(`paste prompt journeys (${BROWSER_NAME})`, () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let page: Page;
  let words: PromptWords;

  beforeAll(async () => {
    expect(looksLikeNewspaperText(PASSAGE).wrapped).toBe(true);
    ext = await launchExtensionBrowser();
    server = await serveFixtures();
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  beforeEach(async () => {
    await page?.close();
    page = await ext.openWebPage(server.url('paste/editor.html'));
    words = promptWords(await page.evaluate(() => navigator.language));
  });

  const value = (selector: string) => page.$eval(selector, (el) => (el as HTMLInputElement | HTMLTextAreaElement).value);
  const promptText = async () => (await ext.promptPart(page, 'paste-prompt'))?.text ?? '';
  /** Waits until the prompt shows the button. */
  async function waitFor(id: string) {
    await expect.poll(async () => (await ext.promptPart(page, id)) !== null, { timeout: 15_000 }).toBe(true);
  }
  /** A real click (trusted, as a person's) at the button's place on screen. */
  async function press(id: string) {
    await waitFor(id);
    // New buttons ignore clicks until armed (a guard against lured clicks).
    await new Promise((resolve) => setTimeout(resolve, PROMPT_ARM_MS + 100));
    const part = (await ext.promptPart(page, id))!;
    await page.mouse.click(part.x, part.y);
  }

  /** Puts `text` on the clipboard and presses Ctrl+V in the field. */
  async function pasteInto(selector: string, text: string) {
    await page.bringToFront();
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.click(selector);
    await page.keyboard.down('Control');
    await page.keyboard.press('v');
    await page.keyboard.up('Control');
  }

  async function undoKey() {
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
  }

  it('textarea: the paste goes in as it is; Clean puts in the clean text; Ctrl+Z and Undo give the paste back', async () => {
    await pasteInto('#body', PAGE_TEXT);
    await waitFor('paste-clean');
    expect(await value('#body')).toBe(PAGE_TEXT);
    expect(await promptText()).toContain(words.found);

    await press('paste-clean');
    await waitFor('paste-undo');
    const clean = cleanPastedText(PAGE_TEXT);
    expect(await value('#body')).toBe(clean);

    await page.click('#body');
    await undoKey();
    await expect.poll(() => value('#body')).toBe(PAGE_TEXT);
    await waitFor('paste-clean');

    await press('paste-clean');
    await waitFor('paste-undo');
    expect(await value('#body')).toBe(clean);
    await press('paste-undo');
    await waitFor('paste-clean');
    expect(await value('#body')).toBe(PAGE_TEXT);
  });

  it('one-line input: the clean text runs on one line; Ctrl+Z gives the paste back', async () => {
    await pasteInto('#title', PASSAGE);
    await waitFor('paste-clean');
    const pasted = await value('#title');
    expect(pasted).not.toContain('\n');
    await press('paste-clean');
    await waitFor('paste-undo');
    expect(await value('#title')).toBe(cleanPastedText(PASSAGE).replace(/\s*\n\s*/g, ' '));
    await page.click('#title');
    await undoKey();
    await expect.poll(() => value('#title')).toBe(pasted);
  });

  it('contenteditable editor: Clean makes one block per paragraph; Undo and Ctrl+Z give back the paste’s exact markup', async () => {
    await page.click('#editor');
    await page.keyboard.press('End');
    await page.evaluate((t) => navigator.clipboard.writeText(t), PASSAGE);
    await page.keyboard.down('Control');
    await page.keyboard.press('v');
    await page.keyboard.up('Control');
    await waitFor('paste-clean');
    const pastedHtml = await page.$eval('#editor', (el) => el.innerHTML);
    const pastedText = await page.$eval('#editor', (el) => el.textContent);
    // Each browser turns pasted line breaks into its own markup; the text is the paste's, lines run together.
    expect(pastedText!.replace(/\s/g, '')).toBe(`编者按：${PASSAGE}`.replace(/\s/g, ''));

    await press('paste-clean');
    await waitFor('paste-undo');
    const paragraphs = cleanPastedText(PASSAGE).split('\n\n');
    const blocks = await page.$eval('#editor', (el) => [...el.children].map((b) => b.textContent));
    expect(blocks).toEqual([`编者按：${paragraphs[0]}`, ...paragraphs.slice(1)]);

    await press('paste-undo');
    await waitFor('paste-clean');
    expect(await page.$eval('#editor', (el) => el.innerHTML)).toBe(pastedHtml);

    // The clean is one edit on the browser's undo stack: one Ctrl+Z takes it all back.
    await press('paste-clean');
    await waitFor('paste-undo');
    await page.click('#editor');
    await undoKey();
    await expect.poll(() => page.$eval('#editor', (el) => el.innerHTML)).toBe(pastedHtml);
  });

  it('a popover the page opened before the prompt, closed and opened again over it (toggle events stopped from its first script), takes no click; gone, the click saves', async () => {
    await page.close();
    page = await ext.openWebPage(server.url('paste/toggles-stopped.html'));
    const library = await ext.openExtensionPage('popup.html');
    const stored = async () => (await readClippings(library)).length;
    const before = await stored();
    // The page's own popover, open before the paste: a full-window decoy that lets clicks through; the page's first
    // script stops its toggle events for every listener added after its own. The prompt opens over it.
    const decoy = (action: 'open' | 'raise' | 'close') =>
      page.evaluate((action) => {
        let d = document.getElementById('decoy');
        if (!d) {
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
    await decoy('open');
    await pasteInto('#body', PASSAGE);
    await waitFor('paste-save');
    // The same popover closed and opened again: the top layer holds the same elements, the decoy now over the prompt.
    await decoy('raise');
    await press('paste-save');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await ext.promptPart(page, 'paste-save')).not.toBeNull();
    expect(await stored()).toBe(before);
    // That click put the prompt back on top; the page takes its decoy away, and the person's click saves.
    await decoy('close');
    await press('paste-save');
    await expect.poll(async () => (await ext.promptPart(page, 'paste-save')) === null).toBe(true);
    await expect.poll(stored).toBe(before + 1);
    await library.close();
  });

  it('a short message pasted gets no prompt', async () => {
    await pasteInto('#body', '今天下午三点开会，请准时参加。');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await page.$('jianbao-paste-prompt')).toBeNull();
    expect(await value('#body')).toBe('今天下午三点开会，请准时参加。');
  });
});
