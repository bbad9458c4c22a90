// Cleaning text pasted into a web page's editor, the content script's side
// (the prompt, the clipboard, the settings it reads): the front door of
// lib/paste. The side panel's WXT storage item is entered through
// settings-item.ts: through here it would take WXT storage into every page
// (25 KB → 35 KB; scripts/structure/allowed.ts, SIDE_DOORS).
export { pasteClipboardCleaned } from './clipboard';
export {
  DEFAULT_PASTE_SETTINGS,
  PASTE_SETTINGS_KEY,
  disablePromptOnSite,
  readPasteSettings,
  toPasteSettings,
  toSite,
  withSiteDisabled,
  type PastePromptSettings,
} from './settings';
export type { PasteClipboardOutcome, SavedPaste } from './types';
export { watchPastes, type PasteServices } from './watch';
