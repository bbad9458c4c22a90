// Saving through lib/db and reporting what happened, with a fake IndexedDB.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { countClippings, db, saveClipping, StorageError } from '../../lib/db';
import { describeClip, describeSaved } from '../../lib/clip/describe';
import { hasText, saveClip, saveClips } from '../../lib/clip/save';
import { getUiLanguage, t } from '../../lib/i18n';
import { article, resetDatabase } from '../db/helpers';

beforeEach(resetDatabase);

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('saveClip', () => {
  it('adds a new clipping, then reports the same article clipped again as updated', async () => {
    const first = await saveClip(article({ tags: ['评论'] }));
    expect(first).toMatchObject({ ok: true, status: 'added', title: '锻造民族复兴的中流砥柱' });
    const again = await saveClip(article({ tags: undefined }));
    expect(again).toMatchObject({ ok: true, status: 'updated' });
    expect(again.ok && first.ok && again.id === first.id).toBe(true);
    expect(await countClippings()).toBe(1);
    expect((await db.clippings.toArray())[0].tags).toEqual(['评论']);
    expect(describeClip(first)).toBe(t('clipAdded'));
    expect(describeClip(again)).toBe(t('clipUpdated'));
  });

  it('refuses a clipping with no title and no text, without touching the database', async () => {
    const save = vi.fn();
    const outcome = await saveClip(article({ title: ' ', blocks: [{ type: 'paragraph', text: '  ' }] }), save);
    expect(outcome).toMatchObject({ ok: false, reason: 'no-text' });
    expect(save).not.toHaveBeenCalled();
    expect(describeClip(outcome)).toBe(t('clipNoText'));
  });

  it('turns a storage failure into its message in the interface language', async () => {
    const outcome = await saveClip(article(), () => Promise.reject(quota()));
    const expected = new StorageError('quota');
    expect(outcome).toEqual({ ok: false, reason: 'storage', message: getUiLanguage() === 'zh' ? expected.message_zh : expected.message_en });
    expect(describeClip(outcome)).toBe(outcome.ok ? '' : outcome.message);
  });

  it('reports any other failure as an error with its message', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const outcome = await saveClip(article(), () => Promise.reject(new TypeError('bad input')));
    expect(outcome).toEqual({ ok: false, reason: 'error', message: 'bad input' });
    expect(describeClip(outcome)).toBe(t('clipFailed', { message: 'bad input' }));
    spy.mockRestore();
  });
});

describe('saveClips', () => {
  it('saves each and counts the new and the updated', async () => {
    await saveClip(article({ title: '甲' }));
    const outcome = await saveClips([article({ title: '甲' }), article({ title: '乙', url: null }), article({ title: '丙', url: null })]);
    expect(outcome).toEqual({ ok: true, added: 2, updated: 1, titles: ['甲', '乙', '丙'] });
    expect(await countClippings()).toBe(3);
    expect(describeSaved(outcome)).toBe(t('pasteSaved', { added: 2, updated: 1 }));
  });

  it('names only what happened: no count of zero', () => {
    expect(describeSaved({ ok: true, added: 3, updated: 0, titles: [] })).toBe(t('pasteSavedNew', { n: 3 }));
    expect(describeSaved({ ok: true, added: 0, updated: 2, titles: [] })).toBe(t('pasteSavedUpdated', { n: 2 }));
    expect(describeSaved({ ok: true, added: 0, updated: 2, titles: [] })).not.toMatch(/\b0\b| 0 /);
  });

  it('stops at the first failure, keeping what was saved before it', async () => {
    let calls = 0;
    const outcome = await saveClips([article({ title: '甲' }), article({ title: '乙' }), article({ title: '丙' })], async (input) => {
      if (++calls === 2) throw quota();
      return saveClipping(input);
    });
    expect(outcome).toMatchObject({ ok: false, reason: 'storage' });
    expect(calls).toBe(2);
    expect((await db.clippings.toArray()).map((c) => c.title)).toEqual(['甲']);
  });

  it('says there is nothing to save when every input is empty', async () => {
    expect(await saveClips([])).toMatchObject({ ok: false, reason: 'no-text' });
    expect(hasText({ title: null, blocks: [] })).toBe(false);
    expect(hasText({ title: '题', blocks: [] })).toBe(true);
  });
});
