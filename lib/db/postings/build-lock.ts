// Who is building the search index: a Web Lock held for as long as a page
// builds it. The state row's lease (busyUntil) tells other pages to wait,
// but a page closed halfway through a build (the side panel shut, the tab
// gone) leaves that lease standing for a minute, and every search in every
// other page said "Searching…" until it ran out. A Web Lock is released by
// the browser when its page goes, so a lease with no lock behind it is stale.

const BUILD_LOCK = 'jianbao-search-index-build';

/** The Web Locks API where there is one (extension pages, the service worker; not Node). */
function locks(): LockManager | null {
  return (globalThis.navigator as Navigator | undefined)?.locks ?? null;
}

/** Is a live page building the index? True where it cannot be told (no Web Locks): wait as before. */
export async function buildInProgress(): Promise<boolean> {
  const manager = locks();
  if (!manager) return true;
  const { held = [] } = await manager.query();
  return held.some((lock) => lock.name === BUILD_LOCK);
}

/**
 * Runs `build` holding the build lock. Resolves to false, without running it,
 * when another page holds the lock (it is building: wait for it).
 */
export async function buildUnderLock(build: () => Promise<unknown>): Promise<boolean> {
  const manager = locks();
  if (!manager) {
    await build();
    return true;
  }
  return manager.request(BUILD_LOCK, { ifAvailable: true }, async (lock) => {
    if (!lock) return false;
    await build();
    return true;
  });
}
