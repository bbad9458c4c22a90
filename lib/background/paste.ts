// The menu item 粘贴清理后的文字 (on a text field) and the shortcut
// Alt+Shift+V: the tab's content script reads the clipboard and types it in
// cleaned (lib/paste/clipboard.ts). Nothing is said when it worked (the text
// is there); a failure shows on the toolbar button, as a failed clip does.
// Reading the clipboard needs `clipboardRead`, an optional permission asked
// for at the first use (askClipboardRead), not at install.
import { browser } from 'wxt/browser';
import { sendTabMessage } from '../messages';
import { t } from '../i18n';
import type { PasteClipboardOutcome } from '../paste';
import { BADGE_FAILED, flashBadge } from './badge';

/**
 * The content script's outcome; no-access when no content script answered (browser pages, frames,
 * pages opened before install); no-permission when the person did not grant clipboardRead.
 */
export type PasteCleanedOutcome = PasteClipboardOutcome | { ok: false; reason: 'no-access'; message: string } | { ok: false; reason: 'no-permission' };

/**
 * Asks for the optional clipboardRead permission. The browser asks only
 * inside the person's click or key (the menu item, the shortcut), so the
 * handlers call this before they await anything; granted once, it resolves
 * true at once with no prompt. Never rejects.
 */
export function askClipboardRead(): Promise<boolean> {
  try {
    return browser.permissions.request({ permissions: ['clipboardRead'] }).then(Boolean, () => false);
  } catch {
    return Promise.resolve(false);
  }
}

export type SendPasteRequest = (tabId: number, frameId: number) => Promise<PasteClipboardOutcome>;

const sendPasteRequest: SendPasteRequest = (tabId, frameId) => sendTabMessage(tabId, { type: 'paste-clipboard-cleaned' }, frameId);

/** Why nothing was pasted, as the person should read it. */
export function describePasteFailure(outcome: PasteCleanedOutcome & { ok: false }): string {
  switch (outcome.reason) {
    case 'no-field':
      return t('pasteNoField');
    case 'clipboard':
      return t('pasteNoClipboard', { message: outcome.message ?? '' });
    case 'empty':
      return t('pasteClipboardEmpty');
    case 'no-access':
      return t('pasteNoAccess');
    case 'no-permission':
      return t('pasteNoPermission');
  }
}

/**
 * Asks frame `frameId` of the tab to paste the clipboard cleaned, once `granted` (askClipboardRead,
 * called in the gesture) says the clipboard may be read; a failure flashes ! with the reason.
 */
export async function pasteCleanedInTab(
  tabId: number,
  granted: Promise<boolean>,
  frameId = 0,
  send: SendPasteRequest = sendPasteRequest,
): Promise<PasteCleanedOutcome> {
  let outcome: PasteCleanedOutcome;
  if (!(await granted)) outcome = { ok: false, reason: 'no-permission' };
  else {
    try {
      outcome = await send(tabId, frameId);
    } catch (error) {
      outcome = { ok: false, reason: 'no-access', message: error instanceof Error ? error.message : String(error) };
    }
  }
  if (!outcome.ok) await flashBadge(tabId, BADGE_FAILED, t('badgeFailed', { message: describePasteFailure(outcome) }));
  return outcome;
}
