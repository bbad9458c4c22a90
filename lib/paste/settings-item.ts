// The paste prompt's setting as a WXT storage item, for extension pages (the
// side panel). Not for the content script: see settings.ts.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_PASTE_SETTINGS, PASTE_SETTINGS_KEY, type PastePromptSettings } from './settings';

export const pastePromptSetting = storage.defineItem<PastePromptSettings>(`local:${PASTE_SETTINGS_KEY}`, {
  fallback: DEFAULT_PASTE_SETTINGS,
});
