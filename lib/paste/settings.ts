// The paste prompt's setting: on or off, and the sites where it stays off.
//
// One record in browser.storage.local under PASTE_SETTINGS_KEY. The side panel
// reads and writes it through WXT storage (settings-item.ts: the item
// `local:pastePrompt` is this key in storage.local). The every-page content
// script reads the same key with one storage.local.get instead, since WXT's
// storage module would add about 9 KB to a script that runs on every page;
// tests/paste/settings.test.ts checks the two agree.
import { browser } from 'wxt/browser';

export const PASTE_SETTINGS_KEY = 'pastePrompt';

export interface PastePromptSettings {
  /** Offer to clean newspaper text pasted into a web page's text field. */
  enabled: boolean;
  /** Host names where the offer is off; each also covers its subdomains. */
  disabledSites: string[];
}

export const DEFAULT_PASTE_SETTINGS: PastePromptSettings = { enabled: true, disabledSites: [] };

/** A stored value as settings: anything missing or malformed reads as the default. */
export function toPasteSettings(value: unknown): PastePromptSettings {
  const v = (value ?? {}) as Partial<PastePromptSettings>;
  return {
    enabled: typeof v.enabled === 'boolean' ? v.enabled : DEFAULT_PASTE_SETTINGS.enabled,
    disabledSites: Array.isArray(v.disabledSites) ? v.disabledSites.filter((s) => typeof s === 'string') : [],
  };
}

/** True when the prompt may show on a page of `host` (location.hostname). */
export function isPromptAllowed(settings: PastePromptSettings, host: string): boolean {
  const h = host.toLowerCase();
  return settings.enabled && !settings.disabledSites.some((site) => h === site || h.endsWith(`.${site}`));
}

/** What the person typed for a site (a host, a URL, *.host) as the host name stored; null when it names none. */
export function toSite(input: string): string | null {
  const text = input.trim().toLowerCase().replace(/^\*\./, '');
  if (!text) return null;
  try {
    const host = new URL(/^[a-z][a-z\d+.-]*:\/\//.test(text) ? text : `http://${text}`).hostname;
    return host && !host.includes('%') ? host : null;
  } catch {
    return null;
  }
}

/** The settings with `site` turned off (added) or on again (removed). */
export function withSiteDisabled(settings: PastePromptSettings, site: string, disabled: boolean): PastePromptSettings {
  const others = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: disabled ? [...others, site] : others };
}

/** The settings as stored now (the content script's read, light). */
export async function readPasteSettings(): Promise<PastePromptSettings> {
  const stored = await browser.storage.local.get(PASTE_SETTINGS_KEY);
  return toPasteSettings(stored[PASTE_SETTINGS_KEY]);
}

/** Turns the prompt off for one site (the prompt's own "not on this site"). */
export async function disablePromptOnSite(site: string): Promise<void> {
  const settings = withSiteDisabled(await readPasteSettings(), site, true);
  await browser.storage.local.set({ [PASTE_SETTINGS_KEY]: settings });
}
