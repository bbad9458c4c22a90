// Which tab the popup clips: the one named in its address (popup.html?tabId=N,
// used when the popup is opened as a page, as the end-to-end tests do), else
// the active tab of the popup's window.
import { browser } from 'wxt/browser';

/** N from `?tabId=N`, or undefined when absent or not a tab id. */
export function tabIdFromSearch(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
