// A repair session: the page as repaired so far, the corrections that made
// it, and the earlier states for Undo.
import type { ParsedPage } from '../parse/types';
import { applyAction } from './actions';
import { toCorrection, type Correction } from './corrections';
import type { RepairAction } from './types';

/** Undo steps kept; older ones are forgotten. */
export const UNDO_DEPTH = 200;

interface RepairState {
  page: ParsedPage;
  corrections: Correction[];
}

export interface RepairHistory extends RepairState {
  past: RepairState[];
}

export const startRepair = (page: ParsedPage, corrections: Correction[] = []): RepairHistory => ({ page, corrections, past: [] });

/** The history after one more action; an action that changes nothing leaves it as it is (nothing to undo). */
export function applyRepair(history: RepairHistory, action: RepairAction): RepairHistory {
  const page = applyAction(history.page, action);
  if (page === history.page) return history;
  const past = [...history.past, { page: history.page, corrections: history.corrections }].slice(-UNDO_DEPTH);
  return { page, corrections: [...history.corrections, toCorrection(history.page, action)], past };
}

export const canUndo = (history: RepairHistory): boolean => history.past.length > 0;

export function undoRepair(history: RepairHistory): RepairHistory {
  const previous = history.past[history.past.length - 1];
  if (!previous) return history;
  return { ...previous, past: history.past.slice(0, -1) };
}
