// Clippings used by the export tests and the golden Markdown files.
import type { Clipping } from '../../lib/db';

const base: Omit<Clipping, 'id' | 'title' | 'blocks'> = {
  column: null, kicker: null, subtitle: null, byline: null, continuation: null, captions: [],
  url: null, source: '人民日报', date: '2025-07-01', page: '4版 要闻',
  tags: [], note: '', createdAt: Date.UTC(2025, 6, 1, 1, 2, 3), updatedAt: Date.UTC(2025, 6, 1, 1, 2, 3),
  contentHash: '0000000000000000',
};

/** A news report with a byline. */
export const newsReport: Clipping = {
  ...base,
  id: 1,
  title: '夏粮再获丰收 产量稳中有增',
  byline: '本报记者 王浩 刘温馨',
  url: 'http://paper.people.com.cn/rmrb/pc/content/202507/01/content_30081234.html',
  page: '第01版：要闻',
  tags: ['农业', '经济'],
  blocks: [
    { type: 'paragraph', text: '本报北京6月30日电　记者从农业农村部获悉：今年夏粮再获丰收，产量稳中有增。' },
    { type: 'paragraph', text: '据介绍，各地抢抓农时，夏收进度快于往年，机收率超过97%。' },
  ],
};

/** A commentary with kicker, subtitle, headings and notes. */
export const commentary: Clipping = {
  ...base,
  id: 2,
  column: '评论员观察',
  kicker: '热烈庆祝中国共产党成立104周年',
  title: '锻造民族复兴的中流砥柱',
  subtitle: '——写在中国共产党成立104周年之际',
  byline: '钟华论',
  tags: ['评论'],
  note: '第二部分值得重读。\n引用时注意版次。',
  blocks: [
    { type: 'paragraph', text: '一百零四年风雨兼程，一百零四年砥砺奋进。' },
    { type: 'heading', text: '一、坚守初心使命' },
    { type: 'paragraph', text: '初心易得，始终难守。' },
    { type: 'heading', text: '二、勇于自我革命' },
    { type: 'paragraph', text: '自我革命是党永葆生机活力的关键。' },
    { type: 'note', text: '（本文作者为本报评论员）' },
  ],
};

/** A photo report with captions and no byline, found on a web page without a page number. */
export const photoReport: Clipping = {
  ...base,
  id: 3,
  source: '光明日报',
  page: null,
  url: 'https://news.gmw.cn/2025-07/01/content_1.htm',
  title: '盛夏时节 荷花盛开',
  blocks: [{ type: 'paragraph', text: '连日来，各地荷花竞相绽放，吸引游客前来观赏。' }],
  captions: ['图为6月30日，游客在公园内观赏荷花。新华社记者 李贺摄', '荷塘一角。'],
};

/** Text that would be Markdown syntax if not escaped, plus YAML-sensitive metadata. */
export const specialText: Clipping = {
  ...base,
  id: 4,
  source: null,
  page: null,
  date: null,
  title: '# 关于*星号*与_下划线_的说明: yes',
  byline: 'yes',
  tags: ['on', '12:30'],
  blocks: [
    { type: 'paragraph', text: '1. 第一条：坚持稳中求进。' },
    { type: 'paragraph', text: '2025. 这是年份开头的句子。' },
    { type: 'paragraph', text: '# 不是标题' },
    { type: 'paragraph', text: '- 不是列表' },
    { type: 'paragraph', text: '* 也不是列表' },
    { type: 'paragraph', text: '+ 加号开头' },
    { type: 'paragraph', text: '> 不是引用' },
    { type: 'paragraph', text: '---' },
    { type: 'paragraph', text: '_强调_、**加粗**、`代码`、[链接](http://a.b)、<b>标签</b>、&amp; 和 C:\\路径\\文件' },
    { type: 'paragraph', text: '    四个空格开头不是代码块' },
    { type: 'paragraph', text: '中文标点不转义：＊＃【注】《书名》——破折号……省略号～' },
    { type: 'heading', text: '小标题 #' },
    { type: 'paragraph', text: '第一行\n=== 不是标题下划线' },
  ],
};

export const samples = { 'news-report': newsReport, commentary, 'photo-report': photoReport, 'special-text': specialText };
