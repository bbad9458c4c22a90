// A turn for the page's other work, from a merge or a build running in the
// same page: resolves once the tasks waiting now have run. With the
// Prioritized Task Scheduling API (Chromium) as a background task, after
// every task of normal priority (a save's or a search's IndexedDB events);
// else a message to itself, a task that, unlike a timer, browsers neither
// hold back to 4 ms once they nest nor to once a second in a hidden page.
interface BackgroundScheduler {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<void>;
}

export function backgroundTurn(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<BackgroundScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => undefined, { priority: 'background' });
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
