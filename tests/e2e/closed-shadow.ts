// The paste prompt lives in a CLOSED shadow root (lib/paste/prompt.ts), which
// neither page scripts nor Playwright's selectors can enter. The tests reach
// it as the browser's DevTools do: DOM.getDocument with pierce: true sees
// closed roots; a button is clicked with a real mouse click at its place on
// screen (Input events, trusted, as a person's), and text is read by
// resolving the node. Locator-like objects keep the tests reading as before.
import type { CDPSession, Page } from 'playwright-core';
import { PROMPT_ARM_MS } from '../../lib/paste/prompt';

interface CdpNode {
  nodeName: string;
  backendNodeId: number;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

export interface ClosedLocator {
  count(): Promise<number>;
  isVisible(): Promise<boolean>;
  innerText(): Promise<string>;
  /** Waits until it is there and shown. */
  waitFor(timeout?: number): Promise<void>;
  /** A real mouse click at its centre. */
  click(): Promise<void>;
  /** Runs `fn` on the element in the page (e.g. to read its computed style). */
  evaluate<T>(fn: string): Promise<T>;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function session(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

/** The element with this data-testid inside the prompt's host, if any (closed roots pierced). */
async function findInPrompt(page: Page, testId: string): Promise<number | null> {
  const cdp = await session(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const attr = (node: CdpNode, name: string) => {
    const a = node.attributes ?? [];
    for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
    return undefined;
  };
  const walk = (node: CdpNode, inPrompt: boolean): number | null => {
    const inside = inPrompt || node.nodeName.toLowerCase() === 'jianbao-paste-prompt';
    if (inside && attr(node, 'data-testid') === testId) return node.backendNodeId;
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
      const found = walk(child, inside);
      if (found !== null) return found;
    }
    return null;
  };
  return walk(root, false);
}

async function quadCentre(page: Page, backendNodeId: number): Promise<{ x: number; y: number } | null> {
  const cdp = await session(page);
  try {
    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId });
    const { quads } = (await cdp.send('DOM.getContentQuads', { backendNodeId })) as { quads: number[][] };
    const q = quads.find((quad) => Math.abs((quad[4] - quad[0]) * (quad[5] - quad[1])) > 1);
    if (!q) return null;
    return { x: (q[0] + q[2] + q[4] + q[6]) / 4, y: (q[1] + q[3] + q[5] + q[7]) / 4 };
  } catch {
    return null; // not rendered (display: none) or gone
  }
}

async function callOn<T>(page: Page, backendNodeId: number, fn: string): Promise<T> {
  const cdp = await session(page);
  const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId })) as { object: { objectId: string } };
  const { result } = (await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: fn, returnByValue: true })) as {
    result: { value: T };
  };
  return result.value;
}

/** A locator for the element with `testId` in the paste prompt (paste-prompt, paste-clean, paste-save, …). */
export function inPrompt(page: Page, testId: string): ClosedLocator {
  const need = async () => {
    const id = await findInPrompt(page, testId);
    if (id === null) throw new Error(`No ${testId} in the paste prompt`);
    return id;
  };
  const self: ClosedLocator = {
    count: async () => ((await findInPrompt(page, testId)) === null ? 0 : 1),
    async isVisible() {
      const id = await findInPrompt(page, testId);
      return id !== null && (await quadCentre(page, id)) !== null;
    },
    innerText: async () => callOn<string>(page, await need(), 'function () { return this.innerText; }'),
    async waitFor(timeout = 10_000) {
      const end = Date.now() + timeout;
      while (!(await self.isVisible())) {
        if (Date.now() > end) throw new Error(`${testId} did not show in the paste prompt within ${timeout} ms`);
        await page.waitForTimeout(50);
      }
    },
    async click() {
      await self.waitFor();
      // New buttons ignore mouse clicks for PROMPT_ARM_MS after they appear (lib/paste/prompt.ts), and busy ones
      // (aria-disabled) any click: a person takes longer than that to read them.
      const end = Date.now() + 10_000;
      while ((await callOn<string | null>(page, await need(), "function () { return this.getAttribute('aria-disabled'); }")) === 'true') {
        if (Date.now() > end) throw new Error(`${testId} stayed disabled`);
        await page.waitForTimeout(50);
      }
      await page.waitForTimeout(PROMPT_ARM_MS + 100);
      const at = await quadCentre(page, await need());
      if (!at) throw new Error(`${testId} is not on screen`);
      await page.mouse.click(at.x, at.y);
    },
    evaluate: async <T>(fn: string) => callOn<T>(page, await need(), fn),
  };
  return self;
}
