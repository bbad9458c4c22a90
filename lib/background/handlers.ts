// The background's answer to each message of lib/messages.ts, one entry per type.
import { browser } from 'wxt/browser';
import type { MessageHandlers, MessageSender } from '../messages';
import { showPageCheck } from './badge';
import { clipTabAndConfirm, type ClipServices } from './clip';

/** True for the extension's own pages (popup, side panel); a content script's sender.url is the web page's. */
export function isExtensionPage(sender: MessageSender): boolean {
  const base = browser.runtime.getURL('/');
  return typeof sender.url === 'string' && sender.url.startsWith(base);
}

export function createHandlers(services: ClipServices): MessageHandlers {
  return {
    'page-checked': (message, sender) => {
      const tabId = sender.tab?.id;
      // Only a tab's top frame speaks for its badge (the content script does not run in frames).
      if (tabId === undefined || (sender.frameId ?? 0) !== 0) return;
      return showPageCheck(tabId, message.isArticle);
    },
    'clip-tab': (message, sender) => {
      // Saving is for the extension's pages to ask; a content script has no reason to.
      if (!isExtensionPage(sender)) throw new Error('clip-tab is accepted from extension pages only');
      return clipTabAndConfirm(message.tabId, services);
    },
  };
}
