// A turn for the page's other work, from a merge or a build running in the
// same page: resolves once the tasks waiting now have run. With the
// Prioritized Task Scheduling API (Chromium) as a background task, after
// every task of normal priority (a save's or a search's IndexedDB events);
// else a timer task (which browsers hold back to 4 ms once timers nest).
interface BackgroundScheduler {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<void>;
}

export function backgroundTurn(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<BackgroundScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => undefined, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}
