// @vitest-environment happy-dom
// lib/paste/field.ts: which elements are text fields, their text and
// selection as offsets, and replacing a range (the direct-edit fallback here:
// happy-dom has no execCommand).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { editableAt, fitText, focusedEditable } from '../../lib/paste/field';

const $ = (id: string) => document.getElementById(id)!;

beforeEach(() => {
  document.body.innerHTML = `
    <textarea id="t">第一行\n第二行</textarea>
    <input id="i" value="一行字">
    <input id="n" type="number">
    <textarea id="d" disabled></textarea>
    <div id="e" contenteditable="true"><p id="p1">甲乙<b id="b">丙丁</b></p><p id="p2">戊己</p></div>
    <div id="off" contenteditable="true"><span contenteditable="false" id="chip">不可改</span></div>`;
});

describe('editableAt', () => {
  it('takes textareas, text and search inputs, and the editing host of an editor', () => {
    expect(editableAt($('t'))?.element).toBe($('t'));
    expect(editableAt($('i'))?.singleLine).toBe(true);
    expect(editableAt($('t'))?.singleLine).toBe(false);
    // Deep inside an editor (a text node, an inline element), the field is the whole editor.
    expect(editableAt($('b'))?.element).toBe($('e'));
    expect(editableAt($('b').firstChild)?.element).toBe($('e'));
  });

  it('leaves other inputs, disabled fields and non-editable islands alone', () => {
    for (const target of [$('n'), $('d'), $('chip'), document.body, null]) expect(editableAt(target)).toBeNull();
  });
});

describe('focusedEditable', () => {
  it('is the focused field, or the editor holding the caret; else null', () => {
    $('t').focus();
    expect(focusedEditable(document)?.element).toBe($('t'));
    $('e').focus();
    document.getSelection()!.collapse($('b').firstChild!, 1);
    expect(focusedEditable(document)?.element).toBe($('e'));
    ($('t') as HTMLTextAreaElement).blur();
    ($('e') as HTMLElement).blur();
    expect(focusedEditable(document)).toBeNull();
  });
});

describe('a textarea', () => {
  it('replaces a range, puts the caret after it, and tells the page with an input event', () => {
    const field = editableAt($('t'))!;
    const input = vi.fn();
    $('t').addEventListener('input', input);
    field.replace(0, 3, '首行');
    expect(field.text()).toBe('首行\n第二行');
    expect(field.selection()).toEqual([2, 2]);
    expect(input).toHaveBeenCalledOnce();
    field.placeCaret(1);
    expect(field.selection()).toEqual([1, 1]);
  });
});

describe('an editor', () => {
  it('reads its text nodes in order, and the selection as offsets into them', () => {
    const field = editableAt($('e'))!;
    expect(field.text()).toBe('甲乙丙丁戊己');
    const range = document.createRange();
    range.setStart($('b').firstChild!, 1);
    range.setEnd($('p2'), 1);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(field.selection()).toEqual([3, 6]);
  });

  it('replaces text across elements, lines as <br>, caret after it', () => {
    const field = editableAt($('e'))!;
    field.replace(1, 5, '一\n二');
    expect(field.text()).toBe('甲一二己');
    expect($('e').querySelectorAll('br')).toHaveLength(1);
    field.replace(field.selection()[0], field.selection()[1], '三');
    expect(field.text()).toBe('甲一二三己');
  });

  it('puts the caret at an offset, at the end of a text node rather than the start of the next', () => {
    const field = editableAt($('e'))!;
    field.placeCaret(4);
    const selection = document.getSelection()!;
    expect(selection.anchorNode).toBe($('b').firstChild);
    expect(selection.anchorOffset).toBe(2);
    expect(field.selection()).toEqual([4, 4]);
  });
});

describe('fitText', () => {
  const text = '标题\n\n第一段。\n\n第二段。';
  it('keeps blank lines in a textarea, runs paragraphs on in an input, one break each in an editor', () => {
    expect(fitText(editableAt($('t'))!, text)).toBe(text);
    expect(fitText(editableAt($('i'))!, text)).toBe('标题 第一段。 第二段。');
    expect(fitText(editableAt($('e'))!, text)).toBe('标题\n第一段。\n第二段。');
  });
});
