// The messages the extension's parts send each other: one union type, one
// handler per message type (a map, so a missing handler fails to compile and
// there is no chain of `if (action === …)`), and one typed send function.
//
// Two directions, two unions: Message goes to the background
// (runtime.sendMessage), TabMessage from the background to a tab's content
// script (tabs.sendMessage).
//
// Replies travel as { ok: true, value } | { ok: false, error }, so a handler
// that throws rejects the sender's promise with its message instead of
// resolving to undefined. Listeners answer with sendResponse + `return true`,
// which Chrome and Firefox both support (a returned promise is not portable).
import { browser, type Browser } from 'wxt/browser';
import type { ClipOutcome } from './clip';
import type { PasteClipboardOutcome, SavedPaste } from './paste';

/** Content script → background: the every-page article check's answer for the sender's tab (sets the badge). */
export interface PageCheckedMessage {
  type: 'page-checked';
  isArticle: boolean;
}

/** Extension page → background: extract tab `tabId`'s article and save it, no preview (the shortcut's path). */
export interface ClipTabMessage {
  type: 'clip-tab';
  tabId: number;
}

/** Content script → background: the pasted text cleaned (lib/parse/clean-text.ts); '' when it holds nothing to keep. */
export interface CleanPasteMessage {
  type: 'clean-paste';
  text: string;
}

/** Content script → background: save the pasted text's articles, addressed by the sender's page. */
export interface SavePasteMessage {
  type: 'save-paste';
  text: string;
}

/** Content script → background: the prompt's 此网站不再提示, for the sender's own site (the background reads it from the sender). */
export interface MuteSiteMessage {
  type: 'mute-site';
  /** The host the prompt was on; must be the sender frame's own. */
  host: string;
}

export type Message = PageCheckedMessage | ClipTabMessage | CleanPasteMessage | SavePasteMessage | MuteSiteMessage;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** What each message's handler resolves to. */
export interface MessageResponses {
  'page-checked': void;
  'clip-tab': ClipOutcome;
  'clean-paste': string;
  'save-paste': SavedPaste;
  'mute-site': void;
}

export type MessageSender = Browser.runtime.MessageSender;

export type MessageHandlers = {
  [T in MessageType]: (message: MessageOf<T>, sender: MessageSender) => MessageResponses[T] | Promise<MessageResponses[T]>;
};

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

// Every type once; Record<MessageType, …> makes a type missing here a compile error.
const MESSAGE_TYPES: Record<MessageType, true> = { 'page-checked': true, 'clip-tab': true, 'clean-paste': true, 'save-paste': true, 'mute-site': true };

/** Background → content script: read the clipboard, clean it, insert it at the caret (the menu item and the shortcut). */
export interface PasteClipboardMessage {
  type: 'paste-clipboard-cleaned';
}

export type TabMessage = PasteClipboardMessage;
export type TabMessageType = TabMessage['type'];

export interface TabMessageResponses {
  'paste-clipboard-cleaned': PasteClipboardOutcome;
}

export type TabMessageHandlers = {
  [T in TabMessageType]: (message: Extract<TabMessage, { type: T }>, sender: MessageSender) => TabMessageResponses[T] | Promise<TabMessageResponses[T]>;
};

const TAB_MESSAGE_TYPES: Record<TabMessageType, true> = { 'paste-clipboard-cleaned': true };

const hasType = (types: Record<string, true>, value: unknown): boolean => {
  const type = (value as { type?: unknown } | null)?.type;
  return typeof type === 'string' && Object.hasOwn(types, type);
};

/** True for a message of the union (anything else on the channel, e.g. another extension part's, is not ours). */
export function isMessage(value: unknown): value is Message {
  return hasType(MESSAGE_TYPES, value);
}

/** True for a message of the tab union. */
export function isTabMessage(value: unknown): value is TabMessage {
  return hasType(TAB_MESSAGE_TYPES, value);
}

/** The runtime.onMessage listener that dispatches to `handlers`; other messages are left for other listeners. */
export function createMessageListener(handlers: MessageHandlers) {
  return dispatchTo(isMessage, handlers);
}

/** The content script's runtime.onMessage listener for the tab union. */
export function createTabMessageListener(handlers: TabMessageHandlers) {
  return dispatchTo(isTabMessage, handlers);
}

function dispatchTo<M extends { type: string }>(isOurs: (value: unknown) => value is M, handlers: Record<M['type'], unknown>) {
  return (message: unknown, sender: MessageSender, sendResponse: (reply: Reply<unknown>) => void): true | undefined => {
    if (!isOurs(message)) return undefined;
    const handler = handlers[message.type as M['type']] as (m: M, s: MessageSender) => unknown;
    Promise.resolve()
      .then(() => handler(message, sender))
      .then(
        (value) => sendResponse({ ok: true, value }),
        (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    return true;
  };
}

/** Sends a message to the background and resolves to its handler's value; rejects with the handler's error. */
export async function sendMessage<T extends MessageType>(message: MessageOf<T>): Promise<MessageResponses[T]> {
  return unwrap<MessageResponses[T]>(await browser.runtime.sendMessage(message), message.type);
}

/** Sends a message to the content script of one frame of a tab (the top frame unless told); rejects when none answers. */
export async function sendTabMessage<T extends TabMessageType>(
  tabId: number,
  message: Extract<TabMessage, { type: T }>,
  frameId = 0,
): Promise<TabMessageResponses[T]> {
  return unwrap<TabMessageResponses[T]>(await browser.tabs.sendMessage(tabId, message, { frameId }), message.type);
}

function unwrap<T>(reply: unknown, type: string): T {
  const r = reply as Reply<T> | undefined;
  if (!r || typeof r !== 'object' || !('ok' in r)) throw new Error(`No reply to "${type}"`);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
