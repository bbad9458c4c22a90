// The background's answer to each message of lib/messages.ts, one entry per type.
import { browser } from 'wxt/browser';
import { describeSaved } from '../clip/describe';
import { saveClips } from '../clip/save';
import type { MessageHandlers, MessageSender } from '../messages';
import { cleanPastedText, pastedClippings } from '../paste/clean-text';
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
    // The paste prompt (lib/paste/watch.ts): the content script has the detector, the parser is here.
    'clean-paste': (message) => cleanPastedText(message.text),
    'save-paste': async (message, sender) => {
      // The page the text was pasted on (its frame's address); an extension page is no such page.
      const pageUrl = isExtensionPage(sender) ? null : (sender.url ?? sender.tab?.url ?? null);
      const outcome = await saveClips(pastedClippings(message.text, pageUrl), services.save);
      return { ...outcome, summary: describeSaved(outcome) };
    },
  };
}
