// Test helpers for the paste watcher in happy-dom: a paste as the browser
// delivers it (a ClipboardEvent holding text/plain, then the text inserted at
// the selection unless a listener cancelled it), and the prompt's shadow DOM.
import { ARTICLES } from './fixtures';
import { rewrap } from './rewrap';

/** Hard-wrapped newspaper column text, with a title and byline above: the detector takes it for newspaper text. */
export const COLUMN_TEXT = rewrap(ARTICLES[0], { width: 16, head: ['抗旱保秋粮', '本报记者 李明'] });

type TextField = HTMLTextAreaElement | HTMLInputElement;

/** Pastes `text` into the focused text field or editor the way a browser does; returns the event. */
export function paste(target: HTMLElement, text: string): ClipboardEvent {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(event);
  if (event.defaultPrevented) return event;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) insertIntoField(target, text);
  else insertIntoEditor(target, text);
  target.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  return event;
}

function insertIntoField(field: TextField, text: string): void {
  // An <input> drops line breaks (Chrome puts spaces); a textarea keeps \n only.
  const value = field instanceof HTMLInputElement ? text.replace(/\r?\n/g, ' ') : text.replace(/\r\n?/g, '\n');
  const start = field.selectionStart ?? field.value.length;
  field.setRangeText(value, start, field.selectionEnd ?? start);
  field.setSelectionRange(start + value.length, start + value.length);
}

function insertIntoEditor(editor: HTMLElement, text: string): void {
  const selection = editor.ownerDocument.getSelection()!;
  const range = selection.getRangeAt(0);
  range.deleteContents();
  const fragment = editor.ownerDocument.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
    if (i) fragment.append(editor.ownerDocument.createElement('br'));
    fragment.append(line);
  });
  const last = fragment.lastChild!;
  range.insertNode(fragment);
  range.setStartAfter(last);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** The prompt's box in its shadow root, or null. */
export function promptBox(doc: Document = document): HTMLElement | null {
  return doc.querySelector('jianbao-paste-prompt')?.shadowRoot?.querySelector<HTMLElement>('[data-testid="paste-prompt"]') ?? null;
}

/** The prompt's buttons by action (data-testid paste-<action>), in order. */
export function promptActions(doc: Document = document): string[] {
  return [...(promptBox(doc)?.querySelectorAll('button') ?? [])].map((b) => b.dataset.testid!.replace('paste-', ''));
}

export function promptMessage(doc: Document = document): string {
  return promptBox(doc)?.querySelector('p')?.textContent ?? '';
}

export function clickAction(action: string, doc: Document = document): void {
  const button = promptBox(doc)?.querySelector<HTMLButtonElement>(`[data-testid="paste-${action}"]`);
  if (!button) throw new Error(`No ${action} button; the prompt shows: ${promptActions(doc).join(', ') || 'nothing'}`);
  button.click();
}

/** Lets the watcher's timer and the services' promises run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 5));
