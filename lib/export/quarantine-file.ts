// The records an upgrade set aside (lib/db quarantine), as one JSON file the
// person can keep, read or mend by hand: each with its old key, the reason and
// the record exactly as it was stored.
import type { QuarantineRow } from '../db/types';

export const QUARANTINE_FORMAT_NAME = 'jianbao-quarantine';

/** JSON of the rows; values JSON cannot hold (BigInt) are written as text rather than failing the file. */
export function makeQuarantineExport(rows: readonly QuarantineRow[], exportedAt: Date = new Date()): string {
  const file = {
    formatName: QUARANTINE_FORMAT_NAME,
    formatVersion: 1,
    exportedAt: exportedAt.toISOString(),
    count: rows.length,
    records: rows.map((r) => ({ key: r.key, reason: r.reason, setAsideAt: new Date(r.at).toISOString(), record: r.record })),
  };
  return JSON.stringify(file, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value), 2);
}
