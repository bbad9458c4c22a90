// The background's answer to each message of lib/messages.ts, one entry per type.
import { browser } from 'wxt/browser';
import { describeSaved, saveClips, pastedClippings } from '../clip';
import type { MessageHandlers, MessageSender } from '../messages';
import { cleanText } from '../parse/clean-text';
import { disablePromptOnSite } from '../paste';
import { showPageCheck } from './badge';
import { clipTabAndConfirm, type ClipServices } from './clip';

/** True for the extension's own pages (popup, side panel); a content script's sender.url is the web page's. */
export function isExtensionPage(sender: MessageSender): boolean {
  const base = browser.runtime.getURL('/');
  return typeof sender.url === 'string' && sender.url.startsWith(base);
}

/**
 * A content script of this extension in a web page's frame. The browser fills
 * in the sender (a page cannot send to runtime.onMessage at all: there is no
 * externally_connectable), so this is who asks; whether the person asked is
 * the content script's to check (trusted events only, lib/paste/watch.ts).
 */
export function isOwnContentScript(sender: MessageSender): boolean {
  if (sender.id !== undefined && sender.id !== browser.runtime.id) return false;
  if (sender.tab?.id === undefined || typeof sender.url !== 'string') return false;
  return /^https?:/i.test(sender.url);
}

/** The host of the sender's frame, which is the only site its prompt may turn off. */
export function senderHost(sender: MessageSender): string | null {
  try {
    return new URL(sender.url ?? '').hostname.toLowerCase() || null;
  } catch {
    return null;
  }
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
    'clean-paste': (message) => cleanText(message.text),
    'save-paste': async (message, sender) => {
      const fromExtension = isExtensionPage(sender);
      if (!fromExtension && !isOwnContentScript(sender)) throw new Error('save-paste is accepted from the paste prompt and extension pages only');
      if (typeof message.text !== 'string') throw new TypeError('save-paste needs the pasted text');
      // The page the text was pasted on (its frame's address); an extension page is no such page.
      const pageUrl = fromExtension ? null : (sender.url ?? null);
      const outcome = await saveClips(pastedClippings(message.text, pageUrl), services.save);
      return { ...outcome, summary: describeSaved(outcome) };
    },
    // The prompt's 此网站不再提示: only for the site the sender is on, whatever the message names.
    'mute-site': async (message, sender) => {
      const host = senderHost(sender);
      if (!isOwnContentScript(sender) || !host) throw new Error('mute-site is accepted from the paste prompt only');
      if (message.host.toLowerCase() !== host) throw new Error(`mute-site may turn off only the sender's own site (${host})`);
      await disablePromptOnSite(host);
    },
  };
}
