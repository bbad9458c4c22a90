// Test helpers for the paste watcher in happy-dom: a paste as the browser
// delivers it (a ClipboardEvent holding text/plain, then the text inserted at
// the selection unless a listener cancelled it), and the prompt's shadow DOM.
// Events made here are untrusted (isTrusted false), as a page script's are:
// tests of the watcher's behaviour pass a trust check that takes them as the
// person's (TRUST_ALL); tests/paste/trust.test.ts keeps the real check.
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

// The prompt's shadow root is closed (host.shadowRoot is null), as a page
// script sees it; the tests keep each root as it is attached, to look inside.
const shadowRoots = new WeakMap<Element, ShadowRoot>();
// (COLUMN_TEXT is used without a DOM too, e.g. by the background's tests.)
if (typeof Element !== 'undefined') {
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    shadowRoots.set(this, root);
    return root;
  };
}

/** The closed shadow root of a prompt's host. */
export function promptRootOf(host: Element): ShadowRoot {
  return shadowRoots.get(host)!;
}

/** The prompt's shadow root (closed), or null when there is no prompt. A prompt put in early, still transparent (prompt.ts), is not shown yet. */
export function promptRoot(doc: Document = document): ShadowRoot | null {
  const host = [...doc.querySelectorAll<HTMLElement>('jianbao-paste-prompt')].find((h) => h.style.opacity !== '0');
  return host ? (shadowRoots.get(host) ?? null) : null;
}

/** The prompt's box in its shadow root, or null. */
export function promptBox(doc: Document = document): HTMLElement | null {
  return promptRoot(doc)?.querySelector<HTMLElement>('[data-testid="paste-prompt"]') ?? null;
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

/** Takes every event as the person's own (happy-dom cannot make trusted events). */
export const TRUST_ALL = () => true;

/** Lets the watcher's work after a paste run: it takes a few tasks in turn (the check, finding the paste, the prompt). */
export const settle = async () => {
  for (let i = 0; i < 4; i++) await new Promise((resolve) => setTimeout(resolve, 5));
};
