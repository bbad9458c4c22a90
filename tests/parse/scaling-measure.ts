// How the scaling test and `npm run bench:parse-scaling` time one parse.
//
// The CPU time of the process (process.cpuUsage) counts the collector's
// helper threads, and they go on with a parse's garbage after it returns: a
// 1× parse timed right after a 16× one was charged its sweeping (measured,
// sentence-lines at 1×: 14–41 ms CPU against 13–28 wall, and 12–13 both once
// the process had been idle first). So each parse is timed from an idle
// process: `settle` waits until the helper threads stop using CPU.

import { parsePage } from '../../lib/parse';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Waits until the process uses (almost) no CPU while idle: the collector's
 *  background work is done. At most about `maxMs`. */
export async function settle(maxMs = 1000): Promise<void> {
  const until = Date.now() + maxMs;
  for (;;) {
    const before = cpuMs();
    await sleep(30);
    if (cpuMs() - before < 1 || Date.now() > until) return;
  }
}

export interface ParseTime {
  /** CPU ms of the process while the parse ran (from an idle process). */
  cpu: number;
  /** The same plus what its threads still spent until idle again (deferred collection). */
  cpuSettled: number;
  /** Wall ms of the parse. */
  wall: number;
  /** performance.now() at its start. */
  start: number;
}

/** Times one parse of `text` from an idle process, and settles after it. */
export async function timeParse(text: string): Promise<ParseTime> {
  await settle();
  const c0 = cpuMs();
  const start = performance.now();
  parsePage(text);
  const wall = performance.now() - start;
  const cpu = cpuMs() - c0;
  await settle();
  // (settle's own sleeps cost no CPU; what it measures here is the threads' work)
  return { cpu, cpuSettled: cpuMs() - c0, wall, start };
}
