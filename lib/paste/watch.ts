// Noticing newspaper text pasted into a web page's text field, and the
// prompt's behaviour. Runs in the every-page content script, so it holds the
// cheap detector and plain DOM only: the parser stays in the background, which
// cleans and saves on request (PasteServices).
//
// A paste is never changed by itself. When the detector takes the clipboard's
// text/plain for newspaper text, the paste goes through as usual; then the
// pasted text is found in the field (by what the paste added at the caret) and
// a prompt under the field offers:
//   Clean  replace exactly the pasted text with the clean text (field.ts types
//          it, so Ctrl+Z in the field brings the paste back);
//   Undo   (after Clean) the pasted text back, and the caret after it: the
//          browser's own undo when nothing changed since, else typed back;
//   Save as clipping, Not on this site, and dismiss (× or Esc).
// The prompt follows the field: Ctrl+Z or Ctrl+Y there switch it between
// Clean and Undo, and any other edit that loses the text closes it.
import { isSpaceCode, looksLikeNewspaperText } from './paste-check';
import { editableAt, fitText, offsetOf, type EditableField } from './field';
import { countOpened, isTrustedEvent, openPrompt, WATCH_UP_TO, type PromptAction, type PromptBox, type TrustCheck } from './prompt';
import { promptWords } from './prompt-text';
import { DEFAULT_PASTE_SETTINGS, isPromptAllowed, type PastePromptSettings } from './settings';
import type { SavedPaste } from './types';

/** What the prompt asks of the rest of the extension (in the browser: messages to the background, storage). */
export interface PasteServices {
  /** The clean text of a paste; '' when it holds nothing to keep. */
  clean(text: string): Promise<string>;
  save(text: string): Promise<SavedPaste>;
  settings(): Promise<PastePromptSettings>;
  muteSite(host: string): Promise<void>;
}

/** A piece of text in the field: where it starts, and as the field shows it. */
export interface Placed {
  start: number;
  shown: string;
}

/**
 * What a paste added to the field: compares the text before it (with the
 * selection it replaced, [start, end)) and after it. Null when nothing was
 * added there or the text around it changed too (the page handled the paste
 * its own way).
 */
export function findInsert(before: string, start: number, end: number, after: string): Placed | null {
  const length = after.length - (before.length - (end - start));
  if (length <= 0 || !after.startsWith(before.slice(0, start)) || !after.endsWith(before.slice(end))) return null;
  return { start, shown: after.slice(start, start + length) };
}

/** Where `piece` is in `text` now: where it was, else the nearest copy (typing before it moves it); -1 when gone. */
export function locate(text: string, piece: Placed): number {
  if (text.startsWith(piece.shown, piece.start)) return piece.start;
  const after = text.indexOf(piece.shown, piece.start);
  const before = text.lastIndexOf(piece.shown, piece.start);
  if (after < 0 || before < 0) return Math.max(after, before);
  return after - piece.start <= piece.start - before ? after : before;
}

/** Text without any white space: a field may show a paste's line breaks and spaces differently (editors make blocks and &nbsp;). */
const squash = (text: string) => text.replace(/\s+/g, '');

/** White space as sameButSpaces skips it: controls, spaces of any width (paste-check's table), line breaks. */
const isGap = (code: number) => code <= 32 || isSpaceCode(code);

/** Code units sameButSpaces reads between two breaths of the event loop (a few ms each: 256K took 12-14 ms in a trace on a loaded machine). */
export const COMPARE_SLICE = 1 << 16;

/**
 * Whether `a` and `b` hold the same text but for white space (a field shows
 * a paste's line breaks and spaces its own way: editors make blocks and
 * &nbsp;). Read in slices of `slice` code units with a task break between
 * them, and with no copies: a paste of megabytes makes no long task (a
 * whole-text squash of 1 MB, twice, took 20-45 ms in one task; issue 12).
 */
export async function sameButSpaces(a: string, b: string, slice = COMPARE_SLICE): Promise<boolean> {
  for (let i = 0, j = 0; ; await nextTask()) {
    for (const stop = i + slice; i < stop; i++, j++) {
      while (i < a.length && isGap(a.charCodeAt(i))) i++;
      while (j < b.length && isGap(b.charCodeAt(j))) j++;
      if (i >= a.length || j >= b.length) return i >= a.length && j >= b.length;
      if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    }
  }
}

interface Session {
  field: EditableField;
  box: PromptBox;
  /** The clipboard's text/plain: what the parser reads and Save keeps. */
  raw: string;
  /** The paste in the field; null when the page changed it on the way in (then only Save is offered). */
  pasted: Placed | null;
  /** In an editor, live ranges at the selection before the paste and the caret after it: the paste's DOM span, with its empty blocks, which Clean replaces while the text is as pasted. */
  marks: [Range | null, Range | null];
  /** The field's text just after the paste. */
  afterPaste: string;
  /** The clean text in the field, once cleaned (kept after Undo, so the person's redo is recognised). */
  cleaned?: Placed | null;
  /** Which of the two the field holds now. */
  state: 'pasted' | 'cleaned';
  /** The whole field's text just before and after Clean, to tell whether the browser's undo may be used. */
  beforeClean?: string;
  afterClean?: string;
  saved?: boolean;
  muted?: boolean;
  /** Waiting for the background, or editing the field: input events and clicks are ours, not the person's. */
  busy?: boolean;
  /** Tab from the field has taken the focus into the prompt once; after that Tab leaves the field as usual. */
  tabbed?: boolean;
}

/** A later task. The callback is a function of this script's own (not the bare resolve), so a trace names the content script as the task's owner (bench/paste-path.bench.ts). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(() => resolve(), 0));

/** A task after the browser's next frame: the field's box is laid out by then, so reading it costs nothing (read before, it laid out the pasted megabyte in our task). */
const afterFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * Watches pastes in `win`'s document and shows the prompt. Returns a function
 * that stops watching and closes any prompt.
 *
 * Only the person's own input counts (`trusted`, the events' isTrusted): a
 * page script can dispatch a ClipboardEvent('paste') holding any text, click
 * and press keys by script, but those events are untrusted and ignored, so a
 * page can neither open the prompt nor press its buttons (which it cannot see
 * either: prompt.ts keeps them in a closed shadow root).
 */
export function watchPastes(win: Window, services: PasteServices, trusted: TrustCheck = isTrustedEvent): () => void {
  const doc = win.document;
  const words = promptWords(win.navigator.language);
  let session: Session | null = null;
  let pastes = 0;
  const onAction = (action: PromptAction) => void act(action);

  // The paste event itself does only what cannot wait (it is the page's time:
  // issue 12 measured 3-22 ms here when the check ran on it): ask for the
  // clipboard's text, readable only now, and note where the selection is. The
  // text comes as a string in a task of its own (getAsString: the browser reads
  // the clipboard now, for the page and its own insertion alike, but makes the
  // script's string of it later); the check, the settings, the field's text
  // and finding the paste run after the event (bench/paste-event.bench.ts,
  // bench/paste-path.bench.ts).
  const onPaste = (event: ClipboardEvent) => {
    if (!trusted(event)) return;
    const field = editableAt(event.composedPath()[0] ?? event.target);
    const raw = field && event.clipboardData?.getData('text/plain');
    if (!raw) return;
    // Where the paste goes: offsets in a text field; in an editor a live range, whose offsets are counted later.
    const startMark = field!.selectionRange();
    const selected = startMark ? null : field!.selection();
    const paste = ++pastes;
    // Chrome, big newspaper text (the check takes 0.2 ms at 1 MB): the prompt goes in now,
    // transparent, while the browser lays out and paints the page for the paste anyway; added
    // later, it made the page do all of that again (80-290 ms beside 1 MB). It shows by its
    // opacity alone (prompt.ts, early), or goes when the setting or the field says no.
    let early: PromptBox | null = null;
    if (!import.meta.env.FIREFOX && raw.length > WATCH_UP_TO && looksLikeNewspaperText(raw).wrapped) {
      close();
      early = openPrompt(field!.element, words, onAction, trusted, raw.length, true);
      early.render({ message: words.found, actions: ['clean', 'save', 'mute', 'dismiss'] });
    }
    const shown = found(paste, field!, raw, startMark, selected, early);
    if (early) void shown.then((opened) => opened || early!.remove());
  };

  /** Opens the prompt for the paste if it is newspaper text in the field; resolves true when it did. */
  async function found(paste: number, field: EditableField, raw: string, startMark: Range | null, selected: [number, number] | null, early: PromptBox | null): Promise<boolean | void> {
    // The paste lands in this task; the check runs in the next one, and only
    // newspaper text has the setting read (its answer comes in a task of its own).
    await nextTask();
    if (paste !== pastes || !looksLikeNewspaperText(raw).wrapped) return;
    const settings = await services.settings().catch(() => DEFAULT_PASTE_SETTINGS);
    if (paste !== pastes || !isPromptAllowed(settings, win.location.hostname)) return;
    const root = field.element;
    const after = field.text();
    const endMark = field.selectionRange();
    // Reading an editor's text and counting offsets in it take a task each (13 and 5 ms at 1 MB; bench:paste-long-tasks).
    await nextTask();
    // A range's two ends as offsets (counted from the end of the text after the caret: it is short there).
    const ends = (range: Range, length?: number) => [
      offsetOf(root, range.startContainer, range.startOffset, length),
      offsetOf(root, range.endContainer, range.endOffset, length),
    ];
    const [start, end] = selected ?? ends(startMark!);
    const [now, caret] = endMark ? ends(endMark, after.length) : field.selection();
    // The selection is where it was: the paste put nothing in (the page stopped it).
    if (now === start && caret === end) return;
    // What the paste added: from where the selection started to the caret after it.
    const shown = caret > start ? after.slice(start, caret) : '';
    // A textarea shows the clipboard's text as it is: one compare; else the slow one, in slices.
    const pasted = shown && (shown === raw || (await sameButSpaces(shown, raw))) ? { start, shown } : null;
    await afterFrame();
    if (paste !== pastes) return;
    close();
    open(field, raw, pasted, after, [startMark, endMark], early);
    return true;
  }

  function open(field: EditableField, raw: string, pasted: Placed | null, afterPaste: string, marks: Session['marks'], early: PromptBox | null) {
    const box = early ?? openPrompt(field.element, words, onAction, trusted, raw.length);
    session = {
      field,
      box,
      raw,
      pasted,
      marks,
      afterPaste,
      state: 'pasted',
      // (The rest start unset: false, null or '' alike.)
    };
    field.element.addEventListener('input', onInput);
    field.element.addEventListener('keydown', onKeyDown);
    show(words.found);
    early?.reveal();
  }

  function close() {
    const s = session;
    if (!s) return;
    session = null;
    s.field.element.removeEventListener('input', onInput);
    s.field.element.removeEventListener('keydown', onKeyDown);
    const hadFocus = s.box.contains(doc.activeElement);
    s.box.remove();
    if (hadFocus) s.field.element.focus();
  }

  /** Shows `message` with the actions the session's state allows. */
  function show(message: string, busy = false) {
    const s = session!;
    const actions: PromptAction[] = [];
    if (s.state === 'cleaned') actions.push('undo');
    else if (s.pasted) actions.push('clean');
    if (!s.saved) actions.push('save');
    if (!s.muted) actions.push('mute');
    actions.push('dismiss');
    s.busy = busy;
    s.box.render({ message, actions, busy });
  }

  async function act(action: PromptAction) {
    const s = session;
    if (!s || s.busy) return;
    const fromBox = s.box.contains(doc.activeElement);
    if (action === 'dismiss') return close();
    show(words.working, true);
    let message: string;
    try {
      message = await ACTIONS[action](s);
    } catch (error) {
      message = words.failed.replace('{message}', error instanceof Error ? error.message : String(error));
    }
    if (session !== s) return;
    show(message);
    if (fromBox) s.box.focus();
  }

  /** Each action; resolves to the message to show after it. */
  const ACTIONS: Record<Exclude<PromptAction, 'dismiss'>, (s: Session) => Promise<string>> = {
    async clean(s) {
      const clean = await services.clean(s.raw);
      if (!clean) return words.nothing;
      const pasted = s.pasted!;
      const start = locate(s.field.text(), pasted);
      if (start < 0) return words.changed;
      pasted.start = start;
      s.beforeClean = s.field.text();
      // Checked now, not on the paste: its whole-text compare is the person's wait for Clean, not the page's.
      const range = (s.beforeClean === s.afterPaste && spanOfPaste(...s.marks, pasted)) || undefined;
      s.field.replace(start, start + pasted.shown.length, fitText(s.field, clean), range);
      s.afterClean = s.field.text();
      s.cleaned = findInsert(s.beforeClean, start, start + pasted.shown.length, s.afterClean);
      // The page rewrote more than the pasted text: nothing left to follow.
      if (!s.cleaned) {
        close();
        return '';
      }
      s.state = 'cleaned';
      return words.cleaned;
    },
    async undo(s) {
      const { field } = s;
      const pasted = s.pasted!;
      const cleaned = s.cleaned!;
      // Nothing changed since Clean: the browser's own undo takes it back exactly (markup too, in an editor).
      const undone = field.text() === s.afterClean && browserUndo(field) && field.text() !== s.afterClean;
      if (undone) {
        if (field.text() !== s.beforeClean) return words.changed;
        pasted.start = cleaned.start;
      } else {
        const start = locate(field.text(), cleaned);
        if (start < 0) return words.changed;
        // A text field gets back exactly what it showed; an editor gets the clipboard's text typed in, as the paste put it.
        field.replace(start, start + cleaned.shown.length, field.element.isContentEditable ? s.raw : pasted.shown);
        pasted.start = start;
      }
      field.placeCaret(pasted.start + pasted.shown.length);
      s.state = 'pasted';
      return words.restored;
    },
    async save(s) {
      const saved = await services.save(s.raw);
      s.saved = saved.ok;
      return saved.summary;
    },
    async mute(s) {
      await services.muteSite(win.location.hostname);
      s.muted = true;
      return words.muted;
    },
  };

  /** Follows the person's own edits: their undo and redo switch the prompt between Clean and Undo; losing the text closes it. */
  function onInput() {
    const s = session;
    if (!s || s.busy) return;
    const text = s.field.text();
    const at = (piece?: Placed | null) => (piece ? locate(text, piece) : -1);
    const [mine, other] = s.state === 'cleaned' ? [s.cleaned, s.pasted] : [s.pasted, s.cleaned];
    if (!s.field.element.isConnected) return close();
    const here = at(mine);
    if (here >= 0) return void (mine!.start = here);
    const there = at(other);
    if (there < 0) return close();
    other!.start = there;
    s.state = s.state === 'cleaned' ? 'pasted' : 'cleaned';
    show(s.state === 'cleaned' ? words.cleaned : words.restored);
  }

  function onKeyDown(event: KeyboardEvent) {
    const s = session;
    if (!s || !trusted(event)) return;
    if (event.key === 'Escape') {
      // The prompt is on top: Esc is for it, not for the page (which might close a dialog around the field).
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey && !s.tabbed) {
      event.preventDefault();
      s.tabbed = true;
      s.box.focus();
    }
  }

  win.addEventListener('paste', onPaste, true);
  // From the start, before a page's later listeners: what the page opens in the top layer over a prompt (prompt.ts).
  // Left counting when the watcher stops (it only adds to a number; one call fewer in the every-page script).
  win.addEventListener('beforetoggle', countOpened, true);
  return () => {
    win.removeEventListener('paste', onPaste, true);
    // A paste still being looked at opens nothing now.
    pastes++;
    close();
  };
}

/**
 * In an editor, the DOM range a paste filled: from where the selection began
 * before it (a live range stays in front of what is inserted at its point) to
 * the caret after it. Null when that range does not hold the pasted text.
 */
function spanOfPaste(before: Range | null, after: Range | null, pasted: Placed): Range | null {
  if (!before || !after) return null;
  const range = before.cloneRange();
  range.setEnd(after.endContainer, after.endOffset);
  return squash(range.toString()) === squash(pasted.shown) ? range : null;
}

/** The browser's undo in the field; false when it has none. */
function browserUndo(field: EditableField): boolean {
  const doc = field.element.ownerDocument;
  field.element.focus({ preventScroll: true });
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand('undo');
  } catch {
    return false;
  }
}
