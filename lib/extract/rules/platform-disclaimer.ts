import type { LineRule } from './types';

const PLATFORMS = '网易号|搜狐号|快传号|百家号|头条号|大鱼号|企鹅号|一点号|新浪号|微头条|快资讯';

const DISCLAIMERS = [
  // 特别声明：以上内容(包括在内的视频、图片或音频)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。
  /^(?:特别)?声明[:：]\s*(?:以上|本文)/u,
  new RegExp(`(?:${PLATFORMS}|自媒体平台).{0,30}(?:用户上传|仅提供信息存储|系信息发布平台|观点仅代表|不代表)`, 'u'),
  /^(?:本文|文章|该文)(?:观点)?仅代表作者(?:本人|个人)?(?:观点)?/u,
  // 搜狐: 发布于：北京市  / 2024-05-20 10:31 发布于北京
  /^(?:[\d\-:/\s]+)?发布于[:：]?\s*\S{0,12}$/u,
  /^返回搜狐[，,]\s*查看更多$/u,
  new RegExp(`^(?:本文来自|本文由|来自)\\s*(?:${PLATFORMS})`, 'u'),
  /^(?:免责声明|版权声明)[:：]/u,
  /^Notice: The content above\b|is uploaded and posted by a user of .{0,40}(?:platform|Hao)/iu,
];

/** Disclaimers the publishing platforms append (网易号, 快传号, 搜狐 “发布于”, 特别声明…). */
export const platformDisclaimer: LineRule = {
  name: 'platform-disclaimer',
  why: 'the publishing platform’s disclaimer',
  test: (t) => [...t].length <= 200 && DISCLAIMERS.some((re) => re.test(t)),
};
