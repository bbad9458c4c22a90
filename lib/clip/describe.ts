// Outcomes → the sentence the status line (or the toolbar button's tooltip)
// shows, in the interface language.
import { t } from '../i18n';
import type { ClipFailureReason, ClipOutcome, SelectionOutcome } from './types';

/** Why nothing was saved, as the person should read it. */
export function describeFailure(reason: ClipFailureReason, message: string): string {
  switch (reason) {
    case 'not-article':
      return t('clipNotArticle');
    case 'empty':
      return t('clipEmpty');
    case 'no-access':
      return t('clipNoAccess');
    case 'no-text':
      return t('clipNoText');
    case 'no-title':
      return t('clipNoTitle');
    case 'storage':
      // Already in the interface language (StorageError carries both).
      return message;
    case 'error':
      return t('clipFailed', { message });
  }
}

/** The status line after clipping a page. */
export function describeClip(outcome: ClipOutcome): string {
  if (!outcome.ok) return describeFailure(outcome.reason, outcome.message);
  return outcome.status === 'added' ? t('clipAdded') : t('clipUpdated');
}

/** The status line after saving several articles (paste, selection). */
export function describeSaved(outcome: SelectionOutcome): string {
  if (!outcome.ok) return describeFailure(outcome.reason, outcome.message);
  // Name only what happened: no "updated 0".
  if (outcome.updated === 0) return t('pasteSavedNew', { n: outcome.added });
  if (outcome.added === 0) return t('pasteSavedUpdated', { n: outcome.updated });
  return t('pasteSaved', { added: outcome.added, updated: outcome.updated });
}
