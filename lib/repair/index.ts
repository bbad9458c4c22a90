// Repairing what the parser got wrong, before saving (components/repair-*)
// or in the reader: pure actions on a ParsedPage, undo, and corrections kept
// with the clipping.
export * from './types';
export { articleLines, lineText, headOf, isEmptyHead } from './lines';
export { applyAction, editHead, merge, moveHead, setRole, shiftHeads, split, withoutGlued } from './actions';
export { readCorrections, replayCorrections, resolveCorrection, toCorrection, CORRECTIONS_VERSION, type Correction, type Replayed } from './corrections';
export { applyRepair, canUndo, startRepair, undoRepair, UNDO_DEPTH, type RepairHistory } from './history';
export { sentences, summarizeText, type ArticleSummary } from './summary';
