import { describe, expect, it } from 'vitest';
import { FRAGMENT_QUOTE_CHARS, linkToPassage, stripFragmentDirective } from '../../lib/clip/text-fragment';

const PAGE = 'http://paper.people.com.cn/rmrb/pc/content/202507/01/content_1.html';

describe('linkToPassage', () => {
  it('quotes the first and last characters of the passage as a text directive', () => {
    const url = linkToPassage(PAGE, '中午11点，社区长者食堂里已经坐满了人。', '让更多老人在家门口吃上热乎饭。');
    expect(url).toBe(`${PAGE}#:~:text=${encodeURIComponent('中午11点，社区长者食堂')},${encodeURIComponent('让更多老人在家门口吃上热乎饭。'.slice(-FRAGMENT_QUOTE_CHARS))}`);
    expect(new URL(url).hash.startsWith('#:~:text=')).toBe(true);
  });

  it('encodes the characters that are syntax in a directive (- , &)', () => {
    const url = linkToPassage(PAGE, 'A-B, C&D', 'A-B, C&D');
    expect(url.endsWith(':~:text=A%2DB%2CC%26D')).toBe(true);
  });

  it('drops whitespace from the quoted ends and counts characters, not UTF-16 units', () => {
    const url = linkToPassage(PAGE, '𠀀 一 二', '');
    expect(decodeURIComponent(url.split('text=')[1])).toBe('𠀀一二');
  });

  it('keeps an ordinary #fragment and replaces an earlier text directive', () => {
    expect(linkToPassage(`${PAGE}#p3`, '第一段', '末段')).toBe(`${PAGE}#p3:~:text=${encodeURIComponent('第一段')},${encodeURIComponent('末段')}`);
    expect(linkToPassage(`${PAGE}#:~:text=old`, '新', '新')).toBe(`${PAGE}#:~:text=${encodeURIComponent('新')}`);
  });

  it('gives the page address itself when there is nothing to quote', () => {
    expect(linkToPassage(PAGE, '  ', '')).toBe(PAGE);
  });
});

describe('stripFragmentDirective', () => {
  it('removes :~: and what follows, and a # left empty', () => {
    expect(stripFragmentDirective(`${PAGE}#:~:text=a`)).toBe(PAGE);
    expect(stripFragmentDirective(`${PAGE}#top:~:text=a`)).toBe(`${PAGE}#top`);
    expect(stripFragmentDirective(PAGE)).toBe(PAGE);
  });
});
