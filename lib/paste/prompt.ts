// The paste prompt's box: a message and a few buttons just under the field.
// Plain DOM, since it runs in the every-page content script (no React there).
// It lives in a CLOSED shadow root on a host element of its own, appended to
// the page's <html>: page CSS cannot reach inside, and the host's inline style
// is `all: initial` and !important, so page rules aimed at the element lose
// too. Closed, so a page script cannot find the buttons (host.shadowRoot is
// null to it); and every click and key is checked with `trusted` (the event's
// isTrusted: a real person's input, never a page's dispatchEvent or .click()).
// Keyboard: every action is a button; Esc dismisses; Tab past either end
// returns to the field (the watcher sends Tab from the field in here).
//
// Clickjacking: a page cannot click the buttons, but it can try to make the
// person click them unawares (lure a quick click where the prompt is about to
// appear, cover the prompt with a decoy that lets clicks through, fade or move
// the host element it can see). So the prompt sits in the top layer (a manual
// popover: no z-index of the page's reaches over it; only a popover, modal
// dialog or full-screen element opened after it can be), and a click acts only
// when (clickAllowed): the host still has the style it was given (not made
// transparent or moved by a script), and nothing has come into the top layer
// since the prompt went there (else the click puts it back on top, armed
// again); and for a mouse click also: the buttons have been shown for
// PROMPT_ARM_MS (again whenever the buttons change), the pointer is over the
// prompt itself (elementFromPoint), and, in Chrome (from the start for a paste
// of up to WATCH_UP_TO characters, else once the page has anything else in the
// top layer), nothing is painted over it (IntersectionObserver v2
// sees a decoy that lets clicks through, pointer-events: none, which
// elementFromPoint cannot; seen again, armed again). "Come into the top layer"
// is a new element there, or any popover or dialog opened since (each one
// opening fires beforetoggle, which countOpened counts from the moment the
// script starts): a page that closes and reopens a popover it opened before the
// prompt has the same set, and Firefox has no IntersectionObserver v2 to see it.
import type { PromptWords } from './prompt-text';

export type PromptAction = 'clean' | 'undo' | 'save' | 'mute' | 'dismiss';

export interface PromptView {
  message: string;
  actions: PromptAction[];
  /** Waiting for the background: the buttons show as disabled (they keep the focus; the watcher ignores them meanwhile). */
  busy?: boolean;
}

export interface PromptBox {
  render(view: PromptView): void;
  /** Moves the focus to the first button. */
  focus(): void;
  /** True when `node` is in the box. */
  contains(node: Node | null): boolean;
  remove(): void;
  /** Shows a box opened hidden (openPrompt's `early`): only its opacity changes. */
  reveal(): void;
}

/** The box's widest (the CSS's max-width), to keep it inside the window on the right. */
const BOX_WIDTH = 360;
/** Space kept free under the box when the field runs past the bottom of the window. */
const BOX_HEIGHT = 80;

/**
 * The shadow root's style: a light card, the newspaper red for the main button,
 * dark when the system is. (One line in the build: each line ends in a
 * backslash. The host's inline style resets it: `all: initial`.)
 */
const CSS = `\
div{position:relative;box-sizing:border-box;max-width:360px;padding:8px 28px 8px 10px;font:13px/1.5 system-ui;color:#222;background:#fff;border:1px solid #ccc;border-radius:8px;box-shadow:0 4px 16px #0003}\
p{margin:0 0 6px}\
button{margin:0 6px 2px 0;padding:2px 10px;font:inherit;color:inherit;background:#f6f6f6;border:1px solid #ccc;border-radius:6px;cursor:pointer}\
button:focus-visible{outline:2px solid #1f6feb;outline-offset:1px}\
[aria-disabled=true]{opacity:.6;cursor:default}\
.main{color:#fff;background:#b3261e;border-color:#b3261e}\
.x{position:absolute;top:4px;right:4px;margin:0;padding:0 4px;border:0;background:none;font-size:16px;line-height:1.2}\
@media (prefers-color-scheme:dark){div{color:#eee;background:#222;border-color:#555}button{background:#333;border-color:#555}}`;

/** The buttons that carry the action the person most likely wants. */
const MAIN: ReadonlySet<PromptAction> = new Set(['clean', 'undo']);

/**
 * How long new buttons ignore clicks: longer than a lured double-click, far
 * shorter than reading the prompt (browsers' own permission prompts do alike).
 */
export const PROMPT_ARM_MS = 500;

/** Pastes up to this long have the prompt watched for anything painted over it from the start (Chrome; see openPrompt). */
export const WATCH_UP_TO = 100_000;

/** Whether an event came from the person (the browser's isTrusted); tests in a DOM without real input stand in for it. */
export type TrustCheck = (event: Event) => boolean;

export const isTrustedEvent: TrustCheck = (event) => event.isTrusted === true;

/** Popovers and dialogs opened in the page so far (the prompt's own included). */
let opened = 0;

/**
 * A beforetoggle listener that counts every popover or dialog the page opens.
 * The watcher adds it to the window, in the capture phase (the first place an
 * event goes), as the script starts (in Firefox before the page's first
 * script: entrypoints/content.ts): a page's listener added after it cannot
 * hide the event from it.
 */
export const countOpened = (event: Event) => (event as ToggleEvent).newState == 'open' && opened++;

/** An IntersectionObserver entry of v2 (Chrome): whether the target is seen, nothing painted over it and not faded. */
type SeenEntry = IntersectionObserverEntry & { isVisible?: boolean };

export function openPrompt(
  field: HTMLElement,
  words: PromptWords,
  onAction: (action: PromptAction) => void,
  trusted: TrustCheck = isTrustedEvent,
  /** The paste's length: up to WATCH_UP_TO, Chrome watches what is painted over the prompt from the start. */
  pasted = 0,
  /**
   * Opened inside the paste event, before the text goes in, transparent (and
   * placed in the window, from the field's box before the paste): its layout and
   * paint join the paste's own, and reveal() changes only its opacity, on a
   * layer of its own, which needs no layout and no paint. Added later, the
   * prompt made the page lay out and paint all of a big paste again; so did
   * showing it by visibility or pointer-events (bench:paste-prompt-frame).
   */
  early = false,
): PromptBox {
  const doc = field.ownerDocument;
  const host = doc.createElement('jianbao-paste-prompt');
  const at = field.getBoundingClientRect();
  const view = doc.defaultView!;
  // (`early` is Chrome's only: the Firefox build has no bytes to spare, and its frames were not measured.)
  const late = import.meta.env.FIREFOX || !early;
  const top = Math.min(at.bottom + 4, Math.max(at.top, view.innerHeight - BOX_HEIGHT)) + (late ? view.scrollY : 0);
  const left = Math.max(4, Math.min(at.left, view.innerWidth - BOX_WIDTH - 8)) + (late ? view.scrollX : 0);
  // The host's style as this script set it last (a new element has none); null once anything else changed it (clickAllowed).
  let hostStyle: string | null = null;
  const set = (style: string[][]) => {
    const ours = host.getAttribute('style') === hostStyle;
    for (const [name, value] of style) host.style.setProperty(name, value, 'important');
    hostStyle = ours ? host.getAttribute('style') : null;
  };
  // (No z-index: in the top layer, nothing of the page's is over it.)
  set([['all', 'initial'], ['position', late ? 'absolute' : 'fixed'], ['top', `${top}px`], ['left', `${left}px`], ['will-change', 'opacity'], ['opacity', late ? '1' : '0']]);

  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('div');
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-label', words.label);
  box.dataset.testid = 'paste-prompt';
  const message = doc.createElement('p');
  message.setAttribute('role', 'status');
  const buttons = doc.createElement('span');
  box.append(message, buttons);
  root.append(style, box);

  box.addEventListener('keydown', (event) => {
    if (!trusted(event)) return;
    if (event.key === 'Escape') {
      // For the prompt only: the page might close a dialog around the field on it.
      event.preventDefault();
      event.stopPropagation();
      onAction('dismiss');
    } else if (event.key === 'Tab') {
      const all = [...root.querySelectorAll('button')];
      const edge = event.shiftKey ? all[0] : all.at(-1);
      if (root.activeElement === edge) {
        event.preventDefault();
        field.focus();
      }
    }
  });

  // In the top layer (a manual popover): above whatever the page stacks.
  host.popover = 'manual';
  doc.documentElement.append(host);
  host.showPopover?.();

  let armedAt = 0;
  let actionsShown = '';
  let viewShown = '';
  const rearm = () => (armedAt = view.performance.now() + PROMPT_ARM_MS);
  // What is in the page's top layer (popovers, modal dialogs, a full-screen
  // element). Each one that comes after the prompt is laid over it, toggle
  // events or not: a click then only puts the prompt back on top (armed again).
  const topLayer = () => [...doc.querySelectorAll(':popover-open,:modal,:fullscreen')];
  let under = topLayer();
  let openedBefore = opened;
  const covered = () => {
    const now = topLayer();
    // (happy-dom, in the unit tests, has no top layer.)
    if (!('showPopover' in host) || (opened == openedBefore && now.includes(host) && now.every((element) => under.includes(element)))) return false;
    host.hidePopover();
    host.showPopover();
    under = topLayer();
    openedBefore = opened;
    watchSeen();
    rearm();
    return true;
  };
  // Chrome (IntersectionObserver v2) tells whether anything at all is painted
  // over the prompt, a decoy that lets clicks through included, whatever the
  // order of the top layer: unseen (and until it says), mouse clicks are
  // ignored; seen again, the buttons arm again. From the start for a paste of
  // up to WATCH_UP_TO characters: a popover in a shadow root of the page's
  // shows in no query of the document and its toggle events stay in that root.
  // Past that, only once the page has something else in the top layer, which
  // it could raise over the prompt again (anything new, covered() sees): its
  // occlusion test costs a page holding 1 MB in a textarea a 60 ms task. (Not
  // in the Firefox build.)
  let seen = true;
  let watcher: IntersectionObserver | undefined;
  const watchSeen = import.meta.env.FIREFOX
    ? () => {}
    : () => {
        if (watcher || (under.length < 2 && pasted > WATCH_UP_TO) || typeof IntersectionObserverEntry != 'function' || !('isVisible' in IntersectionObserverEntry.prototype)) return;
        seen = false;
        let hidden = false;
        watcher = new IntersectionObserver(
          (entries) => {
            const entry: SeenEntry = entries.at(-1)!;
            seen = !!entry.isVisible;
            if (seen && hidden) rearm();
            hidden = !seen;
          },
          { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
        );
        watcher.observe(box);
      };
  watchSeen();
  /**
   * The click guard above. The host's own style is `all: initial !important`
   * inline, so only a script changing that attribute can fade or move it (the
   * prompt opens in the top frame only: no framing page can fade it). Enter or Space on a focused button (where the person moved with
   * Tab) makes a click with no detail: only the style and top-layer checks apply to it.
   */
  const clickAllowed = (event: MouseEvent): boolean =>
    host.getAttribute('style') === hostStyle &&
    !covered() &&
    (event.detail < 1 || (seen && event.timeStamp >= armedAt && doc.elementFromPoint(event.clientX, event.clientY) === host));

  return {
    render({ message: text, actions, busy }) {
      // The same view again changes nothing in the page (any change lays a big page out again).
      if (viewShown === (viewShown = text + actions + !!busy)) return;
      message.textContent = text;
      const hadFocus = root.activeElement !== null;
      // New buttons (or new places for them) arm again.
      if (actions.join() !== actionsShown) {
        actionsShown = actions.join();
        rearm();
      }
      buttons.replaceChildren(
        ...actions.map((action) => {
          const button = doc.createElement('button');
          button.type = 'button';
          button.dataset.testid = `paste-${action}`;
          if (busy) button.setAttribute('aria-disabled', 'true');
          if (action === 'dismiss') {
            button.className = 'x';
            button.textContent = '×';
            button.title = words.dismiss;
            button.setAttribute('aria-label', words.dismiss);
          } else {
            button.textContent = words[action];
            if (MAIN.has(action)) button.className = 'main';
          }
          // Enter or Space on a focused button makes a trusted click too.
          button.addEventListener('click', (event) => trusted(event) && clickAllowed(event) && onAction(action));
          return button;
        }),
      );
      if (hadFocus) this.focus();
    },
    focus() {
      root.querySelector('button')?.focus();
    },
    contains: (node) => node === host || root.contains(node),
    remove() {
      watcher?.disconnect();
      host.remove();
    },
    reveal() {
      set([['opacity', '1']]);
      rearm();
    },
  };
}
