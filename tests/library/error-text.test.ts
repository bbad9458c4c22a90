import { describe, expect, it } from 'vitest';
import { StorageError } from '../../lib/db';
import { BackupError } from '../../lib/export';
import { translate } from '../../lib/i18n';
import { errorText } from '../../lib/library/error-text';

describe('errorText', () => {
  it('shows a StorageError in the interface language', () => {
    const error = new StorageError('quota');
    expect(errorText(error, 'zh')).toBe(error.message_zh);
    expect(errorText(error, 'en')).toBe(error.message_en);
  });

  it('recognises a raw IndexedDB failure as a storage error', () => {
    const raw = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    expect(errorText(raw, 'zh')).toBe(new StorageError('quota').message_zh);
  });

  it('shows a BackupError without its English detail', () => {
    const error = new BackupError('not-json', 'Unexpected token');
    expect(errorText(error, 'zh')).toBe(error.message_zh);
    expect(errorText(error, 'en')).toBe(error.message_en);
    expect(errorText(error, 'en')).not.toContain('Unexpected token');
  });

  it('falls back to a generic message carrying the error’s own', () => {
    expect(errorText(new TypeError('boom'), 'en')).toBe(translate('en', 'errorGeneric', { message: 'boom' }));
    expect(errorText('odd', 'zh')).toBe(translate('zh', 'errorGeneric', { message: 'odd' }));
  });
});
