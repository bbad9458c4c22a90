// One line when an upgrade set old records aside (lib/db/upgrade-v5.ts): how
// many, and a button that downloads them as JSON, so nothing is lost.
import { useLiveQuery } from 'dexie-react-hooks';
import { countQuarantined } from '@/lib/db';
import { t } from '@/lib/i18n';

export function QuarantineNotice({ onExport }: { onExport(): void }) {
  // A failed count shows nothing: the line is a notice, not the library.
  const count = useLiveQuery(() => countQuarantined().catch(() => 0), []);
  if (!count) return null;
  return (
    <p className="library__quarantine" data-testid="quarantine-notice" role="status">
      <span data-testid="quarantine-count">{t('quarantineNotice', { n: count })}</span>{' '}
      <button type="button" className="button button--quiet" data-testid="quarantine-export" onClick={onExport}>
        {t('quarantineExport')}
      </button>
    </p>
  );
}
