import type { LineRule } from './types';

/** 关注公众号：…, 扫码关注…, 长按识别二维码: an invitation to follow an account (pages put it under a QR code, where it looks like a caption). */
export const followAccount: LineRule = {
  name: 'follow-account',
  why: 'an invitation to follow an account',
  test: (t) =>
    [...t].length <= 60 &&
    /^(?:[（(]?\s*(?:欢迎|请|敬请|更多[^，。]{0,10}?请)?(?:关注|订阅)(?:我们的)?(?:微信)?(?:公众号|官方微博|视频号|抖音号|头条号)|扫(?:码|描二维码)(?:关注|下载|阅读)|长按(?:识别)?二维码|微信搜索)/u.test(t),
};
