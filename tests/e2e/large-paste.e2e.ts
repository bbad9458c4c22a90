// Bad input in the real popup: a paste of megabytes is parsed off the main
// thread (a Web Worker), says so while it works, and lists what it found
// without freezing; binary junk and an empty paste get a clear message.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '@/lib/i18n';
import { EVAL_PAGES_DIR, launchExtension, openPopup, type ExtensionSession } from './helpers';

const pages = existsSync(EVAL_PAGES_DIR) ? readdirSync(EVAL_PAGES_DIR).filter((f) => f.endsWith('.txt')).sort() : [];

describe('large and bad pastes in the popup', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it.runIf(pages.length > 0)('parses a 6 MB paste in a worker and stays responsive', async () => {
    const one = pages.map((f) => readFileSync(path.join(EVAL_PAGES_DIR, f), 'utf8')).join('\n\n');
    const big = Array.from({ length: 40 }, () => one).join("\n\n"); // about 3 million characters (6 MB in memory)
    const { page, errors } = await openPopup(session);
    // The worker the popup starts: its script is the built parser chunk (lib/parse-worker).
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const lang = (await page.evaluate(() => navigator.language)).startsWith('zh') ? 'zh' : 'en';
    // (fill() types the text in; setting the value as a paste does is what a person's Ctrl+V amounts to)
    await page.getByTestId('paste-input').evaluate((el, text) => {
      const area = el as HTMLTextAreaElement;
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, text);
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, big);
    await page.getByTestId('paste-parse').click();
    // The status says it is parsing while the worker runs …
    await expect.poll(() => page.getByTestId('status').textContent(), { timeout: 5000 }).toContain(translate(lang, 'statusParsing', { size: '' }).slice(0, 4));
    // … and the page still answers meanwhile (a frozen main thread could not run this).
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    const [before, after] = translate(lang, 'statusFound', { n: '\u0000' }).split('\u0000');
    const foundPattern = new RegExp(`^${before}(\\d+)${after.replace(/[.()]/g, '\\$&')}$`);
    await expect.poll(() => page.getByTestId('status').textContent(), { timeout: 60_000 }).toMatch(foundPattern);
    const found = Number((await page.getByTestId('status').textContent())!.match(foundPattern)![1]);
    expect(found).toBeGreaterThan(200);
    expect(await page.getByTestId('parsed-article').count()).toBe(200);
    expect(workers).toEqual([expect.stringMatching(/^chrome-extension:\/\/[a-z]+\/assets\/parse-worker-[\w-]+\.js$/)]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('says binary junk is not text, and lists nothing', async () => {
    const { page } = await openPopup(session);
    const lang = (await page.evaluate(() => navigator.language)).startsWith('zh') ? 'zh' : 'en';
    const junk = Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7919) % 32 || 1, 0xfffd)).join('');
    await page.getByTestId('paste-input').fill(junk);
    await page.getByTestId('paste-parse').click();
    await expect.poll(() => page.getByTestId('status').textContent()).toBe(translate(lang, 'statusBinary'));
    expect(await page.getByTestId('parsed-article').count()).toBe(0);
    await page.close();
  });
});
