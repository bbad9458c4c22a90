import { describe, expect, it } from 'vitest';
import { tabIdFromSearch } from '../../lib/clip/active-tab';

describe('tabIdFromSearch', () => {
  it('reads ?tabId=N', () => {
    expect(tabIdFromSearch('?tabId=1234')).toBe(1234);
    expect(tabIdFromSearch('?x=1&tabId=0')).toBe(0);
  });

  it('ignores a missing or malformed id', () => {
    for (const search of ['', '?tabId=', '?tabId=-1', '?tabId=1.5', '?tabId=abc', '?tabId=99999999999999999999']) {
      expect(tabIdFromSearch(search), search).toBeUndefined();
    }
  });
});
