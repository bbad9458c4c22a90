// The paste feature's part of the every-page content script
// (entrypoints/content.ts): the prompt on pasted newspaper text, and the
// menu item's and shortcut's request to paste the clipboard cleaned. Cleaning
// and saving are the background's (messages clean-paste, save-paste).
import { browser } from 'wxt/browser';
import { createTabMessageListener, sendMessage } from '../messages';
import { pasteClipboardCleaned } from '../paste/clipboard';
import { disablePromptOnSite, readPasteSettings } from '../paste/settings';
import { watchPastes, type PasteServices } from '../paste/watch';

export const browserPasteServices: PasteServices = {
  clean: (text) => sendMessage({ type: 'clean-paste', text }),
  save: (text) => sendMessage({ type: 'save-paste', text }),
  settings: readPasteSettings,
  muteSite: disablePromptOnSite,
};

/** Starts both; returns a function that stops them (when the extension is reloaded under the page). */
export function startPasteCleaning(win: Window, services: PasteServices = browserPasteServices): () => void {
  const stopWatching = watchPastes(win, services);
  const listener = createTabMessageListener({
    'paste-clipboard-cleaned': () => pasteClipboardCleaned(win.document, services.clean),
  });
  browser.runtime.onMessage.addListener(listener);
  return () => {
    stopWatching();
    browser.runtime.onMessage.removeListener(listener);
  };
}
