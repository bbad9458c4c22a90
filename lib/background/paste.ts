// The menu item 粘贴清理后的文字 (on a text field) and the shortcut
// Alt+Shift+V: the tab's content script reads the clipboard and types it in
// cleaned (lib/paste/clipboard.ts). Nothing is said when it worked (the text
// is there); a failure shows on the toolbar button, as a failed clip does.
import { sendTabMessage } from '../messages';
import { t } from '../i18n';
import type { PasteClipboardOutcome } from '../paste';
import { BADGE_FAILED, flashBadge } from './badge';

/** The content script's outcome, or no-access when no content script answered (browser pages, frames, pages opened before install). */
export type PasteCleanedOutcome = PasteClipboardOutcome | { ok: false; reason: 'no-access'; message: string };

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
  }
}

/** Asks frame `frameId` of the tab to paste the clipboard cleaned; a failure flashes ! with the reason. */
export async function pasteCleanedInTab(tabId: number, frameId = 0, send: SendPasteRequest = sendPasteRequest): Promise<PasteCleanedOutcome> {
  let outcome: PasteCleanedOutcome;
  try {
    outcome = await send(tabId, frameId);
  } catch (error) {
    outcome = { ok: false, reason: 'no-access', message: error instanceof Error ? error.message : String(error) };
  }
  if (!outcome.ok) await flashBadge(tabId, BADGE_FAILED, t('badgeFailed', { message: describePasteFailure(outcome) }));
  return outcome;
}
