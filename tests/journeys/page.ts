// Reading and driving a page by its data-testid, the same way in both browsers
// (Puppeteer's API over the DevTools protocol or WebDriver BiDi).
import type { ElementHandle, Page } from 'puppeteer-core';
import { readTableInPage } from '../e2e/helpers';

export const byTestId = (id: string) => `[data-testid="${id}"]`;

/** Every console error and uncaught exception the page logs from now on. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
  return errors;
}

/** The innerText of each element with the test id, in document order. */
export const texts = (page: Page, id: string): Promise<string[]> =>
  page.$$eval(byTestId(id), (els) => els.map((el) => (el as HTMLElement).innerText));

/** The innerText of the first element with the test id, '' when there is none. */
export const text = async (page: Page, id: string): Promise<string> => (await texts(page, id))[0] ?? '';

export const count = async (page: Page, id: string): Promise<number> => (await page.$$(byTestId(id))).length;

export const valueOf = (page: Page, id: string): Promise<string> =>
  page.$eval(byTestId(id), (el) => (el as HTMLInputElement | HTMLTextAreaElement).value);

export async function nth(page: Page, id: string, index = 0): Promise<ElementHandle<Element>> {
  const all = await page.$$(byTestId(id));
  if (!all[index]) throw new Error(`No element ${index + 1} with data-testid="${id}" (${all.length} found)`);
  return all[index];
}

/** Clicks the first element with the test id (or the one `hasText` names), waiting for it to appear. */
export async function click(page: Page, id: string, hasText?: string): Promise<void> {
  await page.waitForSelector(byTestId(id), { timeout: 10_000 });
  if (hasText === undefined) return page.click(byTestId(id));
  const all = await page.$$(byTestId(id));
  for (const el of all) {
    if ((await el.evaluate((e) => (e as HTMLElement).innerText)).includes(hasText)) return el.click();
  }
  throw new Error(`No data-testid="${id}" with text ${hasText}`);
}

/**
 * Puts `value` in a text field as a paste does (one input event, the value set
 * through the native setter so React sees it) and focuses it; typing a whole
 * newspaper page key by key would take minutes.
 */
export async function fill(page: Page, id: string, value: string): Promise<void> {
  await page.waitForSelector(byTestId(id), { timeout: 10_000 });
  await page.$eval(
    byTestId(id),
    (el, value) => {
      const field = el as HTMLInputElement | HTMLTextAreaElement;
      const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      field.focus();
      Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(field, value);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    value,
  );
}

/** Every record of a table of the extension's IndexedDB, read through an extension page. */
export const readTable = <T>(page: Page, database: string, table: string): Promise<T[]> =>
  page.evaluate(readTableInPage, { database, table }) as Promise<T[]>;

export const readClippings = <T>(page: Page): Promise<T[]> => readTable<T>(page, 'jianbao', 'clippings');
