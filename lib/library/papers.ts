// Paper names as the filter, the zip export and search narrow by them: one
// entry per paper however its name was written (《人民日报》, 人民日报 电子版,
// ｜人民日报｜ are one paper), a paper's web site named as the paper (光明网 is
// 光明日报's site), and a channel alone (文化频道) named as no paper at all.
const DECORATION = /[《》〈〉「」『』“”"'‘’|｜·•\s]/gu;
/** Words after a paper's name that name an edition, not another paper. */
const EDITION_SUFFIX = /(?:电子版|数字报|数字版|电子报|网络版|手机版|客户端|官网|pc版)$/iu;
/**
 * A channel or column of a site, at the end of a name: 文化频道, 光明网文化频道 →
 * 光明网. The channel's own words may not cross a site or paper word (网, 报, 社),
 * so the site before it is kept.
 */
const CHANNEL_SUFFIX = /[-—–_:：]*[^网網报報社\-—–_:：]{0,8}(?:频道|頻道|栏目|欄目|专栏|專欄|专题|專題|板块|版块)$/u;

/**
 * A paper's web site → the paper (the site carries the paper's articles; a
 * clipping from it and one from the e-paper are the same paper's). Sites that
 * are not a paper's (央视网, 澎湃新闻) keep their own name. Keys are written
 * with 网 (網 is folded to it before the look-up).
 */
const SITE_PAPER: Readonly<Record<string, string>> = {
  人民网: '人民日报',
  'people.com.cn': '人民日报',
  光明网: '光明日报',
  'gmw.cn': '光明日报',
  新华网: '新华社',
  'xinhuanet.com': '新华社',
  'news.cn': '新华社',
  中国青年网: '中国青年报',
  中青网: '中国青年报',
  中国日报网: '中国日报',
  中国经济网: '经济日报',
  中国新闻网: '中新社',
  中新网: '中新社',
  环球网: '环球时报',
  求是网: '求是',
  人民政协网: '人民政协报',
  法治网: '法治日报',
  工人日报网: '工人日报',
  中工网: '工人日报',
  科技日报网: '科技日报',
  中国科技网: '科技日报',
  上观新闻: '解放日报',
  文汇网: '文汇报',
};

/**
 * The name a paper is grouped by: NFKC, no marks or spaces, no edition or
 * channel words, a paper's site named as its paper. Empty when the name is only
 * a channel (文化频道): that is no paper, and the filter leaves it out.
 */
export function paperName(source: string): string {
  // A damaged record may hold anything in its source index: never throw on it.
  const bare = String(source).normalize('NFKC').replace(DECORATION, '');
  const edition = bare.replace(EDITION_SUFFIX, '') || bare;
  const site = edition.replace(CHANNEL_SUFFIX, '');
  return SITE_PAPER[site.replace(/網/gu, '网').toLowerCase().replace(/^www\./u, '')] ?? site;
}

export interface PaperGroup {
  /** The name shown and filtered by. */
  name: string;
  /** The names as stored. */
  sources: string[];
}

const collator = new Intl.Collator('zh-Hans-CN');

/** Stored paper names grouped by paperName, in collation order; names that are no paper (a channel alone) are left out. */
export function groupPapers(sources: readonly string[]): PaperGroup[] {
  const groups = new Map<string, string[]>();
  for (const source of sources) {
    if (typeof source !== 'string') continue;
    const name = paperName(source);
    if (!name) continue;
    groups.set(name, [...(groups.get(name) ?? []), source]);
  }
  return [...groups].map(([name, list]) => ({ name, sources: list })).sort((a, b) => collator.compare(a.name, b.name));
}
