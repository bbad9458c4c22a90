// A web page's text field as plain text with offsets, so a paste can be found
// and replaced in it: a <textarea> or text <input> by its value, a
// contenteditable editor by its text nodes in document order (its
// textContent; block breaks hold no character there). Offsets count UTF-16
// code units of that text.
//
// Edits go through document.execCommand('insertText') on a selection, as
// typing does: the page sees ordinary beforeinput/input events and the edit
// lands on the browser's undo stack, so Ctrl+Z in the field undoes it. Where
// the browser refuses (execCommand returns false), the field is edited
// directly (setRangeText, or Range edits in an editor) with an input event,
// and undo is the prompt's alone.

export interface EditableField {
  element: HTMLElement;
  /** An <input>: line breaks do not survive in it. */
  singleLine: boolean;
  /** The field's text. */
  text(): string;
  /** The selection as [start, end] offsets into text(). */
  selection(): [number, number];
  /**
   * Replaces text()[start, end) with `text`, leaving the caret after it. An
   * editor takes `range` instead when given: offsets cannot tell which side of
   * a block break the text starts, nor see empty blocks (a paste's blank lines).
   */
  replace(start: number, end: number, text: string, range?: Range): void;
  /** A live copy of the selection's DOM range (editors only: it follows later edits to the DOM), or null. */
  selectionRange(): Range | null;
  /** Puts the caret at `offset`. */
  placeCaret(offset: number): void;
}

/**
 * Plain text (paragraphs a blank line apart) as it should be typed into
 * `field`: in a one-line field the paragraphs run on, a space apart; in an
 * editor each line break already starts a new block, so a blank line would
 * add an empty one.
 */
export function fitText(field: EditableField, text: string): string {
  if (field.singleLine) return text.replace(/\s*\n\s*/g, ' ');
  return field.element.isContentEditable ? text.replace(/\n{2,}/g, '\n') : text;
}

/** Input types whose value is free text a person might paste an article into. */
const TEXT_INPUT_TYPES = new Set(['text', 'search']);

/** The field an event target is in: a writable textarea or text input, or a contenteditable editor (its editing host); else null. */
export function editableAt(target: EventTarget | null): EditableField | null {
  const el = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
  if (!el) return null;
  if (el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(el.type))) {
    return el.readOnly || el.disabled ? null : textControl(el);
  }
  if (!(el instanceof HTMLElement) || !el.isContentEditable) return null;
  let host: HTMLElement = el;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return richText(host);
}

/** The field that has the focus (looking into open shadow roots), if it is one. */
export function focusedEditable(doc: Document): EditableField | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!(active instanceof HTMLElement)) return null;
  // In an editor the focus sits on the editing host; the caret may be deeper, in an island that is not editable.
  const anchor = doc.getSelection()?.anchorNode;
  return editableAt(active.isContentEditable && anchor && active.contains(anchor) ? anchor : active);
}

/** Types `text` over the current selection the way the browser types; false when it would not. */
function insertText(doc: Document, text: string): boolean {
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/**
 * Firefox's insertText turns each line break in an editor into a <br> inside
 * the one block; Chromium's starts a new block, as Enter does. So in Firefox
 * the lines go in as blocks through insertHTML, still one edit on the undo
 * stack. (A build-time constant of WXT: the Firefox build only.)
 */
const LINES_NEED_BLOCKS = import.meta.env.FIREFOX;

/** Lines as block markup for insertHTML, escaped: the first joins the block at the caret, each later one is a block like it. */
function linesAsBlocks(range: Range, root: HTMLElement, text: string): string {
  const escape = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  const block = start?.closest('p, div');
  const tag = block && block !== root && root.contains(block) ? block.localName : 'div';
  return text
    .split('\n')
    .map((line, i) => (i ? `<${tag}>${escape(line) || '<br>'}</${tag}>` : escape(line)))
    .join('');
}

function insertBlocks(doc: Document, html: string): boolean {
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand('insertHTML', false, html);
  } catch {
    return false;
  }
}

function announceInput(el: HTMLElement, data: string): void {
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data }));
}

function textControl(el: HTMLTextAreaElement | HTMLInputElement): EditableField {
  return {
    element: el,
    singleLine: el instanceof HTMLInputElement,
    text: () => el.value,
    selection: () => [el.selectionStart ?? el.value.length, el.selectionEnd ?? el.value.length],
    replace(start, end, text) {
      el.focus({ preventScroll: true });
      el.setSelectionRange(start, end);
      if (insertText(el.ownerDocument, text)) return;
      el.setRangeText(text, start, end);
      el.setSelectionRange(start + text.length, start + text.length);
      announceInput(el, text);
    },
    placeCaret: (offset) => el.setSelectionRange(offset, offset),
    selectionRange: () => null,
  };
}

function richText(root: HTMLElement): EditableField {
  const doc = root.ownerDocument;
  /** A copy of the selection's range when it lies in the editor. */
  const selectionRange = () => {
    const sel = doc.getSelection();
    const range = sel?.rangeCount ? sel.getRangeAt(0) : null;
    return range && root.contains(range.commonAncestorContainer) ? range.cloneRange() : null;
  };
  return {
    element: root,
    singleLine: false,
    text: () => root.textContent ?? '',
    selection() {
      const range = selectionRange();
      if (!range) return [0, 0];
      return [offsetOf(root, range.startContainer, range.startOffset), offsetOf(root, range.endContainer, range.endOffset)];
    },
    selectionRange,
    replace(start, end, text, given) {
      const range = given ?? rangeOf(root, start, end);
      root.focus({ preventScroll: true });
      const sel = doc.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
      const typed = LINES_NEED_BLOCKS && text.includes('\n') ? insertBlocks(doc, linesAsBlocks(range, root, text)) : insertText(doc, text);
      if (typed) return;
      // By hand: the lines as text nodes with <br> between them.
      range.deleteContents();
      const lines = text.split('\n');
      const fragment = doc.createDocumentFragment();
      lines.forEach((line, i) => {
        if (i) fragment.append(doc.createElement('br'));
        fragment.append(line);
      });
      const last = fragment.lastChild;
      range.insertNode(fragment);
      if (last) {
        range.setStartAfter(last);
        range.collapse(true);
        sel?.removeAllRanges();
        sel?.addRange(range);
      }
      announceInput(root, text);
    },
    placeCaret(offset) {
      const sel = doc.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(rangeOf(root, offset, offset));
    },
  };
}

/**
 * The text offset of a DOM position inside `root`: the length of the text
 * before it; or, given the length of root's text, that length less the text
 * after it (shorter to read where the caret is after a long paste).
 */
export function offsetOf(root: Node, node: Node, offset: number, length = -1): number {
  const range = root.ownerDocument!.createRange();
  range.selectNodeContents(root);
  if (length < 0) range.setEnd(node, offset);
  else range.setStart(node, offset);
  return length < 0 ? range.toString().length : length - range.toString().length;
}

/**
 * The DOM range over text offsets [start, end) of `root`. A boundary between
 * two text nodes opens in the later one and closes in the earlier one, so the
 * range holds no more markup than the text needs; a caret (start = end) stays
 * at the end of the earlier one, where typing left it.
 */
function rangeOf(root: Node, start: number, end: number): Range {
  const doc = root.ownerDocument!;
  const range = doc.createRange();
  range.selectNodeContents(root);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  let startSet = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node as Text).length;
    if (!startSet && (start < seen + length || (start === end && start <= seen + length))) {
      range.setStart(node, start - seen);
      startSet = true;
    }
    if (startSet && end <= seen + length) {
      range.setEnd(node, Math.max(end - seen, range.startContainer === node ? range.startOffset : 0));
      return range;
    }
    seen += length;
  }
  if (!startSet) range.collapse(false);
  return range;
}
