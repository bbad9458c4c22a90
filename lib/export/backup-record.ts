// Checks one record of a backup file and turns it into an ImportedClipping,
// through the database's own check (lib/db/validate.ts): every field coerced
// to its type, each repair named, or the record rejected with the reason.
// Fields another feature added are kept; contentHash is recomputed on import.
import type { ImportedClipping } from '../db/types';
import { validateClipping } from '../db/validate';
import { readCorrections } from '../repair/corrections';

export type RecordCheck = { ok: true; record: ImportedClipping; repairs: string[] } | { ok: false; reason: string };

export function checkBackupRecord(value: unknown, now?: number): RecordCheck {
  const checked = validateClipping(value, { now, id: 'optional' });
  if (!checked.ok) return checked;
  const record: ImportedClipping = checked.record;
  // Repairs made before saving are optional; malformed ones are dropped, never a reason to reject.
  const corrections = readCorrections(record.corrections);
  if (corrections.length) record.corrections = corrections;
  else delete record.corrections;
  return { ok: true, record, repairs: checked.repairs };
}
