// What a line's width says about it, where digits and Latin letters make the
// measure uncertain: they count half a character, but a justified line spreads
// the room they leave, so such a line may measure short and still be full (or
// an indented first line).

import { describe, expect, it } from 'vitest';
import { hasIndentWidth, isNearlyFull, isShort } from '../../lib/parse/line-shape';
import type { Line } from '../../lib/parse/lines';

/** A line of a monospaced column of 13, measured in columns (digits half). */
function columnLine(text: string, cols: number, fullCols = 13): Line {
  return { no: 1, text, widthHalves: cols * 2, colsHalves: cols * 2, flags: 0, col: { fullWidth: fullCols, fullCols, exact: true, maxChars: 0 } };
}

describe('line shape with digits', () => {
  it('a full line holding four digits is full though it measures a column short', () => {
    const digits = columnLine('居环境较好的仅4000个。有', 12);
    expect(isNearlyFull(digits)).toBe(true);
    expect(isShort(digits)).toBe(false);
  });

  it('a line of characters only, a column short, is short', () => {
    const han = columnLine('居环境较好的仅有四千个。', 12);
    expect(isNearlyFull(han)).toBe(false);
    expect(isShort(han)).toBe(true);
  });

  it('an indented first line holding digits may measure up to 1.5 columns narrower', () => {
    // (a column of 14: an indented line measures about 12)
    expect(hasIndentWidth(columnLine('全省3.4万个村庄中，人口', 11, 14))).toBe(true);
    expect(hasIndentWidth(columnLine('全省有几万个村庄中，人', 11, 14))).toBe(false);
  });
});
