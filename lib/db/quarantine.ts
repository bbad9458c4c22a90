// Records set aside by the upgrade (upgrade-v5.ts): counted for the side
// panel's line, read whole for its JSON download.
import { db } from './db';
import { withStorage } from './run';
import type { QuarantineRow } from './types';

export function countQuarantined(): Promise<number> {
  return withStorage(() => db.quarantine.count());
}

export function listQuarantined(): Promise<QuarantineRow[]> {
  return withStorage(() => db.quarantine.toArray());
}
