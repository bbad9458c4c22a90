// The messages the extension's parts send each other: one union type, one
// handler per message type (a map, so a missing handler fails to compile and
// there is no chain of `if (action === …)`), and one typed send function.
//
// Replies travel as { ok: true, value } | { ok: false, error }, so a handler
// that throws rejects the sender's promise with its message instead of
// resolving to undefined. Listeners answer with sendResponse + `return true`,
// which Chrome and Firefox both support (a returned promise is not portable).
import { browser, type Browser } from 'wxt/browser';
import type { ClipOutcome } from './clip/types';

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

export type Message = PageCheckedMessage | ClipTabMessage;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** What each message's handler resolves to. */
export interface MessageResponses {
  'page-checked': void;
  'clip-tab': ClipOutcome;
}

export type MessageSender = Browser.runtime.MessageSender;

export type MessageHandlers = {
  [T in MessageType]: (message: MessageOf<T>, sender: MessageSender) => MessageResponses[T] | Promise<MessageResponses[T]>;
};

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

// Every type once; Record<MessageType, …> makes a type missing here a compile error.
const MESSAGE_TYPES: Record<MessageType, true> = { 'page-checked': true, 'clip-tab': true };

/** True for a message of the union (anything else on the channel, e.g. another extension part's, is not ours). */
export function isMessage(value: unknown): value is Message {
  const type = (value as { type?: unknown } | null)?.type;
  return typeof type === 'string' && Object.hasOwn(MESSAGE_TYPES, type);
}

/** The runtime.onMessage listener that dispatches to `handlers`; other messages are left for other listeners. */
export function createMessageListener(handlers: MessageHandlers) {
  return (message: unknown, sender: MessageSender, sendResponse: (reply: Reply<unknown>) => void): true | undefined => {
    if (!isMessage(message)) return undefined;
    const handler = handlers[message.type] as (m: Message, s: MessageSender) => unknown;
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
  const reply = (await browser.runtime.sendMessage(message)) as Reply<MessageResponses[T]> | undefined;
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) throw new Error(`No reply to "${message.type}"`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
