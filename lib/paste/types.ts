// What the paste feature's messages answer (lib/messages.ts).
import type { SelectionOutcome } from '../clip';

/** Save as clipping: the outcome, and the sentence the prompt shows for it (in the interface language). */
export type SavedPaste = SelectionOutcome & { summary: string };

/**
 * Pasting the clipboard cleaned (menu item, shortcut), or why nothing was inserted:
 * - no-field: the focus is not in a text field of the page;
 * - clipboard: the clipboard could not be read (the message says why);
 * - empty: the clipboard holds no text to keep.
 */
export type PasteClipboardOutcome = { ok: true } | { ok: false; reason: 'no-field' | 'clipboard' | 'empty'; message?: string };
