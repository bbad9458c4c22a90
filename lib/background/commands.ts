// Keyboard commands (declared in wxt.config.ts `commands`), one handler each.
import { browser, type Browser } from 'wxt/browser';
import { handleLibraryCommand, OPEN_LIBRARY_COMMAND, type PanelApis } from '../library/side-panel';
import { clipTabAndConfirm, type ClipServices } from './clip';
import { askClipboardRead, pasteCleanedInTab } from './paste';

/** Alt+Shift+S: clip the page straight to the database, no popup. */
export const CLIP_PAGE_COMMAND = 'clip-page';
/** Alt+Shift+V: paste the clipboard, cleaned, into the page's focused field. */
export const PASTE_CLEANED_COMMAND = 'paste-cleaned';

type CommandHandler = (tab: Browser.tabs.Tab | undefined, services: ClipServices) => Promise<unknown> | undefined;

/** The tab a command acts on: the one it names, else the active tab of the current window. */
async function targetTab(tab: Browser.tabs.Tab | undefined): Promise<number | undefined> {
  if (tab?.id !== undefined && tab.id >= 0) return tab.id;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

export const COMMAND_HANDLERS: Record<string, CommandHandler> = {
  [CLIP_PAGE_COMMAND]: async (tab, services) => {
    const tabId = await targetTab(tab);
    return tabId === undefined ? undefined : clipTabAndConfirm(tabId, services);
  },
  [PASTE_CLEANED_COMMAND]: async (tab) => {
    // In the key press, before any await: the browser asks for clipboardRead only then.
    const granted = askClipboardRead();
    const tabId = await targetTab(tab);
    return tabId === undefined ? undefined : pasteCleanedInTab(tabId, granted);
  },
  // The side panel opens only inside the user's gesture, so this must not await first (lib/library/side-panel.ts).
  [OPEN_LIBRARY_COMMAND]: (tab) => handleLibraryCommand(browser as unknown as PanelApis, OPEN_LIBRARY_COMMAND, tab),
};

export function onCommand(command: string, tab: Browser.tabs.Tab | undefined, services: ClipServices): Promise<unknown> | undefined {
  return COMMAND_HANDLERS[command]?.(tab, services);
}
