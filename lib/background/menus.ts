// The context menu: 剪取选中文字 (Clip selection) on selected text, and
// 粘贴清理后的文字 (Paste cleaned text) on a text field.
import { browser, type Browser } from 'wxt/browser';
import { t } from '../i18n';
import { clipSelection, confirmSelection, type ClipServices } from './clip';
import type { SelectionOutcome } from '../clip';
import { askClipboardRead, pasteCleanedInTab } from './paste';

export const CLIP_SELECTION_MENU = 'clip-selection';
export const PASTE_CLEANED_MENU = 'paste-cleaned';

/**
 * (Re)creates the menu. Chrome keeps menus across service-worker restarts
 * but not always across browser restarts, and Firefox's event page may lose
 * them, so this runs on install and on startup; removeAll first avoids a
 * duplicate-id error.
 */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: CLIP_SELECTION_MENU, title: t('menuClipSelection'), contexts: ['selection'] });
  browser.contextMenus.create({ id: PASTE_CLEANED_MENU, title: t('menuPasteCleaned'), contexts: ['editable'] });
}

type MenuHandler = (info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined, services: ClipServices) => Promise<unknown>;

/** One handler per menu item. */
export const MENU_HANDLERS: Record<string, MenuHandler> = {
  [CLIP_SELECTION_MENU]: async (info, tab, services): Promise<SelectionOutcome> => {
    const tabId = tab?.id !== undefined && tab.id >= 0 ? tab.id : undefined;
    const outcome = await clipSelection(
      {
        tabId,
        frameId: info.frameId,
        selectionText: info.selectionText,
        pageUrl: info.pageUrl ?? tab?.url ?? null,
        pageTitle: tab?.title ?? null,
      },
      services,
    );
    if (tabId !== undefined) await confirmSelection(tabId, outcome);
    return outcome;
  },
  [PASTE_CLEANED_MENU]: async (info, tab) => {
    if (tab?.id === undefined || tab.id < 0) return undefined;
    // In the click, before any await: the browser asks for clipboardRead only then.
    return pasteCleanedInTab(tab.id, askClipboardRead(), info.frameId ?? 0);
  },
};

export function onMenuClicked(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined, services: ClipServices): Promise<unknown> | undefined {
  return MENU_HANDLERS[String(info.menuItemId)]?.(info, tab, services);
}
