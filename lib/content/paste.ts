// The paste feature's part of the every-page content script
// (entrypoints/content.ts): the prompt on pasted newspaper text, and the
// menu item's and shortcut's request to paste the clipboard cleaned. Cleaning,
// saving and the site setting are the background's (messages clean-paste,
// save-paste, mute-site): this script writes nothing itself.
//
// What may ask for a write: only a trusted click in the prompt (paste/watch.ts,
// paste/prompt.ts). As a second lock, Save and Not on this site are sent only while
// the page has transient user activation (navigator.userActivation), which
// only the person's own click or key gives; a page script cannot fake it.
import { browser } from 'wxt/browser';
import { createTabMessageListener, sendMessage } from '../messages';
import { pasteClipboardCleaned, readPasteSettings, watchPastes, type PasteServices } from '../paste';

/** Throws unless the person has just clicked or pressed a key in this page. */
export function requireUserGesture(nav: Navigator = navigator): void {
  const activation = (nav as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
  if (activation && !activation.isActive) throw new Error('Not done by the person (no user gesture)');
}

export const browserPasteServices: PasteServices = {
  clean: (text) => sendMessage({ type: 'clean-paste', text }),
  save: async (text) => {
    requireUserGesture();
    return sendMessage({ type: 'save-paste', text });
  },
  settings: readPasteSettings,
  muteSite: async (host) => {
    requireUserGesture();
    await sendMessage({ type: 'mute-site', host });
  },
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
