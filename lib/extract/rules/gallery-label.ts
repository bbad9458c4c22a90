import type { LineRule } from './types';

/** 图集 / 组图 / 高清组图 (12张): the label of a photo gallery link, left where the gallery was. */
export const galleryLabel: LineRule = {
  name: 'gallery-label',
  why: 'label of a photo gallery, not text',
  test: (t) => /^(?:高清)?(?:图集|组图|多图|图片集)(?:\s*[（(]?\s*\d+\s*张?\s*[)）]?)?$/u.test(t),
};
