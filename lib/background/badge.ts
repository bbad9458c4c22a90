// The toolbar button as a per-tab signal, with no notifications: 文 while
// the tab shows an article (the content script's check), ✓ for two seconds
// after a clip was saved from the menu or the shortcut, ! when it failed.
// The button's tooltip says what happened until the tab's next page.
import { browser } from 'wxt/browser';
import { t } from '../i18n';

export const BADGE_ARTICLE = '文';
export const BADGE_SAVED = '✓';
export const BADGE_FAILED = '!';
/** How long a confirmation shows before the badge returns to the page's own. */
export const FLASH_MS = 2000;
/** The newspaper red of components/base.css. */
export const BADGE_COLOR = '#b3261e';

/** Each tab's own badge (its page check), to return to after a flash. Lost when the worker sleeps; then the badge shown is read back. */
const pageBadges = new Map<number, string>();
/** The latest flash per tab: only it restores the badge, so two quick clips do not fight. */
const flashes = new Map<number, number>();
let flashCount = 0;

/** A badge call on a tab that has closed rejects; the badge is only a hint, so that is ignored. */
async function quietly(call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch {
    // The tab is gone.
  }
}

/** The manifest's tooltip, which a tab returns to when its page has no article. */
function defaultTitle(): string {
  try {
    return browser.runtime.getManifest().action?.default_title ?? t('appTitle');
  } catch {
    return t('appTitle');
  }
}

export function setupBadge(): Promise<void> {
  return quietly(() => browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR }));
}

/** Shows the page check's answer on the tab's badge (unless a confirmation is showing; it returns to this). */
export async function showPageCheck(tabId: number, isArticle: boolean): Promise<void> {
  const text = isArticle ? BADGE_ARTICLE : '';
  pageBadges.set(tabId, text);
  if (flashes.has(tabId)) return;
  await quietly(() => browser.action.setBadgeText({ tabId, text }));
  await quietly(() => browser.action.setTitle({ tabId, title: isArticle ? t('badgeArticle') : defaultTitle() }));
}

/** Shows `text` on the tab's badge for `ms`, then the page's own badge again; the tooltip keeps `title`. */
export async function flashBadge(tabId: number, text: string, title: string, ms = FLASH_MS): Promise<void> {
  const id = ++flashCount;
  let restore = pageBadges.get(tabId);
  if (restore === undefined && !flashes.has(tabId)) {
    restore = await browser.action.getBadgeText({ tabId }).catch(() => '');
    pageBadges.set(tabId, restore);
  }
  flashes.set(tabId, id);
  await quietly(() => browser.action.setBadgeText({ tabId, text }));
  await quietly(() => browser.action.setTitle({ tabId, title }));
  setTimeout(() => {
    if (flashes.get(tabId) !== id) return;
    flashes.delete(tabId);
    void quietly(() => browser.action.setBadgeText({ tabId, text: pageBadges.get(tabId) ?? '' }));
  }, ms);
}

export function forgetTab(tabId: number): void {
  pageBadges.delete(tabId);
  flashes.delete(tabId);
}

/** Forgets every tab; a flash still pending then restores nothing (a fresh start, e.g. between tests). */
export function forgetAllTabs(): void {
  pageBadges.clear();
  flashes.clear();
}
