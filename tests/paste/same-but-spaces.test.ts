// sameButSpaces (lib/paste/watch.ts): the watcher's check that the text a
// paste put in a field is the clipboard's, but for white space, read in slices
// with a break to the event loop between them so a paste of megabytes makes no
// long task. It must decide as the whole-text compare it replaced did
// (squash both, compare), whatever the slice.
import { describe, expect, it } from 'vitest';
import { COMPARE_SLICE, sameButSpaces } from '../../lib/paste/watch';
import { COLUMN_TEXT } from './dom';

/** The compare it replaced: both texts without white space, one string compare. */
const squashedEqual = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/** A copy with one character changed at `at`. */
const changed = (text: string, at: number) => text.slice(0, at) + (text[at] === '甲' ? '乙' : '甲') + text.slice(at + 1);

describe('sameButSpaces', () => {
  const clipboard = COLUMN_TEXT.replace(/\n/g, '\r\n');
  // How fields show the same paste: a textarea (\n only), an editor's textContent (no line breaks at all,
  // &nbsp; for spaces), a field with trailing blank lines.
  const shown = [COLUMN_TEXT, COLUMN_TEXT.replace(/\n/g, ''), COLUMN_TEXT.replace(/ /g, '\u00a0').replace(/\n/g, ''), `\n${COLUMN_TEXT}\n\n`];
  const different = [
    changed(COLUMN_TEXT, 0),
    changed(COLUMN_TEXT, Math.floor(COLUMN_TEXT.length / 2)),
    changed(COLUMN_TEXT, COLUMN_TEXT.length - 1),
    COLUMN_TEXT.slice(0, -3),
    `${COLUMN_TEXT}续`,
    `前${COLUMN_TEXT}`,
    '',
  ];

  it('decides as the whole-text compare did, for any slice size', async () => {
    for (const slice of [7, 64, COMPARE_SLICE]) {
      for (const field of [...shown, ...different]) {
        expect(await sameButSpaces(field, clipboard, slice), `slice ${slice}`).toBe(squashedEqual(field, clipboard));
      }
    }
    // The cases above hold both answers.
    expect(shown.every((field) => squashedEqual(field, clipboard))).toBe(true);
    expect(different.some((field) => squashedEqual(field, clipboard))).toBe(false);
  });

  it('takes white space at a slice boundary, and runs of it, as the whole-text compare did', async () => {
    expect(await sameButSpaces('甲 \n\n  乙', '甲乙', 1)).toBe(true);
    expect(await sameButSpaces(' \u3000 ', '', 1)).toBe(true);
    expect(await sameButSpaces('甲乙 ', '甲乙丙', 1)).toBe(false);
  });

  it('gives the event loop a turn between slices of a long text, and finds a difference at its far end', async () => {
    const long = COLUMN_TEXT.repeat(Math.ceil((3 * COMPARE_SLICE) / COLUMN_TEXT.length));
    let turns = 0;
    let comparing = true;
    const count = () => {
      if (!comparing) return;
      turns++;
      setTimeout(count, 0);
    };
    setTimeout(count, 0);
    const same = await sameButSpaces(long.replace(/\n/g, ''), long);
    const last = await sameButSpaces(changed(long, long.length - 1), long);
    comparing = false;
    expect(same).toBe(true);
    expect(last).toBe(false);
    // Other tasks ran while it compared: at least one turn per slice boundary of the two compares.
    expect(turns).toBeGreaterThanOrEqual(4);
  });
});
