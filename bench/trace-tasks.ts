// Which main-thread tasks of a page ran the extension's content script, from
// a Chromium trace (CDP Tracing, devtools.timeline): what DevTools'
// Performance panel shows, reduced to two figures. Bench only.
import type { CDPSession } from 'playwright-core';

/** One event of a Chromium trace (the fields the benches read). */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> & { url?: string; type?: string } };
}

export interface ExtensionTasks {
  /** The longest single call into an extension script (a listener, a timer callback), ms. */
  longestCall: number;
  /**
   * The longest task whose script calls were all the extension's (its timer
   * callbacks with the promise continuations and any layout they forced), ms.
   */
  longestTask: number;
  /** Such tasks over 50 ms. */
  longTasks: number;
  /**
   * Of the longest such task, the style and layout it forced (reading the
   * field's box to place the prompt): work the page's next frame would have
   * done anyway, done earlier; the rest is the script's own.
   */
  forcedLayout: number;
}

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReturnAsStream' });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream!)));
  await cdp.send('Tracing.end');
  const handle = await done;
  let text = '';
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle })) as { data: string; eof: boolean; base64Encoded?: boolean };
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/** The extension's calls and tasks on the renderer main threads of the trace. */
export function extensionTasks(events: readonly TraceEvent[], extensionOrigin = 'chrome-extension://'): ExtensionTasks {
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  const tasks = onMain.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const isExt = (e: TraceEvent) => String(e.args?.data?.url ?? '').startsWith(extensionOrigin);
  const scriptCalls = onMain.filter((e) => e.name === 'FunctionCall');
  let longestCall = 0;
  for (const c of scriptCalls) if (isExt(c)) longestCall = Math.max(longestCall, (c.dur ?? 0) / 1000);
  const layouts = onMain.filter((e) => e.name === 'Layout' || e.name === 'UpdateLayoutTree');
  let longestTask = 0;
  let longTasks = 0;
  let forcedLayout = 0;
  for (const t of tasks) {
    const end = t.ts + (t.dur ?? 0);
    const within = (e: TraceEvent) => e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts < end;
    const inside = scriptCalls.filter(within);
    if (inside.length === 0 || !inside.every(isExt)) continue;
    const ms = (t.dur ?? 0) / 1000;
    if (ms > longestTask) {
      longestTask = ms;
      forcedLayout = layouts.filter(within).reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
    }
    if (ms > 50) longTasks++;
  }
  return { longestCall, longestTask, longTasks, forcedLayout };
}
