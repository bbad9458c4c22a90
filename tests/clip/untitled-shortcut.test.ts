// The keyboard shortcut saves without a preview, so it cannot ask: a page
// that gave no title is not saved, and the person is told to use the popup.
import { describe, expect, it, vi } from 'vitest';
import { clipTab, type ClipServices } from '../../lib/background/clip';
import { describeClip } from '../../lib/clip/describe';
import type { ClipArticle } from '../../lib/extract/types';
import { t } from '../../lib/i18n';

const article: ClipArticle = {
  column: null, kicker: null, title: null, subtitle: null, byline: null, continuation: null,
  blocks: [{ type: 'paragraph', text: '正文。' }], captions: [],
  url: 'https://news.example.cn/a/1.html', source: null, date: null, page: null,
};

describe('clipTab without a title', () => {
  it('saves nothing and says why', async () => {
    const save = vi.fn();
    const services: ClipServices = { extract: async () => ({ ok: true, article, via: 'density' }), readSelection: async () => null, save };
    const outcome = await clipTab(1, services);
    expect(outcome).toMatchObject({ ok: false, reason: 'no-title' });
    expect(save).not.toHaveBeenCalled();
    expect(describeClip(outcome)).toBe(t('clipNoTitle'));
  });

  it('saves a titled article as before', async () => {
    const save = vi.fn(async (input) => ({ status: 'added' as const, clipping: { ...input, id: 3 } }));
    const services: ClipServices = { extract: async () => ({ ok: true, article: { ...article, title: '标题' }, via: 'density' }), readSelection: async () => null, save };
    expect(await clipTab(1, services)).toMatchObject({ ok: true, status: 'added' });
  });
});
