// Which clippings changed, for pages that show them (the search panel keeps
// its results true). Every write reports its ids once its transaction
// commits (postings/upkeep.ts); the report reaches this page's listeners directly and
// every other extension page and the service worker through a
// BroadcastChannel, so a side panel left open sees a clip saved elsewhere.
const CHANNEL = 'jianbao-search-changes';

type Listener = (ids: readonly number[]) => void;
const listeners = new Set<Listener>();
let channel: BroadcastChannel | null | undefined;

function open(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  if (channel) {
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (Array.isArray(event.data)) for (const fn of listeners) fn(event.data as number[]);
    };
    // Node (tests) would otherwise stay alive for the open channel.
    (channel as { unref?: () => void }).unref?.();
  }
  return channel;
}

/** Calls `fn` with the ids of every committed write, here or in another page; returns the way to stop. */
export function onClippingsChanged(fn: Listener): () => void {
  listeners.add(fn);
  open();
  return () => listeners.delete(fn);
}

/** Reports a committed write of these clippings. */
export function announceChanged(ids: readonly number[]): void {
  if (ids.length === 0) return;
  for (const fn of listeners) fn(ids);
  open()?.postMessage([...ids]);
}
