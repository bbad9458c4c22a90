// Running the extractor in a tab: what comes back through scripting.executeScript.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXTRACT_SCRIPT, extractFromTab, isExtractResult, readSelectionFromTab } from '../../lib/clip/extract-tab';
import { installFakeApis } from '../background/fake-apis';

let apis: ReturnType<typeof installFakeApis>;
const ok = { ok: true, via: 'rmrb-new', article: { title: '题', blocks: [{ type: 'paragraph', text: '文' }] } };

beforeEach(() => {
  fakeBrowser.reset();
  apis = installFakeApis();
});

describe('extractFromTab', () => {
  it('injects the extractor file into the tab and returns its result', async () => {
    apis.scripting.executeScript.mockResolvedValue([{ frameId: 0, result: ok }]);
    expect(await extractFromTab(8)).toBe(ok);
    expect(apis.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 8 }, files: [EXTRACT_SCRIPT] });
  });

  it('passes a failure of the extractor on as it is', async () => {
    const failure = { ok: false, reason: 'not-article', message: 'No article found on this page.' };
    apis.scripting.executeScript.mockResolvedValue([{ frameId: 0, result: failure }]);
    expect(await extractFromTab(8)).toEqual(failure);
  });

  it('says no-access when the browser will not run it in the tab', async () => {
    apis.scripting.executeScript.mockRejectedValue(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'));
    expect(await extractFromTab(8)).toEqual({ ok: false, reason: 'no-access', message: expect.stringContaining('Cannot access contents') });
  });

  it('says error when the script gave back nothing usable', async () => {
    for (const results of [[], [{ frameId: 0, result: undefined }], [{ frameId: 0, result: { ok: true } }], undefined]) {
      apis.scripting.executeScript.mockResolvedValue(results);
      expect(await extractFromTab(8)).toMatchObject({ ok: false, reason: 'error' });
    }
  });
});

describe('isExtractResult', () => {
  it('accepts both shapes extractArticle returns and nothing else', () => {
    expect(isExtractResult(ok)).toBe(true);
    expect(isExtractResult({ ok: false, reason: 'empty', message: '' })).toBe(true);
    for (const v of [null, 'x', { ok: true, article: {} }, { ok: false }, { ok: 'yes' }]) expect(isExtractResult(v)).toBe(false);
  });
});

describe('readSelectionFromTab', () => {
  it('reads the selection of the given frame', async () => {
    apis.scripting.executeScript.mockResolvedValue([{ frameId: 3, result: '第一行\n第二行' }]);
    expect(await readSelectionFromTab(8, 3)).toBe('第一行\n第二行');
    expect(apis.scripting.executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 8, frameIds: [3] } }));
  });

  it('gives null when the frame cannot be scripted', async () => {
    apis.scripting.executeScript.mockRejectedValue(new Error('Cannot access a chrome-extension:// URL of different extension'));
    expect(await readSelectionFromTab(8)).toBeNull();
  });

  it('the injected function returns the window’s selection as text', async () => {
    apis.scripting.executeScript.mockResolvedValue([]);
    await readSelectionFromTab(8);
    const { func } = apis.scripting.executeScript.mock.calls[0][0] as { func: () => string };
    const getSelection = globalThis.getSelection;
    globalThis.getSelection = (() => ({ toString: () => '选中的字' })) as unknown as typeof globalThis.getSelection;
    try {
      expect(func()).toBe('选中的字');
    } finally {
      globalThis.getSelection = getSelection;
    }
  });
});
