// Pasting the clipboard cleaned, with no prompt: the context menu item
// 粘贴清理后的文字 and the shortcut (Alt+Shift+V) ask the tab's content script
// for this. It reads the clipboard (needs the clipboardRead permission; see
// README, Permissions), has the background clean the text and types it over
// the selection of the focused field, so Ctrl+Z takes it back.
import { fitText, focusedEditable } from './field';
import type { PasteClipboardOutcome } from './types';

export async function pasteClipboardCleaned(
  doc: Document,
  clean: (text: string) => Promise<string>,
  readClipboard: () => Promise<string> = () => navigator.clipboard.readText(),
): Promise<PasteClipboardOutcome> {
  const field = focusedEditable(doc);
  if (!field) return { ok: false, reason: 'no-field' };
  let raw: string;
  try {
    raw = await readClipboard();
  } catch (error) {
    return { ok: false, reason: 'clipboard', message: error instanceof Error ? error.message : String(error) };
  }
  const text = raw.trim() ? await clean(raw) : '';
  if (!text) return { ok: false, reason: 'empty' };
  const [start, end] = field.selection();
  field.replace(start, end, fitText(field, text));
  return { ok: true };
}
