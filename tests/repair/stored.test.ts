// Corrections kept with the clipping: saved, updated, and through a backup.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { getClipping, saveClipping } from '@/lib/db';
import { checkBackupRecord } from '@/lib/export';
import type { Correction } from '@/lib/repair';
import { article, resetDatabase } from '../db/helpers';

beforeEach(resetDatabase);

const corrections: Correction[] = [{ v: 1, action: { op: 'moveHead', article: 1, to: 'up' }, anchor: '一百零四年来' }];

describe('corrections on a clipping', () => {
  it('are stored when there are some, and absent when there are none', async () => {
    const { clipping } = await saveClipping(article({ corrections }));
    expect((await getClipping(clipping.id))?.corrections).toEqual(corrections);
    const plain = await saveClipping(article({ url: 'https://example.com/other', title: '另一篇', blocks: [{ type: 'paragraph', text: '别的。' }] }));
    expect(plain.clipping).not.toHaveProperty('corrections');
  });

  it('drop malformed entries instead of failing the save', async () => {
    const bad = [{ v: 1, action: { op: 'nope' } }, ...corrections] as unknown as Correction[];
    const { clipping } = await saveClipping(article({ corrections: bad }));
    expect(clipping.corrections).toEqual(corrections);
  });

  it('are replaced by a later save of the same article that brings its own', async () => {
    await saveClipping(article({ corrections }));
    const next: Correction[] = [{ v: 1, action: { op: 'shiftHeads', to: 'up' } }];
    const { clipping, status } = await saveClipping(article({ corrections: next }));
    expect(status).toBe('updated');
    expect(clipping.corrections).toEqual(next);
  });

  it('come back from a backup record, and a broken list does not reject it', () => {
    const base = { title: '标题', blocks: [{ type: 'paragraph', text: '正文' }], createdAt: 5 };
    const kept = checkBackupRecord({ ...base, corrections });
    expect(kept.ok && kept.record.corrections).toEqual(corrections);
    const broken = checkBackupRecord({ ...base, corrections: 'garbage' });
    expect(broken.ok).toBe(true);
    expect(broken.ok && broken.record).not.toHaveProperty('corrections');
  });
});
