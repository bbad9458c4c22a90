// Generated newspaper-like Chinese text, seeded, for the search tests and the
// benchmark (no real articles needed, any size). Like real news copy, it mixes
// a small set of very common words (经济, 发展: in almost every article) with
// a long tail of rare character pairs, punctuation, numbers and the odd Latin
// word, so queries range from thousands of hits to one.
import type { ClippingInput } from '@/lib/db';
import { seededRandom } from '@/lib/seeded-random';
import { TRAD_SIMP_GROUPS } from '@/lib/searchable/trad-simp-table';

export { seededRandom } from '@/lib/seeded-random';

/** Common words of news copy, most common first (picked by a Zipf law, so the first few are everywhere). */
export const COMMON_WORDS = (
  '发展 经济 中国 人民 建设 工作 社会 国家 企业 推进 创新 改革 服务 群众 政策 文化 城市 农村 项目 坚持 ' +
  '加强 提高 市场 技术 教育 生态 环境 安全 全面 实现 生活 记者 地方 部门 产业 合作 国际 质量 制度 管理 ' +
  '高质量发展 现代化 新时代 乡村振兴 基层 干部 科技 数字 绿色 健康 医疗 就业 收入 消费 投资 金融 农业 工业 ' +
  '交通 水利 能源 旅游 体育 法治 治理 中华人民共和国 全国人民代表大会 一带一路 共同富裕 人工智能 碳达峰 ' +
  '习近平 总书记 中央 国务院 会议 报告 代表 委员 研究 调研 活动 组织 学习 领导 同志 单位 地区 省 市 县 ' +
  '年 月 日 今年 去年 同比 增长 亿元 万元 百分点 全年 上半年 第一 重要 积极 持续 进一步 不断'
).split(' ');

/**
 * Characters for the rare words, roughly most used first: everyday characters,
 * then the simplified heads of the folding table (common characters that
 * have a traditional form).
 */
const CHAR_POOL = [
  ...new Set([
    ...'的一是在不了有人我他这中大上们来到时地出要就以会可也你对生能而子那得于着下自之年过家后多么去学心好都然没日起还',
    ...'发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理',
    ...'美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听',
    ...'世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白',
    ...TRAD_SIMP_GROUPS.flatMap((g) => g.split(' ').map((entry) => entry[0])),
  ]),
];

const LATIN = ['GDP', 'CPI', '5G', 'AI', 'APP', 'WTO', 'Wi-Fi', 'ＧＤＰ', 'PM2.5', 'iPhone', 'COP28'];

/** Traditional forms by simplified character, to write some clippings in traditional script. */
const TO_TRADITIONAL = new Map<string, string[]>();
for (const group of TRAD_SIMP_GROUPS) {
  for (const entry of group.split(' ')) TO_TRADITIONAL.set(entry[0], Array.from(entry.slice(1)));
}

/** An index in [0, n) drawn by a Zipf law (exponent 1): index 0 is the most likely. */
function zipf(random: () => number, n: number): number {
  // Inverse of the continuous approximation: P(X ≤ x) ≈ ln(1 + x) / ln(1 + n).
  return Math.min(n - 1, Math.floor(Math.exp(random() * Math.log(n + 1)) - 1));
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

function rareWord(random: () => number): string {
  const length = 1 + Math.floor(random() * 3);
  let word = '';
  for (let i = 0; i < length; i++) word += CHAR_POOL[zipf(random, CHAR_POOL.length)];
  return word;
}

/** One sentence of 8–40 characters ending in 。 */
export function sentence(random: () => number): string {
  let out = '';
  const target = 8 + Math.floor(random() * 32);
  while (out.length < target) {
    const r = random();
    if (r < 0.45) out += COMMON_WORDS[zipf(random, COMMON_WORDS.length)];
    else if (r < 0.93) out += rareWord(random);
    else if (r < 0.97) out += String(Math.floor(random() * 3000));
    else out += pick(random, LATIN);
    const p = random();
    if (p < 0.12) out += '，';
    else if (p < 0.15) out += '、';
  }
  return out.replace(/[，、]$/, '') + '。';
}

/** Text of about `chars` characters in paragraphs of 80–400 characters. */
export function paragraphs(random: () => number, chars: number): string[] {
  const out: string[] = [];
  let total = 0;
  while (total < chars) {
    const want = Math.min(chars - total, 80 + Math.floor(random() * 320));
    let p = '';
    while (p.length < want) p += sentence(random);
    p = p.slice(0, Math.max(want, 1));
    out.push(p);
    total += p.length;
  }
  return out;
}

/** Rewrites simplified characters in their traditional forms (where the table has one). */
export function toTraditional(text: string, random: () => number): string {
  let out = '';
  for (const ch of text) {
    const forms = TO_TRADITIONAL.get(ch);
    out += forms ? pick(random, forms) : ch;
  }
  return out;
}

export interface SampleOptions {
  /** Body length in characters. */
  chars: number;
  /** Write it in traditional characters. */
  traditional?: boolean;
  /** Publication date, YYYY-MM-DD. */
  date?: string | null;
}

const SOURCES = ['人民日报', '光明日报', '经济日报', '解放日报', '南方日报', '新华每日电讯'];
const TAGS = ['经济', '政策', '文化', '收藏', '待读', '科技'];

/** A clipping input (for saveClipping or, with an id and times, for the table directly). */
export function sampleClipping(random: () => number, options: SampleOptions): ClippingInput {
  const write = options.traditional ? (s: string) => toTraditional(s, random) : (s: string) => s;
  const title = write(sentence(random).slice(0, 6 + Math.floor(random() * 14)).replace(/[，、。]$/, ''));
  const blocks = paragraphs(random, options.chars).map((text) => ({ type: 'paragraph' as const, text: write(text) }));
  return {
    column: null,
    kicker: random() < 0.2 ? write(sentence(random).slice(0, 10)) : null,
    title,
    subtitle: random() < 0.1 ? write(`——${sentence(random).slice(0, 14)}`) : null,
    byline: `本报记者 ${write(rareWord(random))}${write(rareWord(random)).slice(0, 1)}`,
    continuation: null,
    blocks,
    captions: random() < 0.2 ? [write(sentence(random))] : [],
    url: null,
    source: pick(random, SOURCES),
    date: options.date === undefined ? `20${10 + Math.floor(random() * 16)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}` : options.date,
    page: null,
    tags: random() < 0.3 ? [pick(random, TAGS)] : [],
    note: random() < 0.1 ? sentence(random) : '',
  };
}
