// Jump markers (（上接 1版）, （下转第2版）) come out of the line they stand in:
// what stood before and after each becomes a line of its own.

import { remeasure, type Line } from './lines';
import { JUMP_MARKER } from './patterns';

export interface Piece extends Line {
  /** Text that follows a jump marker opens a paragraph. */
  startsParagraph?: boolean;
  /** Text before a jump marker at a line's end closes its paragraph. */
  endsParagraph?: boolean;
  marker?: string;
}

/** Jump markers come out of the line; what stood before and after becomes its own piece. */
export function splitMarkers(lines: Line[]): Piece[] {
  const out: Piece[] = [];
  for (const line of lines) {
    const m = line.text.length < 2000 ? JUMP_MARKER.exec(line.text) : null;
    if (!m) {
      out.push(line);
      continue;
    }
    const before = line.text.slice(0, m.index).trim();
    const after = line.text.slice(m.index + m[0].length).trim();
    if (before) out.push({ ...remeasure(line, before), indented: line.indented, endsParagraph: !after || undefined, blankAfter: false });
    out.push({ ...remeasure(line, m[0]), marker: m[0].replace(/[（）()\s]/g, ''), blankAfter: false });
    if (after) out.push({ ...remeasure(line, after), startsParagraph: true });
    else out[out.length - 1].blankAfter = line.blankAfter;
  }
  return out;
}
