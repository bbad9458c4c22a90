// @vitest-environment happy-dom
// The paste watcher and its prompt (lib/paste/watch.ts, prompt.ts) in
// happy-dom, with the background stood in for by PasteServices mocks. happy-dom
// has no document.execCommand, so these run the direct-edit fallback unless a
// test stands in for execCommand; tests/e2e/paste-clean.e2e.ts runs the real
// thing in Chromium.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { promptWords } from '../../lib/paste/prompt-text';
import { DEFAULT_PASTE_SETTINGS, type PastePromptSettings } from '../../lib/paste/settings';
import type { SavedPaste } from '../../lib/paste/types';
import { COMPARE_SLICE, findInsert, locate, watchPastes, type PasteServices } from '../../lib/paste/watch';
import { clickAction, COLUMN_TEXT, paste, promptActions, promptBox, promptMessage, promptRoot, promptRootOf, settle, TRUST_ALL } from './dom';

const CLEAN = '抗旱保秋粮\n\n本报记者 李明\n\n入夏以来，我市多地持续高温少雨。\n\n据了解，全市已累计投入抗旱资金1500万元。';
const words = promptWords('en-US');

let services: { [K in keyof PasteServices]: ReturnType<typeof vi.fn> & PasteServices[K] };
let stop: () => void;

function mockServices(settings: PastePromptSettings = DEFAULT_PASTE_SETTINGS) {
  return {
    clean: vi.fn(async (_text: string) => CLEAN),
    save: vi.fn(async (_text: string): Promise<SavedPaste> => ({ ok: true, added: 1, updated: 0, titles: ['抗旱保秋粮'], summary: 'Saved 1 new.' })),
    settings: vi.fn(async () => settings),
    muteSite: vi.fn(async (_host: string) => {}),
  };
}

function start(settings?: PastePromptSettings) {
  stop?.();
  services = mockServices(settings);
  stop = watchPastes(window, services, TRUST_ALL);
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const textarea = () => $<HTMLTextAreaElement>('t');

/** Puts the caret (or a selection) in a textarea holding `value`. */
function focusField(field: HTMLTextAreaElement | HTMLInputElement, value: string, start = value.length, end = start) {
  field.value = value;
  field.focus();
  field.setSelectionRange(start, end);
}

/** The browser's own undo or redo in a textarea: the value changes, an input event follows. */
function nativeEdit(field: HTMLTextAreaElement, value: string, inputType: string) {
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType }));
}

beforeEach(() => {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://bbs.example.com/post/new');
  document.body.innerHTML = `
    <textarea id="t"></textarea>
    <input id="i" type="text">
    <input id="s" type="search">
    <input id="pw" type="password">
    <textarea id="ro" readonly></textarea>
    <div id="e" contenteditable="true"><p>编者按：</p></div>
    <div id="plain">不可编辑</div>`;
  start();
});

afterEach(() => {
  stop();
  delete (document as { execCommand?: unknown }).execCommand;
});

describe('findInsert and locate', () => {
  it('finds what a paste added at the selection it replaced', () => {
    expect(findInsert('前后', 1, 1, '前ABC后')).toEqual({ start: 1, shown: 'ABC' });
    expect(findInsert('前旧后', 1, 2, '前ABC后')).toEqual({ start: 1, shown: 'ABC' });
  });

  it('finds nothing when nothing was added or the text around changed too', () => {
    expect(findInsert('前后', 1, 1, '前后')).toBeNull();
    expect(findInsert('前旧后', 1, 2, '前后')).toBeNull();
    expect(findInsert('前后', 1, 1, '另ABC后')).toBeNull();
    expect(findInsert('前后', 1, 1, '前ABC外')).toBeNull();
  });

  it('follows a piece of text that typing moved, to its nearest copy', () => {
    const piece = { start: 2, shown: 'AB' };
    expect(locate('xxAByy', piece)).toBe(2);
    expect(locate('xxxxAByy', piece)).toBe(4);
    expect(locate('ABxxxxxxxAB', { start: 3, shown: 'AB' })).toBe(0);
    expect(locate('xxBAyy', piece)).toBe(-1);
  });
});

describe('a newspaper paste into a textarea', () => {
  it('goes through unchanged, then the prompt offers Clean, Save, Not on this site and dismiss', async () => {
    focusField(textarea(), '');
    const event = paste(textarea(), COLUMN_TEXT);
    expect(event.defaultPrevented).toBe(false);
    expect(textarea().value).toBe(COLUMN_TEXT);
    await settle();
    const host = document.querySelector('jianbao-paste-prompt')!;
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.shadowRoot).toBeNull();
    expect(promptRoot()?.mode).toBe('closed');
    expect(host.getAttribute('style')).toContain('!important');
    expect(promptBox()!.getAttribute('role')).toBe('dialog');
    expect(promptMessage()).toBe(words.found);
    expect(promptActions()).toEqual(['clean', 'save', 'mute', 'dismiss']);
    expect(services.clean).not.toHaveBeenCalled();
  });

  it('Clean replaces exactly the pasted text; Undo gives it back with the caret after it', async () => {
    focusField(textarea(), '前言：——完', 3);
    paste(textarea(), COLUMN_TEXT);
    await settle();
    clickAction('clean');
    await settle();
    expect(services.clean).toHaveBeenCalledWith(COLUMN_TEXT);
    expect(textarea().value).toBe(`前言：${CLEAN}——完`);
    expect(promptMessage()).toBe(words.cleaned);
    expect(promptActions()).toEqual(['undo', 'save', 'mute', 'dismiss']);

    clickAction('undo');
    await settle();
    expect(textarea().value).toBe(`前言：${COLUMN_TEXT}——完`);
    expect([textarea().selectionStart, textarea().selectionEnd]).toEqual([3 + COLUMN_TEXT.length, 3 + COLUMN_TEXT.length]);
    expect(promptMessage()).toBe(words.restored);
    expect(promptActions()[0]).toBe('clean');
  });

  it('replaces only the pasted text when the paste replaced a selection', async () => {
    focusField(textarea(), 'AAA旧文字BBB', 3, 6);
    paste(textarea(), COLUMN_TEXT);
    await settle();
    clickAction('clean');
    await settle();
    expect(textarea().value).toBe(`AAA${CLEAN}BBB`);
  });

  it('types through execCommand where the browser has it, and undoes with the browser’s undo when nothing changed since', async () => {
    const history: string[] = [];
    const execCommand = vi.fn((command: string, _ui: boolean, text?: string) => {
      const field = document.activeElement as HTMLTextAreaElement;
      if (command === 'insertText') {
        history.push(field.value);
        field.setRangeText(text!, field.selectionStart!, field.selectionEnd!, 'end');
        return true;
      }
      if (command === 'undo' && history.length) {
        field.value = history.pop()!;
        return true;
      }
      return false;
    });
    (document as { execCommand?: unknown }).execCommand = execCommand;
    focusField(textarea(), '');
    paste(textarea(), COLUMN_TEXT);
    await settle();
    clickAction('clean');
    await settle();
    expect(execCommand).toHaveBeenCalledWith('insertText', false, CLEAN);
    expect(textarea().value).toBe(CLEAN);
    clickAction('undo');
    await settle();
    expect(execCommand).toHaveBeenLastCalledWith('undo');
    expect(textarea().value).toBe(COLUMN_TEXT);
    expect(textarea().selectionStart).toBe(COLUMN_TEXT.length);
  });

  it('follows the person’s own undo and redo in the field', async () => {
    focusField(textarea(), '');
    paste(textarea(), COLUMN_TEXT);
    await settle();
    clickAction('clean');
    await settle();
    nativeEdit(textarea(), COLUMN_TEXT, 'historyUndo');
    expect(promptActions()[0]).toBe('clean');
    expect(promptMessage()).toBe(words.restored);
    nativeEdit(textarea(), CLEAN, 'historyRedo');
    expect(promptActions()[0]).toBe('undo');
    expect(promptMessage()).toBe(words.cleaned);
  });

  it('stays while the person types around the paste, cleaning it where it moved; closes when the paste is gone', async () => {
    focusField(textarea(), '');
    paste(textarea(), COLUMN_TEXT);
    await settle();
    nativeEdit(textarea(), `开头${COLUMN_TEXT}结尾`, 'insertText');
    expect(promptBox()).not.toBeNull();
    clickAction('clean');
    await settle();
    expect(textarea().value).toBe(`开头${CLEAN}结尾`);
    nativeEdit(textarea(), '', 'deleteContentBackward');
    expect(promptBox()).toBeNull();
  });

  it('is dismissed by Esc in the field (not passed on to the page), by Esc in the prompt, and by ×', async () => {
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    focusField(textarea(), '');
    paste(textarea(), COLUMN_TEXT);
    await settle();
    const esc = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    textarea().dispatchEvent(esc);
    expect(promptBox()).toBeNull();
    expect(esc.defaultPrevented).toBe(true);
    expect(pageKeys).not.toHaveBeenCalled();

    paste(textarea(), COLUMN_TEXT);
    await settle();
    const button = promptBox()!.querySelector('button')!;
    button.focus();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true, composed: true }));
    expect(promptBox()).toBeNull();
    expect(document.activeElement).toBe(textarea());
    expect(pageKeys).not.toHaveBeenCalled();

    paste(textarea(), COLUMN_TEXT);
    await settle();
    clickAction('dismiss');
    expect(promptBox()).toBeNull();
    expect(document.querySelector('jianbao-paste-prompt')).toBeNull();
    document.removeEventListener('keydown', pageKeys);
  });

  it('is reached with Tab from the field once; Tab past its last button returns to the field', async () => {
    focusField(textarea(), '');
    paste(textarea(), COLUMN_TEXT);
    await settle();
    const tab = () => new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    const first = tab();
    textarea().dispatchEvent(first);
    expect(first.defaultPrevented).toBe(true);
    const root = promptRoot()!;
    expect(root.activeElement?.getAttribute('data-testid')).toBe('paste-clean');

    const buttons = [...root.querySelectorAll('button')];
    buttons.at(-1)!.focus();
    const out = tab();
    buttons.at(-1)!.dispatchEvent(out);
    expect(out.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(textarea());
    const again = tab();
    textarea().dispatchEvent(again);
    expect(again.defaultPrevented).toBe(false);
  });

  it('keeps the focus in the prompt when an action is chosen from the keyboard', async () => {
    focusField(textarea(), '');
    paste(textarea(), COLUMN_TEXT);
    await settle();
    const root = promptRoot()!;
    root.querySelector<HTMLButtonElement>('[data-testid="paste-clean"]')!.focus();
    clickAction('clean');
    await settle();
    expect(root.activeElement?.getAttribute('data-testid')).toBe('paste-undo');
  });

  it('leaves the field alone when the page changed the pasted text behind the prompt’s back', async () => {
    focusField(textarea(), '');
    paste(textarea(), COLUMN_TEXT);
    await settle();
    // A script sets the value: no input event, so the prompt is still there.
    textarea().value = '页面脚本改写了内容';
    clickAction('clean');
    await settle();
    expect(promptMessage()).toBe(words.changed);
    expect(textarea().value).toBe('页面脚本改写了内容');
  });

  it('ignores clicks while waiting for the background', async () => {
    let finish!: (text: string) => void;
    services.clean.mockImplementation(() => new Promise<string>((resolve) => (finish = resolve)));
    focusField(textarea(), '');
    paste(textarea(), COLUMN_TEXT);
    await settle();
    clickAction('clean');
    expect(promptMessage()).toBe(words.working);
    expect(promptBox()!.querySelector('button')!.getAttribute('aria-disabled')).toBe('true');
    clickAction('clean');
    clickAction('save');
    finish(CLEAN);
    await settle();
    expect(services.clean).toHaveBeenCalledTimes(1);
    expect(services.save).not.toHaveBeenCalled();
    expect(textarea().value).toBe(CLEAN);
  });

  it('says so, and leaves the field alone, when the background finds nothing to clean or fails', async () => {
    focusField(textarea(), '');
    paste(textarea(), COLUMN_TEXT);
    await settle();
    services.clean.mockResolvedValueOnce('');
    clickAction('clean');
    await settle();
    expect(promptMessage()).toBe(words.nothing);
    services.clean.mockRejectedValueOnce(new Error('Extension context invalidated.'));
    clickAction('clean');
    await settle();
    expect(promptMessage()).toBe(words.failed.replace('{message}', 'Extension context invalidated.'));
    expect(textarea().value).toBe(COLUMN_TEXT);
    expect(promptActions()[0]).toBe('clean');
  });
});

describe('Save as clipping and Not on this site', () => {
  beforeEach(async () => {
    focusField(textarea(), '');
    paste(textarea(), COLUMN_TEXT);
    await settle();
  });

  it('Save sends the pasted text as it was copied and shows the background’s answer', async () => {
    clickAction('save');
    await settle();
    expect(services.save).toHaveBeenCalledWith(COLUMN_TEXT);
    expect(promptMessage()).toBe('Saved 1 new.');
    expect(promptActions()).toEqual(['clean', 'mute', 'dismiss']);
  });

  it('Save that failed can be tried again', async () => {
    services.save.mockResolvedValueOnce({ ok: false, reason: 'storage', message: 'full', summary: 'The disk is full.' });
    clickAction('save');
    await settle();
    expect(promptMessage()).toBe('The disk is full.');
    expect(promptActions()).toContain('save');
  });

  it('Not on this site turns the prompt off for this host', async () => {
    clickAction('mute');
    await settle();
    expect(services.muteSite).toHaveBeenCalledWith('bbs.example.com');
    expect(promptMessage()).toBe(words.muted);
    expect(promptActions()).not.toContain('mute');
  });
});

describe('other fields', () => {
  it('a one-line input: the paste runs on one line, and so does the clean text', async () => {
    const input = $<HTMLInputElement>('i');
    focusField(input, '');
    paste(input, COLUMN_TEXT);
    await settle();
    const pasted = COLUMN_TEXT.replace(/\n/g, ' ');
    expect(input.value).toBe(pasted);
    clickAction('clean');
    await settle();
    expect(services.clean).toHaveBeenCalledWith(COLUMN_TEXT);
    expect(input.value).toBe('抗旱保秋粮 本报记者 李明 入夏以来，我市多地持续高温少雨。 据了解，全市已累计投入抗旱资金1500万元。');
    clickAction('undo');
    await settle();
    expect(input.value).toBe(pasted);
  });

  it('a search input is a text field too', async () => {
    focusField($<HTMLInputElement>('s'), '');
    paste($('s'), COLUMN_TEXT);
    await settle();
    expect(promptBox()).not.toBeNull();
  });

  it('a contenteditable editor: Clean puts each paragraph on its own line; Undo types the paste back', async () => {
    const editor = $('e');
    const text = editor.querySelector('p')!.firstChild!;
    editor.focus();
    document.getSelection()!.collapse(text, text.textContent!.length);
    paste(editor, COLUMN_TEXT);
    await settle();
    expect(promptActions()[0]).toBe('clean');
    clickAction('clean');
    await settle();
    expect(editor.textContent).toBe(`编者按：${CLEAN.replace(/\n/g, '')}`);
    // One break per paragraph: in an editor a blank line would be an empty block.
    expect(editor.querySelectorAll('br')).toHaveLength(CLEAN.split('\n\n').length - 1);
    clickAction('undo');
    await settle();
    expect(editor.textContent).toBe(`编者按：${COLUMN_TEXT.replace(/\n/g, '')}`);
    expect(editor.querySelectorAll('br')).toHaveLength(COLUMN_TEXT.split('\n').length - 1);
  });

  it('a contenteditable editor: Clean replaces the paste’s blank lines too, not only its text', async () => {
    const editor = $('e');
    const text = editor.querySelector('p')!.firstChild!;
    editor.focus();
    document.getSelection()!.collapse(text, text.textContent!.length);
    // PDF copies often start and end with an empty line: in an editor, breaks that hold no text.
    paste(editor, `\n${COLUMN_TEXT}\n`);
    await settle();
    expect(editor.querySelectorAll('br')).toHaveLength(COLUMN_TEXT.split('\n').length + 1);
    clickAction('clean');
    await settle();
    expect(editor.textContent).toBe(`编者按：${CLEAN.replace(/\n/g, '')}`);
    expect(editor.querySelectorAll('br')).toHaveLength(CLEAN.split('\n\n').length - 1);
  });

  it('no prompt in a password field, a read-only textarea or text that is not editable', async () => {
    for (const id of ['pw', 'ro', 'plain']) {
      const el = $(id);
      el.focus();
      paste(el, COLUMN_TEXT);
    }
    await settle();
    expect(promptBox()).toBeNull();
  });
});

describe('no prompt', () => {
  const NOT_NEWSPAPER: Array<[string, string]> = [
    ['a short message', '今天下午三点开会，请准时参加。'],
    ['code', 'function add(a, b) {\n  return a + b;\n}\n\nconsole.log(add(1, 2));\n// 输出 3\nconst list = [1, 2, 3].map((x) => x * 2);\n'],
    ['English prose', 'The committee met on Tuesday to discuss the budget for next year. Members agreed that spending on schools should rise, while the road programme would be reviewed in the spring. A final vote is expected next month.'],
    ['a spreadsheet', '日期\t地区\t销量\n2025-07-01\t华东\t1200\n2025-07-01\t华南\t980\n2025-07-02\t华东\t1310\n2025-07-02\t华南\t1005\n'],
  ];

  it.each(NOT_NEWSPAPER)('for %s, and the setting is not even read', async (_name, text) => {
    focusField(textarea(), '');
    paste(textarea(), text);
    await settle();
    expect(textarea().value).toBe(text);
    expect(promptBox()).toBeNull();
    expect(services.settings).not.toHaveBeenCalled();
  });

  it('when the setting is off', async () => {
    start({ enabled: false, disabledSites: [] });
    focusField(textarea(), '');
    paste(textarea(), COLUMN_TEXT);
    await settle();
    expect(services.settings).toHaveBeenCalled();
    expect(promptBox()).toBeNull();
  });

  it('on a site where it is off, or under a domain where it is off; elsewhere it shows', async () => {
    for (const [sites, shown] of [[['bbs.example.com'], false], [['example.com'], false], [['other.com', 'ample.com'], true]] as const) {
      start({ enabled: true, disabledSites: [...sites] });
      focusField(textarea(), '');
      paste(textarea(), COLUMN_TEXT);
      await settle();
      expect(promptBox() !== null, sites.join()).toBe(shown);
    }
  });

  it('when the page cancelled the paste; and no Clean when the page put in something else', async () => {
    const cancel = (event: Event) => event.preventDefault();
    textarea().addEventListener('paste', cancel);
    focusField(textarea(), '');
    paste(textarea(), COLUMN_TEXT);
    await settle();
    expect(promptBox()).toBeNull();

    // A page that filters pastes its own way: what landed is not the clipboard's text.
    textarea().addEventListener('paste', () => {
      textarea().setRangeText('[已过滤的内容]', 0, 0, 'end');
    });
    paste(textarea(), COLUMN_TEXT);
    await settle();
    expect(promptActions()).toEqual(['save', 'mute', 'dismiss']);
  });
});

describe('the paste event itself', () => {
  /** Counts reads of `name` on `target` while the watcher's paste listener runs (between a listener before it and one after it). */
  function readsDuringEvent(target: object, proto: object, name: string): { count: number } {
    const reads = { count: 0 };
    let during = false;
    const { get, set } = Object.getOwnPropertyDescriptor(proto, name)!;
    Object.defineProperty(target, name, {
      configurable: true,
      get() {
        if (during) reads.count++;
        return get!.call(this);
      },
      set(v) {
        set!.call(this, v);
      },
    });
    // The watcher listens on the window in the capture phase: one added before it runs first, one on the field after it.
    stop();
    window.addEventListener('paste', () => (during = true), { capture: true, once: true });
    start();
    document.addEventListener('paste', () => (during = false), { once: true });
    return reads;
  }

  it('reads the clipboard’s text once and not the field’s text on the event (that comes later), and still finds the paste', async () => {
    const getData = vi.spyOn(DataTransfer.prototype, 'getData');
    const value = readsDuringEvent(textarea(), HTMLTextAreaElement.prototype, 'value');
    focusField(textarea(), '前言：');
    getData.mockClear();
    paste(textarea(), COLUMN_TEXT);
    expect(value.count).toBe(0);
    // The browser reads the clipboard once per paste for whoever asks first (bench:paste-event): asking on the event costs the page nothing more.
    expect(getData).toHaveBeenCalledTimes(1);
    await settle();
    expect(promptActions()).toEqual(['clean', 'save', 'mute', 'dismiss']);
    getData.mockRestore();
  });

  it('in an editor, reads none of its text on the event', async () => {
    const editor = $('e');
    const text = readsDuringEvent(editor, Element.prototype, 'textContent');
    editor.focus();
    const range = document.createRange();
    range.selectNodeContents(editor.querySelector('p')!);
    range.collapse(false);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    paste(editor, COLUMN_TEXT);
    expect(text.count).toBe(0);
    await settle();
    expect(promptActions()).toEqual(['clean', 'save', 'mute', 'dismiss']);
  });

  it('no prompt when the page cancelled a paste over selected text', async () => {
    textarea().addEventListener('paste', (event) => event.preventDefault());
    focusField(textarea(), '前言：旧的一段', 3, 7);
    paste(textarea(), COLUMN_TEXT);
    await settle();
    expect(promptBox()).toBeNull();
  });
});

describe('a paste of megabytes', () => {
  // Longer than COMPARE_SLICE, so the check that the field shows the clipboard's text runs in several slices.
  // (Textareas only: happy-dom's ranges over an editor of 30,000 lines take minutes; the editor case is measured
  // in Chromium by bench/paste-long-tasks.bench.ts.)
  const BIG = Array.from({ length: Math.ceil((2.5 * COMPARE_SLICE) / COLUMN_TEXT.length) }, () => COLUMN_TEXT).join('\n');
  /** The prompt's buttons once it shows (the check runs over several tasks and waits for a frame). */
  const shownActions = () => vi.waitFor(() => expect(promptActions()).not.toEqual([]), { timeout: 5000 }).then(() => promptActions());

  it('a textarea: the clipboard’s CRLF shown as LF is its text still, and Clean replaces exactly the paste', async () => {
    focusField(textarea(), '前言：——完', 3);
    paste(textarea(), BIG.replace(/\n/g, '\r\n'));
    expect(await shownActions()).toEqual(['clean', 'save', 'mute', 'dismiss']);
    clickAction('clean');
    await vi.waitFor(() => expect(promptMessage()).toBe(words.cleaned));
    expect(textarea().value).toBe(`前言：${CLEAN}——完`);
  });

  it('no Clean when the page put in the paste with one character changed far into it', async () => {
    const at = Math.floor(BIG.length * 0.9);
    const altered = BIG.slice(0, at) + (BIG[at] === '甲' ? '乙' : '甲') + BIG.slice(at + 1);
    textarea().addEventListener('paste', (event) => {
      event.preventDefault();
      textarea().setRangeText(altered, 0, 0, 'end');
    });
    focusField(textarea(), '');
    paste(textarea(), BIG);
    expect(await shownActions()).toEqual(['save', 'mute', 'dismiss']);
  });
});

describe('a big paste in Chrome: the prompt put in on the paste, shown by its opacity alone', () => {
  // Over WATCH_UP_TO: the host goes in inside the paste event, before the text, transparent (prompt.ts, early).
  const BIG = Array.from({ length: Math.ceil(120_000 / COLUMN_TEXT.length) }, () => COLUMN_TEXT).join('\n');
  const hosts = () => [...document.querySelectorAll<HTMLElement>('jianbao-paste-prompt')];
  /** The hosts there when the page's own paste listener runs, after the watcher's (as the page's insertion does). */
  function hostsDuringPaste(): { seen: string[] | null } {
    const during = { seen: null as string[] | null };
    textarea().addEventListener('paste', () => (during.seen = hosts().map((h) => h.style.opacity)), { once: true });
    return during;
  }

  it('is in the page, transparent, before the text goes in; shown later by its opacity, the same host and the same buttons', async () => {
    focusField(textarea(), '');
    const during = hostsDuringPaste();
    paste(textarea(), BIG);
    expect(during.seen).toEqual(['0']);
    const [host] = hosts();
    const buttonsBefore = [...promptRootOf(host).querySelectorAll('button')];
    await vi.waitFor(() => expect(host.style.opacity).toBe('1'), { timeout: 5000 });
    expect(hosts()).toEqual([host]);
    // Nothing else of the page's was changed to show it: the same nodes (a new node lays the page out again).
    const buttonsAfter = [...promptRootOf(host).querySelectorAll('button')];
    expect(buttonsAfter.length).toBe(4);
    expect(buttonsAfter.every((button, i) => button === buttonsBefore[i])).toBe(true);
    expect(promptActions()).toEqual(['clean', 'save', 'mute', 'dismiss']);
    clickAction('clean');
    await vi.waitFor(() => expect(promptMessage()).toBe(words.cleaned));
  });

  it('goes when the site has the prompt off, and is never put in for text that is not from a newspaper', async () => {
    start({ enabled: true, disabledSites: ['example.com'] });
    focusField(textarea(), '');
    const during = hostsDuringPaste();
    paste(textarea(), BIG);
    expect(during.seen).toEqual(['0']);
    await vi.waitFor(() => expect(hosts()).toEqual([]), { timeout: 5000 });

    start();
    focusField(textarea(), '');
    const prose = hostsDuringPaste();
    paste(textarea(), 'The quick brown fox jumps over the lazy dog. '.repeat(3000));
    expect(prose.seen).toEqual([]);
    await settle();
    expect(hosts()).toEqual([]);
  });

  it('a page that restyles the transparent host before it shows gets no click through', async () => {
    focusField(textarea(), '');
    paste(textarea(), BIG);
    const [host] = hosts();
    // The page makes it look like something else (or moves it) while it is still transparent.
    host.style.setProperty('top', '0px', 'important');
    await vi.waitFor(() => expect(host.style.opacity).toBe('1'), { timeout: 5000 });
    clickAction('save');
    clickAction('mute');
    await settle();
    expect(services.save).not.toHaveBeenCalled();
    expect(services.muteSite).not.toHaveBeenCalled();
  });
});

describe('the watcher', () => {
  it('shows one prompt at a time: a new paste replaces it', async () => {
    focusField(textarea(), '');
    paste(textarea(), COLUMN_TEXT);
    await settle();
    paste(textarea(), COLUMN_TEXT);
    await settle();
    expect(document.querySelectorAll('jianbao-paste-prompt')).toHaveLength(1);
  });

  it('stops watching, and closes the prompt, when stopped', async () => {
    focusField(textarea(), '');
    paste(textarea(), COLUMN_TEXT);
    await settle();
    stop();
    expect(promptBox()).toBeNull();
    paste(textarea(), COLUMN_TEXT);
    await settle();
    expect(promptBox()).toBeNull();
  });

  it('speaks Chinese to a Chinese browser, English to any other', () => {
    expect(promptWords('zh-CN').clean).toBe('清理');
    expect(promptWords('zh-TW').save).toBe('存为剪报');
    expect(promptWords('en-GB').clean).toBe('Clean');
    expect(promptWords('fr').save).toBe('Save as clipping');
    expect(Object.keys(promptWords('zh'))).toEqual(Object.keys(promptWords('en')));
  });
});
